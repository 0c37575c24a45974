import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findAccountForReview, findAccountReviewDomains, parseAccountReviewQuery, REVIEW_TIMELINE_LIMIT } from "@/lib/queries/account-review";
import { findDomainForUser, TIMELINE_LIMIT } from "@/lib/queries/domain-detail";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { recordReview } from "@/lib/use-cases/record-review";
import { updateAction } from "@/lib/use-cases/update-action";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

// The dashboard's and the account review's reads (issue 15): the people named on events,
// messages and reviews are read once, only when anyone is named, and a customer's account
// name comes from the session. The result must be what Prisma's nested include gave.
let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let otherCustomer: TestUser;
let accountId: string;
const tag = unique("dd");
const named = `named-${tag}.cn`;
const quiet = `quiet-${tag}.cn`;
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;

/** The include the dashboard used before: Prisma reads the people in a statement per relation. */
const nestedInclude = (timelineLimit: number) =>
  ({
    account: { select: { id: true, name: true } },
    actions: {
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { name: true, email: true } } } } },
    },
    messages: { orderBy: [{ receivedAt: "desc" }, { id: "desc" }], take: timelineLimit, include: { recordedBy: { select: { name: true, email: true } } } },
  }) satisfies Prisma.DomainInclude;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  const account = await db.prisma.account.create({ data: { name: `Detail ${tag}` } });
  const other = await db.prisma.account.create({ data: { name: `Elsewhere ${tag}` } });
  accountId = account.id;
  customer = await createTestUser(db, "customer", account.id);
  otherCustomer = await createTestUser(db, "customer", other.id);
  const created = new Date(NOW.getTime() - 10 * 24 * HOUR);
  for (const name of [named, quiet]) await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: account.name }, now: created });
  // On `named`: a message recorded by the admin, an action it caused changed by the agent and then by the customer.
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain: named, kind: "verification_code", text: `verification_code ${named} 备案`, receivedAt: new Date(NOW.getTime() - 2 * HOUR) },
  });
  const action = await db.prisma.action.findFirstOrThrow({ where: { domain: { name: named } } });
  await updateAction(db.prisma, { actor: actorOf(agent), actionId: action.id, input: { state: "in_progress", version: action.version }, now: NOW });
  await updateAction(db.prisma, { actor: actorOf(customer), actionId: action.id, input: { note: "Sent the code.", version: action.version + 1 }, now: NOW });
  // On `quiet`: a message nobody recorded by hand (as by the API's system or e-mail intake).
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain: quiet, kind: "filing_submitted", text: `filing_submitted ${quiet} 备案`, receivedAt: new Date(NOW.getTime() - 3 * HOUR) },
  });
  await db.prisma.message.updateMany({ where: { domain: { name: quiet } }, data: { recordedById: null } });
  await db.prisma.actionEvent.updateMany({ where: { action: { domain: { name: quiet } } }, data: { actorId: null } });
  await recordReview(db.prisma, { actor: actorOf(agent), now: NOW, input: { accountId, note: "Checked.", outcome: "ok" } });
  await recordReview(db.prisma, { actor: actorOf(agent), now: new Date(NOW.getTime() + 1000), input: { accountId, note: "Again.", outcome: "ok" } });
}, 120_000);
afterAll(async () => db?.close());

const nested = async (name: string, limit = TIMELINE_LIMIT) => db.prisma.domain.findFirstOrThrow({ where: { name }, include: nestedInclude(limit) });

describe("the dashboard's domain", () => {
  it("is what the nested include read, with each event's actor and each message's recorder", async () => {
    for (const name of [named, quiet]) {
      const expected = await nested(name);
      for (const viewer of [customer, agent, admin]) {
        const found = await findDomainForUser(db.prisma, viewer, name);
        expect(found).toEqual({ ...expected, _count: { messages: expected.messages.length } });
      }
    }
    const found = (await findDomainForUser(db.prisma, customer, named))!;
    expect(found.messages.map((m) => m.recordedBy)).toContainEqual({ name: admin.name, email: admin.email });
    const events = found.actions.flatMap((a) => a.events);
    expect(events.map((e) => e.actor)).toEqual(expect.arrayContaining([{ name: agent.name, email: agent.email }, { name: customer.name, email: customer.email }]));
    const quietFound = (await findDomainForUser(db.prisma, customer, quiet))!;
    expect(quietFound.messages.every((m) => m.recordedBy === null)).toBe(true);
    expect(quietFound.actions.flatMap((a) => a.events).every((e) => e.actor === null)).toBe(true);
  });

  it("takes a customer's account from the session, and reads it for callers without its name", async () => {
    const expected = await nested(named);
    expect((await findDomainForUser(db.prisma, customer, named))!.account).toEqual(expected.account);
    expect((await findDomainForUser(db.prisma, { role: customer.role, accountId: customer.accountId }, named))!.account).toEqual(expected.account);
  });

  it("is never another account's domain for a customer, whatever account name the caller carries", async () => {
    expect(await findDomainForUser(db.prisma, otherCustomer, named)).toBeNull();
    expect(await findDomainForUser(db.prisma, { ...otherCustomer, accountName: customer.accountName }, named)).toBeNull();
    expect(await findDomainForUser(db.prisma, { role: "customer", accountId: null, accountName: customer.accountName }, named)).toBeNull();
  });
});

describe("the account review", () => {
  it("expands rows as the nested include read them, and only the account's own", async () => {
    const page = await findAccountReviewDomains(db.prisma, agent, accountId, parseAccountReviewQuery({ open: [named, quiet, "x.cn"] }), NOW);
    expect([...page!.expanded.keys()].sort()).toEqual([named, quiet].sort());
    for (const name of [named, quiet]) {
      const expected = await nested(name, REVIEW_TIMELINE_LIMIT);
      expect(page!.expanded.get(name)).toEqual({ ...expected, _count: { messages: expected.messages.length } });
    }
    const otherAccount = otherCustomer.accountId!;
    const elsewhere = await findAccountReviewDomains(db.prisma, agent, otherAccount, parseAccountReviewQuery({ open: [named] }), NOW);
    expect(elsewhere!.expanded.size).toBe(0);
  });

  it("names each review's agent as the nested include did", async () => {
    const review = await findAccountForReview(db.prisma, agent, accountId);
    const expected = await db.prisma.review.findMany({
      where: { accountId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { agent: { select: { name: true, email: true } } },
    });
    expect(review!.account.reviews).toEqual(expected);
    expect(review!.account.reviews.map((r) => r.agent)).toEqual([
      { name: agent.name, email: agent.email },
      { name: agent.name, email: agent.email },
    ]);
    await db.prisma.review.updateMany({ where: { accountId }, data: { agentId: null } });
    expect((await findAccountForReview(db.prisma, agent, accountId))!.account.reviews.map((r) => r.agent)).toEqual([null, null]);
    expect(await findAccountForReview(db.prisma, customer, accountId)).toBeNull();
  });
});
