// The database stopped and started again under load, on a PostgreSQL cluster of this
// test's own (the shared server is never stopped), with an app of its own on it. While the
// database is down, API requests and sign-ins answer 503 `unavailable` with Retry-After and
// pages a 503 page without a stack; nothing else fails; when it is back the same app process serves
// again without a restart; and every message is either wholly recorded or not at all:
// retried with its Idempotency-Key after the outage, each is recorded exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startApp, type RunningApp } from "./support/app";
import { createCluster, type Cluster } from "./support/cluster";
import { withDatabase } from "./support/database";
import { send, tally, type Answer } from "./support/http";
import { seedStressDatabase, STRESS_ACCOUNT, STRESS_ADMIN } from "./support/seed";

const PG_PORT = Number(process.env.STRESS_OUTAGE_PG_PORT ?? 5441);
const APP_PORT = Number(process.env.STRESS_PORT ?? 3190) + 1;
const WORKERS = 6;

let cluster: Cluster;
let app: RunningApp;
let token: string;
const databaseUrl = () => cluster.url("icp_outage");

beforeAll(async () => {
  cluster = createCluster(PG_PORT);
  cluster.start();
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE icp_outage");
  await admin.end();
  token = await seedStressDatabase(databaseUrl());
  app = await startApp({
    port: APP_PORT,
    env: {
      DATABASE_URL: databaseUrl(),
      DATABASE_POOL_SIZE: "5",
      DATABASE_CONNECT_TIMEOUT_MS: "2000",
      DATABASE_TRANSACTION_MAX_WAIT_MS: "2000",
      DATABASE_TRANSACTION_TIMEOUT_MS: "5000",
    },
  });
});

afterAll(async () => {
  await app?.stop();
  cluster?.remove();
});

type Shot = {
  phase: "before" | "down" | "after";
  /** The phase when the answer came: a request in flight when the database stopped ends in "down". */
  endPhase?: Shot["phase"];
  kind: "record" | "read" | "page" | "dashboard" | "signin";
  key?: string;
  body?: string;
  answer: Answer;
};

/** The cookies of a signed-in admin, for the dashboard page. */
async function sessionCookie(baseUrl: string): Promise<string> {
  const answer = await signInAnswer(baseUrl);
  const cookie = answer.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.includes("session-token="));
  if (answer.status !== 200 || !cookie) throw new Error(`Sign-in failed: ${answer.status} ${answer.text}`);
  return cookie;
}

/** A sign-in as the login page makes it (CSRF cookie and token, then the credentials as a fetch caller: json=true). */
async function signInAnswer(baseUrl: string): Promise<Answer> {
  const csrf = await send(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(30_000) });
  if (csrf.status !== 200) return csrf;
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = csrf.body as { csrfToken: string };
  return send(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email: STRESS_ADMIN.email, password: STRESS_ADMIN.password, json: "true" }).toString(),
    signal: AbortSignal.timeout(30_000),
  });
}

describe("a database outage under load", () => {
  it("answers 503 with Retry-After while the database is down, recovers without a restart, and writes nothing by halves", async () => {
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const domain = `outage-${Date.now().toString(36)}.cn`;
    const cookie = await sessionCookie(app.baseUrl);
    const created = await send(`${app.baseUrl}/api/v1/domains`, { method: "POST", headers, body: JSON.stringify({ name: domain, account: STRESS_ACCOUNT }) });
    expect(created.status, created.text).toBe(201);

    let phase: Shot["phase"] = "before";
    let stopLoad = false;
    let sequence = 0;
    const shots: Shot[] = [];
    const worker = async (w: number) => {
      while (!stopLoad) {
        const n = sequence++;
        const kind: Shot["kind"] = (["record", "record", "record", "read", "page", "signin", "dashboard"] as const)[n % 7]!;
        const at = phase;
        if (kind === "record") {
          const key = `outage-${w}-${n}`;
          const body = JSON.stringify({
            domain,
            text: `Outage test message ${n}`,
            kind: n % 2 ? "footer_notice" : "record_changed",
            receivedAt: new Date(Date.now() - 3_600_000 - n * 1000).toISOString(),
          });
          const answer = await send(`${app.baseUrl}/api/v1/messages`, { method: "POST", headers: { ...headers, "idempotency-key": key }, body, signal: AbortSignal.timeout(30_000) });
          shots.push({ phase: at, kind, key, body, answer });
        } else if (kind === "dashboard") {
          const answer = await send(`${app.baseUrl}/domains`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
          shots.push({ phase: at, endPhase: phase, kind, answer });
        } else if (kind === "signin") {
          shots.push({ phase: at, kind, answer: await signInAnswer(app.baseUrl) });
        } else if (kind === "read") {
          shots.push({ phase: at, kind, answer: await send(`${app.baseUrl}/api/v1/domains/${domain}`, { headers, signal: AbortSignal.timeout(30_000) }) });
        } else {
          shots.push({ phase: at, kind, answer: await send(`${app.baseUrl}/login?callbackUrl=%2Fdomains`, { signal: AbortSignal.timeout(30_000) }) });
        }
      }
    };
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));

    await sleep(4_000);
    phase = "down";
    cluster.stop("fast");
    await sleep(6_000);
    cluster.start();
    phase = "after";
    // Load goes on until the app has answered writes again for a while (at most 60 s).
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const recent = shots.filter((s) => s.phase === "after" && s.kind === "record").slice(-10);
      if (recent.length === 10 && recent.every((s) => s.answer.status === 201)) break;
      await sleep(500);
    }
    stopLoad = true;
    await load;

    for (const p of ["before", "down", "after"] as const) {
      console.log(`${p}: ${JSON.stringify(tally(shots.filter((s) => s.phase === p).map((s) => s.answer)))}`);
    }
    // Never anything but success or 503 (no 500, no dropped connection). The one exception, and
    // a known limit: a page already rendering when the database stopped (sent before, answered
    // during) cannot change its status any more and ends as Next's 500 error page — still
    // without a stack. Every page request that starts during the outage is a 503.
    const inFlightPage = (s: Shot) => s.kind === "dashboard" && s.phase === "before" && s.endPhase === "down" && s.answer.status === 500;
    for (const s of shots.filter(inFlightPage)) expect(s.answer.text).not.toMatch(/\bat \S+ \(|node_modules/);
    const wrong = shots.filter((s) => ![200, 201, 503].includes(s.answer.status) && !inFlightPage(s));
    expect(wrong.map((s) => `${s.phase} ${s.kind} ${s.answer.status} ${s.answer.text.slice(0, 200)}`)).toEqual([]);
    const unavailable = shots.filter((s) => s.answer.status === 503);
    expect(unavailable.filter((s) => s.kind !== "page").length).toBeGreaterThan(0);
    for (const s of unavailable) {
      expect(Number(s.answer.headers.get("retry-after"))).toBeGreaterThan(0);
      if (s.kind === "page" || s.kind === "dashboard") expect(s.answer.text).not.toMatch(/\bat \S+ \(|node_modules|Error:/);
      else expect((s.answer.body as { error: { code: string } }).error.code).toBe("unavailable");
    }
    expect(shots.some((s) => s.phase === "down" && s.kind === "page" && s.answer.status === 503)).toBe(true);
    // A page that reads the database answers 503 too, from its first request in the outage (never the 500 error page).
    expect(shots.some((s) => s.phase === "down" && s.kind === "dashboard" && s.answer.status === 503)).toBe(true);
    // Before the outage the dashboard serves: every one sent and answered before the stop is a 200
    // (one still rendering when the database stopped is the in-flight case above).
    const servedBefore = shots.filter((s) => s.kind === "dashboard" && s.phase === "before" && s.endPhase === "before");
    expect(servedBefore.length).toBeGreaterThan(0);
    expect(servedBefore.filter((s) => s.answer.status !== 200).map((s) => s.answer.status)).toEqual([]);
    // A sign-in while the database is down says so (503), never "wrong password"; before and after, it signs in.
    expect(shots.some((s) => s.phase === "down" && s.kind === "signin" && s.answer.status === 503)).toBe(true);
    expect(shots.filter((s) => s.kind === "signin" && s.phase !== "down" && s.answer.status === 200).length).toBeGreaterThan(0);
    // The same app process serves again.
    const after = shots.filter((s) => s.phase === "after" && s.kind === "record");
    expect(after.slice(-10).every((s) => s.answer.status === 201)).toBe(true);

    // Every refused recording retried with its key is recorded once: 201 if it had not
    // been written, 200 (the original) if its commit had gone through before the answer was lost.
    const refused = shots.filter((s) => s.kind === "record" && s.answer.status === 503);
    for (const s of refused) {
      const retry = await send(`${app.baseUrl}/api/v1/messages`, { method: "POST", headers: { ...headers, "idempotency-key": s.key! }, body: s.body });
      expect([200, 201]).toContain(retry.status);
    }
    const sent = new Set(shots.filter((s) => s.kind === "record").map((s) => s.key));
    await withDatabase(databaseUrl(), async (client) => {
      const rows = await client.query<{ messages: string; audits: string; live: string; counted: number }>(
        `SELECT (SELECT count(*) FROM "Message" m WHERE m."domainId" = d.id) AS messages,
                (SELECT count(*) FROM "AuditEvent" a WHERE a."domainId" = d.id AND a.event = 'message.recorded') AS audits,
                (SELECT count(*) FROM "Action" x WHERE x."domainId" = d.id AND x.state IN ('open', 'in_progress')) AS live,
                d."openActionCount" AS counted
           FROM "Domain" d WHERE d.name = $1`,
        [domain],
      );
      const row = rows.rows[0]!;
      expect(Number(row.messages)).toBe(sent.size);
      expect(Number(row.audits)).toBe(sent.size);
      expect(Number(row.live)).toBe(row.counted);
    });
  });
});
