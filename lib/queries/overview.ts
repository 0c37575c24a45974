import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { ActionKey, DomainStatus, Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { chinaDayStart } from "@/lib/icp";

export const HISTORY_DAYS = 90;
const DAY = 24 * 3600_000;

export type StatusCount = { status: DomainStatus; count: number };
/** Domains by status at the end of one China calendar day (today: so far). */
export type HistoryPoint = { day: Date; counts: Record<DomainStatus, number> };

export type Overview = {
  total: number;
  byStatus: StatusCount[];
  history: HistoryPoint[];
  overdueByKind: { key: ActionKey; count: number }[];
  overdueTotal: number;
};

function zeroCounts(): Record<DomainStatus, number> {
  return Object.fromEntries(Object.values(DomainStatus).map((s) => [s, 0])) as Record<DomainStatus, number>;
}

/**
 * Replays DomainStatusChange into domains-by-status per day. Each change adds one to its
 * new status and takes one from the status before it; the status before is read from the
 * domain's previous change (lag), not from `fromStatus`, so the replay is exact even if a
 * row's `fromStatus` were wrong. Everything before the window folds into its first day.
 */
async function statusHistory(db: PrismaClient, now: Date, accountId: string | undefined): Promise<HistoryPoint[]> {
  const start = new Date(chinaDayStart(now).getTime() - (HISTORY_DAYS - 1) * DAY);
  const rows = await db.$queryRaw<{ day: number; status: DomainStatus; delta: number | bigint }[]>`
    WITH ordered AS (
      SELECT "changedAt",
             "toStatus"::text AS to_status,
             lag("toStatus"::text) OVER (PARTITION BY "domainId" ORDER BY "changedAt", id) AS from_status
        FROM "DomainStatusChange"
       WHERE "changedAt" <= ${now} ${accountId ? Prisma.sql`AND "accountId" = ${accountId}` : Prisma.empty}
    ),
    deltas AS (
      SELECT "changedAt", to_status AS status, 1 AS delta FROM ordered
      UNION ALL
      SELECT "changedAt", from_status, -1 FROM ordered WHERE from_status IS NOT NULL
    )
    SELECT greatest(floor(extract(epoch FROM ("changedAt" - ${start}::timestamp)) / 86400), -1)::int AS day,
           status, sum(delta)::int AS delta
      FROM deltas
     GROUP BY 1, 2
     ORDER BY 1`;
  const byDay = new Map<number, { status: DomainStatus; delta: number }[]>();
  for (const row of rows) {
    const list = byDay.get(row.day) ?? [];
    list.push({ status: row.status, delta: Number(row.delta) });
    byDay.set(row.day, list);
  }
  const running = zeroCounts();
  const points: HistoryPoint[] = [];
  for (let day = -1; day < HISTORY_DAYS; day++) {
    for (const { status, delta } of byDay.get(day) ?? []) running[status] += delta;
    if (day >= 0) points.push({ day: new Date(start.getTime() + day * DAY), counts: { ...running } });
  }
  return points;
}

/**
 * Domains by status now and over the last 90 days, and overdue actions by kind, across all
 * accounts or (`accountId`) one account. Staff only.
 */
export async function findOverview(
  db: PrismaClient,
  user: Pick<CurrentUser, "role">,
  now: Date,
  options: { accountId?: string } = {},
): Promise<Overview | null> {
  if (!can(user.role, "accounts:review")) return null;
  const { accountId } = options;
  const [statusGroups, overdueGroups, history] = await Promise.all([
    db.domain.groupBy({ by: ["status"], where: accountId ? { accountId } : {}, _count: { _all: true } }),
    db.action.groupBy({
      by: ["key"],
      where: { state: { in: ["open", "in_progress"] }, dueAt: { lt: now }, ...(accountId ? { domain: { accountId } } : {}) },
      _count: { _all: true },
    }),
    statusHistory(db, now, accountId),
  ]);
  const counts = zeroCounts();
  for (const g of statusGroups) counts[g.status] = g._count._all;
  const byStatus = Object.values(DomainStatus).map((status) => ({ status, count: counts[status] }));
  const overdueByKind = overdueGroups
    .map((g) => ({ key: g.key, count: g._count._all }))
    .sort((a, b) => b.count - a.count || Object.values(ActionKey).indexOf(a.key) - Object.values(ActionKey).indexOf(b.key));
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    history,
    overdueByKind,
    overdueTotal: overdueByKind.reduce((sum, k) => sum + k.count, 0),
  };
}
