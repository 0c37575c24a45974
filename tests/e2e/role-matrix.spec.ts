// Who may reach what: every page and API route × signed out, a customer of Acme Trading,
// a customer of Beta Media, a support agent and an admin. Each row names the entry point
// and what each caller gets: a status, a redirect, or the sign-in page. Writes also prove
// that a refused request left the database as it was. A new page or route adds one row.
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { baseURL } from "../../playwright.config";

const DEMO_PASSWORD = "icp-demo-2026";
const CALLERS = ["signed out", "Acme customer", "Beta customer", "agent", "admin"] as const;
type Caller = (typeof CALLERS)[number];
const EMAIL: Record<Exclude<Caller, "signed out">, string> = {
  "Acme customer": "customer@example.com",
  "Beta customer": "other@example.com",
  agent: "agent@example.com",
  admin: "admin@example.com",
};

/** What a caller gets: an HTTP status, the sign-in page (a redirect there), or a redirect elsewhere. */
type Outcome = number | "login" | { redirect: string };
const LOGIN = "login" as const;
const to = (path: string): Outcome => ({ redirect: path });

type Ids = { adminUserPage: string; acmeAction: { id: string; version: number } };
type Row = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string | ((ids: Ids) => string);
  /** How the row is named in the report when its path is computed. */
  name?: string;
  body?: Record<string, unknown> | ((ids: Ids) => Record<string, unknown>);
  /** Extra request headers; writes are sent from the app's own origin unless a row says otherwise. */
  headers?: Record<string, string>;
  /** signed out, Acme customer, Beta customer, agent, admin */
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome];
  /** For writes: what must not change when the request is refused (read as the admin). */
  state?: (admin: APIRequestContext, ids: Ids) => Promise<unknown>;
  /** Checks on a 200 answer's body, e.g. that a list is scoped to the caller. */
  check?: (caller: Caller, response: APIResponse) => Promise<void>;
};

async function domainState(admin: APIRequestContext, name: string) {
  const response = await admin.get(`/api/v1/domains/${name}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { domain: unknown }).domain;
}

const ACME = ["acme-trading.cn", "acmeshop.com.cn", "acme-cloud.com", "acme-mall.cn", "xn--fsqp3lrwf6ud.xn--fiqs8s", "acme-tech.net", "acme-news.cn"];
const BETA = ["betamedia.cn", "beta-video.com", "beta-blog.cn", "beta-live.cn", "beta-music.com", "beta-ads.cn"];

const MATRIX: Row[] = [
  //                                                     signed out  Acme customer      Beta customer      agent              admin
  { method: "GET", path: "/",                           expect: [LOGIN, to("/domains"), to("/domains"), to("/staff"),   to("/domains")] },
  { method: "GET", path: "/login",                      expect: [200,   to("/"),        to("/"),        to("/"),        to("/")] },
  { method: "GET", path: "/domains",                    expect: [LOGIN, 200,            200,            200,            200] },
  { method: "GET", path: "/domains/acme-cloud.com",     expect: [LOGIN, 200,            404,            200,            200] },
  { method: "GET", path: "/domains/betamedia.cn",       expect: [LOGIN, 404,            200,            200,            200] },
  { method: "GET", path: "/domains/no-such-domain.cn",  expect: [LOGIN, 404,            404,            404,            404] },
  { method: "GET", path: "/api-reference",              expect: [LOGIN, 200,            200,            200,            200] },
  { method: "GET", path: "/admin/users",                expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/admin/users/new",            expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: (ids) => ids.adminUserPage, name: "/admin/users/<customer's id>", expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/admin/users/no-such-user",   expect: [LOGIN, 404,            404,            404,            404] },
  // Staff pages (issue 7): agents and admins only; a customer finds nothing there.
  { method: "GET", path: "/staff",                      expect: [LOGIN, 404,            404,            200,            200] },
  { method: "GET", path: "/staff?status=nonsense&page=-4", expect: [LOGIN, 404,         404,            200,            200] },
  { method: "GET", path: "/staff/search?q=acme",        expect: [LOGIN, 404,            404,            200,            200] },
  { method: "GET", path: "/staff/audit",                expect: [LOGIN, 404,            404,            200,            200] },
  { method: "GET", path: "/staff/overview",             expect: [LOGIN, 404,            404,            200,            200] },
  { method: "GET", path: "/staff/export",               expect: [LOGIN, 404,            404,            200,            200] },
  { method: "GET", path: "/staff/accounts/no-such-account", expect: [LOGIN, 404,          404,            404,            404] },
  { method: "GET", path: "/staff/accounts/no-such-account/export", expect: [LOGIN, 404,   404,            404,            404] },
  // Admin pages for recording messages and managing what they attach to (issue 6): admins only.
  { method: "GET", path: "/admin/messages",             expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/admin/messages?domain=acme-cloud.com", expect: [LOGIN, 404,  404,            404,            200] },
  { method: "GET", path: "/admin/imports",              expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/admin/imports/no-such-import", expect: [LOGIN, 404,          404,            404,            404] },
  { method: "GET", path: "/admin/tokens",               expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/admin/accounts",             expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/admin/domains",              expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/admin/domains/acme-cloud.com", expect: [LOGIN, 404,          404,            404,            200] },
  { method: "GET", path: "/admin/domains/no-such-domain.cn", expect: [LOGIN, 404,       404,            404,            404] },
  // Notifications (issue 12): everyone signed in has their own; the delivery log is staff's, the Outbox admins'.
  { method: "GET", path: "/notifications",              expect: [LOGIN, 200,            200,            200,            200] },
  { method: "GET", path: "/notifications/settings",     expect: [LOGIN, 200,            200,            200,            200] },
  { method: "GET", path: "/notifications/deliveries",   expect: [LOGIN, 404,            404,            200,            200] },
  { method: "GET", path: "/admin/outbox",               expect: [LOGIN, 404,            404,            404,            200] },
  { method: "GET", path: "/api/v1/notifications",       expect: [401,   200,            200,            200,            200] },
  { method: "POST", path: "/api/v1/notifications/no-such-notification/read", expect: [401, 404, 404,    404,            404] },
  { method: "GET", path: "/api/v1/webhooks",            expect: [401,   200,            200,            404,            200] },
  { method: "POST", path: "/api/v1/webhooks", name: "/api/v1/webhooks (a URL that is not one)", body: { url: "not a url", kind: "generic" },
    expect: [401, 422, 422, 404, 400] },
  { method: "DELETE", path: "/api/v1/webhooks/no-such-webhook", expect: [401,   404,            404,            404,            404] },
  { method: "GET", path: "/api/v1/webhooks/no-such-webhook/deliveries", expect: [401, 404,      404,            404,            404] },
  // Intake (issue 13): channels for customers (own account) and admins; the inbox for staff.
  { method: "GET", path: "/intake",                     expect: [LOGIN, 200,            200,            404,            200] },
  { method: "GET", path: "/inbound",                    expect: [LOGIN, 200,            200,            to("/staff/inbox"), to("/staff/inbox")] },
  { method: "GET", path: "/staff/inbox",                expect: [LOGIN, 404,            404,            200,            200] },
  { method: "GET", path: "/staff/inbox?state=nonsense&account=x", expect: [LOGIN, 404,  404,            200,            200] },
  { method: "GET", path: "/no-such-page",               expect: [LOGIN, 404,            404,            404,            404] },
  { method: "GET", path: "/api/health",                 expect: [200,   200,            200,            200,            200] },
  { method: "GET", path: "/api/v1/openapi.json",        expect: [200,   200,            200,            200,            200] },
  // METRICS_TOKEN is not configured for the browser tests: /metrics does not exist for anyone.
  { method: "GET", path: "/metrics",                    expect: [404,   404,            404,            404,            404] },
  { method: "GET", path: "/api/auth/session",           expect: [200,   200,            200,            200,            200],
    check: async (caller, response) => {
      const session = (await response.json()) as { user?: { email?: string } };
      expect(session.user?.email).toBe(caller === "signed out" ? undefined : EMAIL[caller]);
    } },
  { method: "GET", path: "/api/auth/csrf",              expect: [200,   200,            200,            200,            200] },
  { method: "GET", path: "/api/auth/providers",         expect: [200,   200,            200,            200,            200] },
  // next-auth's own sign-in page is replaced by /login.
  { method: "GET", path: "/api/auth/signin",            expect: [to("/login"), to("/login"), to("/login"), to("/login"), to("/login")] },
  { method: "GET", path: "/api/v1/domains",             expect: [401,   200,            200,            200,            200],
    check: async (caller, response) => {
      const names = ((await response.json()) as { domains: { name: string }[] }).domains.map((d) => d.name).sort();
      const expected = caller === "Acme customer" ? ACME : caller === "Beta customer" ? BETA : [...ACME, ...BETA];
      expect(names).toEqual(expect.arrayContaining(expected));
      if (caller === "Acme customer") expect(names.filter((n) => BETA.includes(n))).toEqual([]);
      if (caller === "Beta customer") expect(names.filter((n) => ACME.includes(n))).toEqual([]);
    } },
  { method: "GET", path: "/api/v1/domains/acme-cloud.com", expect: [401, 200,            404,            200,            200] },
  { method: "GET", path: "/api/v1/domains/betamedia.cn",   expect: [401, 404,            200,            200,            200] },
  // Writes. The bodies repeat what is stored or name a stale version, so an allowed caller
  // changes nothing either and the rows do not depend on their order.
  { method: "POST", path: "/api/v1/domains", body: { name: "acme-cloud.com", account: "Acme Trading" },
    expect: [401, 403, 403, 403, 409],
    state: async (admin) => ((await (await admin.get("/api/v1/domains?pageSize=100")).json()) as { total: number }).total },
  // Recording and importing messages (issue 6): admins only. The admin's request names a
  // domain or import that does not exist, so an allowed call changes nothing either.
  { method: "POST", path: "/api/v1/messages", body: { domain: "no-such-domain.cn", text: "ICP Filing successful", receivedAt: "2026-01-01T00:00:00Z" },
    expect: [401, 403, 403, 403, 404],
    state: (admin) => domainState(admin, "acme-cloud.com") },
  { method: "POST", path: "/api/v1/messages", name: "/api/v1/messages from another origin",
    body: { domain: "acme-cloud.com", text: "ICP Filing successful: acme-cloud.com", receivedAt: "2026-01-01T00:00:00Z" },
    headers: { Origin: "https://evil.example" },
    expect: [401, 403, 403, 403, 403],
    state: (admin) => domainState(admin, "acme-cloud.com") },
  { method: "POST", path: "/api/v1/messages", name: "/api/v1/messages with a malformed bearer token",
    body: { domain: "acme-cloud.com", text: "ICP Filing successful: acme-cloud.com", receivedAt: "2026-01-01T00:00:00Z" },
    headers: { Authorization: "Bearer not-a-token" },
    expect: [401, 401, 401, 401, 401],
    state: (admin) => domainState(admin, "acme-cloud.com") },
  { method: "GET", path: "/api/v1/intake-channels",     expect: [401,   200,            200,            200,            200] },
  // Naming an account that does not exist: a customer gets 404 (not theirs), an agent 403 (may
  // not create channels), the admin 422: nobody's call creates anything.
  { method: "POST", path: "/api/v1/intake-channels", body: { name: "matrix", account: "No Such Account" },
    expect: [401, 404, 404, 403, 422] },
  { method: "DELETE", path: "/api/v1/intake-channels/no-such-channel", expect: [401, 404, 404, 403, 404] },
  { method: "GET", path: "/api/v1/inbound",             expect: [401,   200,            200,            200,            200] },
  { method: "GET", path: "/api/v1/inbound?state=pending", expect: [401, 200,            200,            200,            200] },
  { method: "POST", path: "/api/v1/inbound", name: "/api/v1/inbound (a report with a future date)",
    body: { text: "备案", receivedAt: "2999-01-01T00:00:00Z" }, expect: [401, 422, 422, 422, 422] },
  { method: "POST", path: "/api/v1/inbound/no-such-item/confirm", body: { domain: "acme-cloud.com" }, expect: [401, 404, 404, 404, 404] },
  { method: "POST", path: "/api/v1/inbound/no-such-item/reject", body: { reason: "x" }, expect: [401, 404, 404, 404, 404] },
  // The intake address needs no session: an unknown token is 404 for everyone.
  { method: "POST", path: "/api/intake/in_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", body: { from: "1", content: "x", timestamp: "1", sign: "x" },
    expect: [404, 404, 404, 404, 404] },
  { method: "GET", path: "/api/v1/imports/no-such-import", expect: [401, 403,           403,            403,            404] },
  { method: "POST", path: "/api/v1/imports/no-such-import/start", expect: [401, 403,    403,            403,            404] },
  { method: "POST", path: "/api/v1/imports", name: "/api/v1/imports (a file that is not an import)", body: { not: "an import" },
    expect: [401, 403, 403, 403, 400] },
  { method: "PATCH", path: "/api/v1/domains/betamedia.cn", body: { hosting: "provider", providerAccess: "active" },
    expect: [401, 404, 200, 200, 200],
    state: (admin) => domainState(admin, "betamedia.cn") },
  { method: "PATCH", path: "/api/v1/domains/betamedia.cn", name: "/api/v1/domains/betamedia.cn from another origin", body: { hosting: "elsewhere" },
    headers: { Origin: "https://evil.example" },
    expect: [401, 403, 403, 403, 403],
    state: (admin) => domainState(admin, "betamedia.cn") },
  { method: "PATCH", path: (ids) => `/api/v1/actions/${ids.acmeAction.id}`, name: "/api/v1/actions/<Acme action> (stale version)",
    body: (ids) => ({ state: "in_progress", version: ids.acmeAction.version + 1000 }),
    expect: [401, 409, 404, 409, 409],
    state: (admin) => domainState(admin, "acme-news.cn") },
  { method: "PATCH", path: (ids) => `/api/v1/actions/${ids.acmeAction.id}`, name: "/api/v1/actions/<Acme action> from another origin",
    body: (ids) => ({ note: "from another site", version: ids.acmeAction.version }),
    headers: { Origin: "https://evil.example" },
    expect: [401, 403, 403, 403, 403],
    state: (admin) => domainState(admin, "acme-news.cn") },
];

const contexts = new Map<Caller, APIRequestContext>();
let ids: Ids;

async function signedInContext(email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { email, password: DEMO_PASSWORD, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
  return context;
}

test.beforeAll(async () => {
  contexts.set("signed out", await playwrightRequest.newContext({ baseURL }));
  for (const [caller, email] of Object.entries(EMAIL) as [Caller, string][]) contexts.set(caller, await signedInContext(email));
  const admin = contexts.get("admin")!;
  const usersPage = await (await admin.get("/admin/users")).text();
  const anchor = usersPage.match(/<a [^>]*aria-label="Manage customer@example.com"[^>]*>/)?.[0];
  const link = anchor?.match(/href="(\/admin\/users\/[^"?]+)"/);
  expect(link, "the Users page links to the customer's page").toBeTruthy();
  const news = (await domainState(admin, "acme-news.cn")) as { actions: { id: string; version: number; state: string }[] };
  const action = news.actions.find((a) => a.state !== "superseded");
  expect(action, "acme-news.cn has an action").toBeDefined();
  ids = { adminUserPage: link![1]!, acmeAction: { id: action!.id, version: action!.version } };
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function describeOutcome(response: APIResponse): Outcome {
  const status = response.status();
  if (status >= 300 && status < 400 && status !== 304) {
    const location = new URL(response.headers().location ?? "", baseURL);
    // The proxy's or requireUser's redirect of a signed-out visitor carries the way back.
    if (location.pathname === "/login" && location.searchParams.has("callbackUrl") && !response.url().includes("/api/auth/")) return LOGIN;
    return to(location.pathname);
  }
  return status;
}

for (const row of MATRIX) {
  const label = `${row.method} ${row.name ?? row.path}`;
  test.describe(label, () => {
    CALLERS.forEach((caller, index) => {
      const expected = row.expect[index]!;
      test(`${caller} → ${typeof expected === "object" ? `redirect to ${expected.redirect}` : expected}`, async () => {
        const context = contexts.get(caller)!;
        const admin = contexts.get("admin")!;
        const path = typeof row.path === "string" ? row.path : row.path(ids);
        const data = typeof row.body === "function" ? row.body(ids) : row.body;
        const before = row.state ? await row.state(admin, ids) : undefined;
        const response = await context.fetch(path, {
          method: row.method,
          maxRedirects: 0,
          headers: { ...(row.method === "GET" ? {} : { Origin: baseURL }), ...row.headers },
          ...(data === undefined ? {} : { data }),
        });
        const outcome = describeOutcome(response);
        if (expected === LOGIN) {
          expect(outcome).toBe(LOGIN);
          // Back to the page asked for after signing in.
          expect(new URL(response.headers().location!, baseURL).searchParams.get("callbackUrl")).toBe(path);
        } else {
          expect(outcome).toEqual(expected);
        }
        if (response.status() === 200 && row.check) await row.check(caller, response);
        if (row.state) expect(await row.state(admin, ids)).toEqual(before);
      });
    });
  });
}
