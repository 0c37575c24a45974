// The daily digest on a real database (PGlite, or PostgreSQL with DATABASE_URL), with the
// clock driven by the test: a user who chose the digest gets their non-urgent e-mails
// gathered into one e-mail at 09:00 China time, while urgent ones go out at once.
// E-mails are kept in the Outbox (no SMTP_URL), one row per e-mail sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { addDays, addHours, chinaDateString, chinaDayStart } from "@/lib/icp/time";
import { deliver } from "@/lib/notifications/deliver";
import { digestDue, digestSlot, runDigest } from "@/lib/notifications/digest";
import { dispatchPendingEvents, nextDigestTime } from "@/lib/notifications/dispatch";
import { QUEUES } from "@/lib/jobs/boss";
import { startNotificationWorker } from "@/lib/jobs/worker";
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

async function newDomain(account = accountName, now = T0): Promise<string> {
  const name = `${unique("d")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account }, now });
  return name;
}

async function dispatchAll(now: Date) {
  for (;;) {
    const result = await dispatchPendingEvents(db.prisma, now);
    if (result.events === 0) break;
  }
}

/** A customer of a new account who chose the digest. */
async function newDigestUser(prefix: string) {
  const account = await db.prisma.account.create({ data: { name: unique(prefix) } });
  const user = await createTestUser(db, "customer", account.id);
  await db.prisma.notificationPreference.create({ data: { userId: user.id, locale: "en", digest: true } });
  return { account, user };
}

/** An approval recorded for `domain` at `now` (a non-urgent event, held for digest users), then dispatched. */
async function recordApproval(domain: string, now: Date, icpNumber: string, receivedAt = now) {
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now,
    input: { domain, text: `ICP Filing successful ${icpNumber}`, kind: "filing_approved", receivedAt },
  });
  await dispatchAll(now);
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

  it("catches up a digest whose 09:00 passed with no instance up, and keeps the next day's apart", async () => {
    const { account, user } = await newDigestUser("Late digest ");
    const lateAccount = account.name;
    const approve = (domain: string, now: Date, i: number) => recordApproval(domain, now, `京ICP备202600020${i}号-1`, new Date(now.getTime() - MINUTE));
    const first = await newDomain(lateAccount);
    await approve(first, T0, 1);
    const held = (await emailsOf(user)).filter((d) => d.event.domainName === first);
    expect(held).toMatchObject([{ digest: true, status: "pending", notBefore: DIGEST_AT }]);

    // Before 09:00 nothing is due; the 09:00 run was missed, and at 08:00 the next day it is.
    expect(await digestDue(db.prisma, new Date(DIGEST_AT.getTime() - MINUTE))).toBe(false);
    const late = addHours(DIGEST_AT, 23);
    expect(digestSlot(late)).toEqual(DIGEST_AT);
    expect(await digestDue(db.prisma, late)).toBe(true);

    // An e-mail held in the evening waits for the next 09:00, not for the late run.
    const second = await newDomain(lateAccount, addHours(DIGEST_AT, 10));
    await approve(second, addHours(DIGEST_AT, 10), 2);
    const nextDay = addDays(DIGEST_AT, 1);
    expect((await emailsOf(user)).find((d) => d.event.domainName === second)).toMatchObject({ digest: true, notBefore: nextDay });

    // The late run sends the missed digest, named after the 09:00 it belongs to.
    const caughtUp = await runDigest(db.prisma, late);
    const digests = async () => (await emailsOf(user)).filter((d) => d.event.kind === "digest");
    expect(await digests()).toHaveLength(1);
    expect((await digests())[0]!.event.key).toBe(`digest:${user.id}:${chinaDateString(DIGEST_AT)}`);
    expect(caughtUp.map((d) => d.id)).toContain((await digests())[0]!.id);
    expect(await digestDue(db.prisma, late)).toBe(false);

    // An hour later the day's own digest lists the evening's e-mail: a second e-mail, nothing lost.
    await runDigest(db.prisma, nextDay);
    const both = await digests();
    expect(both.map((d) => d.event.key)).toEqual([
      `digest:${user.id}:${chinaDateString(DIGEST_AT)}`,
      `digest:${user.id}:${chinaDateString(nextDay)}`,
    ]);
    const listed = both.map((d) => (d.event.payload as { items: { eventId: string }[] }).items.length);
    expect(listed).toEqual([1, 1]);
    expect(await db.prisma.notificationDelivery.count({ where: { userId: user.id, digest: true, status: "pending" } })).toBe(0);
  });

  it("gives e-mails that come after a slot's digest went out a digest of their own", async () => {
    const { account, user } = await newDigestUser("Twice ");
    const domain = await newDomain(account.name);
    await recordApproval(domain, T0, "京ICP备2026000301号-1");
    await runDigest(db.prisma, DIGEST_AT);
    // A held e-mail whose release fell in the same slot but was not there at the first run
    // (a delivery released late): it is listed in a digest, not marked digested unseen.
    const straggler = await db.prisma.notificationDelivery.findFirstOrThrow({ where: { userId: user.id, digest: true }, include: { event: true } });
    const { kind, category, accountId, domainId, domainName, payload } = straggler.event;
    const event = await db.prisma.notificationEvent.create({
      data: { key: unique("straggler-"), kind, category, urgent: false, accountId, domainId, domainName, dispatchedAt: DIGEST_AT, payload: payload ?? {} },
    });
    await db.prisma.notificationDelivery.create({
      data: { eventId: event.id, channel: "email", recipient: `user:${user.id}`, userId: user.id, status: "pending", digest: true, notBefore: DIGEST_AT },
    });
    expect(straggler.status).toBe("digested");
    const again = await runDigest(db.prisma, addHours(DIGEST_AT, 1));
    expect(again).toHaveLength(1);
    const digests = (await emailsOf(user)).filter((d) => d.event.kind === "digest");
    expect(digests).toHaveLength(2);
    expect((digests[1]!.event.payload as { items: { eventId: string }[] }).items.map((i) => i.eventId)).toEqual([event.id]);
  });

  it("has the worker's reminder pass send a missed digest", async () => {
    const { account, user } = await newDigestUser("Pass ");
    const domain = await newDomain(account.name);
    await recordApproval(domain, T0, "京ICP备2026000401号-1");
    // The worker's clock is three hours after the 09:00 no instance was up for.
    const late = addHours(DIGEST_AT, 3);
    const worker = await startNotificationWorker(db, { now: () => late, schedule: false, pumpIntervalMs: 60_000, log: () => undefined });
    try {
      await worker.boss.send(QUEUES.pass, {});
      const deadline = Date.now() + 40_000;
      let sent = 0;
      while (Date.now() < deadline) {
        sent = await db.prisma.outboxEmail.count({ where: { to: user.email, subject: { contains: "daily" } } });
        if (sent > 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(sent).toBe(1);
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
