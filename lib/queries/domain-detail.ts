import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { accountFilter, scopeOf } from "./scope";

/** How many messages a dashboard shows; older ones are counted, not loaded. */
export const TIMELINE_LIMIT = 200;

/** What a dashboard shows of a domain: account, actions with history, newest messages. */
export function domainDetailInclude(timelineLimit: number) {
  return {
    account: { select: { id: true, name: true } },
    actions: {
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: {
        events: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          include: { actor: { select: { name: true, email: true } } },
        },
      },
    },
    messages: {
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: timelineLimit,
      include: { recordedBy: { select: { name: true, email: true } } },
    },
  } satisfies Prisma.DomainInclude;
}

/**
 * One domain with its actions (and their history) and its newest messages, or null when
 * it does not exist *or the caller may not see it* — the two are indistinguishable.
 */
export async function findDomainForUser(db: PrismaClient, user: Pick<CurrentUser, "role" | "accountId">, name: string) {
  const domain = await db.domain.findFirst({
    where: { name, ...accountFilter(scopeOf(user)) },
    include: domainDetailInclude(TIMELINE_LIMIT),
  });
  if (!domain) return null;
  // Counted on its own: Prisma's relation `_count` groups the whole Message table
  // (docs/benchmarks.md), where this uses the (domainId, receivedAt) index.
  const messages = domain.messages.length < TIMELINE_LIMIT ? domain.messages.length : await db.message.count({ where: { domainId: domain.id } });
  return { ...domain, _count: { messages } };
}

export type DomainDetail = NonNullable<Awaited<ReturnType<typeof findDomainForUser>>>;

/** A domain's name and derived status after a write, for the form that made it (the writer saw it already). */
export async function findDomainStatus(db: PrismaClient, domainId: string) {
  return db.domain.findUniqueOrThrow({
    where: { id: domainId },
    select: { name: true, displayName: true, status: true, reason: true, reasonZh: true },
  });
}
