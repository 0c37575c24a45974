import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { findReviewQueue, findReviewQueueForExport, parseReviewQueueQuery, type ReviewQueueRow } from "@/lib/queries/review-queue";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { recordReview } from "@/lib/use-cases/record-review";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

// The queue is global; other test files may add accounts to the same database at the same
// time, so every assertion looks only at this file's accounts (names carry the tag).
let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
const tag = unique("queue");
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const name = (letter: string) => `${letter} ${tag}`;

async function account(letter: string): Promise<string> {
  return (await db.prisma.account.create({ data: { name: name(letter) } })).id;
}

async function domainWith(letter: string, suffix: string, messages: { kind: "verification_code" | "icp_number_cancelled" | "access_cancelled" | "filing_submitted"; ago: number }[]) {
  const domain = `${letter.toLowerCase()}${suffix}-${tag}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: domain, account: name(letter) }, now: new Date(NOW.getTime() - 60 * DAY) });
  for (const m of messages) {
    await recordMessage(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { domain, kind: m.kind, text: `${m.kind} notice for ${domain} 备案`, receivedAt: new Date(NOW.getTime() - m.ago) },
    });
  }
}

async function review(letter: string, at: Date, followUpAt: Date | null = null) {
  const accountId = (await db.prisma.account.findUniqueOrThrow({ where: { name: name(letter) } })).id;
  await recordReview(db.prisma, {
    actor: actorOf(agent),
    now: at,
    input: { accountId, note: `checked ${letter}`, outcome: followUpAt ? "needs_follow_up" : "ok", followUpAt },
  });
}

async function mine(params: Record<string, string> = {}): Promise<ReviewQueueRow[]> {
  const rows = await findReviewQueueForExport(db.prisma, agent, parseReviewQueueQuery(params), NOW);
  return rows.filter((r) => r.accountName.endsWith(tag));
}

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  for (const letter of ["A", "B", "C", "D", "E", "F", "G"]) await account(letter);
  customer = await createTestUser(db, "customer", (await db.prisma.account.findUniqueOrThrow({ where: { name: name("A") } })).id);
  // A: an SMS verification 30 h old (expired 6 h ago); never reviewed.
  await domainWith("A", "sms", [{ kind: "verification_code", ago: 30 * HOUR }]);
  // G: an SMS verification 2 h old (expires in 22 h); reviewed.
  await domainWith("G", "sms", [{ kind: "verification_code", ago: 2 * HOUR }]);
  // B: a cancelled number (urgent, no due date).
  await domainWith("B", "mall", [{ kind: "icp_number_cancelled", ago: 3 * DAY }]);
  // C: a cancelled number and a cancelled access: two urgent actions.
  await domainWith("C", "mall", [{ kind: "icp_number_cancelled", ago: 3 * DAY }]);
  await domainWith("C", "video", [{ kind: "access_cancelled", ago: 2 * DAY }]);
  // D, E, F: nothing urgent. D never reviewed, F reviewed long ago (follow-up due), E recently.
  await domainWith("D", "new", [{ kind: "filing_submitted", ago: DAY }]);
  await domainWith("E", "new", [{ kind: "filing_submitted", ago: DAY }]);
  await domainWith("F", "new", [{ kind: "filing_submitted", ago: DAY }]);
  await review("G", new Date(NOW.getTime() - 5 * DAY));
  await review("F", new Date(NOW.getTime() - 30 * DAY), new Date(NOW.getTime() - 2 * DAY));
  await review("E", new Date(NOW.getTime() - 40 * DAY));
  // E's newest review decides: recent, with a follow-up still ahead.
  await review("E", new Date(NOW.getTime() - DAY), new Date(NOW.getTime() + 10 * DAY));
});
afterAll(async () => db.close());

describe("the review queue", () => {
  it("orders by urgent actions overdue or expiring, then open urgent actions, then the longest unreviewed", async () => {
    const rows = await mine();
    expect(rows.map((r) => r.accountName)).toEqual(["A", "G", "C", "B", "D", "F", "E"].map(name));
  });

  it("counts each account's domains by status, overdue and open actions, and shows the newest review", async () => {
    const rows = new Map((await mine()).map((r) => [r.accountName, r]));
    const a = rows.get(name("A"))!;
    expect(a).toMatchObject({ criticalCount: 1, overdueCount: 1, openCount: 1, domainCount: 1, lastReviewedAt: null, lastOutcome: null });
    expect(a.domainsByStatus).toEqual([{ status: "sms_verification", count: 1 }]);
    const c = rows.get(name("C"))!;
    expect(c).toMatchObject({ criticalCount: 0, urgentCount: 2, overdueCount: 0, domainCount: 2 });
    expect(c.domainsByStatus).toEqual([
      { status: "access_cancelled", count: 1 },
      { status: "cancelled", count: 1 },
    ]);
    const e = rows.get(name("E"))!;
    expect(e.lastReviewedAt).toEqual(new Date(NOW.getTime() - DAY));
    expect(e).toMatchObject({ lastOutcome: "needs_follow_up", followUpDue: false, lastReviewer: agent.name });
    expect(rows.get(name("F"))).toMatchObject({ followUpDue: true, followUpAt: new Date(NOW.getTime() - 2 * DAY) });
  });

  it("filters by a domain status, by follow-up due and by never reviewed", async () => {
    expect((await mine({ status: "sms_verification" })).map((r) => r.accountName)).toEqual([name("A"), name("G")]);
    expect((await mine({ followUpDue: "1" })).map((r) => r.accountName)).toEqual([name("F")]);
    expect((await mine({ neverReviewed: "1" })).map((r) => r.accountName)).toEqual(["A", "C", "B", "D"].map(name));
    expect((await mine({ neverReviewed: "1", status: "cancelled" })).map((r) => r.accountName)).toEqual(["C", "B"].map(name));
  });

  it("pages on the server and reports the total of the filtered queue", async () => {
    const query = parseReviewQueueQuery({ status: "sms_verification", pageSize: "10" });
    const first = await findReviewQueue(db.prisma, agent, query, NOW);
    expect(first.total).toBeGreaterThanOrEqual(2);
    expect(first.items.length).toBe(Math.min(10, first.total));
    const beyond = await findReviewQueue(db.prisma, agent, { ...query, page: 10_000 }, NOW);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBeGreaterThanOrEqual(first.total);
  });

  it("ignores malformed filters instead of failing", async () => {
    expect(parseReviewQueueQuery({ status: "drop table", followUpDue: "maybe", page: "-1", pageSize: "7" })).toEqual({
      status: undefined,
      followUpDue: undefined,
      neverReviewed: undefined,
      page: 1,
      pageSize: 25,
    });
  });

  it("does not exist for a customer", async () => {
    await expect(findReviewQueue(db.prisma, customer, parseReviewQueueQuery({}), NOW)).rejects.toMatchObject({ code: "not_found" });
  });
});
