// Intake: channels, SmsForwarder's signed webhook (form and JSON), raw MIME e-mail, the
// rules between recording automatically and waiting in the inbox, duplicates, accounts kept
// apart, the rate limit, and triage (confirm, reject, customer reports).
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { OpenDatabase } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { createIntakeChannel, listIntakeChannels, revokeIntakeChannel } from "@/lib/intake/channels";
import { handleIntakeRequest, RateLimitedError, type IntakeRequest } from "@/lib/intake/receive-request";
import { smsForwarderSign } from "@/lib/intake/smsforwarder";
import { confirmInbound, findInboundItem, listInbound, rejectInbound, reportInbound } from "@/lib/intake/triage";
import { findDomainListVersion, findDomainVersion } from "@/lib/queries/domain-version";
import { createDomain } from "@/lib/use-cases/create-domain";
import { updateAction } from "@/lib/use-cases/update-action";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-for-intake-0123456789";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let li: TestUser;
let betaUser: TestUser;
let acme: { id: string; name: string };
let beta: { id: string; name: string };
const NOW = new Date("2026-11-27T02:00:00Z");
const BASE = "http://localhost:3000";

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  acme = await db.prisma.account.create({ data: { name: unique("Acme ") } });
  beta = await db.prisma.account.create({ data: { name: unique("Beta ") } });
  li = await createTestUser(db, "customer", acme.id);
  betaUser = await createTestUser(db, "customer", beta.id);
  // Migrating a fresh in-memory database can take minutes on a busy machine.
}, 300_000);
afterAll(async () => db?.close());

async function newDomain(account: { name: string }, icpNumber?: string): Promise<string> {
  // Letters only, so no part of the name reads like a number in a message.
  const name = `${unique("d").replace(/[0-9]/g, (c) => "ghijklmnop"[Number(c)]!)}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: account.name }, now: NOW });
  if (icpNumber) await db.prisma.domain.update({ where: { name }, data: { icpNumber, icpEntityNumber: icpNumber.replace(/-\d+$/, "") } });
  return name;
}

async function newChannel(user: TestUser = li, name = "Li's phone") {
  const { channel } = await createIntakeChannel(db.prisma, { actor: actorOf(user), input: { name }, now: NOW, baseUrl: BASE });
  return { ...channel, token: channel.url.slice(channel.url.lastIndexOf("/") + 1) };
}

function smsForm(secret: string, fields: { from?: string; content: string; timestamp?: number }, sign?: string): IntakeRequest["body"] {
  const timestamp = String(fields.timestamp ?? NOW.getTime());
  const params = new URLSearchParams({
    from: fields.from ?? "106598051001",
    content: fields.content,
    timestamp,
    // As SmsForwarder sends it: the URL-encoded base64, form-encoded once more by its HTTP client.
    sign: sign ?? smsForwarderSign(secret, timestamp),
  });
  return new TextEncoder().encode(params.toString());
}

function post(token: string, body: Uint8Array, contentType = "application/x-www-form-urlencoded", extra: Partial<IntakeRequest> = {}) {
  return handleIntakeRequest(db.prisma, { token, contentType, authorization: null, body, now: NOW, rateLimitPerMinute: 1000, ...extra });
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  // A ZodError is what the routes answer 400 validation_failed for.
  if (error instanceof ZodError) {
    expect(code).toBe("validation_failed");
    return new AppError("validation_failed", error.message);
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function itemCount(accountId = acme.id) {
  return db.prisma.inboundItem.count({ where: { accountId } });
}

describe("intake channels", () => {
  it("a customer creates one for their own account; the secret is shown once and stored only hashed and sealed", async () => {
    const channel = await newChannel();
    expect(channel.url).toMatch(/^http:\/\/localhost:3000\/api\/intake\/in_[A-Za-z0-9_-]{40,}$/);
    expect(channel.account).toBe(acme.name);
    const row = await db.prisma.intakeChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(JSON.stringify(row)).not.toContain(channel.secret);
    expect(JSON.stringify(row)).not.toContain(channel.token);
    const listed = await listIntakeChannels(db.prisma, li);
    expect(listed.find((c) => c.id === channel.id)).toMatchObject({ name: "Li's phone", lastUsedAt: null, revokedAt: null, secretReadable: true });
    expect(JSON.stringify(listed)).not.toContain(channel.secret);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { event: "intake_channel.created", targetId: channel.id } });
    expect(audit.actorId).toBe(li.id);
  });

  it("a customer cannot name another account, an agent cannot create one, an admin names the account", async () => {
    await rejectsWith(createIntakeChannel(db.prisma, { actor: actorOf(li), input: { name: "x", account: beta.name }, now: NOW, baseUrl: BASE }), "not_found");
    await rejectsWith(createIntakeChannel(db.prisma, { actor: actorOf(agent), input: { name: "x", account: beta.name }, now: NOW, baseUrl: BASE }), "forbidden");
    await rejectsWith(createIntakeChannel(db.prisma, { actor: actorOf(admin), input: { name: "x" }, now: NOW, baseUrl: BASE }), "validation_failed");
    const { channel } = await createIntakeChannel(db.prisma, { actor: actorOf(admin), input: { name: "Beta mail", account: beta.name }, now: NOW, baseUrl: BASE });
    expect(channel.account).toBe(beta.name);
    expect((await listIntakeChannels(db.prisma, li)).some((c) => c.id === channel.id)).toBe(false);
    expect((await listIntakeChannels(db.prisma, betaUser)).some((c) => c.id === channel.id)).toBe(true);
    // Another account's channel answers as if it did not exist.
    await rejectsWith(revokeIntakeChannel(db.prisma, { actor: actorOf(li), channelId: channel.id, now: NOW }), "not_found");
  });

  it("a revoked or unknown token answers 404", async () => {
    const channel = await newChannel();
    await revokeIntakeChannel(db.prisma, { actor: actorOf(li), channelId: channel.id, now: NOW });
    await rejectsWith(post(channel.token, smsForm(channel.secret, { content: "x" })), "not_found");
    await rejectsWith(post("in_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", smsForm(channel.secret, { content: "x" })), "not_found");
    await rejectsWith(post("../../etc", smsForm(channel.secret, { content: "x" })), "not_found");
  });
});

describe("SmsForwarder webhook", () => {
  it("a signed form naming one of the account's domains is recorded at once, naming its source", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme, "沪ICP备2024031234号-2");
    const text = `【工信部】您的网站 ${domain} 备案号 沪ICP备2024031234号-2 已被注销。`;
    const answer = await post(channel.token, smsForm(channel.secret, { content: text }));
    expect(answer.item.state).toBe("recorded");
    const after = await db.prisma.domain.findUniqueOrThrow({ where: { name: domain }, include: { messages: true } });
    expect(after.status).toBe("cancelled");
    expect(after.messages).toHaveLength(1);
    expect(after.messages[0]).toMatchObject({ channel: "sms", kind: "icp_number_cancelled", recordedById: null });
    expect(after.messages[0]!.source).toMatchObject({ via: "sms", sender: "106598051001", channel: "Li's phone" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { event: "message.recorded", targetId: after.messages[0]!.id } });
    expect(audit.actorLabel).toBe("intake 'Li's phone'");
    // Stored as data, worded in the reader's language where it is shown (/staff/audit).
    expect(audit.after).toMatchObject({ source: { via: "sms", sender: "106598051001", channel: "Li's phone" } });
    const item = await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } });
    expect(item).toMatchObject({ state: "recorded", messageId: after.messages[0]!.id, sender: "106598051001" });
    expect((await db.prisma.intakeChannel.findUniqueOrThrow({ where: { id: channel.id } })).lastUsedAt).toEqual(NOW);
  });

  it("the same fields as JSON, with the timestamp as a number, are accepted", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const timestamp = NOW.getTime() - 5 * 60_000;
    const body = JSON.stringify({
      from: "106598051001",
      content: `ICP Filing successful: ${domain}, 沪ICP备2024031299号-1`,
      timestamp,
      sign: smsForwarderSign(channel.secret, String(timestamp)),
    });
    const answer = await post(channel.token, new TextEncoder().encode(body), "application/json; charset=utf-8");
    expect(answer.item.state).toBe("recorded");
    const after = await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } });
    expect(after.status).toBe("approved_pending_sync");
    expect(after.icpNumber).toBe("沪ICP备2024031299号-1");
  });

  it.each([
    ["form", "application/x-www-form-urlencoded"],
    ["JSON", "application/json"],
  ])("a %s body with a wrong or a stale signature is refused with 401 and writes nothing", async (_label, contentType) => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const content = `【工信部】您的网站 ${domain} 备案号 沪ICP备2024031234号-9 已被注销。`;
    const build = (timestamp: number, sign: string) =>
      contentType === "application/json"
        ? new TextEncoder().encode(JSON.stringify({ from: "106598051001", content, timestamp: String(timestamp), sign }))
        : smsForm(channel.secret, { content, timestamp }, sign);
    const before = { items: await itemCount(), audits: await db.prisma.auditEvent.count() };
    const t = NOW.getTime();
    await rejectsWith(post(channel.token, build(t, smsForwarderSign("SECwrong-secret", String(t))), contentType), "unauthenticated");
    await rejectsWith(post(channel.token, build(t, smsForwarderSign(channel.secret, String(t + 1)))), "unauthenticated");
    const stale = t - 61 * 60_000;
    await rejectsWith(post(channel.token, build(stale, smsForwarderSign(channel.secret, String(stale))), contentType), "unauthenticated");
    const future = t + 61 * 60_000;
    await rejectsWith(post(channel.token, build(future, smsForwarderSign(channel.secret, String(future))), contentType), "unauthenticated");
    await rejectsWith(post(channel.token, new TextEncoder().encode(`from=1&content=${encodeURIComponent(content)}&timestamp=${t}`)), "unauthenticated");
    expect({ items: await itemCount(), audits: await db.prisma.auditEvent.count() }).toEqual(before);
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } })).status).toBe("not_filed");
    expect((await db.prisma.intakeChannel.findUniqueOrThrow({ where: { id: channel.id } })).lastUsedAt).toBeNull();
  });

  it("accepts the bare base64 signature too, and a signature 59 minutes old", async () => {
    const channel = await newChannel();
    const t = NOW.getTime() - 59 * 60_000;
    const bare = decodeURIComponent(smsForwarderSign(channel.secret, String(t)));
    const answer = await post(channel.token, smsForm(channel.secret, { content: "备案相关：请查收", timestamp: t }, bare));
    expect(answer.item.state).toBe("pending");
  });

  it("the same SMS forwarded twice (SmsForwarder retries) is one item and one message", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const body = smsForm(channel.secret, { content: `【工信部】您的网站 ${domain} 备案号 沪ICP备2024031234号-7 已被注销。` });
    const [first, second] = await Promise.all([post(channel.token, body), post(channel.token, body)]);
    expect(second.item.id).toBe(first.item.id);
    // A resend later, newly signed, is still the same SMS.
    const later = NOW.getTime() + 30 * 60_000;
    const third = await post(
      channel.token,
      smsForm(channel.secret, { content: `【工信部】您的网站 ${domain} 备案号 沪ICP备2024031234号-7 已被注销。`, timestamp: later }),
      undefined,
      { now: new Date(later) },
    );
    expect(third.item.id).toBe(first.item.id);
    const items = await db.prisma.inboundItem.findMany({ where: { channelId: channel.id } });
    expect(items).toHaveLength(1);
    expect(await db.prisma.message.count({ where: { domain: { name: domain } } })).toBe(1);
  });

  it("masks verification codes before anything is stored", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const content = `106598051001\n【工信部】您的验证码为483920，用于ICP备案短信核验，网站 ${domain}，请于24小时内完成核验。\nSIM1_中国电信\n2026-11-27 10:00:00`;
    const answer = await post(channel.token, smsForm(channel.secret, { content }));
    expect(await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } })).toMatchObject({ reason: null });
    expect(answer.item.state).toBe("recorded");
    const item = await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } });
    expect(item.text).toContain("******");
    const everything = JSON.stringify([
      item,
      await db.prisma.message.findMany({ where: { domain: { name: domain } } }),
      await db.prisma.auditEvent.findMany({ where: { accountId: acme.id } }),
    ]);
    expect(everything).not.toContain("483920");
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } })).status).toBe("sms_verification");
  });

  it("rate-limits per token with a database counter: 429 with the seconds to wait", async () => {
    const channel = await newChannel();
    const body = smsForm(channel.secret, { content: "备案通知" });
    await post(channel.token, body, undefined, { rateLimitPerMinute: 2 });
    await post(channel.token, body, undefined, { rateLimitPerMinute: 2 });
    const error = await rejectsWith(post(channel.token, body, undefined, { rateLimitPerMinute: 2 }), "rate_limited");
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    // A new window a minute later.
    const answer = await post(channel.token, body, undefined, { rateLimitPerMinute: 2, now: new Date(NOW.getTime() + 61_000) });
    expect(answer.item.id).toBeTruthy();
  });
});

describe("the rules between recording and the inbox", () => {
  it.each([
    ["names none of the account's domains", (d: string) => `【工信部】您的网站备案号 沪ICP备2099000001号-1 已被注销。 ${d.slice(0, 0)}`, "no_domain"],
    ["is not confidently classified", (d: string) => `【工信部】您的网站 ${d} 短信核验完成，请等待其他核验人完成核验。`, "not_confident"],
    ["cannot be classified", (d: string) => `您好，关于您的网站 ${d} 的事情，请联系我们。`, "not_confident"],
  ])("a text that %s waits in the inbox with the reason", async (_label, make, code) => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const answer = await post(channel.token, smsForm(channel.secret, { content: make(domain) }));
    expect(answer.item.state).toBe("pending");
    const item = await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } });
    expect(item.reasonCode).toBe(code);
    expect(item.reason).toBeTruthy();
    expect(await db.prisma.message.count({ where: { domain: { name: domain } } })).toBe(0);
  });

  it("a text naming two of the account's domains waits", async () => {
    const channel = await newChannel();
    const [a, b] = [await newDomain(acme), await newDomain(acme)];
    const answer = await post(channel.token, smsForm(channel.secret, { content: `【工信部】您的网站 ${a}、${b} 备案号已被注销。` }));
    expect(answer.item.state).toBe("pending");
    const item = await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } });
    expect(item.reasonCode).toBe("several_domains");
    // The reason is data (the domains it named), worded by whoever reads it; the API in English.
    expect(JSON.parse(item.reason!)).toMatchObject({ domains: expect.arrayContaining([a, b]) });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { event: "inbound.received", targetId: item.id } });
    expect(audit.after).toMatchObject({ via: "sms", outcome: "several_domains", domains: expect.arrayContaining([a, b]) });
    expect(audit.after).not.toHaveProperty("reason");
    const dto = await findInboundItem(db.prisma, { role: "agent", accountId: null }, item.id);
    expect(dto?.reasonParams).toMatchObject({ domains: expect.arrayContaining([a, b]) });
    expect(dto?.reason).toMatch(/^The text names several of this account's domains \(.+\)\.$/);
  });

  it("a text naming another account's domain goes to the inbox, never to that account", async () => {
    const channel = await newChannel();
    const betaDomain = await newDomain(beta, "京ICP备2024000777号-1");
    const byName = await post(channel.token, smsForm(channel.secret, { content: `【工信部】您的网站 ${betaDomain} 备案号已被注销。` }));
    const byNumber = await post(channel.token, smsForm(channel.secret, { content: "【工信部】您的备案号 京ICP备2024000777号-1 已被注销。" }));
    for (const answer of [byName, byNumber]) {
      expect(answer.item.state).toBe("pending");
      const item = await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } });
      expect(item).toMatchObject({ accountId: acme.id, reasonCode: "foreign_domain", domainId: null });
      expect(item.reason).not.toContain(beta.name);
      expect(item.reason).not.toContain(betaDomain);
      const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { event: "inbound.received", targetId: item.id } });
      expect(JSON.stringify(audit.after)).not.toContain(betaDomain);
    }
    const after = await db.prisma.domain.findUniqueOrThrow({ where: { name: betaDomain }, include: { messages: true } });
    expect(after.status).toBe("not_filed");
    expect(after.messages).toHaveLength(0);
    // Not even an agent can confirm it into the other account.
    await rejectsWith(confirmInbound(db.prisma, { actor: actorOf(agent), itemId: byName.item.id, input: { domain: betaDomain }, now: NOW }), "unprocessable");
    expect(await db.prisma.message.count({ where: { domain: { name: betaDomain } } })).toBe(0);
  });

  it("a text already recorded by an admin waits as a duplicate", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const text = `【工信部】您的网站 ${domain} 备案号 沪ICP备2024031234号-5 已被注销。`;
    await recordMessage(db.prisma, { actor: actorOf(admin), input: { domain, text, receivedAt: new Date(NOW.getTime() - 3600_000) }, now: NOW });
    const answer = await post(channel.token, smsForm(channel.secret, { content: text }));
    expect(answer.item.state).toBe("pending");
    expect((await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } })).reasonCode).toBe("duplicate_message");
    expect(await db.prisma.message.count({ where: { domain: { name: domain } } })).toBe(1);
  });
});

describe("e-mail as raw MIME", () => {
  async function mime(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Uint8Array> {
    return new MailComposer(options).compile().build();
  }

  it("parses a multipart HTML e-mail, keeps sender and Date, reads the HTML as text and records it", async () => {
    const channel = await newChannel(li, "Li's mailbox");
    const domain = await newDomain(acme, "沪ICP备2024031234号-4");
    const date = new Date("2026-11-26T09:15:00+08:00");
    const raw = await mime({
      from: "阿里云备案 <beian@notice.aliyun.com>",
      to: "li@acme.example",
      subject: "【阿里云】ICP备案号注销通知",
      date,
      messageId: `<${unique("m")}@notice.aliyun.com>`,
      html: `<html><body><p>尊敬的用户：</p><p>您的网站 <b>${domain}</b> 备案号 <i>沪ICP备2024031234号-4</i> 已被注销。</p><script>alert("x")</script><img src="https://tracker.example/p.gif"></body></html>`,
      attachments: [{ filename: "notice.txt", content: "attached" }],
    });
    const answer = await post(channel.token, raw, "message/rfc822", { authorization: `Bearer ${channel.secret}` });
    expect(await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } })).toMatchObject({ reason: null });
    expect(answer.item.state).toBe("recorded");
    const item = await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } });
    expect(item).toMatchObject({ via: "email", sender: "beian@notice.aliyun.com", subject: "【阿里云】ICP备案号注销通知" });
    expect(item.receivedAt).toEqual(date);
    expect(item.text).toContain(`您的网站 ${domain} 备案号 沪ICP备2024031234号-4 已被注销。`);
    expect(item.text).not.toMatch(/<b>|<script|<p>/);
    const message = await db.prisma.message.findFirstOrThrow({ where: { domain: { name: domain } } });
    expect(message).toMatchObject({ channel: "email", receivedAt: date });
    expect(message.source).toMatchObject({ via: "email", sender: "beian@notice.aliyun.com", channel: "Li's mailbox" });
    // The same e-mail relayed again (same Message-ID) is the same item.
    expect((await post(channel.token, raw, "message/rfc822", { authorization: `Bearer ${channel.secret}` })).item.id).toBe(answer.item.id);
  });

  it("refuses an e-mail without the channel's secret as bearer token (401), writing nothing", async () => {
    const channel = await newChannel();
    const raw = await mime({ from: "a@b.example", subject: "x", text: "备案" });
    const before = await itemCount();
    await rejectsWith(post(channel.token, raw, "message/rfc822"), "unauthenticated");
    await rejectsWith(post(channel.token, raw, "message/rfc822", { authorization: "Bearer SECnot-the-secret" }), "unauthenticated");
    expect(await itemCount()).toBe(before);
  });
});

describe("triage", () => {
  it("an agent confirms a waiting item: recorded through recordMessage, naming the agent", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const answer = await post(channel.token, smsForm(channel.secret, { content: `【工信部】您的网站 ${domain} 短信核验完成，请等待其他核验人完成核验。` }));
    expect(answer.item.state).toBe("pending");
    const pending = await listInbound(db.prisma, agent, { state: "pending", account: acme.name });
    expect(pending.some((i) => i.id === answer.item.id)).toBe(true);
    // A customer sees their own items but cannot confirm them.
    expect((await listInbound(db.prisma, li, {})).some((i) => i.id === answer.item.id)).toBe(true);
    expect((await listInbound(db.prisma, betaUser, {})).some((i) => i.id === answer.item.id)).toBe(false);
    await rejectsWith(confirmInbound(db.prisma, { actor: actorOf(li), itemId: answer.item.id, input: { domain }, now: NOW }), "forbidden");

    const confirmed = await confirmInbound(db.prisma, {
      actor: actorOf(agent),
      itemId: answer.item.id,
      input: { domain, kind: "verification_code" },
      now: NOW,
    });
    expect(confirmed.domain).toBe(domain);
    expect(confirmed.item).toMatchObject({ state: "recorded", domain, kind: "verification_code" });
    const after = await db.prisma.domain.findUniqueOrThrow({ where: { name: domain }, include: { messages: true } });
    expect(after.status).toBe("sms_verification");
    expect(after.messages[0]).toMatchObject({ recordedById: agent.id });
    expect(after.messages[0]!.source).toMatchObject({ via: "sms", channel: "Li's phone", confirmedBy: agent.email });
    expect(await db.prisma.auditEvent.count({ where: { event: "inbound.confirmed", targetId: answer.item.id, actorId: agent.id } })).toBe(1);
    await rejectsWith(confirmInbound(db.prisma, { actor: actorOf(agent), itemId: answer.item.id, input: { domain }, now: NOW }), "conflict");
  });

  it("a failure while recording leaves the item pending with the reason", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const answer = await post(channel.token, smsForm(channel.secret, { content: `您好，关于您的网站 ${domain} 的事情。` }));
    // A retraction must name the message it retracts: recordMessage refuses it.
    await rejectsWith(confirmInbound(db.prisma, { actor: actorOf(agent), itemId: answer.item.id, input: { domain, kind: "retraction" }, now: NOW }), "unprocessable");
    const item = await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: answer.item.id } });
    expect(item).toMatchObject({ state: "pending", reasonCode: "record_failed" });
    expect(item.reason).toContain("retraction");
    // The error as data, for the pages to word in the reader's language; the API keeps the use case's English.
    const dto = await findInboundItem(db.prisma, agent, answer.item.id);
    expect(dto).toMatchObject({
      reasonCode: "record_failed",
      reason: "A retraction must name the message it retracts.",
      reasonParams: null,
      recordError: { code: "unprocessable", kind: "retraction", fields: ["retractsMessageId"] },
    });
  });

  it("an agent rejects with a reason; the customer sees it", async () => {
    const channel = await newChannel();
    const answer = await post(channel.token, smsForm(channel.secret, { content: "【某银行】您的验证码是 112233。" }));
    await rejectsWith(rejectInbound(db.prisma, { actor: actorOf(li), itemId: answer.item.id, input: { reason: "no" }, now: NOW }), "forbidden");
    await rejectsWith(rejectInbound(db.prisma, { actor: actorOf(agent), itemId: answer.item.id, input: { reason: " " }, now: NOW }), "validation_failed");
    await rejectInbound(db.prisma, { actor: actorOf(agent), itemId: answer.item.id, input: { reason: "Not about an ICP filing." }, now: NOW });
    const seen = (await listInbound(db.prisma, li, { state: "rejected" })).find((i) => i.id === answer.item.id);
    expect(seen).toMatchObject({ state: "rejected", reason: "Not about an ICP filing.", decidedBy: agent.name });
    expect(seen!.text).not.toContain("112233");
  });
});

describe("customer reports", () => {
  it("a report from a domain's dashboard is recorded when confident, naming the reporter", async () => {
    const domain = await newDomain(acme);
    const result = await reportInbound(db.prisma, {
      actor: actorOf(li),
      input: { text: "【工信部】您的备案号 沪ICP备2024031234号-8 已被注销。", receivedAt: "2026-11-26 10:00", domain },
      now: NOW,
    });
    expect(result.item.state).toBe("recorded");
    const message = await db.prisma.message.findFirstOrThrow({ where: { domain: { name: domain } } });
    expect(message.receivedAt).toEqual(new Date("2026-11-26T02:00:00Z"));
    expect(message.source).toMatchObject({ via: "report", reportedBy: li.email, channel: null });
    const again = await reportInbound(db.prisma, {
      actor: actorOf(li),
      input: { text: "【工信部】您的备案号 沪ICP备2024031234号-8 已被注销。", receivedAt: "2026-11-26 10:00", domain },
      now: NOW,
    });
    expect(again).toMatchObject({ duplicate: true, item: { id: result.item.id } });
  });

  it("a report naming no domain waits; one for another account's domain is 404; a future date 422", async () => {
    const pending = await reportInbound(db.prisma, {
      actor: actorOf(li),
      input: { text: "【工信部】您的备案已被注销。", receivedAt: "2026-11-26T10:00:00+08:00" },
      now: NOW,
    });
    expect(pending.item.state).toBe("pending");
    const betaDomain = await newDomain(beta);
    await rejectsWith(
      reportInbound(db.prisma, { actor: actorOf(li), input: { text: "x 备案", receivedAt: "2026-11-26", domain: betaDomain }, now: NOW }),
      "not_found",
    );
    await rejectsWith(reportInbound(db.prisma, { actor: actorOf(li), input: { text: "x", receivedAt: "2027-01-01" }, now: NOW }), "unprocessable");
    await rejectsWith(reportInbound(db.prisma, { actor: actorOf(li), input: { text: "x", receivedAt: "soon" }, now: NOW }), "validation_failed");
    expect(await db.prisma.message.count({ where: { domain: { name: betaDomain } } })).toBe(0);
  });
});

describe("what lets an open dashboard notice an SMS by itself", () => {
  it("the domain's and the list's versions move when a forwarded SMS records, only for the account's own callers", async () => {
    const channel = await newChannel();
    const domain = await newDomain(acme);
    const before = await findDomainVersion(db.prisma, li, domain);
    const listBefore = await findDomainListVersion(db.prisma, li);
    const betaListBefore = await findDomainListVersion(db.prisma, betaUser);
    expect(before).toMatch(/^[\w-]{22}$/);
    // Unchanged data, unchanged version: a poll answers 304.
    expect(await findDomainVersion(db.prisma, li, domain)).toBe(before);
    expect(await findDomainVersion(db.prisma, admin, domain)).toBe(before);
    // Another account's domain is indistinguishable from none.
    expect(await findDomainVersion(db.prisma, betaUser, domain)).toBeNull();
    expect(await findDomainVersion(db.prisma, li, "no-such-domain.cn")).toBeNull();

    const answer = await post(channel.token, smsForm(channel.secret, { content: `【工信部】您的网站 ${domain} 备案号 沪ICP备2024031277号-1 已被注销。` }));
    expect(answer.item.state).toBe("recorded");
    const after = await findDomainVersion(db.prisma, li, domain);
    expect(after).not.toBe(before);
    expect(await findDomainListVersion(db.prisma, li)).not.toBe(listBefore);
    expect(await findDomainListVersion(db.prisma, betaUser)).toBe(betaListBefore);

    // A note on an action changes neither the domain row nor its status, and still moves the version.
    const action = await db.prisma.action.findFirstOrThrow({ where: { domain: { name: domain }, state: "open" } });
    const domainRow = await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } });
    await updateAction(db.prisma, { actor: actorOf(li), actionId: action.id, input: { note: "Called the provider.", version: action.version }, now: NOW });
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } })).updatedAt).toEqual(domainRow.updatedAt);
    expect(await findDomainVersion(db.prisma, li, domain)).not.toBe(after);
  });
});
