// Every example the OpenAPI document shows is called, as written, on the route handlers
// over a fresh database holding what the examples name; each answer must have the
// documented status and parse with the schema documented for that status. This is what
// an integrator's generated client relies on.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { OPERATIONS_BY_ROUTE } from "@/lib/openapi/operations";
import type { ApiExample, ApiOperation } from "@/lib/openapi/registry";
import { createDomain } from "@/lib/use-cases/create-domain";
import { createApiToken } from "@/lib/use-cases/manage-tokens";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase } from "./support/database";

// As in every deployment (npm start sets one): intake channels seal their secrets with a key derived from it.
process.env.NEXTAUTH_SECRET ??= "openapi-examples-secret-0123456789abcdef";

let db: OpenDatabase;
let token: string;

vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
// Signed out: no session cookie.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));

const { NextRequest } = await import("next/server");
const root = path.resolve(__dirname, "../..");
type Handler = (request: InstanceType<typeof NextRequest>, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

beforeAll(async () => {
  db = await openTestDatabase();
  const admin = await createTestUser(db, "admin");
  const actor = actorOf(admin);
  const now = new Date();
  // What the examples name: the README's demo account and two of its domains.
  await db.prisma.account.create({ data: { name: "Acme Trading" } });
  await createDomain(db.prisma, { actor, input: { name: "acme-cloud.com", account: "Acme Trading" }, now });
  await createDomain(db.prisma, { actor, input: { name: "acmeshop.com.cn", account: "Acme Trading" }, now });
  await recordMessage(db.prisma, {
    actor,
    now,
    input: {
      domain: "acme-cloud.com",
      kind: "filing_invalid",
      text: "Invalid ICP Filing (empty-shell website): acme-cloud.com, 沪ICP备2023009876号-1",
      receivedAt: new Date(now.getTime() - 86_400_000),
    },
  });
  token = (await createApiToken(db.prisma, { actor, input: { name: "openapi examples", scope: "admin", expiresInDays: null }, now })).secret;
});
afterAll(async () => db?.close());

function requestOf(op: ApiOperation, example: ApiExample) {
  let pathname = op.path;
  for (const [name, value] of Object.entries(example.params ?? {})) pathname = pathname.replace(`{${name}}`, encodeURIComponent(value));
  const url = new URL(`http://localhost:3000${pathname}`);
  for (const [name, value] of Object.entries(example.query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers(example.headers);
  if (example.as === "admin") headers.set("authorization", `Bearer ${token}`);
  let body: string | undefined;
  if (example.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(example.body);
  } else if (example.rawBody !== undefined) body = example.rawBody;
  return new NextRequest(url, { method: op.method.toUpperCase(), headers, body });
}

const cases = Object.entries(OPERATIONS_BY_ROUTE).flatMap(([file, operations]) =>
  operations.flatMap((op) => op.examples.map((example) => ({ file, op, example, name: `${op.method.toUpperCase()} ${op.path}: ${example.summary}` }))),
);

describe("every documented example", () => {
  it.each(cases)("$name", async ({ file, op, example }) => {
    const route = (await import(path.join(root, file))) as Record<string, Handler>;
    const handler = route[op.method.toUpperCase()];
    expect(handler, `${file} exports ${op.method.toUpperCase()}`).toBeTypeOf("function");
    const response = await handler!(requestOf(op, example), { params: Promise.resolve(example.params ?? {}) });
    const text = await response.text();
    expect(response.status, text).toBe(example.status);
    const documented = op.responses[String(example.status)]?.content?.["application/json"]?.schema;
    expect(documented, "the status's answer is documented with a JSON schema").toBeDefined();
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const parsed = documented!.safeParse(JSON.parse(text));
    expect(parsed.success ? [] : parsed.error.issues, text.slice(0, 500)).toEqual([]);
  });
});
