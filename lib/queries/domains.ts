import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { freshAt, refreshStaleFigures } from "@/lib/counters/figures";
import { DomainStatus, Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { accountFilter, scopeOf, type Scope } from "./scope";

export const DOMAIN_SORTS = ["name", "status_changed", "next_due"] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The list's filters, from a URL's search parameters (page and API share it). */
export const ZDomainListQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(DomainStatus).optional().catch(undefined),
  overdue: z
    .enum(["1", "true"])
    .transform(() => true)
    .optional()
    .catch(undefined),
  // Most urgent first by default: the earliest due date (so the most overdue) leads.
  sort: z.enum(DOMAIN_SORTS).default("next_due").catch("next_due"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .default(25)
    .catch(25),
});
export type TDomainListQuery = z.infer<typeof ZDomainListQuery>;

export function parseDomainListQuery(params: Record<string, string | string[] | undefined>): TDomainListQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZDomainListQuery.parse(flat);
}

export type DomainListItem = {
  name: string;
  displayName: string;
  account: string;
  status: DomainStatus;
  reason: string;
  reasonZh: string;
  icpNumber: string | null;
  statusChangedAt: Date;
  openActionCount: number;
  nextDueAt: Date | null;
  overdue: boolean;
};

export type DomainListPage = { items: DomainListItem[]; total: number; page: number; pageSize: number; pageCount: number };

function listWhere(user: CurrentUser, query: TDomainListQuery, now: Date): Prisma.DomainWhereInput {
  const where: Prisma.DomainWhereInput = { ...accountFilter(scopeOf(user)) };
  if (query.status) where.status = query.status;
  // nextDueAt is the earliest due date of the domain's open or in-progress actions.
  if (query.overdue) where.nextDueAt = { lt: now };
  if (query.q) where.OR = domainSearchFilter(query.q);
  return where;
}

function listOrder(sort: TDomainListQuery["sort"]): Prisma.DomainOrderByWithRelationInput[] {
  switch (sort) {
    case "name":
      return [{ name: "asc" }];
    case "status_changed":
      return [{ statusChangedAt: "desc" }, { name: "asc" }];
    case "next_due":
      return [{ nextDueAt: { sort: "asc", nulls: "last" } }, { name: "asc" }];
  }
}

/** One page of the caller's domains; the database does the filtering, sorting and paging. */
export async function findDomainsForUser(
  db: PrismaClient,
  user: CurrentUser,
  query: TDomainListQuery,
  now: Date,
): Promise<DomainListPage> {
  const where = listWhere(user, query, now);
  // A customer's domains are all in their own account: its name is known, not read per row.
  const ownAccount = scopeOf(user).kind === "account" ? user.accountName : null;
  const rowsQuery = db.domain.findMany({
    where,
    orderBy: listOrder(query.sort),
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
    select: {
      name: true,
      displayName: true,
      status: true,
      reason: true,
      reasonZh: true,
      icpNumber: true,
      statusChangedAt: true,
      openActionCount: true,
      nextDueAt: true,
      ...(ownAccount === null ? { account: { select: { name: true } } } : {}),
    },
  });
  let total: number;
  let rows: Awaited<typeof rowsQuery>;
  if (!query.q && !query.overdue) {
    // Without a search or the overdue filter, the total is a maintained count.
    [total, rows] = await Promise.all([countByStatus(db, scopeOf(user), query.status), rowsQuery]);
  } else {
    // A search or a filter counts its matches with the same scan as the page. A page that is
    // not full already says how many there are (most searches find a few), so the count runs
    // only for a full page, or an empty one past the first (the total says where the end is).
    rows = await rowsQuery;
    const partial = rows.length < query.pageSize && (rows.length > 0 || query.page === 1);
    total = partial ? (query.page - 1) * query.pageSize + rows.length : await db.domain.count({ where });
  }
  return {
    items: rows.map(({ account, ...row }: (typeof rows)[number] & { account?: { name: string } }) => ({
      ...row,
      account: account?.name ?? ownAccount ?? "",
      overdue: row.nextDueAt !== null && row.nextDueAt < now,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** The caller's domains (of one status), from the maintained per-account counts. */
async function countByStatus(db: PrismaClient, scope: Scope, status: DomainStatus | undefined): Promise<number> {
  if (scope.kind === "none") return 0;
  const sum = await db.accountStatusCount.aggregate({
    where: { ...(scope.kind === "account" ? { accountId: scope.accountId } : {}), ...(status ? { status } : {}) },
    _sum: { count: true },
  });
  return sum._sum.count ?? 0;
}

export type DomainSummary = { needAction: number; overdue: number; filed: number };

/**
 * The summary strip above the list: across all the caller's domains, whatever the filters.
 * Read from the maintained per-account figures (exact at `now`: an account whose figures
 * changed with time since they were kept is computed from its rows).
 */
export async function summariseDomainsForUser(db: PrismaClient, user: CurrentUser, now: Date): Promise<DomainSummary> {
  const scope = scopeOf(user);
  if (scope.kind === "none") return { needAction: 0, overdue: 0, filed: 0 };
  const accountId = scope.kind === "account" ? scope.accountId : undefined;
  // Staff's summary spans every account: the refresh first brings up to REFRESH_LIMIT stale
  // ones up to date, so the summary computes few from their rows. A customer's is one row,
  // exact either way (a stale row is computed in the summary): the summary runs first and
  // says whether the row was stale, and only then is it refreshed — one statement a view
  // instead of two, as the row is fresh on nearly every view.
  if (!accountId) await refreshStaleFigures(db, now);
  const only = accountId ? Prisma.sql`AND c."accountId" = ${accountId}` : Prisma.empty;
  // One statement: the action figures and the filed count (AccountStatusCount) together.
  const [figures] = await db.$queryRaw<(DomainSummary & { stale: number })[]>`
    SELECT coalesce(sum(x.dwa), 0)::int AS "needAction", coalesce(sum(x.odc), 0)::int AS overdue,
      (SELECT coalesce(sum(c.count), 0)::int FROM "AccountStatusCount" c WHERE c.status = 'filed' ${only}) AS filed,
      count(*) FILTER (WHERE x.stale)::int AS stale
    FROM (
      SELECT c."domainsWithActions" AS dwa, c."overdueDomainCount" AS odc, false AS stale FROM "AccountCounter" c WHERE ${freshAt(now)} ${only}
      UNION ALL
      SELECT f."domainsWithActions", f."overdueDomainCount", true
        FROM "AccountCounter" c CROSS JOIN LATERAL icp_account_figures(c."accountId", ${now}::timestamp(3)) f
       WHERE NOT ${freshAt(now)} ${only}
    ) x`;
  if (accountId && figures?.stale) await refreshStaleFigures(db, now, accountId);
  return { needAction: figures?.needAction ?? 0, overdue: figures?.overdue ?? 0, filed: figures?.filed ?? 0 };
}

/** The one reading of a domain search box: the name (without www.) or display name, or an ICP number. */
export function domainSearchFilter(text: string): Prisma.DomainWhereInput[] {
  const q = text.toLowerCase().replace(/^www\./, "");
  return [{ name: { contains: q } }, { displayName: { contains: q } }, { icpNumber: { contains: text } }, { icpEntityNumber: { contains: text } }];
}
