import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { AUDIT_EVENTS } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { normaliseDomainName } from "@/lib/domain-name";
import type { Prisma, PrismaClient, Role } from "@/lib/generated/prisma/client";
import { parseChinaDate } from "@/lib/icp";

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

/** The events the code base writes, offered in the "kind" filter. */
export const KNOWN_AUDIT_EVENTS = AUDIT_EVENTS;

const DAY = 24 * 3600_000;

/** Hidden from the log unless asked for (`signIns=1`) or chosen as the kind. */
export const SIGN_IN_EVENTS = ["user.signed_in", "user.sign_in_failed"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined));

/** Filters from a URL; anything malformed is dropped, never an error. */
export const ZAuditQuery = z.object({
  actor: optionalText(200),
  account: optionalText(200),
  domain: optionalText(300).transform((v) => (v ? (normaliseDomainName(v)?.name ?? undefined) : undefined)),
  event: optionalText(60).refine((v) => v === undefined || /^[a-z_]+\.[a-z_]+$/.test(v)).catch(undefined),
  from: optionalText(10).transform((v) => (v ? (parseChinaDate(v) ? v : undefined) : undefined)),
  to: optionalText(10).transform((v) => (v ? (parseChinaDate(v) ? v : undefined) : undefined)),
  /** Sign-ins (and failed ones) are most of the log; they are shown only when asked for. */
  signIns: z
    .enum(["1", "true"])
    .transform(() => true)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (AUDIT_PAGE_SIZES as readonly number[]).includes(n))
    .default(50)
    .catch(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): TAuditQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZAuditQuery.parse(flat);
}

export function auditQueryString(query: TAuditQuery, change: Partial<TAuditQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ["actor", "account", "domain", "event", "from", "to"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  if (next.signIns) params.set("signIns", "1");
  if (next.pageSize !== 50) params.set("pageSize", String(next.pageSize));
  if (next.page > 1) params.set("page", String(next.page));
  return params.toString();
}

export type AuditRow = {
  id: string;
  createdAt: Date;
  /** Email or token name; for a customer's own history, staff appear as support. */
  actorLabel: string;
  /** The acting user's name when the actor is a user (null for tokens, the CLI, the system). */
  actorName: string | null;
  actorRole: Role | null;
  event: string;
  targetType: string;
  targetId: string | null;
  /** The name of the user an entry is about (a role change, a new user), when it is a user. */
  targetName: string | null;
  accountId: string | null;
  accountName: string | null;
  domainName: string | null;
  domainDisplayName: string | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
  ip: string | null;
};

/** A domain as its dashboard has read it already (its row and its account's name): findDomainHistory reads none of it again. */
export type KnownDomain = { id: string; accountId: string; name: string; displayName: string; accountName: string };

export type AuditPage = { items: AuditRow[]; page: number; pageSize: number; hasNext: boolean };

async function withNames(
  db: PrismaClient,
  rows: Awaited<ReturnType<PrismaClient["auditEvent"]["findMany"]>>,
  known?: KnownDomain,
): Promise<AuditRow[]> {
  // What the caller has read already (a dashboard's domain and its account) is not read again.
  const accountIds = [...new Set(rows.map((r) => r.accountId).filter((v): v is string => Boolean(v) && v !== known?.accountId))];
  const domainIds = [...new Set(rows.map((r) => r.domainId).filter((v): v is string => Boolean(v) && v !== known?.id))];
  const userTargets = rows.filter((r) => r.targetType === "user" && r.targetId).map((r) => r.targetId!);
  const actorIds = [...new Set([...rows.map((r) => r.actorId).filter((v): v is string => Boolean(v)), ...userTargets])];
  const [accounts, domains, actors] = await Promise.all([
    accountIds.length ? db.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, name: true } }) : [],
    domainIds.length ? db.domain.findMany({ where: { id: { in: domainIds } }, select: { id: true, name: true, displayName: true } }) : [],
    actorIds.length ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [],
  ]);
  const actorName = new Map(actors.map((u) => [u.id, u.name])); // actors and the users entries are about
  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  const domainById = new Map(domains.map((d) => [d.id, d]));
  if (known) {
    accountName.set(known.accountId, known.accountName);
    domainById.set(known.id, known);
  }
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    actorLabel: r.actorLabel,
    actorName: r.actorId ? (actorName.get(r.actorId) ?? null) : null,
    actorRole: r.actorRole,
    event: r.event,
    targetType: r.targetType,
    targetId: r.targetId,
    targetName: r.targetType === "user" && r.targetId ? (actorName.get(r.targetId) ?? null) : null,
    accountId: r.accountId,
    accountName: r.accountId ? (accountName.get(r.accountId) ?? null) : null,
    domainName: r.domainId ? (domainById.get(r.domainId)?.name ?? null) : null,
    domainDisplayName: r.domainId ? (domainById.get(r.domainId)?.displayName ?? null) : null,
    before: r.before,
    after: r.after,
    ip: r.ip,
  }));
}

/**
 * The audit log for staff, newest first, filtered in the database. Paging asks for one row
 * more than a page instead of counting: the log grows without bound and a count of
 * millions of rows would cost more than the page itself.
 */
export async function findAuditEvents(
  db: PrismaClient,
  user: Pick<CurrentUser, "role">,
  query: TAuditQuery,
): Promise<AuditPage | null> {
  if (!can(user.role, "audit:read_all")) return null;
  const where: Prisma.AuditEventWhereInput = {};
  if (query.actor) where.actorLabel = { contains: query.actor.toLowerCase(), mode: "insensitive" };
  if (query.event) where.event = query.event;
  else if (!query.signIns) where.event = { notIn: [...SIGN_IN_EVENTS] };
  if (query.account) {
    const accounts = await db.account.findMany({
      where: { OR: [{ id: query.account }, { name: { equals: query.account, mode: "insensitive" } }] },
      select: { id: true },
    });
    where.accountId = { in: accounts.map((a) => a.id) };
  }
  if (query.domain) {
    const domain = await db.domain.findUnique({ where: { name: query.domain }, select: { id: true } });
    if (!domain) return { items: [], page: query.page, pageSize: query.pageSize, hasNext: false };
    where.domainId = domain.id;
  }
  const from = query.from ? parseChinaDate(query.from) : null;
  const to = query.to ? parseChinaDate(query.to) : null;
  if (from || to) {
    // "to" is a whole China calendar day: everything before the next day's midnight.
    where.createdAt = { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + DAY) } : {}) };
  }
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize + 1,
  });
  const items = await withNames(db, rows.slice(0, query.pageSize));
  return { items, page: query.page, pageSize: query.pageSize, hasNext: rows.length > query.pageSize };
}

export const DOMAIN_HISTORY_LIMIT = 100;

/**
 * The history of one domain for whoever may see the domain: staff see every entry as it
 * is; a customer sees only their own account's domain, with staff shown as support (no
 * staff email, no addresses). Null when the caller may not see the domain.
 */
export async function findDomainHistory(
  db: PrismaClient,
  user: Pick<CurrentUser, "role" | "accountId">,
  domainId: string,
  known?: KnownDomain,
): Promise<AuditRow[] | null> {
  const staff = can(user.role, "audit:read_all");
  const domain = known?.id === domainId ? known : await db.domain.findUnique({ where: { id: domainId }, select: { id: true, accountId: true } });
  if (!domain) return null;
  if (!staff && !(can(user.role, "domains:read_own") && user.accountId === domain.accountId)) return null;
  const rows = await db.auditEvent.findMany({
    // The account condition too, so an event about a domain that moved accounts stays with its old owner.
    where: { domainId: domain.id, ...(staff ? {} : { accountId: domain.accountId }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DOMAIN_HISTORY_LIMIT,
  });
  const items = await withNames(db, rows, known?.id === domainId ? known : undefined);
  if (staff) return items;
  return items.map((item) => ({
    ...item,
    actorLabel: item.actorRole === "customer" ? item.actorLabel : item.actorRole ? "support" : "system",
    // A customer sees staff only as support, never by name or e-mail.
    actorName: item.actorRole === "customer" ? item.actorName : null,
    ip: null,
    // A move names the account the domain came from: never another account's name for a
    // customer (earlier versions recorded moves under the new account).
    ...(item.event === "domain.moved" ? { before: null } : {}),
  }));
}
