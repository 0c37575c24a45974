import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { accountReviewQueryString, findAccountReviewDomains, parseAccountReviewQuery } from "@/lib/queries/account-review";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

// The account review's domain table (issue 14, item 9): an account of 161 domains is paged,
// filtered and sorted in the database, and paging reaches every domain (none hidden beyond 100).
let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let accountId: string;
let otherAccountId: string;
const tag = unique("review");
const COUNT = 161;
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;
const name = (i: number) => `r${String(i).padStart(3, "0")}-${tag}.cn`;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  const account = await db.prisma.account.create({ data: { name: `Large ${tag}` } });
  const other = await db.prisma.account.create({ data: { name: `Other ${tag}` } });
  accountId = account.id;
  otherAccountId = other.id;
  customer = await createTestUser(db, "customer", account.id);
  const created = new Date(NOW.getTime() - 30 * 24 * HOUR);
  for (let i = 0; i < COUNT; i++) {
    await createDomain(db.prisma, { actor: actorOf(admin), input: { name: name(i), account: account.name }, now: created });
  }
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `x-${tag}.cn`, account: other.name }, now: created });
  // r007: an SMS verification received 30 hours ago (urgent, overdue); r150: one received an hour ago (urgent, due soon);
  // r090: an invalid-filing notice with a deadline two days ahead.
  const record = (domain: string, kind: "verification_code" | "filing_invalid", ago: number, deadline?: Date) =>
    recordMessage(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { domain, kind, text: `${kind} ${domain} 备案`, receivedAt: new Date(NOW.getTime() - ago), ...(deadline ? { deadline } : {}) },
    });
  await record(name(7), "verification_code", 30 * HOUR);
  await record(name(150), "verification_code", HOUR);
  await record(name(90), "filing_invalid", HOUR, new Date(NOW.getTime() + 48 * HOUR));
}, 120_000);
afterAll(async () => db.close());

describe("the account review's domain table", () => {
  it("pages through all 161 domains, the most pressing first", async () => {
    const seen: string[] = [];
    let page = 1;
    for (;;) {
      const result = await findAccountReviewDomains(db.prisma, agent, accountId, parseAccountReviewQuery({ pageSize: "100", page: String(page) }), NOW);
      expect(result!.total).toBe(COUNT);
      expect(result!.pageCount).toBe(2);
      seen.push(...result!.rows.map((r) => r.name));
      if (page === result!.pageCount) break;
      page++;
    }
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen)).toEqual(new Set(Array.from({ length: COUNT }, (_, i) => name(i))));
    // Overdue first, then by due date; domains with nothing to do after, by name.
    expect(seen.slice(0, 3)).toEqual([name(7), name(150), name(90)]);
    expect(seen.slice(3, 5)).toEqual([name(0), name(1)]);
    const first = await findAccountReviewDomains(db.prisma, agent, accountId, parseAccountReviewQuery({}), NOW);
    expect(first!.rows).toHaveLength(25);
    expect(first!.rows[0]).toMatchObject({ name: name(7), overdueActionCount: 1, urgentActionCount: 1, openActionCount: 1 });
    expect(first!.pageCount).toBe(Math.ceil(COUNT / 25));
  });

  it("filters by status, overdue, urgent and search", async () => {
    const find = (params: Record<string, string>) => findAccountReviewDomains(db.prisma, agent, accountId, parseAccountReviewQuery(params), NOW);
    expect((await find({ due: "overdue" }))!.rows.map((r) => r.name)).toEqual([name(7)]);
    // An invalid filing opens urgent actions too (correcting the filing before the bureau cancels it).
    expect((await find({ due: "urgent" }))!.rows.map((r) => r.name)).toEqual([name(7), name(150), name(90)]);
    expect((await find({ status: "not_filed" }))!.total).toBe(COUNT - 3);
    expect((await find({ q: "r15" }))!.rows.map((r) => r.name)).toEqual([name(150), ...Array.from({ length: 9 }, (_, i) => name(151 + i))]);
    // A malformed filter is dropped, never an error.
    const odd = parseAccountReviewQuery({ due: "soon", status: "nonsense", pageSize: "7", page: "-3" });
    expect(odd).toMatchObject({ due: undefined, status: undefined, pageSize: 25, page: 1 });
  });

  it("loads only the expanded rows in full, and only this account's", async () => {
    const result = await findAccountReviewDomains(
      db.prisma,
      agent,
      accountId,
      parseAccountReviewQuery({ open: [name(7), `x-${tag}.cn`, `WWW.${name(90).toUpperCase()}`] }),
      NOW,
    );
    expect([...result!.expanded.keys()].sort()).toEqual([name(7), name(90)]);
    expect(result!.expanded.get(name(7))!.actions.map((a) => a.key)).toContain("complete_sms_verification");
    expect(accountReviewQueryString(parseAccountReviewQuery({ q: "r1", due: "urgent", page: "2", open: [name(7)] }))).toBe(`q=r1&due=urgent&page=2&open=${encodeURIComponent(name(7))}`);
  });

  it("shows nothing to a customer, and nothing of another account", async () => {
    expect(await findAccountReviewDomains(db.prisma, customer, accountId, parseAccountReviewQuery({}), NOW)).toBeNull();
    const other = await findAccountReviewDomains(db.prisma, agent, otherAccountId, parseAccountReviewQuery({ open: [name(7)] }), NOW);
    expect(other!.rows.map((r) => r.name)).toEqual([`x-${tag}.cn`]);
    expect(other!.expanded.size).toBe(0);
  });
});
