import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isOverdue } from "@/lib/icp";
import { domainDetailInclude, type DomainDetail } from "./domain-detail";

/** Domains shown in full on the review page; a larger account shows the first ones by risk and says so. */
export const REVIEW_DOMAIN_LIMIT = 100;
export const REVIEW_HISTORY_LIMIT = 50;
export const RECENT_MESSAGES_LIMIT = 15;
/** Messages loaded per domain; the timeline says how many more there are. */
export const REVIEW_TIMELINE_LIMIT = 20;

/**
 * Everything an agent reviews on one account: its users, its domains in the exact shape
 * of the customer's dashboard (so the same components render them), its newest messages
 * and its past reviews. Null when the account does not exist or the caller is not staff.
 */
export async function findAccountForReview(db: PrismaClient, user: Pick<CurrentUser, "role">, accountId: string) {
  if (!can(user.role, "accounts:review")) return null;
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      users: {
        orderBy: { email: "asc" },
        select: { id: true, name: true, email: true, role: true, disabledAt: true, lastSignInAt: true },
      },
      reviews: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: REVIEW_HISTORY_LIMIT,
        include: { agent: { select: { name: true, email: true } } },
      },
      _count: { select: { domains: true, reviews: true } },
    },
  });
  if (!account) return null;

  // The same include as findDomainForUser, so each item is a DomainDetail.
  const loaded = await db.domain.findMany({
    where: { accountId },
    orderBy: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { openActionCount: "desc" }, { name: "asc" }],
    take: REVIEW_DOMAIN_LIMIT,
    include: domainDetailInclude(REVIEW_TIMELINE_LIMIT),
  });
  // Counted on their own and only where the timeline is full: Prisma's relation `_count`
  // groups the whole Message table (docs/benchmarks.md).
  const full = loaded.filter((d) => d.messages.length >= REVIEW_TIMELINE_LIMIT).map((d) => d.id);
  const counts = full.length
    ? await db.message.groupBy({ by: ["domainId"], where: { domainId: { in: full } }, _count: { _all: true } })
    : [];
  const countOf = new Map(counts.map((c) => [c.domainId, c._count._all]));
  const domains: DomainDetail[] = loaded.map((d) => ({ ...d, _count: { messages: countOf.get(d.id) ?? d.messages.length } }));

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

  return { account, domains, recentMessages };
}

export type AccountReview = NonNullable<Awaited<ReturnType<typeof findAccountForReview>>>;

/** Overdue and open counts of one domain, for its summary line. */
export function domainActionCounts(domain: DomainDetail, now: Date): { open: number; overdue: number } {
  const live = domain.actions.filter((a) => a.state === "open" || a.state === "in_progress");
  return { open: live.length, overdue: live.filter((a) => isOverdue(a, now)).length };
}

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
