// pg-boss, the job queue and scheduler, on the app's own database. On PostgreSQL it has
// its own small `pg` pool (schema "pgboss"); on the embedded PGlite database, which
// allows one connection per process, it runs every statement on the app's PGlite
// instance through pg-boss's `db.executeSql` hook (docs/decisions/0011-notifications-job-queue.md).
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { OpenDatabase } from "@/lib/db/connect";

export const QUEUES = {
  deliver: "notifications-deliver",
  pass: "notifications-pass",
  digest: "notifications-digest",
  /** The hourly check of the maintained staff figures against their rows (lib/counters). */
  staffFigures: "staff-figures-check",
} as const;

/** pg-boss's database hook on a PGlite instance: single statements with parameters, scripts without. */
export function pgliteExecutor(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) {
        const result = await pglite.query(text, values);
        return { rows: result.rows as unknown[] };
      }
      const results = await pglite.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as unknown[] };
    },
  };
}

export function createBoss(db: OpenDatabase, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const common: PgBoss.ConstructorOptions = {
    schema: "pgboss",
    application_name: "icp-notifications",
    // One instance per cluster runs the cron schedules and maintenance (pg-boss claims them).
    schedule: true,
    supervise: true,
    migrate: true,
    ...options,
  };
  if (db.target.kind === "postgres") {
    return new PgBoss({ ...common, connectionString: db.target.url, max: Number(process.env.JOBS_POOL_SIZE ?? 3) });
  }
  if (!db.pglite) throw new Error("The embedded database has no PGlite instance to share with the job queue.");
  return new PgBoss({ ...common, db: pgliteExecutor(db.pglite) });
}
