// Prometheus metrics (prom-client), served at /metrics with METRICS_TOKEN. Business numbers
// are read from the database at scrape time, so every app instance reports the same
// totals and nothing is lost on a restart; request durations are this instance's own.
// No label grows with the data: statuses, action keys, message kinds, channels, queue
// names and route patterns only, never a domain, an account or a user.
import { Gauge, Histogram, Registry } from "prom-client";
import { prisma } from "@/lib/db";
import { ActionKey, Channel, DeliveryChannel, DomainStatus, InboundState, InboundVia, MessageKind } from "@/lib/generated/prisma/enums";
import { databaseSettings } from "@/lib/db/settings";

type Metrics = { registry: Registry; httpDuration: Histogram<"route" | "method" | "status"> };

const LIVE_STATES = ["open", "in_progress"] as const;

function createMetrics(): Metrics {
  const registry = new Registry();

  const httpDuration = new Histogram({
    name: "icp_http_request_duration_seconds",
    help: "API request durations by route pattern, method and status (this instance).",
    labelNames: ["route", "method", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  new Gauge({
    name: "icp_domains",
    help: "Domains by filing status.",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      const rows = await (await prisma()).domain.groupBy({ by: ["status"], _count: { _all: true } });
      this.reset();
      for (const status of Object.values(DomainStatus)) this.set({ status }, rows.find((r) => r.status === status)?._count._all ?? 0);
    },
  });

  new Gauge({
    name: "icp_domains_total",
    help: "All domains.",
    registers: [registry],
    async collect() {
      this.set(await (await prisma()).domain.count());
    },
  });

  new Gauge({
    name: "icp_accounts_total",
    help: "All customer accounts.",
    registers: [registry],
    async collect() {
      this.set(await (await prisma()).account.count());
    },
  });

  new Gauge({
    name: "icp_actions_open",
    help: "Open or in-progress actions by action key.",
    labelNames: ["key"] as const,
    registers: [registry],
    async collect() {
      const rows = await (await prisma()).action.groupBy({ by: ["key"], where: { state: { in: [...LIVE_STATES] } }, _count: { _all: true } });
      this.reset();
      for (const key of Object.values(ActionKey)) this.set({ key }, rows.find((r) => r.key === key)?._count._all ?? 0);
    },
  });

  new Gauge({
    name: "icp_actions_overdue",
    help: "Open or in-progress actions past their due date, by action key.",
    labelNames: ["key"] as const,
    registers: [registry],
    async collect() {
      const rows = await (await prisma()).action.groupBy({
        by: ["key"],
        where: { state: { in: [...LIVE_STATES] }, dueAt: { lt: new Date() } },
        _count: { _all: true },
      });
      this.reset();
      for (const key of Object.values(ActionKey)) this.set({ key }, rows.find((r) => r.key === key)?._count._all ?? 0);
    },
  });

  new Gauge({
    name: "icp_messages_recorded",
    help: "Messages recorded, by message kind and channel (a running total read from the database).",
    labelNames: ["kind", "channel"] as const,
    registers: [registry],
    async collect() {
      const rows = await (await prisma()).message.groupBy({ by: ["kind", "channel"], _count: { _all: true } });
      this.reset();
      for (const kind of Object.values(MessageKind)) {
        for (const channel of Object.values(Channel)) {
          this.set({ kind, channel }, rows.find((r) => r.kind === kind && r.channel === channel)?._count._all ?? 0);
        }
      }
    },
  });

  new Gauge({
    name: "icp_notifications",
    help: "Notification deliveries sent or failed, by channel (running totals read from the database).",
    labelNames: ["channel", "status"] as const,
    registers: [registry],
    async collect() {
      const rows = await (await prisma()).notificationDelivery.groupBy({
        by: ["channel", "status"],
        where: { status: { in: ["sent", "failed"] } },
        _count: { _all: true },
      });
      this.reset();
      for (const channel of Object.values(DeliveryChannel)) {
        for (const status of ["sent", "failed"] as const) {
          this.set({ channel, status }, rows.find((r) => r.channel === channel && r.status === status)?._count._all ?? 0);
        }
      }
    },
  });

  new Gauge({
    name: "icp_intake_items",
    help: "Items that arrived by intake (SMS, e-mail) or customer report, by way in and outcome: recorded, pending in the inbox, rejected (running totals read from the database).",
    labelNames: ["via", "state"] as const,
    registers: [registry],
    async collect() {
      const rows = await (await prisma()).inboundItem.groupBy({ by: ["via", "state"], _count: { _all: true } });
      this.reset();
      for (const via of Object.values(InboundVia)) {
        for (const state of Object.values(InboundState)) {
          this.set({ via, state }, rows.find((r) => r.via === via && r.state === state)?._count._all ?? 0);
        }
      }
    },
  });

  new Gauge({
    name: "icp_db_pool_max",
    help: "Configured PostgreSQL connections per app instance (DATABASE_POOL_SIZE); 1 on the embedded database.",
    registers: [registry],
    async collect() {
      this.set(process.env.DATABASE_URL ? databaseSettings().poolSize : 1);
    },
  });

  new Gauge({
    name: "icp_db_connections",
    help: "Connections to this database by state, as the server sees them (all instances; PostgreSQL only).",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (!process.env.DATABASE_URL) return;
      const rows = await (await prisma()).$queryRaw<{ state: string | null; count: number }[]>`
        SELECT COALESCE(state, 'unknown') AS state, COUNT(*)::int AS count
        FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'
        GROUP BY 1`;
      for (const row of rows) this.set({ state: row.state ?? "unknown" }, row.count);
    },
  });

  new Gauge({
    name: "icp_job_queue_depth",
    help: "pg-boss jobs waiting or running, by queue and state (0 series until the job schema exists).",
    labelNames: ["queue", "state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const db = await prisma();
      const [exists] = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
      if (!exists?.present) return;
      const rows = await db.$queryRaw<{ name: string; state: string; count: number }[]>`
        SELECT name, state::text AS state, COUNT(*)::int AS count FROM pgboss.job
        WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`;
      for (const row of rows) this.set({ queue: row.name, state: row.state }, row.count);
    },
  });

  return { registry, httpDuration };
}

const holder = globalThis as { __icpMetrics?: Metrics };

/** The process's one metrics registry. */
export function metrics(): Metrics {
  return (holder.__icpMetrics ??= createMetrics());
}

/** Records one API request (lib/api/handler.ts); `route` is the route's pattern, never the URL. */
export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  metrics().httpDuration.observe({ route, method, status: String(status) }, seconds);
}

/** "/api/v1/domains/acme.cn" with params { name: "acme.cn" } → "/api/v1/domains/[name]". */
export function routePattern(pathname: string, params: Record<string, unknown>): string {
  const segments = pathname.split("/");
  for (const [name, value] of Object.entries(params)) {
    const values = (Array.isArray(value) ? value : [value]).map(String);
    for (let i = 0; i < segments.length; i += 1) {
      const segment = segments[i]!;
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // a malformed escape stays as it is
      }
      if (values.includes(segment) || values.includes(decoded)) segments[i] = `[${name}]`;
    }
  }
  return segments.join("/");
}
