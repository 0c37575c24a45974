// npm run bench:http — the app measured from outside, over HTTP, against the production
// build on PostgreSQL, each figure a ratio to a floor measured in the same run (the
// machine is shared and noisy; ratios cancel most of that).
//
// 1. Creates a fresh database on DATABASE_URL's server (default the local PostgreSQL),
//    migrates it and loads the data set with set-based SQL (generate_series): 100,000
//    domains (one account with 10,000, the rest in accounts of 9), 1,000,000 messages,
//    300,000 actions, 200,000 status changes, 200,000 audit events. `--scale 0.1` loads a
//    tenth of everything, for quick runs.
// 2. Builds the app into .next-bench (unless --skip-build and a build is there) and starts
//    `next start` on it (PORT, default 3104).
// 3. Measures, first with 1% of the domains loaded (the growth figure of the queue) and
//    then with all of them: each page / route under 32 concurrent clients (autocannon)
//    as p50 ÷ GET /api/health's p50; sequential POST /api/v1/messages ÷ a bare single-row
//    INSERT on the same server; messages per second with 8 concurrent writers, and the CPU
//    each message cost the server and the database meanwhile (from /proc), whose sum sets
//    the ceiling of messages per second on this machine's cores; a bulk
//    import's rows per second and a customer's list p50 meanwhile ÷ at rest; the server's
//    resident memory (whole process tree) idle and at its peak.
// 4. Writes the figures to docs/bench-http.json under --label (default "latest") and the
//    table of every label to docs/benchmarks.md between the bench:http markers.
//
// Options: --scale N (default 1), --rounds N (requests per client per page, default 4),
// --duration S (seconds of the 8-writer run, default 8),
// --label NAME, --skip-build, --keep (keep the database), --port N,
// --only pages,writes,import (measure only those groups; the rest shows "—"),
// --no-write (print the table, leave docs/ untouched: for work in progress).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { openDatabase } from "../lib/db/connect";
import { createScratchPostgres } from "../lib/db/scratch";
import { applyMigrations } from "../lib/db/schema-engine";
import { runScript } from "./lib/run";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1]! : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SCALE = Number(option("scale", "1"));
const DURATION = Number(option("duration", "8"));
const ROUNDS = Number(option("rounds", "4"));
const LABEL = option("label", "latest");
const PORT = Number(option("port", process.env.PORT ?? "3104"));
const BASE = `http://127.0.0.1:${PORT}`;
const CORES = availableParallelism();
const GROUPS = new Set(option("only", "pages,writes,import").split(","));
const measures = (group: "pages" | "writes" | "import") => GROUPS.has(group);
const DOMAINS = Math.round(100_000 * SCALE);
const FIRST_STAGE = Math.max(100, Math.round(DOMAINS / 100));
const MESSAGES_PER_DOMAIN = 10;
const IMPORT_ROWS = Math.max(1000, Math.round(10_000 * SCALE));
const PASSWORD = "bench-http-password-2026";
const SERVER_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// Domain i belongs to the big account a0 when i % 10 = 0 (10,000 of 100,000), else to
// a<1 + i/10> (9 domains each), so every stage of the load has the same shape.
const accountOf = (i: string) => `CASE WHEN ${i} % 10 = 0 THEN 'a0' ELSE 'a' || (1 + ${i} / 10) END`;

async function load(client: pg.Client, from: number, to: number): Promise<void> {
  const last = to - 1;
  const q = (sql: string) => client.query(sql);
  // Loaded with triggers (and foreign-key checks) off; the maintained figures are rebuilt
  // from the rows at the end, set-based.
  await q(`SET session_replication_role = replica`);
  await q(`INSERT INTO "Account" (id, name, "updatedAt")
    SELECT 'a' || i, 'Account ' || i, now() FROM generate_series(${from === 0 ? 0 : Math.floor(from / 10) + 1}, ${Math.floor(last / 10) + 1}) i
    ON CONFLICT DO NOTHING`);
  await q(`INSERT INTO "User" (id, email, name, "passwordHash", role, "accountId", "updatedAt")
    SELECT 'u' || a.id, 'owner-' || a.id || '@customer' || (length(a.id) % 7) || '.example', 'Owner ' || a.id, 'x', 'customer', a.id, now()
      FROM "Account" a WHERE a.id LIKE 'a%' ON CONFLICT DO NOTHING`);
  await q(`INSERT INTO "Domain" (id, name, "displayName", "accountId", status, reason, "reasonZh", "statusChangedAt", "icpNumber", "icpEntityNumber", "updatedAt", "createdAt")
    SELECT 'd' || i, 'site' || i || '.cn', 'site' || i || '.cn', ${accountOf("i")},
      (ARRAY['filed','filed','filed','approved_pending_sync','rectification_required','cancelled','sms_verification','provider_review','access_cancelled','not_filed'])[1 + i % 10]::"DomainStatus",
      'Derived reason for site ' || i, '原因 ' || i, now() - (i % 500) * interval '1 hour',
      CASE WHEN i % 10 < 4 THEN '京ICP备' || (2020000000 + i) || '号-1' END,
      CASE WHEN i % 10 < 4 THEN '京ICP备' || (2020000000 + i) || '号' END,
      now(), now() - (60 + i % 240) * interval '1 day'
    FROM generate_series(${from}, ${last}) i`);
  await q(`INSERT INTO "Message" (id, "domainId", kind, channel, "receivedAt", text, "textHash", "icpNumbers", "createdAt")
    SELECT 'm' || d || '_' || k, 'd' || d,
      (ARRAY['filing_submitted','submitted_to_authority','filing_approved','footer_notice','provider_synced'])[1 + k % 5]::"MessageKind", 'sms',
      now() - (k * 7 + d % 5) * interval '1 day' - interval '1 hour',
      '备案信息：网站 site' || d || '.cn 第 ' || k || ' 条通知，备案号：京ICP备' || (2020000000 + d) || '号-1', md5(d::text || '_' || k),
      ARRAY['京ICP备' || (2020000000 + d) || '号-1'], now()
    FROM generate_series(${from}, ${last}) d, generate_series(1, ${MESSAGES_PER_DOMAIN}) k`);
  await q(`INSERT INTO "Action" (id, "domainId", key, state, "dueAt", "causeMessageId", "updatedAt", "createdAt")
    SELECT 'x' || d || '_' || k, 'd' || d,
      (ARRAY['display_icp_number','complete_psb_filing','apply_new_icp_number','complete_sms_verification','check_public_query','add_access_at_current_provider'])[1 + (d + k) % 6]::"ActionKey",
      (ARRAY['open','in_progress','done','dismissed','open'])[1 + (d * 7 + k) % 5]::"ActionState",
      CASE WHEN (d + k) % 3 = 0 THEN NULL ELSE now() + (((d * 13 + k) % 61) - 10) * interval '1 day' END,
      'm' || d || '_' || k, now(), now() - interval '30 days'
    FROM generate_series(${from}, ${last}) d, generate_series(1, 3) k`);
  await q(`UPDATE "Domain" dm SET "openActionCount" = s.n, "nextDueAt" = s.due
      FROM (SELECT "domainId", count(*) AS n, min("dueAt") AS due FROM "Action"
             WHERE state IN ('open','in_progress') AND "domainId" IN (SELECT 'd' || i FROM generate_series(${from}, ${last}) i)
             GROUP BY "domainId") s
     WHERE dm.id = s."domainId"`);
  await q(`INSERT INTO "DomainStatusChange" (id, "domainId", "accountId", "fromStatus", "toStatus", "changedAt")
    SELECT 'c' || i || '_0', 'd' || i, ${accountOf("i")}, NULL::"DomainStatus", 'not_filed'::"DomainStatus", now() - (60 + i % 240) * interval '1 day'
      FROM generate_series(${from}, ${last}) i
    UNION ALL
    SELECT 'c' || i || '_1', 'd' || i, ${accountOf("i")}, 'not_filed'::"DomainStatus",
      (ARRAY['filed','filed','filed','approved_pending_sync','rectification_required','cancelled','sms_verification','provider_review','access_cancelled','not_filed'])[1 + i % 10]::"DomainStatus",
      now() - (i % 59) * interval '1 day'
      FROM generate_series(${from}, ${last}) i`);
  await q(`INSERT INTO "Review" (id, "accountId", "agentId", note, outcome, "followUpAt", "createdAt")
    SELECT 'r' || a.id, a.id, NULL, 'Checked.', (ARRAY['ok','needs_follow_up','escalated'])[1 + length(a.id) % 3]::"ReviewOutcome",
      CASE WHEN length(a.id) % 2 = 0 THEN now() + interval '3 days' END, now() - (length(a.id) * 11 % 200) * interval '1 day'
      FROM "Account" a WHERE a.id LIKE 'a%' AND right(a.id, 1) IN ('1','2','4','5','7','8') ON CONFLICT DO NOTHING`);
  await q(`INSERT INTO "AuditEvent" (id, "actorId", "actorLabel", "actorRole", event, "targetType", "targetId", "accountId", "domainId", after, "createdAt")
    SELECT 'e' || i || '_' || k, NULL, 'owner' || i || '@customer.example', 'customer'::"Role",
      (ARRAY['message.recorded','action.updated'])[k], 'domain', 'd' || i, ${accountOf("i")}, 'd' || i, '{"status":"filed"}'::jsonb,
      now() - (i % 10000) * interval '1 minute'
      FROM generate_series(${from}, ${last}) i, generate_series(1, 2) k`);
  // Maintained figures (when the schema has them) are rebuilt from the rows just loaded.
  const maintained = await q(`SELECT to_regclass('"AccountCounter"') IS NOT NULL AS present`);
  if (maintained.rows[0].present) {
    const { rebuildStaffFigures } = await import("../lib/counters/rebuild");
    await rebuildStaffFigures({ query: (sql) => client.query(sql) });
  }
  await q(`SET session_replication_role = DEFAULT`);
  // A database in service has been vacuumed by autovacuum; one just bulk loaded has not, and
  // until it is, an index-only scan reads the heap for every row (the overview's overdue
  // count: 72 ms before, 9 ms after). The bench measures the database in service.
  await q(`VACUUM ANALYZE`);
}

async function seedUsers(url: string): Promise<{ token: string }> {
  const { hashPassword } = await import("../lib/auth/password");
  const { hashToken } = await import("../lib/use-cases/manage-tokens");
  const hash = await hashPassword(PASSWORD);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "accountId", "updatedAt") VALUES
        ('agent', 'agent@bench.example', 'Agent', $1, 'agent', NULL, now()),
        ('admin', 'admin@bench.example', 'Admin', $1, 'admin', NULL, now()),
        ('big', 'big@bench.example', 'Big customer', $1, 'customer', 'a0', now()),
        ('small', 'small@bench.example', 'Small customer', $1, 'customer', 'a1', now())`,
      [hash],
    );
    const token = `icp_${randomBytes(32).toString("base64url")}`;
    await client.query(`INSERT INTO "ApiToken" (id, name, prefix, "tokenHash", "createdById", scope) VALUES ('bench', 'bench', $1, $2, 'admin', 'admin')`, [
      token.slice(0, 12),
      hashToken(token),
    ]);
    return { token };
  } finally {
    await client.end();
  }
}

/** Signs in through next-auth's credentials flow; returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: BASE },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true", callbackUrl: `${BASE}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in of ${email} failed (${response.status})`);
  return cookie();
}

// --- the server and its memory -------------------------------------------------------

/** CPU time (user + system, ms) of processes, from /proc; a process gone meanwhile counts 0. */
function cpuMs(pids: number[]): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux.
  let total = 0;
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      // Gone.
    }
  }
  return total;
}

/** The pids of a process and its descendants. */
function treePids(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Busy and total time of all cores (ms), from /proc/stat. */
function machineCpu(): { busy: number; total: number } {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const n = values.map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0) * 10;
  const idle = (n[3]! + n[4]!) * 10;
  return { busy: total - idle, total };
}

function treeRss(pid: number): number {
  let total = 0;
  for (const p of treePids(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}

let peakRss = 0;
function watchRss(pid: number): () => void {
  const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(pid))), 200);
  return () => clearInterval(timer);
}

function build(env: NodeJS.ProcessEnv): void {
  if (flag("skip-build") && existsSync(path.join(root, ".next-bench", "BUILD_ID"))) return;
  console.log("building the app into .next-bench …");
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT)], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    if (server.exitCode !== null) throw new Error("the server exited");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {
      // Not listening yet.
    }
  }
  throw new Error("the server did not answer within 60 s");
}

// --- measuring -----------------------------------------------------------------------

type Load = { p50: number; p99: number; rps: number; non2xx: number; errors: number };

/**
 * `connections` clients asking for `url` back to back, `rounds` requests each (a count,
 * not a duration, so that even a page taking seconds yields samples).
 */
async function hammer(url: string, headers: Record<string, string>, connections = 32, rounds = ROUNDS): Promise<Load> {
  const result = await autocannon({ url: `${BASE}${url}`, connections, amount: connections * rounds, headers, timeout: 120 });
  // Requests still in flight when autocannon stops are finished by the server: let it
  // drain before the next measurement.
  await new Promise((r) => setTimeout(r, 2500));
  return {
    p50: result.requests.total > 0 ? result.latency.p50 : NaN,
    p99: result.latency.p99,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeSequential(n: number, run: (i: number) => Promise<void>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function bareInsertFloor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS bench_floor (id serial PRIMARY KEY, v text NOT NULL)`);
    for (let i = 0; i < 20; i++) await client.query(`INSERT INTO bench_floor (v) VALUES ($1)`, [`warm ${i}`]);
    return await timeSequential(300, async (i) => {
      await client.query(`INSERT INTO bench_floor (v) VALUES ($1)`, [`row ${i}`]);
    });
  } finally {
    await client.end();
  }
}

let messageSeq = 0;
/** A message for a domain of the small accounts (i % 10 ≠ 0), never the same text twice. */
function messageBody(i: number): string {
  const domain = 1 + (i % (DOMAINS - 1));
  const d = domain % 10 === 0 ? domain + 1 : domain;
  messageSeq += 1;
  return JSON.stringify({
    domain: `site${d % DOMAINS}.cn`,
    text: `您的备案订单已提交管局审核，请留意工信部短信。(bench ${LABEL} ${messageSeq} ${randomBytes(4).toString("hex")})`,
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    kind: "submitted_to_authority",
  });
}

async function postMessage(token: string, i: number): Promise<void> {
  const response = await fetch(`${BASE}/api/v1/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: messageBody(i),
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/messages answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

type Writers = { perSecond: number; non2xx: number; serverMs: number; databaseMs: number; busy: number };

/**
 * 8 writers for DURATION seconds, and where the CPU went meanwhile: the server's process tree
 * and the database's backends (read from /proc when the database runs on this machine, as the
 * benchmark's does), per message recorded, and how busy the machine's cores were. On a machine
 * whose cores are all busy, cores ÷ (server + database CPU per message) is the most any number
 * of writers can reach: the ceiling the throughput row is read against.
 */
async function concurrentWriters(token: string, serverPid: number, url: string): Promise<Writers> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const backends = async () =>
    (await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rows.map((r) => r.pid);
  const local = (pids: number[]) => pids.filter((p) => existsSync(`/proc/${p}/stat`));
  const before = new Map(local(await backends()).map((p) => [p, cpuMs([p])]));
  const serverBefore = cpuMs(treePids(serverPid));
  const machineBefore = machineCpu();
  let i = 1_000_000;
  const result = await autocannon({
    url: `${BASE}/api/v1/messages`,
    connections: 8,
    duration: DURATION,
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: messageBody(i++) }) }],
  });
  const machineAfter = machineCpu();
  const serverMs = cpuMs(treePids(serverPid)) - serverBefore;
  // Backends opened during the run started from zero; those closed during it are lost (the
  // server's pool keeps its connections, so there are none in practice).
  const databaseMs = local(await backends()).reduce((sum, p) => sum + cpuMs([p]) - (before.get(p) ?? 0), 0);
  await client.end();
  const recorded = Math.max(1, result.requests.total - result.non2xx);
  return {
    perSecond: (result.requests.total - result.non2xx) / (result.duration || DURATION),
    non2xx: result.non2xx,
    serverMs: serverMs / recorded,
    databaseMs: databaseMs / recorded,
    busy: (machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total),
  };
}

function importCsv(): string {
  const lines = ["domain,receivedAt,text,kind"];
  const now = Date.now();
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const d = 1 + ((i % 200) * 10 + 3) % DOMAINS;
    const receivedAt = new Date(now - (IMPORT_ROWS - i) * 1000 - 3_600_000).toISOString();
    lines.push(`site${d}.cn,${receivedAt},"备案信息变更通知 (import ${LABEL} #${i} ${randomBytes(3).toString("hex")})",record_changed`);
  }
  return lines.join("\n");
}

async function bulkImport(token: string, probeCookie: string): Promise<{ rowsPerSecond: number; listRatio: number; atRest: number; during: number }> {
  const auth = { authorization: `Bearer ${token}` };
  const probe = async () => {
    const start = performance.now();
    const response = await fetch(`${BASE}/domains`, { headers: { cookie: probeCookie } });
    await response.arrayBuffer();
    return performance.now() - start;
  };
  const rest: number[] = [];
  for (let i = 0; i < 30; i++) {
    rest.push(await probe());
    await new Promise((r) => setTimeout(r, 100));
  }
  const upload = await fetch(`${BASE}/api/v1/imports?fileName=bench.csv`, {
    method: "POST",
    headers: { ...auth, "content-type": "text/csv" },
    body: importCsv(),
  });
  if (upload.status !== 201) throw new Error(`import upload answered ${upload.status}: ${await upload.text()}`);
  const { import: batch } = (await upload.json()) as { import: { id: string; validRows: number } };
  const started = performance.now();
  const start = await fetch(`${BASE}/api/v1/imports/${batch.id}/start`, { method: "POST", headers: auth });
  if (!start.ok) throw new Error(`import start answered ${start.status}`);
  const during: number[] = [];
  let state = "importing";
  let recorded = 0;
  let lastPoll = 0;
  while (state === "importing" || state === "validated") {
    during.push(await probe());
    await new Promise((r) => setTimeout(r, 100));
    if (performance.now() - lastPoll > 500) {
      lastPoll = performance.now();
      const progress = (await (await fetch(`${BASE}/api/v1/imports/${batch.id}`, { headers: auth })).json()) as {
        import: { state: string; recordedRows: number };
      };
      state = progress.import.state;
      recorded = progress.import.recordedRows;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (state !== "completed") throw new Error(`import ended ${state}`);
  console.log(`import: ${recorded} of ${batch.validRows} rows recorded in ${seconds.toFixed(1)} s`);
  const atRest = median(rest);
  const duringP50 = median(during);
  return { rowsPerSecond: recorded / seconds, listRatio: duringP50 / atRest, atRest, during: duringP50 };
}

// --- the report ------------------------------------------------------------------------

type Row = { what: string; value: number; unit: string; bar: string; ok: (v: number) => boolean; detail: string };
type Results = { label: string; date: string; scale: number; rows: { what: string; value: number; unit: string; bar: string; met: boolean; detail: string }[] };

const fmt = (v: number | null, unit: string) => (v === null || Number.isNaN(v) ? "—" : unit === "×" ? `${v.toFixed(2)}×` : unit === "MiB" ? `${v.toFixed(0)} MiB` : `${v.toFixed(0)} ${unit}`);

function writeReport(results: Results): void {
  const jsonPath = path.join(root, "docs", "bench-http.json");
  const all: Results[] = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, "utf8")) : [];
  const merged = [...all.filter((r) => r.label !== results.label), results];
  writeFileSync(jsonPath, `${JSON.stringify(merged, null, 2)}\n`);
  const header = `| What | Bar | ${merged.map((r) => `${r.label} (${r.date}, scale ${r.scale})`).join(" | ")} |`;
  const lines = [header, `|---|---|${merged.map(() => "---|").join("")}`];
  for (const row of results.rows) {
    const cells = merged.map((r) => {
      const cell = r.rows.find((x) => x.what === row.what);
      return cell ? `${fmt(cell.value, cell.unit)} ${cell.met ? "✓" : "✗"}` : "—";
    });
    lines.push(`| ${row.what} | ${row.bar} | ${cells.join(" | ")} |`);
  }
  const details = merged.map((r) => `- ${r.label}: ${r.rows.map((x) => `${x.what}: ${x.detail}`).join("; ")}`);
  const block = `<!-- bench:http:start -->\n${lines.join("\n")}\n\nRaw figures of each run (ms are medians):\n\n${details.join("\n")}\n<!-- bench:http:end -->`;
  const mdPath = path.join(root, "docs", "benchmarks.md");
  const md = readFileSync(mdPath, "utf8");
  const replaced = /<!-- bench:http:start -->[\s\S]*<!-- bench:http:end -->/.test(md)
    ? md.replace(/<!-- bench:http:start -->[\s\S]*<!-- bench:http:end -->/, block)
    : `${md.trimEnd()}\n\n## Over HTTP — \`npm run bench:http\`\n\n${block}\n`;
  writeFileSync(mdPath, replaced);
}

await runScript(async () => {
  const scratch = await createScratchPostgres(SERVER_URL, "icp_bench_http_performance");
  let server: ChildProcess | null = null;
  let stopWatching = () => {};
  try {
    const db = await openDatabase({ kind: "postgres", url: scratch.url! });
    await applyMigrations(db.adapterFactory);
    await db.close();
    const client = new pg.Client({ connectionString: scratch.url! });
    await client.connect();
    console.log(`${scratch.label}: scale ${SCALE}, ${DOMAINS.toLocaleString("en")} domains`);
    let started = performance.now();
    await load(client, 0, FIRST_STAGE);
    const { token } = await seedUsers(scratch.url!);
    console.log(`first stage (${FIRST_STAGE} domains) loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: ".next-bench",
      DATABASE_URL: scratch.url!,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: BASE,
      PORT: String(PORT),
      // A web instance (README: NOTIFICATIONS_WORKER=0). The data set is bulk loaded, so a
      // worker in this process would send the reminders of 300,000 actions at once while the
      // pages are measured: a backlog no running service has.
      NOTIFICATIONS_WORKER: "0",
    };
    build(env);
    server = await startServer(env);
    stopWatching = watchRss(server.pid!);
    const staff = { cookie: await signIn("agent@bench.example") };
    const big = { cookie: await signIn("big@bench.example") };
    const small = { cookie: await signIn("small@bench.example") };

    // Growth of the queue: 1% of the domains, then all of them.
    let health1: Load | null = null;
    let staff1: Load | null = null;
    if (measures("pages")) {
      await hammer("/staff", staff, 4, 1);
      health1 = await hammer("/api/health", {}, 32, 30);
      staff1 = await hammer("/staff", staff);
      console.log(`stage 1: health p50 ${health1.p50} ms, /staff p50 ${staff1.p50} ms`);
    }

    started = performance.now();
    await load(client, FIRST_STAGE, DOMAINS);
    await client.end();
    console.log(`loaded the rest in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Idle memory after a warm-up of every page.
    const bigDomain = `site${Math.floor(DOMAINS / 20) * 10}.cn`;
    const pages: [string, string, Record<string, string>][] = [
      ["GET /staff", "/staff", staff],
      ["GET /staff/overview", "/staff/overview", staff],
      ["GET /staff/search?q=", "/staff/search?q=site5432", staff],
      ["customer GET /domains?q=", "/domains?q=site1234", big],
      ["GET /domains", "/domains", big],
      ["GET /domains/{name}", `/domains/${bigDomain}`, big],
      ["GET /api/v1/domains", "/api/v1/domains", big],
      ["GET /api/v1/domains/{name}", `/api/v1/domains/${bigDomain}`, big],
    ];
    for (const [, url, headers] of pages) await hammer(url, headers, 4, 1);
    await new Promise((r) => setTimeout(r, 2000));
    const idleRss = treeRss(server.pid!) / 2 ** 20;
    peakRss = 0;

    const healthBefore = await hammer("/api/health", {}, 32, 30);
    const measured: Record<string, Load> = {};
    if (measures("pages")) {
      for (const [what, url, headers] of pages) {
        measured[what] = await hammer(url, headers);
        console.log(`${what.padEnd(30)} p50 ${measured[what]!.p50} ms p99 ${measured[what]!.p99} ms non-2xx ${measured[what]!.non2xx} errors ${measured[what]!.errors}`);
      }
    }
    // The floor is the mean of health's p50 before and after the pages, so a change in the
    // machine's load during the run weighs on both sides.
    const healthAfter = await hammer("/api/health", {}, 32, 30);
    const health = { ...healthBefore, p50: (healthBefore.p50 + healthAfter.p50) / 2 };
    console.log(`health p50 ${healthBefore.p50} ms before, ${healthAfter.p50} ms after the pages`);
    let floor = NaN;
    let httpFloor = NaN;
    let post = NaN;
    let writers: Writers = { perSecond: NaN, non2xx: 0, serverMs: NaN, databaseMs: NaN, busy: NaN };
    if (measures("writes")) {
      floor = await bareInsertFloor(scratch.url!);
      for (let i = 0; i < 5; i++) await postMessage(token, i);
      post = await timeSequential(Math.max(50, Math.round(200 * Math.min(1, SCALE * 2))), (i) => postMessage(token, i + 10));
      // The floor of any request over HTTP: one GET /api/health (one SELECT 1), sequential.
      httpFloor = await timeSequential(300, async () => {
        await (await fetch(`${BASE}/api/health`)).arrayBuffer();
      });
      console.log(`bare insert ${floor.toFixed(2)} ms, sequential GET /api/health ${httpFloor.toFixed(2)} ms, POST /api/v1/messages ${post.toFixed(2)} ms`);
      writers = await concurrentWriters(token, server.pid!, scratch.url!);
      console.log(
        `8 writers: ${writers.perSecond.toFixed(0)} messages/s (${writers.non2xx} non-2xx); CPU per message: server ${writers.serverMs.toFixed(1)} ms, database ${writers.databaseMs.toFixed(1)} ms; cores ${(writers.busy * 100).toFixed(0)}% busy`,
      );
    }
    let imported = { rowsPerSecond: NaN, listRatio: NaN, atRest: NaN, during: NaN };
    if (measures("import")) {
      imported = await bulkImport(token, small.cookie);
      console.log(`import ${imported.rowsPerSecond.toFixed(0)} rows/s; list p50 ${imported.atRest.toFixed(1)} → ${imported.during.toFixed(1)} ms`);
    }
    const peak = Math.max(peakRss, treeRss(server.pid!)) / 2 ** 20;

    const ratio = (l: Load | undefined) => (l ? l.p50 / health.p50 : NaN);
    const pageRow = (what: string, bar: number): Row => ({
      what: `${what} p50 ÷ health p50`,
      value: ratio(measured[what]),
      unit: "×",
      bar: `≤ ${bar}×`,
      ok: (v) => v <= bar,
      detail: measured[what] ? `${measured[what].p50} ms vs ${health.p50} ms${measured[what].non2xx ? `, ${measured[what].non2xx} non-2xx` : ""}` : "not measured",
    });
    const staffGrowth = staff1 && health1 ? ratio(measured["GET /staff"]) / (staff1.p50 / health1.p50) : NaN;
    const rows: Row[] = [
      { what: "POST /api/v1/messages ÷ bare INSERT", value: post / floor, unit: "×", bar: "≤ 3×", ok: (v) => v <= 3, detail: `${post.toFixed(2)} ms vs ${floor.toFixed(2)} ms` },
      { what: "POST /api/v1/messages ÷ sequential GET /api/health", value: post / httpFloor, unit: "×", bar: "—", ok: () => true, detail: `${post.toFixed(2)} ms vs ${httpFloor.toFixed(2)} ms (the HTTP round trip with one query: a floor no request over HTTP goes below)` },
      { what: "messages/s, 8 concurrent writers", value: writers.perSecond, unit: "/s", bar: "≥ 500/s", ok: (v) => v >= 500, detail: `${writers.perSecond.toFixed(0)}/s` },
      {
        what: "messages/s ceiling: cores ÷ CPU per message (server + database)",
        value: (CORES * 1000) / (writers.serverMs + writers.databaseMs),
        unit: "/s",
        bar: "—",
        ok: () => true,
        detail: `${CORES} cores ÷ (${writers.serverMs.toFixed(1)} ms server + ${writers.databaseMs.toFixed(1)} ms database) per message, the cores ${(writers.busy * 100).toFixed(0)}% busy during the 8-writer run (the benchmark's own client included)`,
      },
      { what: `bulk import of ${IMPORT_ROWS.toLocaleString("en")} rows`, value: imported.rowsPerSecond, unit: "rows/s", bar: "≥ 1,000 rows/s", ok: (v) => v >= 1000, detail: `${imported.rowsPerSecond.toFixed(0)} rows/s` },
      { what: "other user's list p50 during import ÷ at rest", value: imported.listRatio, unit: "×", bar: "≤ 1.5×", ok: (v) => v <= 1.5, detail: `${imported.during.toFixed(1)} ms vs ${imported.atRest.toFixed(1)} ms` },
      pageRow("GET /staff", 5),
      { what: `GET /staff growth ${FIRST_STAGE.toLocaleString("en")} → ${DOMAINS.toLocaleString("en")} domains`, value: staffGrowth, unit: "×", bar: "≤ 1.3×", ok: (v) => v <= 1.3, detail: staff1 && health1 ? `${(staff1.p50 / health1.p50).toFixed(2)}× → ${ratio(measured["GET /staff"]).toFixed(2)}×` : "not measured" },
      pageRow("GET /staff/overview", 5),
      pageRow("GET /staff/search?q=", 4),
      pageRow("customer GET /domains?q=", 4),
      pageRow("GET /domains", 6),
      pageRow("GET /domains/{name}", 6),
      pageRow("GET /api/v1/domains", 3),
      pageRow("GET /api/v1/domains/{name}", 3),
      { what: "server RSS, idle", value: idleRss, unit: "MiB", bar: "—", ok: () => true, detail: `${idleRss.toFixed(0)} MiB` },
      { what: "server RSS, peak under load", value: peak, unit: "MiB", bar: "≤ 350 MiB", ok: (v) => v <= 350, detail: `${peak.toFixed(0)} MiB` },
    ];
    console.log("");
    for (const row of rows) console.log(`${row.ok(row.value) ? "met    " : "NOT met"}  ${row.what.padEnd(52)} ${fmt(row.value, row.unit).padStart(10)}  (bar ${row.bar}; ${row.detail})`);
    if (flag("no-write")) return;
    writeReport({
      label: LABEL,
      date: new Date().toISOString().slice(0, 10),
      scale: SCALE,
      rows: rows.map((r) => ({ what: r.what, value: r.value, unit: r.unit, bar: r.bar, met: r.ok(r.value), detail: r.detail })),
    });
    console.log(`\nwritten to docs/benchmarks.md and docs/bench-http.json (label ${LABEL})`);
  } finally {
    stopWatching();
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 1000));
    }
    if (!flag("keep")) await scratch.drop();
    else console.log(`kept ${scratch.url}`);
  }
});
