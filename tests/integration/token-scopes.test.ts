// API token scopes over the real route handlers: a read token reads and is refused every
// write (403, nothing written); a record token records messages but manages nothing; an
// admin token does what its admin may; an expired token is 401.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { createApiToken } from "@/lib/use-cases/manage-tokens";
import { actorOf, createTestUser, openTestDatabase, unique } from "./support/database";

let db: OpenDatabase;
const accountName = unique("Scopes account ");
const domainName = `${unique("scopes-")}.cn`;
const tokens: Record<"read" | "record" | "admin" | "expired", string> = { read: "", record: "", admin: "", expired: "" };

vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
// Signed out: no session cookie.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));

const { NextRequest } = await import("next/server");
const domains = await import("@/app/api/v1/domains/route");
const domain = await import("@/app/api/v1/domains/[name]/route");
const messages = await import("@/app/api/v1/messages/route");

beforeAll(async () => {
  db = await openTestDatabase();
  const admin = await createTestUser(db, "admin");
  const actor = actorOf(admin);
  await db.prisma.account.create({ data: { name: accountName } });
  await createDomain(db.prisma, { actor, input: { name: domainName, account: accountName }, now: new Date() });
  for (const scope of ["read", "record", "admin"] as const) {
    tokens[scope] = (await createApiToken(db.prisma, { actor, input: { name: unique(`${scope} `), scope, expiresInDays: 30 }, now: new Date() })).secret;
  }
  // Made 31 days ago with a 30-day expiry: expired a day ago.
  tokens.expired = (await createApiToken(db.prisma, { actor, input: { name: unique("old "), scope: "admin", expiresInDays: 30 }, now: new Date(Date.now() - 31 * 86_400_000) })).secret;
});
afterAll(async () => db?.close());

const json = (token: string, method: string, path: string, body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = <T,>(value: T) => ({ params: Promise.resolve(value) });
const message = (n: number) => ({ domain: domainName, kind: "filing_submitted", text: `Your ICP filing order ${n} was submitted.`, receivedAt: `2026-11-2${n}T09:00:00+08:00` });

describe("API token scopes", () => {
  it("lets every live scope read", async () => {
    for (const scope of ["read", "record", "admin"] as const) {
      expect((await domain.GET(json(tokens[scope], "GET", `/api/v1/domains/${domainName}`), params({ name: domainName }))).status).toBe(200);
    }
  });

  it("refuses a read token every write with 403 and writes nothing", async () => {
    const record = await messages.POST(json(tokens.read, "POST", "/api/v1/messages", message(1)), params({}));
    expect(record.status).toBe(403);
    expect((await record.json()).error).toMatchObject({ code: "forbidden", message: expect.stringContaining("record scope") });
    const create = await domains.POST(json(tokens.read, "POST", "/api/v1/domains", { name: `${unique("x")}.cn`, account: accountName }), params({}));
    expect(create.status).toBe(403);
    const facts = await domain.PATCH(json(tokens.read, "PATCH", `/api/v1/domains/${domainName}`, { hosting: "provider" }), params({ name: domainName }));
    expect(facts.status).toBe(403);
    expect(await db.prisma.message.count({ where: { domain: { name: domainName } } })).toBe(0);
    expect(await db.prisma.domain.count({ where: { account: { name: accountName } } })).toBe(1);
  });

  it("lets a record token record messages but not manage domains", async () => {
    expect((await messages.POST(json(tokens.record, "POST", "/api/v1/messages", message(2)), params({}))).status).toBe(201);
    const create = await domains.POST(json(tokens.record, "POST", "/api/v1/domains", { name: `${unique("y")}.cn`, account: accountName }), params({}));
    expect(create.status).toBe(403);
    expect((await create.json()).error.message).toContain("admin scope");
  });

  it("lets an admin token manage domains", async () => {
    const create = await domains.POST(json(tokens.admin, "POST", "/api/v1/domains", { name: `${unique("z")}.cn`, account: accountName }), params({}));
    expect(create.status).toBe(201);
  });

  it("answers 401 for an expired token, whatever its scope", async () => {
    const answer = await domain.GET(json(tokens.expired, "GET", `/api/v1/domains/${domainName}`), params({ name: domainName }));
    expect(answer.status).toBe(401);
    expect((await answer.json()).error.message).toContain("expired");
  });
});
