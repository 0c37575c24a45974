import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { accountFilter, scopeOf } from "./scope";

/** How many messages a dashboard shows; older ones are counted, not loaded. */
export const TIMELINE_LIMIT = 200;

/**
 * What a dashboard shows of a domain: account, actions with history, newest messages. The
 * people named on events and messages are not included here (Prisma would read them in a
 * statement per relation, even when nobody is named): withPeople reads them once.
 */
export function domainDetailInclude(timelineLimit: number) {
  return {
    account: { select: { id: true, name: true } },
    actions: {
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    },
    messages: {
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: timelineLimit,
    },
  } satisfies Prisma.DomainInclude;
}

type Person = { name: string; email: string };
type LoadedDomain = Prisma.DomainGetPayload<{ include: ReturnType<typeof domainDetailInclude> }>;
type LoadedAction = LoadedDomain["actions"][number];
type WithPeople = Omit<LoadedDomain, "actions" | "messages"> & {
  actions: (Omit<LoadedAction, "events"> & { events: (LoadedAction["events"][number] & { actor: Person | null })[] })[];
  messages: (LoadedDomain["messages"][number] & { recordedBy: Person | null })[];
};

/**
 * The domains with each event's actor and each message's recorder ({ name, email } or null),
 * read in one statement for all of them, and only when anyone is named: most events are the
 * system's and most messages arrive by API or e-mail.
 */
export async function withPeople(db: PrismaClient, domains: LoadedDomain[]): Promise<WithPeople[]> {
  const ids = new Set<string>();
  for (const d of domains) {
    for (const a of d.actions) for (const e of a.events) if (e.actorId) ids.add(e.actorId);
    for (const m of d.messages) if (m.recordedById) ids.add(m.recordedById);
  }
  const people = new Map<string, Person>();
  if (ids.size) {
    for (const u of await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true } })) {
      people.set(u.id, { name: u.name, email: u.email });
    }
  }
  const person = (id: string | null): Person | null => (id ? (people.get(id) ?? null) : null);
  return domains.map((d) => ({
    ...d,
    actions: d.actions.map((a) => ({ ...a, events: a.events.map((e) => ({ ...e, actor: person(e.actorId) })) })),
    messages: d.messages.map((m) => ({ ...m, recordedBy: person(m.recordedById) })),
  }));
}

/**
 * One domain with its actions (and their history) and its newest messages, or null when
 * it does not exist *or the caller may not see it* — the two are indistinguishable.
 */
export async function findDomainForUser(db: PrismaClient, user: Pick<CurrentUser, "role" | "accountId"> & Partial<Pick<CurrentUser, "accountName">>, name: string) {
  const scope = scopeOf(user);
  const where = { name, ...accountFilter(scope) };
  // A customer's domain is in their own account, whose name the session has read already
  // (as the list does): not read again, a statement fewer.
  const ownAccount = scope.kind === "account" && typeof user.accountName === "string" ? { id: scope.accountId, name: user.accountName } : null;
  const { account, ...rest } = domainDetailInclude(TIMELINE_LIMIT);
  const found = ownAccount
    ? await db.domain.findFirst({ where, include: rest }).then((d) => d && { ...d, account: ownAccount })
    : await db.domain.findFirst({ where, include: { ...rest, account } });
  if (!found) return null;
  const [domain] = await withPeople(db, [found]);
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
