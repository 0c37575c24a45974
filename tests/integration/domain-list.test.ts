import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { findDomainsForUser, parseDomainListQuery, summariseDomainsForUser } from "@/lib/queries/domains";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let customerA: TestUser;
let customerB: TestUser;
let agent: TestUser;
const tag = unique("list");
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  const a = await db.prisma.account.create({ data: { name: `A ${tag}` } });
  const b = await db.prisma.account.create({ data: { name: `B ${tag}` } });
  customerA = await createTestUser(db, "customer", a.id);
  customerB = await createTestUser(db, "customer", b.id);
  agent = await createTestUser(db, "agent");
  const actor = actorOf(admin);
  for (const [name, account] of [
    [`alpha-${tag}.cn`, a.name],
    [`beta-${tag}.cn`, a.name],
    [`gamma-${tag}.cn`, b.name],
  ] as const) {
    await createDomain(db.prisma, { actor, input: { name, account }, now: NOW });
  }
  await recordMessage(db.prisma, {
    actor,
    now: NOW,
    input: { domain: `beta-${tag}.cn`, text: "验证码 123456", receivedAt: new Date(NOW.getTime() - 30 * HOUR), kind: "verification_code" },
  });
});
afterAll(async () => db.close());

describe("findDomainsForUser", () => {
  it("returns only the customer's own account's domains", async () => {
    const listA = await findDomainsForUser(db.prisma, { ...customerA, accountName: null }, parseDomainListQuery({ q: tag, sort: "name" }), NOW);
    expect(listA.items.map((d) => d.name)).toEqual([`alpha-${tag}.cn`, `beta-${tag}.cn`]);
    const listB = await findDomainsForUser(db.prisma, { ...customerB, accountName: null }, parseDomainListQuery({ q: tag }), NOW);
    expect(listB.items.map((d) => d.name)).toEqual([`gamma-${tag}.cn`]);
  });

  it("sorts by urgency by default: the earliest due (most overdue) first, nothing due last", async () => {
    const list = await findDomainsForUser(db.prisma, { ...customerA, accountName: null }, parseDomainListQuery({ q: tag }), NOW);
    const due = list.items.map((d) => d.nextDueAt?.getTime() ?? Infinity);
    expect(due).toEqual([...due].sort((x, y) => x - y));
    expect(list.items.map((d) => d.name)).toEqual([`beta-${tag}.cn`, `alpha-${tag}.cn`]);
  });

  it("lets staff see every account", async () => {
    const list = await findDomainsForUser(db.prisma, { ...agent, accountName: null }, parseDomainListQuery({ q: tag }), NOW);
    expect(list.total).toBe(3);
  });

  it("filters by status and by overdue actions, and pages on the server", async () => {
    const user = { ...customerA, accountName: null };
    const sms = await findDomainsForUser(db.prisma, user, parseDomainListQuery({ q: tag, status: "sms_verification" }), NOW);
    expect(sms.items.map((d) => d.name)).toEqual([`beta-${tag}.cn`]);
    const overdue = await findDomainsForUser(db.prisma, user, parseDomainListQuery({ q: tag, overdue: "1" }), NOW);
    expect(overdue.items.map((d) => [d.name, d.overdue])).toEqual([[`beta-${tag}.cn`, true]]);
    const page2 = await findDomainsForUser(db.prisma, user, parseDomainListQuery({ q: tag, pageSize: "10", page: "2" }), NOW);
    expect(page2.items).toEqual([]);
    expect(page2.total).toBe(2);
  });

  it("gives a search's total on every page: counted for a full page, read off a page that is not full", async () => {
    const many = unique("many");
    const a = await db.prisma.account.findFirstOrThrow({ where: { name: `A ${tag}` } });
    for (let i = 0; i < 12; i++) {
      await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `d${String(i).padStart(2, "0")}-${many}.cn`, account: a.name }, now: NOW });
    }
    const user = { ...customerA, accountName: null };
    const page = (n: number) => findDomainsForUser(db.prisma, user, parseDomainListQuery({ q: many, pageSize: "10", page: String(n), sort: "name" }), NOW);
    const [first, second, past] = [await page(1), await page(2), await page(3)];
    expect([first.items.length, first.total, first.pageCount]).toEqual([10, 12, 2]);
    expect([second.items.length, second.total, second.pageCount]).toEqual([2, 12, 2]);
    expect(second.items.map((d) => d.name)).toEqual([`d10-${many}.cn`, `d11-${many}.cn`]);
    expect([past.items.length, past.total]).toEqual([0, 12]);
    const none = await findDomainsForUser(db.prisma, user, parseDomainListQuery({ q: unique("nothing") }), NOW);
    expect([none.items.length, none.total, none.pageCount]).toEqual([0, 0, 1]);
  });

  it("summarises the customer's own domains: needing action, overdue, filed", async () => {
    expect(await summariseDomainsForUser(db.prisma, { ...customerA, accountName: null }, NOW)).toEqual({ needAction: 1, overdue: 1, filed: 0 });
    expect(await summariseDomainsForUser(db.prisma, { ...customerB, accountName: null }, NOW)).toEqual({ needAction: 0, overdue: 0, filed: 0 });
  });

  it("ignores malformed filters instead of failing", () => {
    expect(parseDomainListQuery({ status: "nonsense", page: "-3", pageSize: "7", sort: "drop table" })).toEqual({
      q: undefined,
      status: undefined,
      overdue: undefined,
      // Most urgent first unless asked otherwise.
      sort: "next_due",
      page: 1,
      pageSize: 25,
    });
  });
});
