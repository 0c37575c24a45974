// /metrics as Prometheus scrapes it: absent (404) without METRICS_TOKEN or without the
// right bearer token; with it, a valid text exposition whose numbers are the database's,
// request durations by route pattern, and no label that names a domain or an account.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createBoss } from "@/lib/jobs/boss";
import { createDomain } from "@/lib/use-cases/create-domain";
import { createApiToken } from "@/lib/use-cases/manage-tokens";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique } from "./support/database";

let db: OpenDatabase;
let apiToken: string;
const domainName = `${unique("metrics-")}.cn`;
const accountName = unique("Metrics account ");

vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
// Signed out: no session cookie.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));

const { GET: scrape } = await import("@/app/metrics/route");
const { GET: getDomain } = await import("@/app/api/v1/domains/[name]/route");
const { NextRequest } = await import("next/server");

beforeAll(async () => {
  db = await openTestDatabase();
  const admin = await createTestUser(db, "admin");
  const actor = actorOf(admin);
  const now = new Date();
  await db.prisma.account.create({ data: { name: accountName } });
  await createDomain(db.prisma, { actor, input: { name: domainName, account: accountName }, now });
  await recordMessage(db.prisma, {
    actor,
    now,
    input: { domain: domainName, kind: "verification_code", channel: "sms", text: "【工信部】验证码 123456，请在24小时内完成核验。", receivedAt: new Date(now.getTime() - 30 * 3_600_000) },
  });
  apiToken = (await createApiToken(db.prisma, { actor, input: { name: "metrics", scope: "read", expiresInDays: null }, now })).secret;
});
afterAll(async () => db?.close());
afterEach(() => {
  delete process.env.METRICS_TOKEN;
});

type Sample = { name: string; labels: Record<string, string>; value: number };

/** Parses the Prometheus text format (version 0.0.4) strictly: any malformed line throws. */
function parseExposition(text: string): { samples: Sample[]; types: Record<string, string> } {
  const samples: Sample[] = [];
  const types: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .*$/.exec(line);
    if (help) continue;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types[type[1]!] = type[2]!;
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|\+Inf|-Inf|NaN))$/.exec(line);
    if (!sample) throw new Error(`not a valid exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (sample[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/g)) labels[pair[1]!] = pair[2]!;
    samples.push({ name: sample[1]!, labels, value: Number(sample[3]) });
  }
  return { samples, types };
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

async function scrapeSamples(): Promise<Sample[]> {
  const response = await scrape(new Request("http://localhost/metrics", { headers: { authorization: `Bearer ${process.env.METRICS_TOKEN}` } }));
  expect(response.status).toBe(200);
  return parseExposition(await response.text()).samples;
}

describe("/metrics", () => {
  it("does not exist without METRICS_TOKEN, or without the right bearer token", async () => {
    expect((await scrape(new Request("http://localhost/metrics", { headers: { authorization: "Bearer anything" } }))).status).toBe(404);
    process.env.METRICS_TOKEN = "scrape-secret-1";
    expect((await scrape(new Request("http://localhost/metrics"))).status).toBe(404);
    expect((await scrape(new Request("http://localhost/metrics", { headers: { authorization: "Bearer scrape-secret-2" } }))).status).toBe(404);
    expect((await scrape(new Request("http://localhost/metrics", { headers: { authorization: `Bearer ${apiToken}` } }))).status).toBe(404);
  });

  it("answers Prometheus with the database's numbers and request durations by route pattern", async () => {
    process.env.METRICS_TOKEN = "scrape-secret-1";
    const call = await getDomain(new NextRequest(`http://localhost/api/v1/domains/${domainName}`, { headers: { authorization: `Bearer ${apiToken}` } }), {
      params: Promise.resolve({ name: domainName }),
    });
    expect(call.status).toBe(200);

    const response = await scrape(new Request("http://localhost/metrics", { headers: { authorization: "Bearer scrape-secret-1" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const { samples, types } = parseExposition(text);

    const byStatus = await db.prisma.domain.groupBy({ by: ["status"], _count: { _all: true } });
    for (const row of byStatus) expect(value(samples, "icp_domains", { status: row.status })).toBe(row._count._all);
    expect(value(samples, "icp_domains", { status: "sms_verification" })).toBeGreaterThanOrEqual(1);
    expect(value(samples, "icp_domains_total")).toBe(await db.prisma.domain.count());
    expect(value(samples, "icp_actions_open", { key: "complete_sms_verification" })).toBeGreaterThanOrEqual(1);
    // Received 30 hours ago with 24 hours to answer: overdue.
    expect(value(samples, "icp_actions_overdue", { key: "complete_sms_verification" })).toBeGreaterThanOrEqual(1);
    expect(value(samples, "icp_messages_recorded", { kind: "verification_code", channel: "sms" })).toBe(
      await db.prisma.message.count({ where: { kind: "verification_code", channel: "sms" } }),
    );
    // Other test files share this database and may have failed deliveries of their own: the figure is the database's.
    expect(value(samples, "icp_notifications", { channel: "email", status: "failed" })).toBe(
      await db.prisma.notificationDelivery.count({ where: { channel: "email", status: "failed" } }),
    );
    expect(value(samples, "icp_db_pool_max")).toBeGreaterThanOrEqual(1);
    expect(types.icp_http_request_duration_seconds).toBe("histogram");
    expect(value(samples, "icp_http_request_duration_seconds_count", { route: "/api/v1/domains/[name]", method: "GET", status: "200" })).toBeGreaterThanOrEqual(1);

    // No label value names a domain, an account or a token.
    for (const sample of samples) {
      for (const label of Object.values(sample.labels)) {
        expect(label).not.toContain(domainName);
        expect(label).not.toContain(accountName);
      }
    }
    expect(text).not.toContain(domainName);
    expect(text).not.toContain(accountName);
  });

  it("has every metric the issue lists, and each moves with the data", async () => {
    process.env.METRICS_TOKEN = "scrape-secret-1";
    const before = await scrapeSamples();
    const admin = await createTestUser(db, "admin");
    const actor = actorOf(admin);
    const now = new Date();
    const name = unique("Moving account ");
    const account = await db.prisma.account.create({ data: { name } });
    const domain = `${unique("moving-")}.cn`;
    await createDomain(db.prisma, { actor, input: { name: domain, account: name }, now });
    await recordMessage(db.prisma, {
      actor,
      now,
      input: { domain, kind: "verification_code", channel: "sms", text: "【工信部】验证码 654321，请在24小时内完成核验。", receivedAt: new Date(now.getTime() - 30 * 3_600_000) },
    });
    // One delivery sent and one failed by e-mail, one SMS waiting in the inbox.
    const event = await db.prisma.notificationEvent.create({
      data: { key: unique("metrics-event:"), kind: "reminder", category: "reminder", urgent: false, accountId: account.id, payload: {} },
    });
    for (const status of ["sent", "failed"] as const) {
      await db.prisma.notificationDelivery.create({ data: { eventId: event.id, channel: "email", recipient: unique(`user:${status}-`), status } });
    }
    await db.prisma.inboundItem.create({
      data: { accountId: account.id, via: "sms", state: "pending", text: "unclear", receivedAt: now, dedupeKey: unique("metrics-dedupe-") },
    });
    // A job waiting in a queue of its own.
    const boss = createBoss(db, { schedule: false, supervise: false });
    const queue = unique("metrics-queue-");
    await boss.start();
    try {
      await boss.createQueue(queue);
      await boss.send(queue, {}, { startAfter: new Date(now.getTime() + 3_600_000) });
      const call = await getDomain(new NextRequest(`http://localhost/api/v1/domains/${domain}`, { headers: { authorization: `Bearer ${apiToken}` } }), {
        params: Promise.resolve({ name: domain }),
      });
      expect(call.status).toBe(200);

      const after = await scrapeSamples();
      // On PGlite each test file has its own database, so a metric moves by exactly this
      // test's change; on PostgreSQL other files write to the same database meanwhile, so a
      // running total moves by at least it, and a gauge that also falls is at least 1.
      const exact = !process.env.DATABASE_URL;
      const expectMoved = (metric: string, labels: Record<string, string>, kind: "total" | "gauge") => {
        const now = value(after, metric, labels);
        expect(now, `${metric} ${JSON.stringify(labels)}`).toBeDefined();
        const moved = now! - (value(before, metric, labels) ?? 0);
        if (exact) expect(moved, `${metric} ${JSON.stringify(labels)}`).toBe(1);
        else if (kind === "total") expect(moved, `${metric} ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(1);
        else expect(now, `${metric} ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(1);
      };
      expectMoved("icp_domains", { status: "sms_verification" }, "gauge");
      expectMoved("icp_domains_total", {}, "total");
      expectMoved("icp_accounts_total", {}, "total");
      expectMoved("icp_actions_open", { key: "complete_sms_verification" }, "gauge");
      expectMoved("icp_actions_overdue", { key: "complete_sms_verification" }, "gauge");
      expectMoved("icp_messages_recorded", { kind: "verification_code", channel: "sms" }, "total");
      expectMoved("icp_notifications", { channel: "email", status: "sent" }, "total");
      expectMoved("icp_notifications", { channel: "email", status: "failed" }, "total");
      expectMoved("icp_intake_items", { via: "sms", state: "pending" }, "gauge");
      // Request durations are this process's own: exact on both databases.
      const requests = (samples: Sample[]) => value(samples, "icp_http_request_duration_seconds_count", { route: "/api/v1/domains/[name]", method: "GET", status: "200" }) ?? 0;
      expect(requests(after) - requests(before)).toBe(1);
      expect(value(after, "icp_job_queue_depth", { queue, state: "created" })).toBe(1);
      expect(value(after, "icp_db_pool_max")).toBeGreaterThanOrEqual(1);
      // Pool use as PostgreSQL sees it: this test's own connections at least. The embedded database has none to report.
      const connections = after.filter((s) => s.name === "icp_db_connections").reduce((sum, s) => sum + s.value, 0);
      if (process.env.DATABASE_URL) expect(connections).toBeGreaterThanOrEqual(1);
      else expect(connections).toBe(0);
    } finally {
      await boss.deleteQueue(queue).catch(() => undefined);
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
