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
async function statusHistory(db: Pick<PrismaClient, "$queryRaw">, now: Date, accountId: string | undefined): Promise<HistoryPoint[]> {
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

const STATUSES = Object.values(DomainStatus);

/**
 * The 90-day history across all accounts: the completed days from StatusHistoryDay, and
 * today's point, "so far", from `current`: the domains by status now, the maintained
 * figures the page's table shows (replaying today's changes took a look-up per change, a
 * cost that grew with the day's activity). Days missing (a new day, or dropped by a
 * status change dated into them) are computed once by the full replay and stored, under
 * a lock that orders this against writers dropping days (see the migration's trigger).
 */
async function globalHistory(
  db: PrismaClient,
  now: Date,
  current: Promise<Record<DomainStatus, number>>,
  /** The stored days of the window, a row per day with its statuses and counts as two
   * arrays: 89 rows, not 89 x 12 objects through the ORM's result mapping (docs/benchmarks.md). */
  stored: { day: Date; statuses: DomainStatus[]; counts: number[] }[],
): Promise<HistoryPoint[]> {
  const today = chinaDayStart(now);
  const start = new Date(today.getTime() - (HISTORY_DAYS - 1) * DAY);
  if (stored.reduce((sum, row) => sum + row.statuses.length, 0) === (HISTORY_DAYS - 1) * STATUSES.length) {
    const byDay = new Map<number, Record<DomainStatus, number>>();
    for (const row of stored) {
      const counts = zeroCounts();
      row.statuses.forEach((status, i) => (counts[status] = Number(row.counts[i])));
      byDay.set(new Date(row.day).getTime(), counts);
    }
    const points: HistoryPoint[] = [];
    for (let d = 0; d < HISTORY_DAYS - 1; d++) {
      const day = new Date(start.getTime() + d * DAY);
      points.push({ day, counts: byDay.get(day.getTime()) ?? zeroCounts() });
    }
    points.push({ day: today, counts: { ...(await current) } });
    return points;
  }
  // Only days that are over by the clock are kept: a caller asking about another time
  // (tests) never stores a day that can still change.
  const keepBefore = Math.min(today.getTime(), chinaDayStart(new Date()).getTime());
  const points = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE "StatusHistoryDay" IN SHARE ROW EXCLUSIVE MODE`;
      const points = await statusHistory(tx, now, undefined);
      await tx.statusHistoryDay.deleteMany({});
      await tx.statusHistoryDay.createMany({
        data: points
          .filter((p) => p.day.getTime() < keepBefore)
          .flatMap((p) => STATUSES.map((status) => ({ day: p.day, status, count: p.counts[status] }))),
      });
      return points;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  points[points.length - 1] = { day: today, counts: { ...(await current) } };
  return points;
}

/** Domains by status now, from the maintained per-account counts. */
async function statusNow(db: PrismaClient, accountId: string | undefined): Promise<Record<DomainStatus, number>> {
  const groups = await db.accountStatusCount.groupBy({ by: ["status"], where: accountId ? { accountId } : {}, _sum: { count: true } });
  const counts = zeroCounts();
  for (const g of groups) counts[g.status] = g._sum.count ?? 0;
  return counts;
}

/**
 * Live actions due before `now`, by key. Across all accounts the partial index
 * Action_live_dueAt_key_idx holds exactly the live actions with a due date, ordered by it:
 * the overdue ones are one range of it, counted from the index alone.
 */
async function overdueByKey(db: PrismaClient, now: Date, accountId: string | undefined): Promise<{ key: ActionKey; count: number }[]> {
  if (accountId) {
    const groups = await db.action.groupBy({
      by: ["key"],
      where: { state: { in: ["open", "in_progress"] }, dueAt: { lt: now }, domain: { accountId } },
      _count: { _all: true },
    });
    return groups.map((g) => ({ key: g.key, count: g._count._all }));
  }
  // The state list and the NOT NULL are the index's predicate, written as literals so the
  // planner can match them.
  return db.$queryRaw<{ key: ActionKey; count: number }[]>`
    SELECT key::text AS key, count(*)::int AS count FROM "Action"
     WHERE state IN ('open', 'in_progress') AND "dueAt" IS NOT NULL AND "dueAt" < ${now}::timestamp(3)
     GROUP BY key`;
}

type Reads = { counts: Record<DomainStatus, number>; overdue: { key: ActionKey; count: number }[]; history: HistoryPoint[] };

/**
 * The figures across all accounts in one statement: domains by status now (the sum of the
 * maintained per-account counts), the overdue actions by key (the partial index
 * Action_live_dueAt_key_idx, as in overdueByKey), and the stored completed days of the
 * window (as in globalHistory). Three statements through Prisma cost about a millisecond of
 * server CPU each beyond the database's work (docs/benchmarks.md); the rows come back as
 * one list tagged by kind. When the stored days are incomplete, globalHistory fills them.
 */
async function readAll(db: PrismaClient, now: Date): Promise<Reads> {
  const today = chinaDayStart(now);
  const start = new Date(today.getTime() - (HISTORY_DAYS - 1) * DAY);
  const rows = await db.$queryRaw<{ kind: "status" | "overdue" | "day"; name: string | null; n: number | null; day: Date | null; statuses: DomainStatus[] | null; counts: number[] | null }[]>`
    SELECT 'status' AS kind, status::text AS name, sum(count)::int AS n, NULL::timestamp(3) AS day, NULL::text[] AS statuses, NULL::int[] AS counts
      FROM "AccountStatusCount" GROUP BY status
    UNION ALL
    SELECT 'overdue', key::text, count(*)::int, NULL, NULL, NULL FROM "Action"
     WHERE state IN ('open', 'in_progress') AND "dueAt" IS NOT NULL AND "dueAt" < ${now}::timestamp(3)
     GROUP BY key
    UNION ALL
    SELECT 'day', NULL, NULL, day, array_agg(status::text), array_agg(count) FROM "StatusHistoryDay"
     WHERE day >= ${start}::timestamp(3) AND day < ${today}::timestamp(3)
     GROUP BY day`;
  const counts = zeroCounts();
  const overdue: { key: ActionKey; count: number }[] = [];
  const stored: { day: Date; statuses: DomainStatus[]; counts: number[] }[] = [];
  for (const row of rows) {
    if (row.kind === "status") counts[row.name as DomainStatus] = row.n ?? 0;
    else if (row.kind === "overdue") overdue.push({ key: row.name as ActionKey, count: row.n ?? 0 });
    else stored.push({ day: row.day!, statuses: row.statuses!, counts: row.counts! });
  }
  const history = await globalHistory(db, now, Promise.resolve(counts), stored);
  return { counts, overdue, history };
}

async function read(db: PrismaClient, now: Date, accountId: string | undefined): Promise<Reads> {
  if (!accountId) return readAll(db, now);
  const [counts, overdue, history] = await Promise.all([
    statusNow(db, accountId),
    overdueByKey(db, now, accountId),
    // One account's history is short: replayed.
    statusHistory(db, now, accountId),
  ]);
  return { counts, overdue, history };
}

function assemble({ counts, overdue, history }: Reads): Overview {
  const byStatus = Object.values(DomainStatus).map((status) => ({ status, count: counts[status] }));
  const overdueByKind = overdue
    .map((g) => ({ key: g.key, count: g.count }))
    .sort((a, b) => b.count - a.count || Object.values(ActionKey).indexOf(a.key) - Object.values(ActionKey).indexOf(b.key));
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    history,
    overdueByKind,
    overdueTotal: overdueByKind.reduce((sum, k) => sum + k.count, 0),
  };
}

/**
 * Concurrent identical reads shared, with nothing older than its caller: a call while no
 * read runs starts one; a call while one runs joins the next, which starts when the running
 * one ends, so every caller gets a read that began after it asked (a caller never gets the
 * read already under way, which may predate a change it has seen). At most one read runs
 * and one waits, however many callers; a failed read fails its callers only.
 */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let running = false;
  let next: { promise: Promise<T>; start: () => void } | null = null;
  const finish = () => {
    const waiting = next;
    next = null;
    if (waiting) waiting.start();
    else running = false;
  };
  const begin = (): Promise<T> => {
    running = true;
    const result = Promise.resolve().then(run);
    result.then(finish, finish);
    return result;
  };
  return () => {
    if (!running) return begin();
    if (!next) {
      let start!: () => void;
      const promise = new Promise<T>((resolve, reject) => (start = () => begin().then(resolve, reject)));
      next = { promise, start };
    }
    return next.promise;
  };
}

const liveReads = new WeakMap<PrismaClient, () => Promise<Reads>>();

/**
 * The overview across all accounts as of now, for the page: the same figures as
 * `findOverview(db, user, new Date())`, read once for all the views that ask meanwhile
 * (`singleFlight`), each with its `now` taken when its read starts. Under 32 concurrent
 * views the sum over 80,000 AccountStatusCount rows (16 ms of database time) and the
 * other statements ran once a view; now about once per read's duration.
 */
export async function findOverviewNow(db: PrismaClient, user: Pick<CurrentUser, "role">): Promise<Overview | null> {
  if (!can(user.role, "accounts:review")) return null;
  let shared = liveReads.get(db);
  if (!shared) {
    shared = singleFlight(() => read(db, new Date(), undefined));
    liveReads.set(db, shared);
  }
  return assemble(await shared());
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
  return assemble(await read(db, now, options.accountId));
}
