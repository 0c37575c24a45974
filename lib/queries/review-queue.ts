import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { DomainStatus, Prisma, ReviewOutcome, type PrismaClient } from "@/lib/generated/prisma/client";
import { freshAt, refreshStaleFigures } from "@/lib/counters/figures";

export const QUEUE_PAGE_SIZES = [10, 25, 50, 100] as const;
/** The export's cap: the whole filtered queue of a large deployment stays one request. */
export const QUEUE_EXPORT_LIMIT = 20_000;


const flag = z
  .enum(["1", "true", "on"])
  .transform(() => true)
  .optional()
  .catch(undefined);

/** The queue's filters from a URL's search parameters; bad values are ignored. */
export const ZReviewQueueQuery = z.object({
  status: z.enum(DomainStatus).optional().catch(undefined),
  followUpDue: flag,
  neverReviewed: flag,
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (QUEUE_PAGE_SIZES as readonly number[]).includes(n))
    .default(25)
    .catch(25),
});
export type TReviewQueueQuery = z.infer<typeof ZReviewQueueQuery>;

export function parseReviewQueueQuery(params: Record<string, string | string[] | undefined>): TReviewQueueQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZReviewQueueQuery.parse(flat);
}

export function queueQueryString(query: TReviewQueueQuery, change: Partial<TReviewQueueQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set("status", next.status);
  if (next.followUpDue) params.set("followUpDue", "1");
  if (next.neverReviewed) params.set("neverReviewed", "1");
  if (next.pageSize !== 25) params.set("pageSize", String(next.pageSize));
  if (next.page > 1) params.set("page", String(next.page));
  return params.toString();
}

export type ReviewQueueRow = {
  accountId: string;
  accountName: string;
  /** Urgent actions overdue or due within 24 hours: the first sort key. */
  criticalCount: number;
  /** Open urgent actions (catalogue urgent, or due within 72 hours): the second. */
  urgentCount: number;
  overdueCount: number;
  openCount: number;
  domainCount: number;
  domainsByStatus: { status: DomainStatus; count: number }[];
  lastReviewedAt: Date | null;
  lastOutcome: ReviewOutcome | null;
  lastReviewer: string | null;
  followUpAt: Date | null;
  followUpDue: boolean;
};

export type ReviewQueuePage = { items: ReviewQueueRow[]; total: number; page: number; pageSize: number; pageCount: number };

type RawRow = {
  accountId: string;
  accountName: string;
  criticalCount: number | bigint;
  urgentCount: number | bigint;
  overdueCount: number | bigint;
  openCount: number | bigint;
  lastReviewedAt: Date | null;
  lastOutcome: ReviewOutcome | null;
  lastReviewer: string | null;
  followUpAt: Date | null;
  /** The account's domains by status (counts above zero), as two arrays in one order. */
  statuses: DomainStatus[];
  statusCounts: (number | bigint)[];
  total: number | bigint;
};

function assertStaff(user: Pick<CurrentUser, "role">): void {
  // Queries are entry points too: a customer's call finds nothing, like a missing page.
  if (!can(user.role, "accounts:review")) throw new AppError("not_found", "The review queue was not found.");
}

/**
 * Accounts by risk, computed in the database: the most urgent actions overdue or about to
 * expire first (cancelled numbers, invalid filings, SMS verifications), then the most open
 * urgent actions, then the accounts not reviewed for longest (never reviewed first), then
 * by name. Only one page of rows leaves the database.
 *
 * Every account has an AccountCounter row (kept by triggers in the transactions that change
 * actions, domains, accounts and reviews) carrying its counts, its name and its newest
 * review, and the rows are indexed in the queue's order (AccountCounter_queue_idx): a page
 * reads `offset + limit` index entries, however many accounts there are. An account whose
 * counts changed with time since they were kept is computed from its rows here and merged
 * in (refreshStaleFigures first brings most of them up to date), so the answer is exact at
 * `now` either way. The total counts the filtered rows (one index-only pass, no figures).
 */
async function queueRows(db: PrismaClient, query: TReviewQueueQuery, now: Date, limit: number, offset: number): Promise<RawRow[]> {
  const filters: Prisma.Sql[] = [];
  if (query.status) {
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "AccountStatusCount" sc WHERE sc."accountId" = c."accountId" AND sc.status = ${query.status}::"DomainStatus" AND sc.count > 0)`,
    );
  }
  if (query.followUpDue) filters.push(Prisma.sql`c."followUpAt" <= ${now}`);
  if (query.neverReviewed) filters.push(Prisma.sql`c."lastReviewAt" IS NULL`);
  const and = filters.length ? Prisma.sql`AND ${Prisma.join(filters, " AND ")}` : Prisma.empty;
  const where = filters.length ? Prisma.sql`WHERE ${Prisma.join(filters, " AND ")}` : Prisma.empty;
  const fresh = freshAt(now);

  // The ORDER BY of `kept` is the index's definition, column for column.
  return db.$queryRaw<RawRow[]>`
    WITH kept AS (
      SELECT c."accountId", c."accountName", c."criticalCount" AS critical, c."urgentKeyCount" + c."dueSoonCount" AS urgent,
             c."overdueCount" AS overdue, c."openCount" AS open, c."lastReviewAt", c."lastReviewId"
        FROM "AccountCounter" c
       WHERE ${fresh} ${and}
       ORDER BY c."criticalCount" DESC, (c."urgentKeyCount" + c."dueSoonCount") DESC, c."lastReviewAt" ASC NULLS FIRST,
                c."accountName" ASC, c."accountId" ASC
       LIMIT ${offset + limit}
    ),
    computed AS (
      SELECT c."accountId", c."accountName", f."criticalCount" AS critical, f."urgentKeyCount" + f."dueSoonCount" AS urgent,
             f."overdueCount" AS overdue, f."openCount" AS open, c."lastReviewAt", c."lastReviewId"
        FROM "AccountCounter" c CROSS JOIN LATERAL icp_account_figures_opaque(c."accountId", ${now}::timestamp(3)) f
       WHERE NOT ${fresh} ${and}
    ),
    page AS (
      SELECT * FROM kept UNION ALL SELECT * FROM computed
       ORDER BY critical DESC, urgent DESC, "lastReviewAt" ASC NULLS FIRST, "accountName" ASC, "accountId" ASC
       LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p."accountId", acc.name AS "accountName",
           p.critical::int AS "criticalCount", p.urgent::int AS "urgentCount", p.overdue::int AS "overdueCount", p.open::int AS "openCount",
           r."createdAt" AS "lastReviewedAt", r.outcome AS "lastOutcome", r.reviewer AS "lastReviewer", r."followUpAt" AS "followUpAt",
           sc.statuses, sc.counts AS "statusCounts",
           (SELECT count(*) FROM "AccountCounter" c ${where})::int AS total
      FROM page p
      -- LIMIT 1 keeps the planner from flattening these into joins that scan the tables:
      -- one primary-key lookup per row of the page.
      CROSS JOIN LATERAL (SELECT a.name FROM "Account" a WHERE a.id = p."accountId" LIMIT 1) acc
      LEFT JOIN LATERAL (
        SELECT rv."createdAt", rv.outcome::text AS outcome, rv."followUpAt", u.name AS reviewer
          FROM "Review" rv LEFT JOIN "User" u ON u.id = rv."agentId"
         WHERE rv.id = p."lastReviewId" LIMIT 1
      ) r ON true
      -- The domains by status in the same statement (a second statement through Prisma cost
      -- about a millisecond of server CPU a view: docs/benchmarks.md); ordered in JavaScript.
      CROSS JOIN LATERAL (
        SELECT coalesce(array_agg(s.status::text), '{}') AS statuses, coalesce(array_agg(s.count), '{}') AS counts
          FROM "AccountStatusCount" s
         WHERE s."accountId" = p."accountId" AND s.count > 0
      ) sc
     ORDER BY p.critical DESC, p.urgent DESC, p."lastReviewAt" ASC NULLS FIRST, p."accountName" ASC, p."accountId" ASC`;
}

function withDomainCounts(rows: RawRow[], now: Date): ReviewQueueRow[] {
  const statusOrder = Object.values(DomainStatus);
  return rows.map((r) => {
    const domainsByStatus = r.statuses
      .map((status, i) => ({ status, count: Number(r.statusCounts[i]) }))
      .sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
    return {
      accountId: r.accountId,
      accountName: r.accountName,
      criticalCount: Number(r.criticalCount),
      urgentCount: Number(r.urgentCount),
      overdueCount: Number(r.overdueCount),
      openCount: Number(r.openCount),
      domainCount: domainsByStatus.reduce((sum, s) => sum + s.count, 0),
      domainsByStatus,
      lastReviewedAt: r.lastReviewedAt,
      lastOutcome: r.lastOutcome,
      lastReviewer: r.lastReviewer,
      followUpAt: r.followUpAt,
      followUpDue: r.followUpAt !== null && r.followUpAt <= now,
    };
  });
}

/** One page of the review queue; the database filters, orders and pages. */
export async function findReviewQueue(
  db: PrismaClient,
  user: Pick<CurrentUser, "role">,
  query: TReviewQueueQuery,
  now: Date,
): Promise<ReviewQueuePage> {
  assertStaff(user);
  await refreshStaleFigures(db, now);
  const rows = await queueRows(db, query, now, query.pageSize, (query.page - 1) * query.pageSize);
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (!rows.length && query.page > 1) {
    // Past the last page: the window count has no row to ride on; ask once more for it.
    const first = await queueRows(db, query, now, 1, 0);
    total = first[0] ? Number(first[0].total) : 0;
  }
  return {
    items: withDomainCounts(rows, now),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** The whole filtered queue in risk order, for the CSV export (capped). */
export async function findReviewQueueForExport(
  db: PrismaClient,
  user: Pick<CurrentUser, "role">,
  query: TReviewQueueQuery,
  now: Date,
): Promise<ReviewQueueRow[]> {
  assertStaff(user);
  await refreshStaleFigures(db, now);
  const rows = await queueRows(db, query, now, QUEUE_EXPORT_LIMIT, 0);
  return withDomainCounts(rows, now);
}
