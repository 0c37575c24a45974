// E-mail delivery against SMTP servers that misbehave, started here: one that accepts the
// connection and never says hello, one that refuses the recipient. Each attempt must end
// within the app's own timeouts (not nodemailer's minutes) and say why in the server's log,
// not only on the delivery log page: without that, e-mails that never arrive leave no trace
// where an operator looks first.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { deliver, RetryableDeliveryError } from "@/lib/notifications/deliver";
import { dispatchPendingEvents } from "@/lib/notifications/dispatch";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let customer: TestUser;
let accountName: string;
let silent: net.Server;
let silentPort: number;
const sockets: net.Socket[] = [];
let refusing: SMTPServer;
let refusingPort: number;

beforeAll(async () => {
  // Accepts TCP connections and never sends the SMTP greeting.
  silent = net.createServer((socket) => {
    sockets.push(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentPort = (silent.address() as AddressInfo).port;

  refusing = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error("5.1.1 No such user here"), { responseCode: 550 }));
    },
  });
  await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
  refusingPort = (refusing.server.address() as AddressInfo).port;

  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  accountName = unique("Mail ");
  const account = await db.prisma.account.create({ data: { name: accountName } });
  customer = await createTestUser(db, "customer", account.id);
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((r) => silent.close(() => r()));
  await new Promise<void>((r) => refusing.close(() => r()));
  await db?.close();
});

/** A new SMS verification for a new domain of the account, fanned out: the customer's pending e-mail delivery. */
async function pendingEmail(): Promise<{ id: string; domain: string }> {
  const domain = `${unique("m")}.cn`;
  const now = new Date();
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: domain, account: accountName }, now });
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now,
    input: { domain, text: "【工信部】验证码：314159，请于24小时内完成核验。", kind: "verification_code", receivedAt: new Date(now.getTime() - 60_000) },
  });
  for (;;) if ((await dispatchPendingEvents(db.prisma, now)).events === 0) break;
  const delivery = await db.prisma.notificationDelivery.findFirstOrThrow({
    where: { channel: "email", userId: customer.id, event: { domainName: domain, kind: "actions_opened" } },
  });
  return { id: delivery.id, domain };
}

describe("e-mail delivery to a misbehaving SMTP server", () => {
  it("gives up on a server that never greets within 10 s, logs why and leaves the delivery for a retry", async () => {
    process.env.SMTP_URL = `smtp://mailer:secret@127.0.0.1:${silentPort}`;
    const { id, domain } = await pendingEmail();
    const logged: string[] = [];
    const started = Date.now();
    await expect(deliver(db.prisma, id, new Date(), (line) => logged.push(line))).rejects.toBeInstanceOf(RetryableDeliveryError);
    const took = Date.now() - started;
    // nodemailer's own greeting timeout is 30 s; the app's is 10 s.
    expect(took).toBeGreaterThanOrEqual(9_000);
    expect(took).toBeLessThan(20_000);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`email to user:${customer.id}`);
    expect(logged[0]).toContain(domain);
    expect(logged[0]).toMatch(/greeting/i);
    expect(logged[0]).toContain("retried (attempt 1 of 6)");
    const row = await db.prisma.notificationDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/greeting/i);
  }, 40_000);

  it("logs a refusal (5xx) and does not retry it", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${refusingPort}`;
    const { id } = await pendingEmail();
    const logged: string[] = [];
    expect(await deliver(db.prisma, id, new Date(), (line) => logged.push(line))).toBe("failed");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("refused");
    expect(logged[0]).toContain("550");
    expect(logged[0]).toContain("given up after attempt 1");
    expect(logged.join("")).not.toContain("314159");
    expect(await db.prisma.notificationDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", lastResponseCode: 550 });
  });
});
