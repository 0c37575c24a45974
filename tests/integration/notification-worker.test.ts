// The worker end to end on a real database and pg-boss: e-mails to a real SMTP server
// started here (smtp-server), a generic webhook to a real HTTP receiver on loopback that
// fails once with a 500, and two workers at once — each e-mail and call arrives once.
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { startNotificationWorker, type NotificationWorker } from "@/lib/jobs/worker";
import { createWebhook } from "@/lib/notifications/webhooks";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let smtp: SMTPServer;
let receiver: http.Server;
const mails: ParsedMail[] = [];
const calls: { headers: http.IncomingHttpHeaders; body: string; status: number }[] = [];
const workers: NotificationWorker[] = [];
let admin: TestUser;
let customer: TestUser;
let agent: TestUser;
let accountName: string;
let secret: string;

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
    logger: false,
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      // The first call fails: the delivery must be retried.
      const status = calls.length === 0 ? 500 : 200;
      calls.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), status });
      response.writeHead(status, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookPort = (receiver.address() as AddressInfo).port;

  process.env.SMTP_URL = `smtp://mailer:secret@127.0.0.1:${smtpPort}`;
  process.env.MAIL_FROM = "ICP dashboard <icp@example.test>";
  process.env.NEXTAUTH_URL = "https://icp.example.test";
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "1";

  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  accountName = unique("Worker ");
  const account = await db.prisma.account.create({ data: { name: accountName } });
  customer = await createTestUser(db, "customer", account.id);
  await db.prisma.notificationPreference.create({ data: { userId: agent.id, locale: "zh-CN" } });
  const hook = await createWebhook(db.prisma, {
    caller: admin,
    actor: actorOf(admin),
    input: { url: `http://127.0.0.1:${hookPort}/hooks/icp`, kind: "generic", account: accountName },
    now: new Date(),
  });
  secret = hook.secret!;
  for (let i = 0; i < 2; i++) {
    workers.push(await startNotificationWorker(db, { schedule: false, pumpIntervalMs: 300, retryDelaySeconds: 1, log: () => undefined }));
  }
}, 120_000);

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await db?.close();
  await new Promise<void>((r) => smtp.close(() => r()));
  await new Promise<void>((r) => receiver.close(() => r()));
}, 60_000);

describe("the notification worker", () => {
  it("delivers each e-mail and webhook call once, retrying a webhook that answered 500, with two workers running", async () => {
    const name = `${unique("w")}.cn`;
    const now = new Date();
    await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now });
    // Arrived 30 h ago: the SMS verification is already overdue and escalates.
    await recordMessage(db.prisma, {
      actor: actorOf(admin),
      now,
      input: { domain: name, text: "【工信部】验证码：918273，请于24小时内完成核验。", kind: "verification_code", receivedAt: new Date(now.getTime() - 30 * 3_600_000) },
    });
    const toCustomer = () => mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === customer.email && m.subject?.includes(name));
    const toAgent = () => mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === agent.email && m.subject?.includes(name));
    const hookCalls = () => calls.filter((c) => c.body.includes(name));
    await until(() => toCustomer().length >= 2 && toAgent().length >= 1 && hookCalls().filter((c) => c.status === 200).length >= 2);
    // Give a duplicate every chance to show up.
    await new Promise((r) => setTimeout(r, 3000));

    const customerSubjects = toCustomer().map((m) => m.subject).sort();
    expect(customerSubjects).toHaveLength(2);
    expect(customerSubjects.some((s) => s?.startsWith(`Overdue: Complete the MIIT SMS verification for ${name}`))).toBe(true);
    expect(customerSubjects.some((s) => s?.startsWith(`${name}: `))).toBe(true);
    expect(toAgent().map((m) => m.subject)).toEqual([expect.stringContaining(`升级处理：${accountName} 的 ${name}`)]);
    for (const mail of [...toCustomer(), ...toAgent()]) {
      expect(mail.from?.text).toContain("icp@example.test");
      expect(mail.text).toContain(`https://icp.example.test/domains/${name}`);
      expect(mail.html || "").toContain("<a href=");
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain("918273");
    }
    expect(new Set([...toCustomer(), ...toAgent()].map((m) => m.messageId)).size).toBe(3);

    // The webhook: two events (new actions, overdue; escalations go to staff only), the first call failed.
    const received = hookCalls();
    expect(received.map((c) => c.status)).toEqual([500, 200, 200]);
    const events = new Set<string>();
    for (const call of received) {
      expect(call.headers["x-icp-signature"]).toBe(`sha256=${createHmac("sha256", secret).update(call.body).digest("hex")}`);
      expect(Number(call.headers["x-icp-timestamp"])).toBeGreaterThan(now.getTime() / 1000 - 60);
      const body = JSON.parse(call.body) as { id: string; event: string; domain: string };
      expect(call.headers["x-icp-event-id"]).toBe(body.id);
      expect(body.domain).toBe(name);
      expect(call.body).not.toContain("918273");
      if (call.status === 200) events.add(body.event);
    }
    expect([...events].sort()).toEqual(["actions_opened", "overdue"]);

    const hookDeliveries = await db.prisma.notificationDelivery.findMany({
      where: { channel: "webhook", event: { domainName: name } },
      include: { log: { orderBy: { attempt: "asc" } } },
    });
    expect(hookDeliveries.every((d) => d.status === "sent")).toBe(true);
    const retried = hookDeliveries.find((d) => d.log.length === 2);
    expect(retried?.log.map((a) => [a.attempt, a.outcome, a.responseCode])).toEqual([
      [1, "failed", 500],
      [2, "sent", 200],
    ]);
  });

  it("refuses a webhook target on a private address when private targets are not allowed", async () => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;
    try {
      await expect(
        createWebhook(db.prisma, { caller: admin, actor: actorOf(admin), input: { url: "http://127.0.0.1:9/x", kind: "generic", account: accountName }, now: new Date() }),
      ).rejects.toMatchObject({ code: "unprocessable" });
      await expect(
        createWebhook(db.prisma, { caller: admin, actor: actorOf(admin), input: { url: "http://localhost:9/x", kind: "wecom", account: accountName }, now: new Date() }),
      ).rejects.toMatchObject({ code: "unprocessable" });
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "1";
    }
  });
});
