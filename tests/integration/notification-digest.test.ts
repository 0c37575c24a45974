// The daily digest on a real database (PGlite, or PostgreSQL with DATABASE_URL), with the
// clock driven by the test: a user who chose the digest gets their non-urgent e-mails
// gathered into one e-mail at 09:00 China time, while urgent ones go out at once.
// E-mails are kept in the Outbox (no SMTP_URL), one row per e-mail sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { addHours, chinaDateString, chinaDayStart } from "@/lib/icp/time";
import { deliver } from "@/lib/notifications/deliver";
import { runDigest } from "@/lib/notifications/digest";
import { dispatchPendingEvents, nextDigestTime } from "@/lib/notifications/dispatch";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let digestUser: TestUser;
let plainUser: TestUser;
let accountName: string;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// 14:00 China time on the day the test runs: after today's digest, so the next one is tomorrow 09:00.
const T0 = addHours(chinaDayStart(new Date()), 14);
const DIGEST_AT = nextDigestTime(T0);

beforeAll(async () => {
  delete process.env.SMTP_URL;
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  accountName = unique("Digest ");
  const account = await db.prisma.account.create({ data: { name: accountName } });
  digestUser = await createTestUser(db, "customer", account.id);
  plainUser = await createTestUser(db, "customer", account.id);
  await db.prisma.notificationPreference.create({ data: { userId: digestUser.id, locale: "en", digest: true } });
});
afterAll(async () => db.close());

async function newDomain(): Promise<string> {
  const name = `${unique("d")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: T0 });
  return name;
}

async function dispatchAll(now: Date) {
  for (;;) {
    const result = await dispatchPendingEvents(db.prisma, now);
    if (result.events === 0) break;
  }
}

const emailsOf = (user: TestUser) =>
  db.prisma.notificationDelivery.findMany({ where: { userId: user.id, channel: "email" }, include: { event: true }, orderBy: { createdAt: "asc" } });
const keptFor = (user: TestUser) => db.prisma.outboxEmail.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" } });

describe("the daily digest", () => {
  it("gathers a digest user's non-urgent e-mails into one at 09:00 China time and sends urgent ones at once", async () => {
    expect(DIGEST_AT.getTime() - T0.getTime()).toBe(19 * HOUR);
    expect(chinaDateString(DIGEST_AT)).not.toBe(chinaDateString(T0));

    // Two non-urgent events (new actions after an approval) and one urgent (an SMS verification).
    const approvedA = await newDomain();
    const approvedB = await newDomain();
    const sms = await newDomain();
    const receivedAt = new Date(T0.getTime() - MINUTE);
    for (const [i, domain] of [approvedA, approvedB].entries()) {
      await recordMessage(db.prisma, {
        actor: actorOf(admin),
        now: T0,
        input: { domain, text: `ICP Filing successful 京ICP备202600010${i}号-1`, kind: "filing_approved", receivedAt },
      });
    }
    await recordMessage(db.prisma, {
      actor: actorOf(admin),
      now: T0,
      input: { domain: sms, text: "【工信部】验证码：775533，请于24小时内完成核验。", kind: "verification_code", receivedAt },
    });
    await dispatchAll(T0);

    // The digest user's non-urgent e-mails are held until the digest; the urgent one is not.
    const held = await emailsOf(digestUser);
    const byDomain = new Map(held.map((d) => [d.event.domainName, d]));
    expect(held).toHaveLength(3);
    for (const domain of [approvedA, approvedB]) {
      expect(byDomain.get(domain)).toMatchObject({ digest: true, status: "pending", notBefore: DIGEST_AT });
    }
    expect(byDomain.get(sms)).toMatchObject({ digest: false, status: "pending", notBefore: T0 });
    // Someone who did not choose the digest gets every e-mail at once.
    expect((await emailsOf(plainUser)).map((d) => [d.digest, d.notBefore.getTime()])).toEqual([
      [false, T0.getTime()],
      [false, T0.getTime()],
      [false, T0.getTime()],
    ]);
    // In-app notifications are never held.
    expect(await db.prisma.notification.count({ where: { userId: digestUser.id } })).toBe(3);

    // The urgent e-mail goes out now; held ones cannot be sent on their own, now or later.
    expect(await deliver(db.prisma, byDomain.get(sms)!.id, T0)).toBe("sent");
    expect(await deliver(db.prisma, byDomain.get(approvedA)!.id, T0)).toBe("not_claimed");
    expect(await deliver(db.prisma, byDomain.get(approvedA)!.id, DIGEST_AT)).toBe("not_claimed");
    expect((await keptFor(digestUser)).map((e) => e.subject)).toEqual([expect.stringContaining(sms)]);

    // A minute before 09:00 nothing is gathered yet.
    const early = await runDigest(db.prisma, new Date(DIGEST_AT.getTime() - MINUTE));
    expect(early.filter((d) => byDomain.get(approvedA)!.id === d.id)).toEqual([]);
    expect((await emailsOf(digestUser)).filter((d) => d.event.kind === "digest")).toEqual([]);

    // At 09:00: one digest e-mail listing both held items; the held deliveries are marked as digested.
    const created = await runDigest(db.prisma, DIGEST_AT);
    const mine = (await emailsOf(digestUser)).filter((d) => d.event.kind === "digest");
    expect(mine).toHaveLength(1);
    expect(created.map((d) => d.id)).toContain(mine[0]!.id);
    for (const domain of [approvedA, approvedB]) {
      expect((await db.prisma.notificationDelivery.findUniqueOrThrow({ where: { id: byDomain.get(domain)!.id } })).status).toBe("digested");
    }
    expect(await deliver(db.prisma, mine[0]!.id, DIGEST_AT)).toBe("sent");

    const kept = await keptFor(digestUser);
    expect(kept).toHaveLength(2);
    const digest = kept[1]!;
    expect(digest.subject).toBe("Your daily ICP filing summary: 2 notifications");
    expect(digest.text).toContain(`• ${approvedA}: Approved, waiting for provider sync, 4 actions to take`);
    expect(digest.text).toContain(`• ${approvedB}: Approved, waiting for provider sync, 4 actions to take`);
    expect(digest.text).not.toContain(sms);
    expect(digest.text).toContain("/notifications");
    expect(digest.text + digest.html).not.toContain("775533");

    // Running the digest again (a second instance, a retried job) sends nothing more.
    expect((await runDigest(db.prisma, new Date(DIGEST_AT.getTime() + MINUTE))).map((d) => d.id)).not.toContain(mine[0]!.id);
    expect(await deliver(db.prisma, mine[0]!.id, new Date(DIGEST_AT.getTime() + MINUTE))).toBe("not_claimed");
    expect(await keptFor(digestUser)).toHaveLength(2);
    // The other user's three e-mails went alone, none in a digest.
    for (const d of await emailsOf(plainUser)) expect(await deliver(db.prisma, d.id, T0)).toBe("sent");
    expect((await keptFor(plainUser)).map((e) => e.subject).sort()).toHaveLength(3);
  });
});
