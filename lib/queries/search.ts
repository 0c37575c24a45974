import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { normaliseDomainName } from "@/lib/domain-name";
import type { DomainStatus, PrismaClient, Role } from "@/lib/generated/prisma/client";

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

/** The search box's text, or null when too short or too long to search for. */
export function cleanSearchText(raw: string | string[] | undefined): string | null {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (value.length < SEARCH_MIN_LENGTH || value.length > SEARCH_MAX_LENGTH) return null;
  return value;
}

/** Full-width digits and letters to ASCII, and "icp" as written on certificates. */
function normaliseIcpText(q: string): string {
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

  const domainSelect = {
    name: true,
    displayName: true,
    status: true,
    icpNumber: true,
    icpEntityNumber: true,
    account: { select: { id: true, name: true } },
  } as const;

  const [byName, byIcp, accountsByName, usersByEmail] = await Promise.all([
    db.domain.findMany({
      where: {
        OR: [
          ...(exact ? [{ name: exact }] : []),
          { name: { contains: lowered } },
          { displayName: { contains: lowered } },
        ],
      },
      orderBy: { name: "asc" },
      take: SEARCH_LIMIT + 1,
      select: domainSelect,
    }),
    db.domain.findMany({
      where: { OR: [{ icpNumber: { contains: icp } }, { icpEntityNumber: { contains: icp } }] },
      orderBy: { name: "asc" },
      take: SEARCH_LIMIT + 1,
      select: domainSelect,
    }),
    db.account.findMany({
      where: { name: { contains: q, mode: "insensitive" } },
      orderBy: { name: "asc" },
      take: SEARCH_LIMIT + 1,
      select: { id: true, name: true },
    }),
    db.user.findMany({
      where: { email: { contains: lowered }, accountId: { not: null } },
      orderBy: { email: "asc" },
      take: SEARCH_LIMIT + 1,
      select: { email: true, name: true, role: true, account: { select: { id: true, name: true } } },
    }),
  ]);
  // Domains per found account from the maintained per-status counts (AccountStatusCount):
  // Prisma's relation _count aggregates the whole Domain table in a subquery on every search.
  const foundIds = [...new Set([...accountsByName.map((a) => a.id), ...usersByEmail.flatMap((u) => (u.account ? [u.account.id] : []))])];
  const domainCounts = new Map<string, number>();
  if (foundIds.length) {
    const sums = await db.accountStatusCount.groupBy({ by: ["accountId"], where: { accountId: { in: foundIds } }, _sum: { count: true } });
    for (const row of sums) domainCounts.set(row.accountId, row._sum.count ?? 0);
  }

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
