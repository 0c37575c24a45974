// Signing in over real HTTP through next-auth's own route handler (app/api/auth), behind
// the same address stamping the app's server does (scripts/serve.ts): the lock holds
// for form and JSON bodies alike, and the per-address limit and the audit log's address
// come from the socket unless a trusted proxy forwarded the request.
import { once } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { markServerSetsClientAddress, stampClientAddress, trustedProxies, type TrustProxy } from "@/lib/auth/client-address";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import type { OpenDatabase } from "@/lib/db/connect";
import { createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

const { requestHeaders } = await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  return { requestHeaders: new AsyncLocalStorage<Headers>() };
});

let db: OpenDatabase;
vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
// What Next gives a route handler from the incoming request. next-auth reads it with a
// CommonJS require("next/headers") at request time, so the stand-in goes into require's cache.
const nextHeaders = {
  headers: async () => requestHeaders.getStore()!,
  cookies: async () => ({
    getAll: () =>
      (requestHeaders.getStore()!.get("cookie") ?? "")
        .split(/;\s*/)
        .filter(Boolean)
        .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: decodeURIComponent(pair.slice(pair.indexOf("=") + 1)) })),
  }),
};
vi.mock("next/headers", () => nextHeaders);
{
  const require = createRequire(import.meta.url);
  const resolved = require.resolve("next/headers", { paths: [path.dirname(require.resolve("next-auth/next"))] });
  require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: nextHeaders } as NodeJS.Module;
}

const { NextRequest } = await import("next/server");
const route = await import("@/app/api/auth/[...nextauth]/route");

const PASSWORD = "correct horse battery staple";
let server: http.Server;
let port = 0;
let trust: TrustProxy = trustedProxies("");

beforeAll(async () => {
  db = await openTestDatabase();
  markServerSetsClientAddress();
  server = http.createServer((req, res) => {
    stampClientAddress(req, trust);
    const url = new URL(req.url!, `http://localhost:${port}`);
    const init = {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === "POST" ? Readable.toWeb(req) : undefined,
      duplex: "half",
    };
    const request = new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
    const context = { params: Promise.resolve({ nextauth: url.pathname.replace(/^\/api\/auth\//, "").split("/") }) };
    void requestHeaders.run(new Headers(req.headers as Record<string, string>), async () => {
      const response = await (req.method === "POST" ? route.POST : route.GET)(request, context);
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value: string, key: string) => (headers[key] = value));
      headers["set-cookie"] = response.headers.getSetCookie();
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
  process.env.NEXTAUTH_URL = `http://localhost:${port}`;
  process.env.NEXTAUTH_SECRET = "integration-secret-0123456789abcdef";
});
afterAll(async () => {
  server?.close();
  await db?.close();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request from `from` (a loopback address of its own, so tests do not share a counter). */
function send(from: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path, headers, localAddress: from }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(parts).toString() }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const cookiesOf = (answer: Answer) => (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]!);

/** A sign-in as next-auth's client sends it, as a form or as JSON. Returns the status and whether a session was issued. */
async function signIn(from: string, body: "form" | "json", email: string, password: string, extra: Record<string, string> = {}) {
  const csrf = await send(from, "GET", "/api/auth/csrf", extra);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const fields = { email, password, csrfToken, callbackUrl: `http://localhost:${port}/domains`, json: "true" };
  const answer = await send(
    from,
    "POST",
    "/api/auth/callback/credentials",
    {
      ...extra,
      cookie: cookiesOf(csrf).join("; "),
      "content-type": body === "json" ? "application/json" : "application/x-www-form-urlencoded",
    },
    body === "json" ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
  );
  return {
    status: answer.status,
    retryAfter: Number(answer.headers["retry-after"] ?? 0),
    session: cookiesOf(answer).some((cookie) => /session-token=./.test(cookie)),
  };
}

let nextAddress = 10;
const freshAddress = () => `127.0.0.${nextAddress++}`;

describe("the sign-in lock over HTTP", () => {
  let user: TestUser;
  beforeAll(async () => {
    trust = trustedProxies("");
    user = await createTestUser(db, "customer");
  });

  it("signs in with the right password, as a form and as JSON", async () => {
    const from = freshAddress();
    expect(await signIn(from, "form", user.email, PASSWORD)).toMatchObject({ status: 200, session: true });
    expect(await signIn(from, "json", user.email, PASSWORD)).toMatchObject({ status: 200, session: true });
  });

  it.each(["json", "form"] as const)("locks the email after 5 failures sent as %s: then even the right password gets 429 and no session", async (body) => {
    const victim = await createTestUser(db, "customer");
    const from = freshAddress();
    for (let i = 0; i < MAX_FAILURES.email; i++) {
      expect(await signIn(from, body, victim.email, `wrong password ${i}`)).toMatchObject({ status: 401, session: false });
    }
    for (const kind of ["json", "form"] as const) {
      const locked = await signIn(from, kind, victim.email, PASSWORD);
      expect(locked).toMatchObject({ status: 429, session: false });
      expect(locked.retryAfter).toBeGreaterThan(800);
    }
  });
});

describe("the address of a sign-in", () => {
  it("by default is the socket's: forged X-Forwarded-For headers neither dodge the per-address limit nor reach the audit log", async () => {
    trust = trustedProxies("");
    const from = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES.ip + 5; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i}`, "x-icp-client-address": `203.0.113.${i}` };
      statuses.push((await signIn(from, i % 2 ? "json" : "form", `${unique("spray")}@example.test`, "wrong", forged)).status);
    }
    expect(statuses.slice(0, MAX_FAILURES.ip)).toEqual(Array(MAX_FAILURES.ip).fill(401));
    expect(statuses.slice(MAX_FAILURES.ip)).toEqual(Array(5).fill(429));
    const audited = await db.prisma.auditEvent.findMany({ where: { event: "user.sign_in_failed", ip: { in: [from, ...statuses.map((_, i) => `198.51.100.${i}`), ...statuses.map((_, i) => `203.0.113.${i}`)] } }, select: { ip: true } });
    expect(new Set(audited.map((row) => row.ip))).toEqual(new Set([from]));
  });

  it("is the forwarded client's when the request comes from a trusted proxy (TRUSTED_PROXIES)", async () => {
    trust = trustedProxies("loopback");
    const from = freshAddress();
    const client = "192.0.2.77";
    for (let i = 0; i < MAX_FAILURES.ip; i++) {
      const answer = await signIn(from, "json", `${unique("proxied")}@example.test`, "wrong", { "x-forwarded-for": client });
      expect(answer.status).toBe(401);
    }
    // That client is now blocked; another client behind the same proxy is not.
    expect((await signIn(from, "form", `${unique("proxied")}@example.test`, "wrong", { "x-forwarded-for": client })).status).toBe(429);
    expect((await signIn(from, "form", `${unique("proxied")}@example.test`, "wrong", { "x-forwarded-for": "192.0.2.78" })).status).toBe(401);
    // A client cannot prepend its own hop: the nearest untrusted address counts.
    expect((await signIn(from, "form", `${unique("proxied")}@example.test`, "wrong", { "x-forwarded-for": `192.0.2.99, ${client}` })).status).toBe(429);
    const audited = await db.prisma.auditEvent.findFirst({ where: { event: "user.sign_in_failed", ip: "192.0.2.78" } });
    expect(audited).not.toBeNull();
  });
});
