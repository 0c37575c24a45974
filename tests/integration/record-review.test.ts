import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { chinaDayStart, parseChinaDate } from "@/lib/icp";
import { recordReview } from "@/lib/use-cases/record-review";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let agent: TestUser;
let admin: TestUser;
let customer: TestUser;
let accountId: string;
const NOW = new Date("2026-11-20T02:00:00Z"); // 10:00 China time on 2026-11-20

beforeAll(async () => {
  db = await openTestDatabase();
  accountId = (await db.prisma.account.create({ data: { name: `Reviewed ${unique()}` } })).id;
  agent = await createTestUser(db, "agent");
  admin = await createTestUser(db, "admin");
  customer = await createTestUser(db, "customer", accountId);
});
afterAll(async () => db.close());

describe("recordReview", () => {
  it("stores the review and its audit event together", async () => {
    const followUpAt = parseChinaDate("2026-11-27")!;
    const { reviewId } = await recordReview(db.prisma, {
      actor: actorOf(agent),
      now: NOW,
      input: { accountId, note: "  Checked the cancelled number; customer re-applying.  ", outcome: "needs_follow_up", followUpAt },
    });
    const review = await db.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review).toMatchObject({ accountId, agentId: agent.id, outcome: "needs_follow_up", note: "Checked the cancelled number; customer re-applying." });
    expect(review.followUpAt?.toISOString()).toBe("2026-11-26T16:00:00.000Z");
    const audit = await db.prisma.auditEvent.findMany({ where: { targetId: reviewId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ event: "review.recorded", actorId: agent.id, actorLabel: agent.email, actorRole: "agent", accountId, targetType: "review" });
    expect(audit[0]!.after).toMatchObject({ outcome: "needs_follow_up", followUpAt: "2026-11-26T16:00:00.000Z" });
  });

  it("lets admins review too, without a follow-up date", async () => {
    const { reviewId } = await recordReview(db.prisma, { actor: actorOf(admin), now: NOW, input: { accountId, note: "All fine.", outcome: "ok" } });
    expect((await db.prisma.review.findUniqueOrThrow({ where: { id: reviewId } })).followUpAt).toBeNull();
  });

  it("refuses an empty note, an unknown outcome and a follow-up without a date, naming the field", async () => {
    const attempt = (input: Record<string, unknown>) =>
      recordReview(db.prisma, { actor: actorOf(agent), now: NOW, input: { accountId, note: "x", outcome: "ok", ...input } as never });
    await expect(attempt({ note: "   " })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["note"] })] });
    await expect(attempt({ outcome: "fine" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["outcome"] })] });
    await expect(attempt({ outcome: "needs_follow_up" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["followUpAt"] })] });
  });

  it("refuses a follow-up date before today in China time, and accepts today", async () => {
    const yesterday = parseChinaDate("2026-11-19")!;
    await expect(
      recordReview(db.prisma, { actor: actorOf(agent), now: NOW, input: { accountId, note: "n", outcome: "escalated", followUpAt: yesterday } }),
    ).rejects.toMatchObject({ code: "unprocessable", fields: { followUpAt: expect.any(String) } });
    const today = parseChinaDate("2026-11-20")!;
    expect(today).toEqual(chinaDayStart(NOW));
    await expect(
      recordReview(db.prisma, { actor: actorOf(agent), now: NOW, input: { accountId, note: "n", outcome: "escalated", followUpAt: today } }),
    ).resolves.toHaveProperty("reviewId");
  });

  it("answers not found to a customer and for an unknown account, writing nothing", async () => {
    const before = await db.prisma.review.count({ where: { accountId } });
    await expect(
      recordReview(db.prisma, { actor: actorOf(customer), now: NOW, input: { accountId, note: "I am fine", outcome: "ok" } }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      recordReview(db.prisma, { actor: actorOf(agent), now: NOW, input: { accountId: "no-such-account", note: "n", outcome: "ok" } }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.prisma.review.count({ where: { accountId } })).toBe(before);
  });

  it("reads date fields as China calendar days and rejects impossible dates", () => {
    expect(parseChinaDate("2026-02-30")).toBeNull();
    expect(parseChinaDate("20-11-2026")).toBeNull();
    expect(parseChinaDate("2026-12-01")?.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(chinaDayStart(new Date("2026-11-19T16:30:00Z")).toISOString()).toBe("2026-11-19T16:00:00.000Z");
  });
});
