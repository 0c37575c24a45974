import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/respond";
import { recordMessageFromRequest } from "@/lib/api/record-message-request";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  accountName = unique("Account ");
  const account = await db.prisma.account.create({ data: { name: accountName } });
  customer = await createTestUser(db, "customer", account.id);
});
afterAll(async () => db.close());

async function newDomain(): Promise<string> {
  const name = `${unique("api")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW });
  return name;
}

/** Calls the request handler and answers { status, body } as the route would. */
async function call(actor: TestUser, body: unknown, idempotencyKey: string | null = null, idempotencyScope = `user:${actor.id}`) {
  try {
    const answer = await recordMessageFromRequest(db.prisma, { actor: actorOf(actor), body, idempotencyKey, idempotencyScope, now: NOW });
    return { status: answer.status as number, body: JSON.parse(JSON.stringify(answer.body)) };
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, body: await response.json() };
  }
}

async function messagesOf(name: string) {
  return db.prisma.message.findMany({ where: { domain: { name } } });
}

describe("POST /api/v1/messages (request handling)", () => {
  it("classifies an approval and answers 201 with the message and the domain's status and actions", async () => {
    const name = await newDomain();
    const text = `ICP Filing successful. Your filing for ${name} was approved: 京ICP备2026000001号-1`;
    const { status, body } = await call(admin, { domain: name.toUpperCase(), text, receivedAt: "2026-11-20T09:00:00+08:00" });
    expect(status).toBe(201);
    expect(body.message).toMatchObject({ kind: "filing_approved", channel: "sms", receivedAt: "2026-11-20T01:00:00.000Z", text, icpNumbers: ["京ICP备2026000001号-1"] });
    expect(body.message.id).toEqual(expect.any(String));
    expect(body.domain.name).toBe(name);
    expect(body.domain.status).toBe("approved_pending_sync");
    expect(body.domain.reason).toContain("ICP Filing successful");
    expect(body.domain.actions.map((a: { key: string }) => a.key).sort()).toEqual([
      "await_provider_sync",
      "complete_psb_filing",
      "display_icp_number",
      "resolve_domain_to_instance",
    ]);
    expect(body.domain.actions[0]).toMatchObject({ state: "open", version: 1, overdue: false });
  });

  it("answers 200 with the original for the same domain, received-at and text, recording once", async () => {
    const name = await newDomain();
    const body = { domain: name, text: "【工信部】您的网站备案号已被注销。", receivedAt: "2026-11-20T00:00:00Z" };
    const first = await call(admin, body);
    // The same instant written differently is the same message.
    const second = await call(admin, { ...body, receivedAt: "2026-11-20 08:00" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.message.id).toBe(first.body.message.id);
    expect(second.body.domain.status).toBe("cancelled");
    expect(await messagesOf(name)).toHaveLength(1);
  });

  it("honours the Idempotency-Key: same body → 200 with the original, different body → 422 and nothing written", async () => {
    const name = await newDomain();
    const key = unique("key-");
    const body = { domain: name, text: "Invalid ICP Filing: the site is an empty shell.", receivedAt: "2026-11-19T00:00:00Z", kind: "filing_invalid" };
    const first = await call(admin, body, key);
    const again = await call(admin, { kind: "filing_invalid", receivedAt: body.receivedAt, text: body.text, domain: name }, key);
    const different = await call(admin, { ...body, text: "Invalid ICP Filing: another text." }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(first.body.message.id);
    expect(different.status).toBe(422);
    expect(different.body.error.message).toMatch(/Idempotency-Key/);
    expect(await messagesOf(name)).toHaveLength(1);
    expect(first.body.domain.actions.map((a: { key: string }) => a.key)).toEqual(["confirm_hosting_facts"]);
  });

  it("keeps each caller's Idempotency-Keys to that caller: the same key from another token records its own message", async () => {
    const first = await newDomain();
    const second = await newDomain();
    const key = unique("shared-key-");
    const body = (domain: string) => ({ domain, text: "Invalid ICP Filing: the site is an empty shell.", receivedAt: "2026-11-19T00:00:00Z", kind: "filing_invalid" });
    const a = await call(admin, body(first), key, "token:one");
    const b = await call(admin, body(second), key, "token:two");
    expect(a.status).toBe(201);
    // Before keys were scoped, this answered 422 (or another caller's message) for a key the caller never used.
    expect(b.status).toBe(201);
    expect(b.body.message.id).not.toBe(a.body.message.id);
    expect(b.body.domain.name).toBe(second);
    const retry = await call(admin, body(second), key, "token:two");
    expect(retry.status).toBe(200);
    expect(retry.body.message.id).toBe(b.body.message.id);
  });

  it("masks a verification code in what it stores and answers", async () => {
    const name = await newDomain();
    const { status, body } = await call(admin, {
      domain: name,
      text: "【工信部ICP备案】验证码：482913。请于24小时内完成短信核验。",
      receivedAt: "2026-11-20T01:00:00Z",
    });
    expect(status).toBe(201);
    expect(body.message.kind).toBe("verification_code");
    expect(JSON.stringify(body)).not.toContain("482913");
    const [stored] = await messagesOf(name);
    expect(stored?.text).not.toContain("482913");
    expect(stored?.text).toContain("******");
  });

  it.each([
    ["malformed shape", { domain: 1, text: "x", receivedAt: "2026-11-20" }, 400, "domain"],
    ["missing text", { domain: "a.cn", receivedAt: "2026-11-20" }, 400, "text"],
    ["unknown kind", { domain: "a.cn", text: "x", receivedAt: "2026-11-20", kind: "approved" }, 400, "kind"],
    ["unknown channel", { domain: "a.cn", text: "x", receivedAt: "2026-11-20", channel: "fax" }, 400, "channel"],
    ["unknown field", { domain: "a.cn", text: "x", receivedAt: "2026-11-20", recievedAt: "x" }, 400, "form"],
    ["not an object", ["a"], 400, "form"],
  ])("answers 400 for a %s", async (_label, body, status, field) => {
    const { status: got, body: answer } = await call(admin, body);
    expect(got).toBe(status);
    expect(answer.error.code).toBe("validation_failed");
    expect(Object.keys(answer.error.fields ?? {}).join(",")).toContain(field);
  });

  it("answers 404 naming an unknown domain, and 422 for a name that is not a domain", async () => {
    const missing = `${unique("nope")}.cn`;
    const notFound = await call(admin, { domain: missing, text: "ICP Filing successful", receivedAt: "2026-11-20T00:00:00Z", kind: "filing_approved" });
    expect(notFound.status).toBe(404);
    expect(notFound.body.error.message).toContain(missing);
    const bad = await call(admin, { domain: "not a domain", text: "ICP Filing successful", receivedAt: "2026-11-20T00:00:00Z", kind: "filing_approved" });
    expect(bad.status).toBe(422);
  });

  it.each([
    ["an unparseable date", "20/11/2026"],
    ["an impossible date", "2026-02-30T00:00:00Z"],
    ["a future date", "2026-11-21T00:00:00Z"],
  ])("answers 422 for %s, writing nothing", async (_label, receivedAt) => {
    const name = await newDomain();
    const { status, body } = await call(admin, { domain: name, text: "ICP Filing successful", receivedAt, kind: "filing_approved" });
    expect(status).toBe(422);
    expect(body.error.fields).toHaveProperty("receivedAt");
    expect(await messagesOf(name)).toHaveLength(0);
  });

  it("answers 422 for unclassifiable text without a kind", async () => {
    const name = await newDomain();
    const { status, body } = await call(admin, { domain: name, text: "Your domain expires in 30 days. Renew now for 20% off!", receivedAt: "2026-11-20T00:00:00Z" });
    expect(status).toBe(422);
    expect(body.error.fields).toHaveProperty("kind");
    expect(await messagesOf(name)).toHaveLength(0);
  });

  it.each(["agent", "customer"] as const)("refuses a %s with 403 before reading the body, the database unchanged", async (role) => {
    const name = await newDomain();
    const user = role === "agent" ? agent : customer;
    const before = await db.prisma.domain.findUniqueOrThrow({ where: { name } });
    const valid = await call(user, { domain: name, text: "ICP Filing successful", receivedAt: "2026-11-20T00:00:00Z", kind: "filing_approved" });
    const malformed = await call(user, { nonsense: true });
    expect(valid.status).toBe(403);
    expect(malformed.status).toBe(403);
    expect(await messagesOf(name)).toHaveLength(0);
    expect(await db.prisma.domain.findUniqueOrThrow({ where: { name } })).toEqual(before);
    expect(await db.prisma.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("answers 400 for a malformed Idempotency-Key", async () => {
    const name = await newDomain();
    const { status } = await call(admin, { domain: name, text: "ICP Filing successful", receivedAt: "2026-11-20T00:00:00Z" }, "has spaces in it");
    expect(status).toBe(400);
    expect(await messagesOf(name)).toHaveLength(0);
  });
});
