// The maintained staff figures (AccountCounter, AccountStatusCount): how readers keep
// them current, and the check of them against the rows they summarise. The figures
// themselves are kept by database triggers (prisma/migrations/*_staff_figures_*;
// docs/decisions/0005-maintained-staff-figures.md).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** Rows refreshed by one reader at most; the rest are computed in the reading query. */
const REFRESH_LIMIT = 500;

/** SQL: true when the row `c` holds exact time-dependent counts at `now`. */
export function freshAt(now: Date, alias = "c"): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${c}."asOf" <= ${now}::timestamp(3) AND (${c}."nextChangeAt" IS NULL OR ${now}::timestamp(3) <= ${c}."nextChangeAt"))`;
}

/**
 * Recomputes, as of `now`, the accounts whose counts changed with time since they were
 * kept (an action fell due, …). Rows a writer holds are skipped, never waited for: the
 * reading query computes those from their rows instead.
 */
export async function refreshStaleFigures(db: PrismaClient, now: Date, accountId?: string): Promise<number> {
  const only = accountId ? Prisma.sql`AND c."accountId" = ${accountId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ n: number }[]>`
    WITH stale AS (
      SELECT c."accountId" FROM "AccountCounter" c
       WHERE (c."nextChangeAt" < ${now}::timestamp(3) OR c."asOf" > ${now}::timestamp(3)) ${only}
       ORDER BY c."accountId"
       LIMIT ${REFRESH_LIMIT}
         FOR UPDATE SKIP LOCKED
    )
    SELECT count(icp_refresh_account(s."accountId", ${now}::timestamp(3)) IS NULL)::int AS n FROM stale s`;
  return rows[0]?.n ?? 0;
}

export type FigureDrift = {
  accountId: string;
  field: string;
  kept: number | string | null;
  actual: number | string | null;
};

const COUNT_FIELDS = [
  "openCount",
  "urgentKeyCount",
  "criticalCount",
  "dueSoonCount",
  "overdueCount",
  "domainsWithActions",
  "overdueDomainCount",
] as const;

type CounterRow = Record<(typeof COUNT_FIELDS)[number], number> & { accountId: string; asOf: Date | null; nextChangeAt: Date | null };

/**
 * Compares every kept figure with the same figure computed from the rows. Each account's
 * counts are compared as of the time they were kept (`asOf`); its nextChangeAt must not
 * be later than the true next change (earlier only costs a refresh). Accounts with live
 * actions but no row, and domains-by-status, are checked too. Writes nothing.
 */
export async function checkStaffFigures(db: PrismaClient, now: Date): Promise<{ accounts: number; drift: FigureDrift[] }> {
  const kept = await db.$queryRaw<(CounterRow & { actual: CounterRow })[]>`
    SELECT c."accountId", c."openCount", c."urgentKeyCount", c."criticalCount", c."dueSoonCount", c."overdueCount",
           c."domainsWithActions", c."overdueDomainCount", c."asOf", c."nextChangeAt", to_jsonb(f) AS actual
      FROM "AccountCounter" c CROSS JOIN LATERAL icp_account_figures(c."accountId", c."asOf") f`;
  const drift: FigureDrift[] = [];
  for (const row of kept) {
    for (const field of COUNT_FIELDS) {
      if (row[field] !== row.actual[field]) drift.push({ accountId: row.accountId, field, kept: row[field], actual: row.actual[field] });
    }
    const trueNext = row.actual.nextChangeAt ? new Date(`${String(row.actual.nextChangeAt)}Z`) : null;
    if (trueNext && (!row.nextChangeAt || row.nextChangeAt > trueNext)) {
      drift.push({ accountId: row.accountId, field: "nextChangeAt", kept: row.nextChangeAt?.toISOString() ?? null, actual: trueNext.toISOString() });
    }
  }
  const missing = await db.$queryRaw<{ accountId: string; openCount: number; domainsWithActions: number }[]>`
    SELECT f."accountId", f."openCount", f."domainsWithActions"
      FROM icp_all_account_figures(${now}::timestamp(3)) f
     WHERE NOT EXISTS (SELECT 1 FROM "AccountCounter" c WHERE c."accountId" = f."accountId")
       AND (f."openCount" > 0 OR f."domainsWithActions" > 0 OR f."overdueDomainCount" > 0)`;
  for (const row of missing) drift.push({ accountId: row.accountId, field: "row", kept: null, actual: `${row.openCount} live actions` });
  const statuses = await db.$queryRaw<{ accountId: string; status: string; kept: number | null; actual: number | null }[]>`
    WITH actual AS (SELECT "accountId", status, count(*)::int AS n FROM "Domain" GROUP BY 1, 2)
    SELECT coalesce(k."accountId", a."accountId") AS "accountId", coalesce(k.status, a.status)::text AS status,
           k.count AS kept, a.n AS actual
      FROM (SELECT * FROM "AccountStatusCount" WHERE count <> 0) k
      FULL JOIN actual a ON a."accountId" = k."accountId" AND a.status = k.status
     WHERE k.count IS DISTINCT FROM a.n`;
  for (const row of statuses) {
    drift.push({ accountId: row.accountId, field: `domains ${row.status}`, kept: row.kept ?? 0, actual: row.actual ?? 0 });
  }
  // The review queue's order columns: every account has a row, with its name and newest review.
  const keys = await db.$queryRaw<{ accountId: string; field: string; kept: string | null; actual: string | null }[]>`
    SELECT a.id AS "accountId",
           CASE WHEN c."accountId" IS NULL THEN 'row' WHEN c."accountName" <> a.name THEN 'accountName' ELSE 'lastReview' END AS field,
           CASE WHEN c."accountId" IS NULL THEN NULL WHEN c."accountName" <> a.name THEN c."accountName" ELSE c."lastReviewId" END AS kept,
           CASE WHEN c."accountId" IS NULL THEN 'no row' WHEN c."accountName" <> a.name THEN a.name ELSE r.id END AS actual
      FROM "Account" a
      LEFT JOIN "AccountCounter" c ON c."accountId" = a.id
      LEFT JOIN LATERAL (SELECT rv.id, rv."createdAt", rv."followUpAt" FROM "Review" rv
                          WHERE rv."accountId" = a.id ORDER BY rv."createdAt" DESC, rv.id DESC LIMIT 1) r ON true
     WHERE c."accountId" IS NULL OR c."accountName" <> a.name OR c."lastReviewId" IS DISTINCT FROM r.id
        OR c."lastReviewAt" IS DISTINCT FROM r."createdAt" OR c."followUpAt" IS DISTINCT FROM r."followUpAt"`;
  for (const row of keys) drift.push(row);
  return { accounts: kept.length, drift };
}

/** Recomputes the figures of the given accounts from their rows, as of `now`. */
export async function repairStaffFigures(db: PrismaClient, accountIds: string[], now: Date): Promise<void> {
  if (!accountIds.length) return;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT icp_refresh_account(id, ${now}::timestamp(3)) FROM "Account" WHERE id = ANY(${accountIds}) ORDER BY id`;
    await tx.$executeRaw`DELETE FROM "AccountStatusCount" WHERE "accountId" = ANY(${accountIds})`;
    await tx.$executeRaw`INSERT INTO "AccountStatusCount" ("accountId", status, count)
      SELECT "accountId", status, count(*)::int FROM "Domain" WHERE "accountId" = ANY(${accountIds}) GROUP BY 1, 2`;
    await tx.$executeRaw`SELECT icp_queue_keys(${accountIds})`;
  });
}
