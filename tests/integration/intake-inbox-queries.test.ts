// The reads behind the staff inbox, the admin outbox and the staff's deliveries pages
// (lib/queries/staff-inbox.ts, lib/queries/outbox.ts, lib/queries/deliveries.ts): what each
// role gets, in the pages' order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createIntakeChannel } from "@/lib/intake/channels";
import { reportInbound } from "@/lib/intake/triage";
import { listDeliveries } from "@/lib/queries/deliveries";
import { listOutboxEmails } from "@/lib/queries/outbox";
import { findStaffInbox } from "@/lib/queries/staff-inbox";
import { createDomain } from "@/lib/use-cases/create-domain";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-for-inbox-queries-0123456789";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let acme: { id: string; name: string };
const NOW = new Date("2026-11-27T02:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  acme = await db.prisma.account.create({ data: { name: unique("Acme ") } });
  customer = await createTestUser(db, "customer", acme.id);
}, 300_000);
afterAll(async () => db?.close());

describe("the staff inbox", () => {
  it("gives agents the items, the channels and the pending items' accounts' domain names; others nothing", async () => {
    const names = [`${unique("zeta")}.cn`, `${unique("alpha")}.cn`];
    for (const name of names) await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: acme.name }, now: NOW });
    const { channel } = await createIntakeChannel(db.prisma, { actor: actorOf(admin), input: { name: "Li's phone", account: acme.name }, now: NOW, baseUrl: "http://localhost:3000" });
    const reported = await reportInbound(db.prisma, {
      actor: actorOf(agent),
      input: { text: `您好，请问备案进度如何？${unique()}`, receivedAt: "2026-11-26 10:00", account: acme.name },
      now: NOW,
    });
    expect(reported.item.state).toBe("pending");

    const inbox = await findStaffInbox(db.prisma, agent, { state: "pending", account: acme.name });
    expect(inbox.items.map((i) => i.id)).toEqual([reported.item.id]);
    expect(inbox.items[0]).toMatchObject({ reasonCode: "no_domain", account: acme.name, recordError: null });
    expect(inbox.channels.map((c) => c.id)).toContain(channel.id);
    expect(inbox.domainsByAccount).toEqual({ [acme.id]: [...names].sort() });

    // Recorded and rejected items need no suggestions.
    expect((await findStaffInbox(db.prisma, agent, { state: "rejected", account: acme.name })).domainsByAccount).toEqual({});
    expect(await findStaffInbox(db.prisma, customer, { state: "pending" })).toEqual({ items: [], channels: [], domainsByAccount: {} });
  });
});

describe("the outbox", () => {
  it("lists the kept e-mails newest first, for admins only", async () => {
    const to = `${unique("outbox")}@example.test`;
    // Dated ahead of anything else in a shared database, so they are on the first page.
    const older = await db.prisma.outboxEmail.create({
      data: { deliveryId: unique("d"), to, subject: "First", text: "one", html: "<p>one</p>", locale: "en", createdAt: new Date("2099-01-01T00:00:00Z") },
    });
    const newer = await db.prisma.outboxEmail.create({
      data: { deliveryId: unique("d"), to, subject: "第二封", text: "two", html: "<p>two</p>", locale: "zh-CN", createdAt: new Date("2099-01-02T00:00:00Z") },
    });
    const emails = (await listOutboxEmails(db.prisma, admin)).filter((e) => e.to === to);
    expect(emails).toEqual([
      { id: newer.id, to, subject: "第二封", text: "two", locale: "zh-CN", createdAt: newer.createdAt },
      { id: older.id, to, subject: "First", text: "one", locale: "en", createdAt: older.createdAt },
    ]);
    expect(await listOutboxEmails(db.prisma, agent)).toEqual([]);
    expect(await listOutboxEmails(db.prisma, customer)).toEqual([]);
  });
});

describe("the deliveries", () => {
  it("lists e-mail and webhook deliveries newest first with their attempts in order, never the in-app ones, for staff only", async () => {
    const event = await db.prisma.notificationEvent.create({
      data: { key: unique("event"), kind: "reminder", category: "reminder", urgent: false, domainName: "deliveries.example.cn", payload: {} },
    });
    const recipient = `${unique("delivery")}@example.test`;
    // Dated ahead of anything else in a shared database, so they are on the first page.
    const older = await db.prisma.notificationDelivery.create({
      data: { eventId: event.id, channel: "email", recipient, status: "failed", createdAt: new Date("2099-02-01T00:00:00Z") },
    });
    const newer = await db.prisma.notificationDelivery.create({
      data: { eventId: event.id, channel: "webhook", recipient, status: "sent", createdAt: new Date("2099-02-02T00:00:00Z") },
    });
    await db.prisma.notificationDelivery.create({
      data: { eventId: event.id, channel: "in_app", recipient, status: "sent", createdAt: new Date("2099-02-03T00:00:00Z") },
    });
    await db.prisma.deliveryAttempt.create({
      data: { deliveryId: older.id, attempt: 2, outcome: "failed", error: "connection refused", durationMs: 5, createdAt: new Date("2099-02-01T00:02:00Z") },
    });
    await db.prisma.deliveryAttempt.create({
      data: { deliveryId: older.id, attempt: 1, outcome: "failed", responseCode: 503, durationMs: 7, createdAt: new Date("2099-02-01T00:01:00Z") },
    });

    for (const staff of [agent, admin]) {
      const mine = (await listDeliveries(db.prisma, staff)).filter((d) => d.recipient === recipient);
      expect(mine.map((d) => [d.id, d.channel, d.status])).toEqual([
        [newer.id, "webhook", "sent"],
        [older.id, "email", "failed"],
      ]);
      expect(mine[1]!.event).toEqual({ kind: "reminder", domainName: "deliveries.example.cn" });
      expect(mine[1]!.log.map((a) => [a.attempt, a.responseCode, a.error])).toEqual([
        [1, 503, null],
        [2, null, "connection refused"],
      ]);
    }
    expect(await listDeliveries(db.prisma, customer)).toEqual([]);
  });
});
