// The notification outbox, the fan-out and the reminder ladder, on a real database
// (PGlite, or PostgreSQL with DATABASE_URL), with the clock driven by the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { deliver } from "@/lib/notifications/deliver";
import { dispatchPendingEvents } from "@/lib/notifications/dispatch";
import { enqueueDomainNotifications } from "@/lib/notifications/enqueue";
import { runReminderPass } from "@/lib/notifications/reminder-pass";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { updateAction } from "@/lib/use-cases/update-action";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let otherCustomer: TestUser;
let accountName: string;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Actions are stamped with the database's clock when opened, so the test's clock starts now.
const T0 = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 60_000);

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  accountName = unique("Notify ");
  const account = await db.prisma.account.create({ data: { name: accountName } });
  const other = await db.prisma.account.create({ data: { name: unique("Other ") } });
  customer = await createTestUser(db, "customer", account.id);
  otherCustomer = await createTestUser(db, "customer", other.id);
  await db.prisma.notificationPreference.create({ data: { userId: customer.id, locale: "zh-CN" } });
});
afterAll(async () => db.close());

async function newDomain(): Promise<string> {
  const name = `${unique("n")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: T0 });
  return name;
}

async function record(domain: string, input: { text: string; kind?: "verification_code" | "filing_approved" | "icp_number_cancelled"; receivedAt: Date }, now = T0) {
  return recordMessage(db.prisma, { actor: actorOf(admin), now, input: { domain, ...input } });
}

/** Fans out everything pending (other files' events too, on a shared database). */
async function dispatchAll(now: Date) {
  for (;;) {
    const result = await dispatchPendingEvents(db.prisma, now);
    if (result.events === 0) break;
  }
}

async function eventsFor(domainName: string) {
  return db.prisma.notificationEvent.findMany({ where: { domainName }, orderBy: { createdAt: "asc" } });
}

describe("the outbox", () => {
  it("writes one event per message that opens actions, in the recording transaction, and fans it out to the account only", async () => {
    const name = await newDomain();
    const { messageId } = await record(name, { text: "【工信部】您的备案验证码：482913，请于24小时内完成核验。", kind: "verification_code", receivedAt: new Date(T0.getTime() - 60_000) });
    const events = await eventsFor(name);
    expect(events.map((e) => [e.kind, e.category, e.urgent, e.key])).toEqual([["actions_opened", "sms_expiring", true, `message:${messageId}`]]);
    expect(events[0]!.dispatchedAt).toBeNull();

    // Recording the same message again writes nothing new.
    await record(name, { text: "【工信部】您的备案验证码：482913，请于24小时内完成核验。", kind: "verification_code", receivedAt: new Date(T0.getTime() - 60_000) });
    expect(await eventsFor(name)).toHaveLength(1);

    await dispatchAll(T0);
    const mine = await db.prisma.notification.findMany({ where: { eventId: events[0]!.id } });
    expect(mine.map((n) => n.userId)).toEqual([customer.id]);
    // The customer chose Chinese; the due date is in China time; the code is nowhere.
    expect(mine[0]!.title).toContain(name);
    expect(mine[0]!.title).toContain("待短信核验".slice(0, 2));
    expect(mine[0]!.body).toMatch(/完成工信部短信核验（截止 \d{4}-\d\d-\d\d \d\d:\d\d 北京时间）/);
    expect(JSON.stringify(events[0]!.payload) + mine[0]!.title + mine[0]!.body).not.toContain("482913");
    expect(await db.prisma.notification.count({ where: { userId: otherCustomer.id } })).toBe(0);
    const deliveries = await db.prisma.notificationDelivery.findMany({ where: { eventId: events[0]!.id } });
    expect(deliveries.map((d) => `${d.channel}:${d.status}`).sort()).toEqual(["email:pending", "in_app:sent"]);
  });

  it("writes nothing when the transaction that would have caused it rolls back", async () => {
    const name = await newDomain();
    const domain = await db.prisma.domain.findUniqueOrThrow({ where: { name } });
    const { messageId } = await record(name, { text: "ICP Filing successful 京ICP备2026000001号-1", kind: "filing_approved", receivedAt: new Date(T0.getTime() - HOUR) });
    await db.prisma.notificationEvent.deleteMany({ where: { domainName: name } });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueDomainNotifications(tx, { domainId: domain.id, messageId, statusBefore: "not_filed", now: T0 });
        expect(await tx.notificationEvent.count({ where: { domainName: name } })).toBe(1);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await eventsFor(name)).toHaveLength(0);
  });

  it("announces a cancellation as urgent", async () => {
    const name = await newDomain();
    await record(name, { text: "您的备案号已被注销 京ICP备2026000002号-1", kind: "icp_number_cancelled", receivedAt: new Date(T0.getTime() - HOUR) });
    const kinds = (await eventsFor(name)).map((e) => `${e.kind}:${e.category}:${e.urgent}`).sort();
    expect(kinds).toEqual(["actions_opened:new_message:false", "status_cancelled:cancellation:true"]);
  });

  it("escalates an urgent action recorded already overdue to the support agents as well as the customer", async () => {
    const name = await newDomain();
    await record(name, { text: "验证码 771122", kind: "verification_code", receivedAt: new Date(T0.getTime() - 30 * HOUR) });
    const events = await eventsFor(name);
    expect(events.map((e) => e.kind).sort()).toEqual(["actions_opened", "escalation", "overdue"]);
    await dispatchAll(T0);
    const escalation = events.find((e) => e.kind === "escalation")!;
    const toAgent = await db.prisma.notificationDelivery.findMany({ where: { eventId: escalation.id, userId: agent.id } });
    expect(toAgent.map((d) => d.channel).sort()).toEqual(["email", "in_app"]);
    expect(await db.prisma.notification.count({ where: { eventId: escalation.id, userId: customer.id } })).toBe(0);
    const overdue = events.find((e) => e.kind === "overdue")!;
    expect(await db.prisma.notification.count({ where: { eventId: overdue.id, userId: customer.id } })).toBe(1);
  });
});

describe("the reminder ladder", () => {
  it("reminds 12 h and 2 h before an SMS verification runs out, then reports it overdue and escalates", async () => {
    const name = await newDomain();
    const receivedAt = new Date(T0.getTime() - 60_000);
    await record(name, { text: "验证码 135790", kind: "verification_code", receivedAt });
    const due = receivedAt.getTime() + DAY;
    const kindsAt = async (offsetFromDue: number) => {
      await runReminderPass(db.prisma, new Date(due + offsetFromDue));
      return (await eventsFor(name)).filter((e) => e.kind !== "actions_opened").map((e) => `${e.kind}:${(e.payload as { step?: string }).step ?? ""}`);
    };
    expect(await kindsAt(-13 * HOUR)).toEqual([]);
    expect(await kindsAt(-12 * HOUR + 1000)).toEqual(["reminder:12h"]);
    expect(await kindsAt(-3 * HOUR)).toEqual(["reminder:12h"]);
    expect(await kindsAt(-2 * HOUR)).toEqual(["reminder:12h", "reminder:2h"]);
    // A second pass (or a second instance) at the same moment writes nothing twice.
    expect(await kindsAt(-1 * HOUR)).toEqual(["reminder:12h", "reminder:2h"]);
    expect((await kindsAt(60_000)).sort()).toEqual(["escalation:", "overdue:", "reminder:12h", "reminder:2h"]);
  });

  it("sends only the reminders whose moment had not passed when the action was opened", async () => {
    const name = await newDomain();
    // Recorded 20 h after it arrived: 4 h left, so the 12 h reminder is already past.
    const receivedAt = new Date(T0.getTime() - 20 * HOUR);
    await record(name, { text: "验证码 246801", kind: "verification_code", receivedAt });
    const due = receivedAt.getTime() + DAY;
    await runReminderPass(db.prisma, new Date(due - 2 * HOUR + 1000));
    const steps = (await eventsFor(name)).filter((e) => e.kind === "reminder").map((e) => (e.payload as { step: string }).step);
    expect(steps).toEqual(["2h"]);
  });

  it("reminds 7 days and 1 day before the PSB filing deadline", async () => {
    const name = await newDomain();
    await record(name, { text: "ICP Filing successful 京ICP备2026000003号-1", kind: "filing_approved", receivedAt: new Date(T0.getTime() - 60_000) });
    const psb = await db.prisma.action.findFirstOrThrow({ where: { domain: { name }, key: "complete_psb_filing" } });
    const due = psb.dueAt!.getTime();
    await runReminderPass(db.prisma, new Date(due - 7 * DAY + 1000));
    await runReminderPass(db.prisma, new Date(due - DAY + 1000));
    const steps = (await eventsFor(name)).filter((e) => e.kind === "reminder" && e.actionId === psb.id).map((e) => (e.payload as { step: string }).step);
    expect(steps).toEqual(["7d", "1d"]);
  });

  it("sends nothing for an action done before its reminder was due, and drops one not yet delivered", async () => {
    const name = await newDomain();
    const receivedAt = new Date(T0.getTime() - 60_000);
    await record(name, { text: "验证码 112233", kind: "verification_code", receivedAt });
    const due = receivedAt.getTime() + DAY;
    const sms = await db.prisma.action.findFirstOrThrow({ where: { domain: { name }, key: "complete_sms_verification" } });
    await runReminderPass(db.prisma, new Date(due - 12 * HOUR + 1000));
    await dispatchAll(new Date(due - 12 * HOUR + 2000));
    const reminder = (await eventsFor(name)).find((e) => e.kind === "reminder")!;
    const email = await db.prisma.notificationDelivery.findFirstOrThrow({ where: { eventId: reminder.id, channel: "email" } });
    expect(email.status).toBe("pending");

    await updateAction(db.prisma, { actor: actorOf(customer), actionId: sms.id, input: { state: "done", version: sms.version }, now: T0 });
    expect((await db.prisma.notificationDelivery.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("skipped");
    expect(await deliver(db.prisma, email.id, new Date(due - 12 * HOUR + 3000))).toBe("not_claimed");
    await runReminderPass(db.prisma, new Date(due - 2 * HOUR + 1000));
    await runReminderPass(db.prisma, new Date(due + 1000));
    expect((await eventsFor(name)).map((e) => e.kind).sort()).toEqual(["actions_opened", "reminder"]);
  });

  it("keeps an e-mail in the Outbox when no SMTP server is configured, in the recipient's language", async () => {
    delete process.env.SMTP_URL;
    const name = await newDomain();
    await record(name, { text: "验证码 908172", kind: "verification_code", receivedAt: new Date(T0.getTime() - 60_000) });
    await dispatchAll(T0);
    const event = (await eventsFor(name))[0]!;
    const email = await db.prisma.notificationDelivery.findFirstOrThrow({ where: { eventId: event.id, channel: "email", userId: customer.id } });
    expect(await deliver(db.prisma, email.id, new Date(T0.getTime() + 1000))).toBe("sent");
    const kept = await db.prisma.outboxEmail.findUniqueOrThrow({ where: { deliveryId: email.id } });
    expect(kept.to).toBe(customer.email);
    expect(kept.locale).toBe("zh-CN");
    expect(kept.subject).toContain(name);
    expect(kept.text).toContain(`/domains/${name}`);
    expect(kept.text + kept.html).not.toContain("908172");
    const log = await db.prisma.deliveryAttempt.findMany({ where: { deliveryId: email.id } });
    expect(log.map((a) => [a.attempt, a.outcome])).toEqual([[1, "sent"]]);
    // A second call (a retried job, another worker) sends nothing again.
    expect(await deliver(db.prisma, email.id, new Date(T0.getTime() + 2000))).toBe("not_claimed");
  });
});
