import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { normaliseDomainName } from "@/lib/domain-name";
import { Prisma, type DomainStatus, type PrismaClient, type Role } from "@/lib/generated/prisma/client";

export const SEARCH_LIMIT = 50;
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 200;

export type SearchDomainHit = {
  name: string;
  displayName: string;
  status: DomainStatus;
  icpNumber: string | null;
  icpEntityNumber: string | null;
  accountId: string;
  accountName: string;
  /** Why it matched, so the agent sees an ICP-number hit as such. */
  matchedBy: "domain" | "icp";
};

export type SearchAccountHit = {
  id: string;
  name: string;
  domainCount: number;
  /** Users of the account whose email matched; empty when the name matched. */
  matchedUsers: { email: string; name: string; role: Role }[];
};

export type SearchResult = {
  q: string;
  domains: SearchDomainHit[];
  accounts: SearchAccountHit[];
  /** True when a list was cut at SEARCH_LIMIT. */
  truncated: boolean;
};

/** A row of the search's one statement: a hit of one of its four lists, in that list's order. */
type SearchRow = {
  list: "name" | "icp" | "account" | "user";
  pos: number;
  /** The domain's name, or the user's. */
  name: string | null;
  displayName: string | null;
  status: string | null;
  icpNumber: string | null;
  icpEntityNumber: string | null;
  accountId: string;
  accountName: string;
  email: string | null;
  role: string | null;
  /** The account's domains (AccountStatusCount), for account and user hits. */
  domainCount: number | null;
};

/** The search box's text, or null when too short or too long to search for. */
export function cleanSearchText(raw: string | string[] | undefined): string | null {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (value.length < SEARCH_MIN_LENGTH || value.length > SEARCH_MAX_LENGTH) return null;
  return value;
}

/** Full-width digits and letters to ASCII, and "icp" as written on certificates. */
export function normaliseIcpText(q: string): string {
  return q
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/icp/gi, "ICP");
}

/**
 * Searches every account: domains by name (Unicode or punycode, exact or part), by ICP
 * website or entity number; accounts by name or by a user's email. Staff only.
 */
export async function searchAccounts(db: PrismaClient, user: Pick<CurrentUser, "role">, q: string): Promise<SearchResult | null> {
  if (!can(user.role, "accounts:review")) return null;
  const lowered = q.toLowerCase().replace(/^www\./, "");
  // A full name in either form: 例子商店.中国 and xn--fsqp3lrwf6ud.xn--fiqs8s find the same domain.
  const exact = normaliseDomainName(q)?.name;
  const icp = normaliseIcpText(q);

  // One statement for the four look-ups and the found accounts' domain counts: each statement
  // through Prisma costs about a millisecond of server CPU beyond the database's own work, and
  // this page's reads were eight (each list and its accounts, then the counts). The conditions,
  // orders, limits and LIKE patterns are those Prisma's `contains` (and `mode: "insensitive"`)
  // built; the domain counts come from the maintained per-status counts (AccountStatusCount):
  // a relation count would aggregate the whole Domain table.
  const contains = (text: string) => Prisma.sql`('%' || ${text} || '%')`;
  const limit = Prisma.raw(String(SEARCH_LIMIT + 1));
  const rows = await db.$queryRaw<SearchRow[]>`
    WITH by_name AS (
      SELECT d.name, d."displayName", d.status, d."icpNumber", d."icpEntityNumber", d."accountId"
        FROM "Domain" d
       WHERE ${exact ? Prisma.sql`d.name = ${exact} OR ` : Prisma.empty}d.name LIKE ${contains(lowered)} OR d."displayName" LIKE ${contains(lowered)}
       ORDER BY d.name ASC LIMIT ${limit}
    ), by_icp AS (
      SELECT d.name, d."displayName", d.status, d."icpNumber", d."icpEntityNumber", d."accountId"
        FROM "Domain" d
       WHERE d."icpNumber" LIKE ${contains(icp)} OR d."icpEntityNumber" LIKE ${contains(icp)}
       ORDER BY d.name ASC LIMIT ${limit}
    ), accounts_by_name AS (
      SELECT a.id, a.name FROM "Account" a WHERE a.name ILIKE ${contains(q)} ORDER BY a.name ASC LIMIT ${limit}
    ), users_by_email AS (
      SELECT u.email, u.name, u.role, u."accountId" FROM "User" u
       WHERE u.email LIKE ${contains(lowered)} AND u."accountId" IS NOT NULL
       ORDER BY u.email ASC LIMIT ${limit}
    ), domain_counts AS (
      SELECT c."accountId", sum(c.count)::int AS n FROM "AccountStatusCount" c
       WHERE c."accountId" IN (SELECT id FROM accounts_by_name UNION SELECT "accountId" FROM users_by_email)
       GROUP BY c."accountId"
    )
    SELECT 'name' AS list, row_number() OVER (ORDER BY h.name ASC)::int AS pos, h.name, h."displayName", h.status::text AS status,
           h."icpNumber", h."icpEntityNumber", h."accountId", a.name AS "accountName", NULL::text AS email, NULL::text AS role, NULL::int AS "domainCount"
      FROM by_name h JOIN "Account" a ON a.id = h."accountId"
    UNION ALL
    SELECT 'icp', row_number() OVER (ORDER BY h.name ASC)::int, h.name, h."displayName", h.status::text,
           h."icpNumber", h."icpEntityNumber", h."accountId", a.name, NULL, NULL, NULL
      FROM by_icp h JOIN "Account" a ON a.id = h."accountId"
    UNION ALL
    SELECT 'account', row_number() OVER (ORDER BY a.name ASC)::int, NULL, NULL, NULL, NULL, NULL, a.id, a.name, NULL, NULL, coalesce(n.n, 0)
      FROM accounts_by_name a LEFT JOIN domain_counts n ON n."accountId" = a.id
    UNION ALL
    SELECT 'user', row_number() OVER (ORDER BY u.email ASC)::int, u.name, NULL, NULL, NULL, NULL, u."accountId", a.name, u.email, u.role::text, coalesce(n.n, 0)
      FROM users_by_email u JOIN "Account" a ON a.id = u."accountId" LEFT JOIN domain_counts n ON n."accountId" = u."accountId"
    ORDER BY list, pos`;
  const listOf = (list: SearchRow["list"]) => rows.filter((r) => r.list === list);
  const toDomain = (r: SearchRow) => ({
    name: r.name!,
    displayName: r.displayName!,
    status: r.status as DomainStatus,
    icpNumber: r.icpNumber,
    icpEntityNumber: r.icpEntityNumber,
    account: { id: r.accountId, name: r.accountName },
  });
  const byName = listOf("name").map(toDomain);
  const byIcp = listOf("icp").map(toDomain);
  const accountsByName = listOf("account").map((r) => ({ id: r.accountId, name: r.accountName }));
  const usersByEmail = listOf("user").map((r) => ({ email: r.email!, name: r.name!, role: r.role as Role, account: { id: r.accountId, name: r.accountName } }));
  const domainCounts = new Map<string, number>();
  for (const r of rows) if (r.list === "account" || r.list === "user") domainCounts.set(r.accountId, r.domainCount ?? 0);

  return assembleSearchResult(q, exact, { byName, byIcp, accountsByName, usersByEmail }, domainCounts);
}

type FoundDomain = Omit<SearchDomainHit, "accountId" | "accountName" | "matchedBy"> & { account: { id: string; name: string } };
/** The four look-ups' hits, each in its list's order and cut at SEARCH_LIMIT + 1 (the extra row says the list was cut). */
export type SearchLists = {
  byName: FoundDomain[];
  byIcp: FoundDomain[];
  accountsByName: { id: string; name: string }[];
  usersByEmail: { email: string; name: string; role: Role; account: { id: string; name: string } | null }[];
};

/**
 * The result from the look-ups' hits: domains once each (an exact name first, a name hit before an ICP hit), accounts
 * once each with the users that matched, every list cut at SEARCH_LIMIT.
 */
export function assembleSearchResult(q: string, exact: string | undefined, { byName, byIcp, accountsByName, usersByEmail }: SearchLists, domainCounts: Map<string, number>): SearchResult {
  const domains = new Map<string, SearchDomainHit>();
  // An exact name match first, then the others by name.
  const exactFirst = [...byName].sort((a, b) => Number(b.name === exact) - Number(a.name === exact));
  for (const [hits, matchedBy] of [
    [exactFirst, "domain"],
    [byIcp, "icp"],
  ] as const) {
    for (const d of hits) {
      if (domains.has(d.name)) continue;
      domains.set(d.name, {
        name: d.name,
        displayName: d.displayName,
        status: d.status,
        icpNumber: d.icpNumber,
        icpEntityNumber: d.icpEntityNumber,
        accountId: d.account.id,
        accountName: d.account.name,
        matchedBy,
      });
    }
  }

  const accounts = new Map<string, SearchAccountHit>();
  for (const a of accountsByName) accounts.set(a.id, { id: a.id, name: a.name, domainCount: domainCounts.get(a.id) ?? 0, matchedUsers: [] });
  for (const u of usersByEmail) {
    if (!u.account) continue;
    const hit = accounts.get(u.account.id) ?? { id: u.account.id, name: u.account.name, domainCount: domainCounts.get(u.account.id) ?? 0, matchedUsers: [] };
    hit.matchedUsers.push({ email: u.email, name: u.name, role: u.role });
    accounts.set(u.account.id, hit);
  }

  const truncated = [byName, byIcp, accountsByName, usersByEmail].some((list) => list.length > SEARCH_LIMIT) || domains.size > SEARCH_LIMIT || accounts.size > SEARCH_LIMIT;
  return {
    q,
    domains: [...domains.values()].slice(0, SEARCH_LIMIT),
    accounts: [...accounts.values()].sort((a, b) => a.name.localeCompare(b.name)).slice(0, SEARCH_LIMIT),
    truncated,
  };
}
