// The HTTP contract's scoping and validation, through the functions the routes call:
// a caller sees and changes only their own notifications and their own account's
// webhooks (others' answer 404), and bad input is refused before anything is written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { listNotifications, markAllRead, markRead } from "@/lib/notifications/inbox";
import { savePreferences } from "@/lib/notifications/preferences";
import { createWebhook, deleteWebhook, listWebhooks, webhookDeliveries, ZCreateWebhookInput } from "@/lib/notifications/webhooks";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let acmeUser: TestUser;
let betaUser: TestUser;
let agent: TestUser;
let admin: TestUser;
let acme: { id: string; name: string };
let beta: { id: string; name: string };
const NOW = new Date();

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "1";
  db = await openTestDatabase();
  acme = await db.prisma.account.create({ data: { name: unique("Acme ") } });
  beta = await db.prisma.account.create({ data: { name: unique("Beta ") } });
  acmeUser = await createTestUser(db, "customer", acme.id);
  betaUser = await createTestUser(db, "customer", beta.id);
  agent = await createTestUser(db, "agent");
  admin = await createTestUser(db, "admin");
  const event = await db.prisma.notificationEvent.create({
    data: { key: unique("test:"), kind: "reminder", category: "reminder", urgent: false, accountId: acme.id, domainName: "acme.cn", actionKey: "complete_psb_filing", payload: {} },
  });
  await db.prisma.notification.createMany({
    data: [
      { eventId: event.id, userId: acmeUser.id, title: "first", body: "b", createdAt: new Date(NOW.getTime() - 1000) },
      { eventId: event.id, userId: betaUser.id, title: "beta's", body: "b" },
    ],
  });
  const second = await db.prisma.notificationEvent.create({ data: { key: unique("test:"), kind: "overdue", category: "overdue", urgent: false, accountId: acme.id, payload: {} } });
  await db.prisma.notification.create({ data: { eventId: second.id, userId: acmeUser.id, title: "second", body: "b" } });
}, 180_000);
afterAll(async () => db?.close());

describe("notifications", () => {
  it("lists the caller's own, newest first, with the unread count; another's answers 404", async () => {
    const mine = await listNotifications(db.prisma, acmeUser.id);
    expect(mine.notifications.map((n) => n.title)).toEqual(["second", "first"]);
    expect(mine.unread).toBe(2);
    expect(mine.notifications[1]).toMatchObject({ event: "reminder", domain: "acme.cn", actionKey: "complete_psb_filing", readAt: null });
    const betas = await listNotifications(db.prisma, betaUser.id);
    await expect(markRead(db.prisma, acmeUser.id, betas.notifications[0]!.id, NOW)).rejects.toMatchObject({ code: "not_found" });
    expect((await listNotifications(db.prisma, betaUser.id)).unread).toBe(1);
    expect(await markRead(db.prisma, acmeUser.id, mine.notifications[0]!.id, NOW)).toEqual({ unread: 1 });
    expect(await markAllRead(db.prisma, acmeUser.id, NOW)).toEqual({ updated: 1, unread: 0 });
    expect((await listNotifications(db.prisma, betaUser.id)).unread).toBe(1);
  });
});

describe("preferences", () => {
  it("refuses switching an urgent category off entirely, and lone quiet-hour ends", async () => {
    await expect(
      savePreferences(db.prisma, acmeUser.id, { locale: "en", channels: { cancellation: [] }, digest: false, quietStart: null, quietEnd: null }),
    ).rejects.toMatchObject({ code: "unprocessable", fields: { "channels.cancellation": expect.any(String) } });
    await expect(
      savePreferences(db.prisma, acmeUser.id, { locale: "en", channels: {}, digest: false, quietStart: 600, quietEnd: null }),
    ).rejects.toMatchObject({ code: "unprocessable" });
    expect(await db.prisma.notificationPreference.count({ where: { userId: acmeUser.id } })).toBe(0);
    const saved = await savePreferences(db.prisma, acmeUser.id, { locale: "zh-CN", channels: { reminder: [], cancellation: ["email"] }, digest: true, quietStart: 22 * 60, quietEnd: 7 * 60 });
    expect(saved.channels.reminder).toEqual([]);
    expect(saved.channels.cancellation).toEqual(["email"]);
    expect(saved.channels.new_message).toEqual(["in_app", "email"]);
  });
});

describe("webhooks", () => {
  it("shows the secret once, scopes lists to the account, and answers 404 for another account's", async () => {
    const created = await createWebhook(db.prisma, { caller: acmeUser, actor: actorOf(acmeUser), input: { url: "https://hooks.example.test/icp", kind: "generic" }, now: NOW });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.account.name).toBe(acme.name);
    const listed = await listWebhooks(db.prisma, acmeUser);
    expect(listed.map((h) => h.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret!);
    expect((await listWebhooks(db.prisma, betaUser)).map((h) => h.id)).not.toContain(created.id);
    expect((await listWebhooks(db.prisma, admin)).map((h) => h.id)).toContain(created.id);
    await expect(webhookDeliveries(db.prisma, betaUser, created.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteWebhook(db.prisma, { caller: betaUser, actor: actorOf(betaUser), id: created.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(listWebhooks(db.prisma, agent)).rejects.toMatchObject({ code: "not_found" });
    // A customer cannot add one to another account.
    await expect(
      createWebhook(db.prisma, { caller: acmeUser, actor: actorOf(acmeUser), input: { url: "https://hooks.example.test/x", kind: "generic", account: beta.name }, now: NOW }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await webhookDeliveries(db.prisma, acmeUser, created.id)).toEqual([]);
    await deleteWebhook(db.prisma, { caller: acmeUser, actor: actorOf(acmeUser), id: created.id });
    expect(await db.prisma.webhook.count({ where: { id: created.id } })).toBe(0);
  });

  it("refuses bad input: unknown kind (400), not a URL or a secret on WeCom (422), no account for an admin (400)", async () => {
    expect(ZCreateWebhookInput.safeParse({ url: "https://x.example", kind: "slack" }).success).toBe(false);
    await expect(createWebhook(db.prisma, { caller: acmeUser, actor: actorOf(acmeUser), input: { url: "ftp://x.example", kind: "generic" }, now: NOW })).rejects.toMatchObject({ code: "unprocessable" });
    await expect(
      createWebhook(db.prisma, { caller: acmeUser, actor: actorOf(acmeUser), input: { url: "https://qyapi.example.test/send?key=k", kind: "wecom", secret: "12345678" }, now: NOW }),
    ).rejects.toMatchObject({ code: "unprocessable" });
    await expect(createWebhook(db.prisma, { caller: admin, actor: actorOf(admin), input: { url: "https://x.example.test", kind: "generic" }, now: NOW })).rejects.toMatchObject({ code: "validation_failed" });
    expect(await db.prisma.webhook.count({ where: { accountId: { in: [acme.id, beta.id] } } })).toBe(0);
  });
});
