import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { z } from "zod";
import { normaliseDomainName } from "@/lib/domain-name";
import { DomainStatus, type Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { actionUrgency, isOverdue, URGENT_ACTION_KEYS, URGENT_WITHIN_MS, type ActionState } from "@/lib/icp";
import { domainDetailInclude, withPeople, type DomainDetail } from "./domain-detail";
import { domainSearchFilter } from "./domains";

export const REVIEW_PAGE_SIZES = [25, 50, 100] as const;
export const REVIEW_HISTORY_LIMIT = 50;
export const RECENT_MESSAGES_LIMIT = 15;
/** Messages loaded for the expanded domain; the timeline says how many more there are. */
export const REVIEW_TIMELINE_LIMIT = 20;
/** How many rows may be expanded at once (each loads the domain's whole dashboard). */
export const REVIEW_EXPANDED_LIMIT = 5;

const LIVE: ActionState[] = ["open", "in_progress"];

/**
 * The account review's table: filters, paging and the expanded rows, from a URL. Anything
 * malformed falls back to the default, never an error.
 */
export const ZAccountReviewQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined).transform((v) => (v ? v : undefined)),
  status: z.enum(DomainStatus).optional().catch(undefined),
  /** overdue: an action past its due date; urgent: a live action that is urgent by the one rule (lib/icp/urgency.ts). */
  due: z.enum(["overdue", "urgent"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (REVIEW_PAGE_SIZES as readonly number[]).includes(n))
    .default(25)
    .catch(25),
  /** Domain names whose rows are expanded. */
  open: z
    .array(z.string().trim().min(1).max(300))
    .max(REVIEW_EXPANDED_LIMIT)
    .default([])
    .catch([]),
});
export type TAccountReviewQuery = z.infer<typeof ZAccountReviewQuery>;

export function parseAccountReviewQuery(params: Record<string, string | string[] | undefined>): TAccountReviewQuery {
  const flat: Record<string, unknown> = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const open = params.open;
  flat.open = (Array.isArray(open) ? open : open ? [open] : []).slice(0, REVIEW_EXPANDED_LIMIT);
  return ZAccountReviewQuery.parse(flat);
}

/** The query string of the review page for these filters (the defaults left out). */
export function accountReviewQueryString(query: TAccountReviewQuery, change: Partial<TAccountReviewQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.due) params.set("due", next.due);
  if (next.pageSize !== 25) params.set("pageSize", String(next.pageSize));
  if (next.page > 1) params.set("page", String(next.page));
  for (const name of next.open) params.append("open", name);
  return params.toString();
}

export type ReviewDomainRow = {
  id: string;
  name: string;
  displayName: string;
  status: DomainStatus;
  icpNumber: string | null;
  openActionCount: number;
  overdueActionCount: number;
  urgentActionCount: number;
  nextDueAt: Date | null;
  statusChangedAt: Date;
};

export type ReviewDomainPage = {
  rows: ReviewDomainRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** The expanded rows' domains, in the shape of the customer's dashboard, by name. */
  expanded: Map<string, DomainDetail>;
};

function reviewWhere(accountId: string, query: TAccountReviewQuery, now: Date): Prisma.DomainWhereInput {
  const where: Prisma.DomainWhereInput = { accountId };
  if (query.status) where.status = query.status;
  // nextDueAt is the earliest due date of the domain's live actions (kept by the writes).
  if (query.due === "overdue") where.nextDueAt = { lt: now };
  // The urgency rule: an urgent key, or due within 72 hours (overdue included).
  if (query.due === "urgent") {
    where.actions = {
      some: { state: { in: LIVE }, OR: [{ key: { in: [...URGENT_ACTION_KEYS] } }, { dueAt: { lte: new Date(now.getTime() + URGENT_WITHIN_MS) } }] },
    };
  }
  if (query.q) where.OR = domainSearchFilter(query.q);
  return where;
}

/**
 * One page of an account's domains for the review table, the most pressing first (earliest
 * due date, so the most overdue, then the most open actions), filtered and paged in the
 * database; the expanded rows are loaded in full. Null for a caller who is not staff.
 */
export async function findAccountReviewDomains(
  db: PrismaClient,
  user: Pick<CurrentUser, "role">,
  accountId: string,
  query: TAccountReviewQuery,
  now: Date,
): Promise<ReviewDomainPage | null> {
  if (!can(user.role, "accounts:review")) return null;
  const where = reviewWhere(accountId, query, now);
  const [total, loaded] = await Promise.all([
    db.domain.count({ where }),
    db.domain.findMany({
      where,
      orderBy: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { openActionCount: "desc" }, { name: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        name: true,
        displayName: true,
        status: true,
        icpNumber: true,
        openActionCount: true,
        nextDueAt: true,
        statusChangedAt: true,
        actions: { where: { state: { in: LIVE } }, select: { key: true, state: true, dueAt: true } },
      },
    }),
  ]);
  const rows: ReviewDomainRow[] = loaded.map(({ actions, ...d }) => ({
    ...d,
    overdueActionCount: actions.filter((a) => isOverdue(a, now)).length,
    urgentActionCount: actions.filter((a) => actionUrgency(a.key, a.dueAt, now) === "urgent").length,
  }));
  const expanded = new Map<string, DomainDetail>();
  const wanted = query.open.map((name) => normaliseDomainName(name)?.name).filter((n): n is string => Boolean(n));
  if (wanted.length) {
    // Only this account's domains expand, whatever the URL names.
    const details = await withPeople(db, await db.domain.findMany({ where: { accountId, name: { in: wanted } }, include: domainDetailInclude(REVIEW_TIMELINE_LIMIT) }));
    const full = details.filter((d) => d.messages.length >= REVIEW_TIMELINE_LIMIT).map((d) => d.id);
    // Counted on their own and only where the timeline is full: Prisma's relation `_count`
    // groups the whole Message table (docs/benchmarks.md).
    const counts = full.length
      ? await db.message.groupBy({ by: ["domainId"], where: { domainId: { in: full } }, _count: { _all: true } })
      : [];
    const countOf = new Map(counts.map((c) => [c.domainId, c._count._all]));
    for (const d of details) expanded.set(d.name, { ...d, _count: { messages: countOf.get(d.id) ?? d.messages.length } });
  }
  return {
    rows,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    expanded,
  };
}

/**
 * What an agent reviews on one account besides its domains: its users, its newest messages
 * and its past reviews. Null when the account does not exist or the caller is not staff.
 * The domains come page by page from findAccountReviewDomains.
 */
export async function findAccountForReview(db: PrismaClient, user: Pick<CurrentUser, "role">, accountId: string) {
  if (!can(user.role, "accounts:review")) return null;
  const found = await db.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      users: {
        orderBy: { email: "asc" },
        select: { id: true, name: true, email: true, role: true, disabledAt: true, lastSignInAt: true },
      },
      // The agents who wrote them are read below, once and only when any is named.
      reviews: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: REVIEW_HISTORY_LIMIT,
      },
      _count: { select: { domains: true, reviews: true } },
    },
  });
  if (!found) return null;
  const agentIds = [...new Set(found.reviews.flatMap((r) => (r.agentId ? [r.agentId] : [])))];
  const agents = new Map(
    agentIds.length ? (await db.user.findMany({ where: { id: { in: agentIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, { name: u.name, email: u.email }]) : [],
  );
  const account = { ...found, reviews: found.reviews.map((r) => ({ ...r, agent: r.agentId ? (agents.get(r.agentId) ?? null) : null })) };

  const recentMessages = await db.message.findMany({
    where: { domain: { accountId } },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: RECENT_MESSAGES_LIMIT,
    select: {
      id: true,
      kind: true,
      channel: true,
      receivedAt: true,
      domain: { select: { name: true, displayName: true } },
    },
  });

  return { account, recentMessages };
}

export type AccountReview = NonNullable<Awaited<ReturnType<typeof findAccountForReview>>>;

/** The account's domains and their actions as CSV rows: one row per action, or one per domain without actions. */
export async function findAccountExportRows(db: PrismaClient, user: Pick<CurrentUser, "role">, accountId: string) {
  if (!can(user.role, "accounts:review")) return null;
  const account = await db.account.findUnique({ where: { id: accountId }, select: { id: true, name: true } });
  if (!account) return null;
  const domains = await db.domain.findMany({
    where: { accountId },
    orderBy: { name: "asc" },
    select: {
      name: true,
      displayName: true,
      status: true,
      reason: true,
      icpNumber: true,
      icpEntityNumber: true,
      hosting: true,
      providerAccess: true,
      statusChangedAt: true,
      actions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { key: true, state: true, dueAt: true, createdAt: true, closedAt: true },
      },
    },
  });
  return { account, domains };
}
