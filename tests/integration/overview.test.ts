import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { findOverview, findOverviewNow, HISTORY_DAYS } from "@/lib/queries/overview";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

// The overview of one account (this file's), so other test files' domains do not count.
let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let accountId: string;
const tag = unique("ov");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-11-20T04:00:00Z"); // 12:00 China time
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

async function message(domain: string, kind: "filing_submitted" | "filing_approved" | "icp_number_cancelled" | "verification_code", at: Date) {
  await recordMessage(db.prisma, { actor: actorOf(admin), now: at, input: { domain, kind, text: `${kind} ${domain} 备案`, receivedAt: at } });
}

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  const account = await db.prisma.account.create({ data: { name: `Overview ${tag}` } });
  accountId = account.id;
  customer = await createTestUser(db, "customer", accountId);
  const create = (name: string, at: Date) => createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: account.name }, now: at });
  // old: created before the window, submitted 200 days ago, approved 40 days ago, cancelled 10 days ago.
  await create(`old-${tag}.cn`, ago(300));
  await message(`old-${tag}.cn`, "filing_submitted", ago(200));
  await message(`old-${tag}.cn`, "filing_approved", ago(40));
  await message(`old-${tag}.cn`, "icp_number_cancelled", ago(10));
  // mid: created 50 days ago, never a message.
  await create(`mid-${tag}.cn`, ago(50));
  // sms: created 3 days ago, verification code 30 hours ago (overdue now).
  await create(`sms-${tag}.cn`, ago(3));
  await message(`sms-${tag}.cn`, "verification_code", new Date(NOW.getTime() - 30 * HOUR));
});
afterAll(async () => db.close());

describe("findOverview", () => {
  it("counts the account's domains by status now", async () => {
    const overview = await findOverview(db.prisma, agent, NOW, { accountId });
    expect(overview!.total).toBe(3);
    const byStatus = Object.fromEntries(overview!.byStatus.filter((s) => s.count > 0).map((s) => [s.status, s.count]));
    expect(byStatus).toEqual({ cancelled: 1, not_filed: 1, sms_verification: 1 });
  });

  it("replays the status changes into domains by status on each of the last 90 days", async () => {
    const { history } = (await findOverview(db.prisma, agent, NOW, { accountId }))!;
    expect(history).toHaveLength(HISTORY_DAYS);
    // Days start at 00:00 China time; the last one is today.
    expect(history[HISTORY_DAYS - 1]!.day.toISOString()).toBe("2026-11-19T16:00:00.000Z");
    const on = (daysAgo: number) => {
      const counts = history[HISTORY_DAYS - 1 - daysAgo]!.counts;
      return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    };
    expect(on(89)).toEqual({ provider_review: 1 });
    expect(on(60)).toEqual({ provider_review: 1 });
    expect(on(45)).toEqual({ provider_review: 1, not_filed: 1 });
    expect(on(20)).toEqual({ approved_pending_sync: 1, not_filed: 1 });
    expect(on(5)).toEqual({ cancelled: 1, not_filed: 1 });
    expect(on(0)).toEqual({ cancelled: 1, not_filed: 1, sms_verification: 1 });
    // Every day adds up to the domains that existed by its end.
    expect(history.map((p) => Object.values(p.counts).reduce((a, b) => a + b, 0)).slice(-5)).toEqual([2, 3, 3, 3, 3]);
  });

  it("counts overdue actions by kind", async () => {
    const overview = (await findOverview(db.prisma, agent, NOW, { accountId }))!;
    expect(overview.overdueByKind).toEqual([{ key: "complete_sms_verification", count: 1 }]);
    expect(overview.overdueTotal).toBe(1);
  });

  it("across all accounts, ends the 90 days on the domains by status now", async () => {
    const before = (await findOverview(db.prisma, agent, new Date()))!;
    expect(before.history).toHaveLength(HISTORY_DAYS);
    const today = before.history[HISTORY_DAYS - 1]!.counts;
    expect(before.byStatus.every((s) => today[s.status] === s.count)).toBe(true);
    // Every day but today comes from the stored completed days, the same on a second read.
    const again = (await findOverview(db.prisma, agent, new Date()))!;
    expect(again.history.slice(0, -1)).toEqual(before.history.slice(0, -1));
  });

  it("as of now for the page: one read shared by the views that ask meanwhile, with the same figures", async () => {
    // The client with its status sums counted: the statement the shared read saves (the
    // global figures are one raw statement, the sum over AccountStatusCount in it).
    let sums = 0;
    const counted = new Proxy(db.prisma, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (prop === "$queryRaw") {
          const raw = value as typeof target.$queryRaw;
          return (strings: TemplateStringsArray, ...values: unknown[]) => {
            if (strings.join("?").includes('FROM "AccountStatusCount" GROUP BY status')) sums++;
            return Reflect.apply(raw, target, [strings, ...values]);
          };
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const views = (await Promise.all(Array.from({ length: 8 }, () => findOverviewNow(counted, agent)))).map((v) => v!);
    // The first view's read, and one more for the seven that asked while it ran.
    expect(sums).toBe(2);
    for (const view of views.slice(2)) expect(view).toEqual(views[1]);
    for (const view of views) {
      expect(view.history).toHaveLength(HISTORY_DAYS);
      const today = view.history[HISTORY_DAYS - 1]!.counts;
      expect(view.byStatus.every((s) => today[s.status] === s.count)).toBe(true);
      expect(view.total).toBe(view.byStatus.reduce((sum, s) => sum + s.count, 0));
    }
    const direct = (await findOverview(db.prisma, agent, new Date()))!;
    expect(views[0]!.history.slice(0, -1)).toEqual(direct.history.slice(0, -1));
    // Asked again with nothing running: a read of its own.
    await findOverviewNow(counted, agent);
    expect(sums).toBe(3);
  });

  it("is for staff only", async () => {
    expect(await findOverview(db.prisma, customer, NOW)).toBeNull();
    expect(await findOverviewNow(db.prisma, customer)).toBeNull();
  });
});
