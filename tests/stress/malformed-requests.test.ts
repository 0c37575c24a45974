// A seeded fuzz of malformed requests over every route: bad percent-encoding and NUL
// characters in paths and queries, bodies that are not JSON, NUL characters and wrong types
// in JSON, wrong methods, unknown paths, bad tokens, malformed sign-in requests, and pages
// with hostile queries signed in and out. Every answer is below 500; every /api answer is
// JSON { error: { code, message } } when it is an error; and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { fingerprint, withDatabase } from "./support/database";
import { api, inParallel, seeded, send, signIn, stressContext, tally, type Answer } from "./support/http";
import { inject } from "vitest";

const SEED = Number(process.env.STRESS_FUZZ_SEED ?? 20261201);
const COUNT = Number(process.env.STRESS_FUZZ_COUNT ?? 10_000);
const CONCURRENCY = 24;

type Shot = { method: string; path: string; headers: Record<string, string>; body?: string };

const BAD_SEGMENTS = ["%", "%FF", "%C0%AE", "%C0%AE%C0%AE", "%00", "a%00b", "%E4%B8", "%%", "%zz", "..%2F..%2Fetc", "%2e%2e", "\u00e9%", "%F0%9F%98", "a".repeat(5000), "%EF%BF%BE", "%ED%A0%80"];
const BAD_QUERY_VALUES = ["%00", "%FF", "%", "%C0%AE", "a%00", "%E4%B8%AD%E6%96%87", "%C3%A9", "%EF%BF%BD", "-1", "1e309", "NaN", "99999999999999999999", "<script>", "'; DROP TABLE x;--", "%E4%B8", "[]", "{}", "\u0000"];
const QUERY_KEYS = ["q", "status", "page", "pageSize", "sort", "overdue", "error", "callbackUrl", "fileName", "neverReviewed", "followUpDue", "account", "from", "to", "kind", "actor", "domain"];
const BAD_JSON = ["{", "[", "nul", '{"a":', "\u0000", '{"text":"\\u0000"}', "[]", "null", "42", '"x"', "{}}", "\uFEFF{", '{"__proto__":{"x":1}}', "1e99999", '{"a":1,"a":2}'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function nulled(random: () => number): string {
  return pick(random, ["a\u0000b", "\u0000", "x".repeat(10) + "\u0000", "例子\u0000商店.中国"]);
}

/** A JSON body for `route` that is wrong in at least one way. */
function badBody(random: () => number, route: string, domain: string, account: string): string {
  const roll = random();
  if (roll < 0.3) return pick(random, BAD_JSON);
  const receivedAt = new Date(Date.now() - 3_600_000).toISOString();
  const shapes: Record<string, () => unknown> = {
    messages: () =>
      pick(random, [
        { domain, text: nulled(random), receivedAt, kind: "filing_approved" },
        { domain: nulled(random), text: "备案成功", receivedAt },
        { domain, text: "备案成功", receivedAt: nulled(random), kind: "filing_approved" },
        { domain, text: "备案成功", receivedAt, kind: "no_such_kind" },
        { domain, text: 42, receivedAt },
        { domain, text: ["备案成功"], receivedAt },
        { domain, text: "备案成功", receivedAt: "2026-13-45T99:99:99Z", kind: "filing_approved" },
        { domain, text: "备案成功", receivedAt: "9999-01-01T00:00:00Z", kind: "filing_approved" },
        { domain, text: "备案成功", receivedAt, kind: "filing_approved", deadline: nulled(random) },
        { domain, text: "备案成功", receivedAt, kind: "retraction", retractsMessageId: nulled(random) },
        { domain, text: "备案成功", receivedAt, kind: "filing_approved", icpNumbers: [nulled(random)] },
        { domain, text: "x".repeat(20_001), receivedAt, kind: "filing_approved" },
        { domain: `no-such-${Math.floor(random() * 1e9)}.cn`, text: "备案成功", receivedAt, kind: "filing_approved" },
        { domain, text: "备案成功", receivedAt, kind: "filing_approved", extra: nulled(random) },
        { [nulled(random)]: 1 },
      ]),
    domains: () =>
      pick(random, [
        { name: nulled(random), account },
        { name: `${Math.floor(random() * 1e9)}.cn`, account: nulled(random) },
        { name: "not a domain", account },
        { name: 7, account },
        { name: `${Math.floor(random() * 1e9)}.cn` },
        { name: "x".repeat(301), account },
        { name: domain, account: `no such account ${Math.floor(random() * 1e9)}` },
      ]),
    facts: () =>
      pick(random, [
        { hosting: nulled(random) },
        { hosting: "mars" },
        { providerAccess: 1 },
        {},
        { hosting: "provider", extra: true },
        { [nulled(random)]: "provider" },
      ]),
    action: () =>
      pick(random, [
        { state: "done" },
        { state: "done", version: "1" },
        { state: "superseded", version: 1 },
        { note: nulled(random), version: 1 },
        { state: nulled(random), version: 1 },
        { version: 1.5, state: "open" },
        { version: -1, state: "open" },
        { version: 1e308, state: "open" },
      ]),
  };
  const shape = shapes[route] ?? shapes.messages!;
  return JSON.stringify(shape());
}

function badQuery(random: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 3);
  for (let i = 0; i < n; i++) {
    const value = pick(random, BAD_QUERY_VALUES);
    parts.push(`${pick(random, QUERY_KEYS)}=${value.includes("\u0000") ? encodeURIComponent(value) : value}`);
  }
  // At least one part carries a NUL or bad encoding, so no query is merely unusual.
  parts.push(`${pick(random, QUERY_KEYS)}=${pick(random, ["%00", "%FF", "%", "%C0%AE", "a%00"])}`);
  return `?${parts.join("&")}`;
}

const PAGES = ["/", "/login", "/domains", "/domains/[name]", "/admin/messages", "/admin/domains", "/admin/domains/[name]", "/admin/accounts", "/admin/imports", "/admin/imports/[id]", "/admin/tokens", "/admin/users", "/admin/users/[id]", "/staff", "/staff/search", "/staff/audit", "/staff/overview", "/staff/accounts/[id]", "/staff/export", "/staff/accounts/[id]/export"];

function shots(count: number, domain: string, account: string, actionId: string, token: string, cookie: string): Shot[] {
  const random = seeded(SEED);
  const list: Shot[] = [];
  const auth = () => (random() < 0.85 ? { authorization: `Bearer ${token}` } : random() < 0.5 ? { authorization: pick(random, ["Bearer", "Bearer x", "Basic abc", `Bearer ${token}x`, "Bearer icp_%00"]) } : {});
  const json = { "content-type": "application/json" };
  const segment = () => pick(random, BAD_SEGMENTS);
  const makers: (() => Shot)[] = [
    // JSON API: bad bodies on the writing routes.
    () => ({ method: "POST", path: "/api/v1/messages", headers: { ...auth(), ...json }, body: badBody(random, "messages", domain, account) }),
    () => ({ method: "POST", path: "/api/v1/domains", headers: { ...auth(), ...json }, body: badBody(random, "domains", domain, account) }),
    () => ({ method: "PATCH", path: `/api/v1/domains/${encodeURIComponent(domain)}`, headers: { ...auth(), ...json }, body: badBody(random, "facts", domain, account) }),
    () => ({ method: "PATCH", path: `/api/v1/actions/${actionId}`, headers: { ...auth(), ...json }, body: badBody(random, "action", domain, account) }),
    () => ({ method: "POST", path: `/api/v1/imports${badQuery(random)}`, headers: { ...auth(), "content-type": "text/csv" }, body: `domain,receivedAt,text\n${domain},2026-11-20,"${nulled(random)}"\n` }),
    () => ({ method: "POST", path: "/api/v1/imports?fileName=x.json", headers: { ...auth(), ...json }, body: pick(random, BAD_JSON) }),
    // JSON API: bad paths and queries.
    () => ({ method: "GET", path: `/api/v1/domains/${segment()}`, headers: auth() }),
    () => ({ method: "PATCH", path: `/api/v1/domains/${segment()}`, headers: { ...auth(), ...json }, body: '{"hosting":"provider"}' }),
    () => ({ method: "PATCH", path: `/api/v1/actions/${segment()}`, headers: { ...auth(), ...json }, body: '{"state":"done","version":1}' }),
    () => ({ method: "GET", path: `/api/v1/imports/${segment()}`, headers: auth() }),
    () => ({ method: "POST", path: `/api/v1/imports/${segment()}/start`, headers: auth() }),
    () => ({ method: "GET", path: `/api/v1/domains${badQuery(random)}`, headers: auth() }),
    () => ({ method: "GET", path: `/api/health${badQuery(random)}`, headers: {} }),
    // Unknown paths and wrong methods.
    () => ({ method: pick(random, ["GET", "POST", "DELETE"]), path: `/api/v1/${pick(random, ["nothing", "domain", "messages/1", "domains/a/b/c", "tokens", ""])}`, headers: auth() }),
    () => ({ method: pick(random, ["PUT", "DELETE", "PATCH"]), path: pick(random, ["/api/v1/messages", "/api/v1/domains", "/api/health", "/api/v1/imports"]), headers: auth() }),
    () => ({ method: pick(random, ["GET", "PUT", "DELETE"]), path: `/api/v1/actions/${actionId}`, headers: auth() }),
    () => ({ method: "GET", path: `/api/${segment()}`, headers: {} }),
    // next-auth endpoints.
    () => ({ method: "POST", path: "/api/auth/callback/credentials", headers: { "content-type": "application/x-www-form-urlencoded" }, body: pick(random, ["email=%00", "email=%00&password=x", "email=a%00b%40x.cn&password=%00&csrfToken=x", "email=%FF&password=%", "%%%", "email=&password="]) }),
    () => ({ method: "POST", path: "/api/auth/callback/credentials", headers: json, body: pick(random, [...BAD_JSON, '{"email":"\\u0000","password":"x"}', '{"email":["a"],"password":{}}']) }),
    () => ({ method: "GET", path: `/api/auth/${pick(random, ["error", "signin", "signout", "session", "csrf", "providers", "callback/credentials", "nope"])}${badQuery(random)}`, headers: {} }),
    () => ({ method: "GET", path: `/api/auth/error?error=${pick(random, ["Nope", "%00", "%FF", "x".repeat(3000), "Configuration", "AccessDenied%00"])}`, headers: {} }),
    () => ({ method: "POST", path: `/api/auth/${pick(random, ["signout", "session", "_log", "callback/nope", segment()])}`, headers: json, body: pick(random, BAD_JSON) }),
    // Pages, signed out and signed in.
    () => {
      const page = pick(random, PAGES).replace("[name]", segment()).replace("[id]", segment());
      return { method: "GET", path: `${page}${random() < 0.5 ? badQuery(random) : ""}`, headers: random() < 0.6 ? { cookie } : {} };
    },
    () => ({ method: "GET", path: `${pick(random, ["/domains", "/staff/search", "/staff/audit", "/staff", "/login", "/staff/export"])}${badQuery(random)}`, headers: { cookie } }),
  ];
  for (let i = 0; i < count; i++) list.push(pick(random, makers)());
  return list;
}

function isJsonError(answer: Answer): boolean {
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === "string" && typeof error.message === "string";
}

let cookie = "";
let actionId = "";
let domain = "";

beforeAll(async () => {
  const { account } = stressContext();
  domain = `fuzz-${Date.now().toString(36)}.cn`;
  expect((await api("POST", "/api/v1/domains", { name: domain, account })).status).toBe(201);
  const recorded = await api("POST", "/api/v1/messages", { domain, text: "Invalid ICP Filing", receivedAt: new Date(Date.now() - 7_200_000).toISOString(), kind: "filing_invalid" });
  expect(recorded.status, recorded.text).toBe(201);
  const detail = await api("GET", `/api/v1/domains/${domain}`);
  actionId = (detail.body as { domain: { actions: { id: string }[] } }).domain.actions[0]!.id;
  cookie = await signIn(inject("stressAdminEmail"), inject("stressAdminPassword"));
});

describe("malformed requests", () => {
  it(`answers ${COUNT} malformed requests (seed ${SEED}) without a 5xx, in JSON under /api, and writes nothing`, async () => {
    const { baseUrl, token, account, databaseUrl } = stressContext();
    const list = shots(COUNT, domain, account, actionId, token, cookie);
    // The setup's recording queued a notification; the worker dispatches it in the background
    // (it is no request of the fuzz's). Let it settle first, so "nothing written" compares like with like.
    await withDatabase(databaseUrl, async (client) => {
      for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 500))) {
        const pending = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "NotificationEvent" WHERE "dispatchedAt" IS NULL`);
        if (pending.rows[0]!.n === "0") return;
      }
      throw new Error("The setup's notification was not dispatched within 60 s.");
    });
    const before = await fingerprint(databaseUrl);
    const started = Date.now();
    const answers = await inParallel(
      list.map((shot) => () => send(`${baseUrl}${shot.path}`, { method: shot.method, headers: shot.headers, body: shot.body })),
      CONCURRENCY,
    );
    console.log(`${COUNT} malformed requests in ${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(tally(answers))}`);
    const failures = list
      .map((shot, i) => ({ shot, answer: answers[i]! }))
      .filter(({ shot, answer }) => {
        if (answer.status >= 500 || answer.status === 0) return true;
        const apiPath = shot.path.startsWith("/api/") && !shot.path.startsWith("/api/auth/");
        // An /api error is JSON { error: { code, message } }; next-auth's own answers keep their shape.
        return apiPath && answer.status >= 400 && !isJsonError(answer);
      });
    const sample = failures.slice(0, 15).map(({ shot, answer }) => `${shot.method} ${shot.path.slice(0, 120)} ${shot.body?.slice(0, 80) ?? ""} → ${answer.status} ${answer.text.slice(0, 120)}`);
    console.log(`Failures: ${failures.length}\n${sample.join("\n")}`);
    const fiveHundreds = failures.filter(({ answer }) => answer.status >= 500 || answer.status === 0);
    console.log(`5xx: ${fiveHundreds.length}`);
    expect(sample).toEqual([]);
    expect(await fingerprint(databaseUrl)).toEqual(before);
  });
});
