import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { normaliseDomainName } from "@/lib/domain-name";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assembleSearchResult, normaliseIcpText, SEARCH_LIMIT, searchAccounts, type SearchResult } from "@/lib/queries/search";
import { createDomain } from "@/lib/use-cases/create-domain";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

// The staff search reads in one SQL statement (issue 15) what it read in eight through
// Prisma. The reference below is the Prisma version as it was; both must give the same
// result, in the same order, cut at the same limit, for the searches below.
let db: OpenDatabase;
let agent: TestUser;
const tag = unique("sq").toLowerCase();
const MANY = SEARCH_LIMIT + 7;
const NOW = new Date("2026-11-20T02:00:00Z");
const entity = `粤ICP备${String(Date.now()).slice(-7)}${Math.floor(Math.random() * 900 + 100)}号`;

async function referenceSearch(db: PrismaClient, q: string): Promise<SearchResult | null> {
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

  // Only the reads were rewritten: the result is assembled from them as the search does.
  return assembleSearchResult(q, exact, { byName, byIcp, accountsByName, usersByEmail }, domainCounts);
}

beforeAll(async () => {
  db = await openTestDatabase();
  const admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  // A big account whose domains share the tag, created out of name order, with ICP numbers on some;
  // small accounts whose names or users' emails share it.
  const big = await db.prisma.account.create({ data: { name: `Zeta ${tag} big` } });
  const order = Array.from({ length: MANY }, (_, i) => (i * 37) % MANY);
  for (const i of order) {
    await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `d${String(i).padStart(2, "0")}-${tag}.cn`, account: big.name }, now: NOW });
  }
  for (const i of [3, 14, 15, 40]) {
    await db.prisma.domain.update({ where: { name: `d${String(i).padStart(2, "0")}-${tag}.cn` }, data: { icpEntityNumber: entity, icpNumber: i === 40 ? null : `${entity}-${i}` } });
  }
  // An exact name that sorts after a longer name containing it; an IDN.
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `x${tag}.cn`, account: big.name }, now: NOW });
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `ax${tag}.cn`, account: big.name }, now: NOW });
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `店${tag}.中国`, account: big.name }, now: NOW });
  for (let i = 0; i < MANY; i++) {
    const account = await db.prisma.account.create({ data: { name: `${i % 2 ? "alpha" : "Beta"} ${tag} ${String((i * 11) % MANY).padStart(2, "0")}` } });
    if (i % 3 === 0) await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `acc${i}-${tag}.cn`, account: account.name }, now: NOW });
    if (i < 4) {
      await db.prisma.user.create({ data: { email: `u${i}-${tag}@mail.example`, name: `U ${i}`, role: "customer", accountId: account.id, passwordHash: "x" } });
    }
  }
  for (let i = 0; i < 3; i++) {
    await db.prisma.user.create({ data: { email: `u9${i}-${tag}@mail.example`, name: `U9 ${i}`, role: "customer", accountId: big.id, passwordHash: "x" } });
  }
  // Staff users match by email too but have no account: never listed.
  await db.prisma.user.create({ data: { email: `staff-${tag}@mail.example`, name: "Staff", role: "agent", passwordHash: "x" } });
}, 300_000);
afterAll(async () => db?.close());

const searches = () => [
  tag,
  `d1`,
  `-${tag}.cn`,
  `D0${"7"}-${tag}.CN`,
  `www.d07-${tag}.cn`,
  `x${tag}.cn`,
  `店${tag}.中国`,
  normaliseDomainName(`店${tag}.中国`)!.name,
  entity,
  entity.replace("ICP", "icp"),
  `${entity}-1`,
  `alpha ${tag}`,
  `BETA ${tag} 1`,
  `u1-${tag}`,
  `@mail.example`,
  `${tag}@mail`,
  `staff-${tag}`,
  `%${tag}`,
  `d_1-${tag}`,
  `nothing-${tag}`,
];

describe("the one-statement staff search", () => {
  it("gives what the eight Prisma reads gave, search by search", async () => {
    for (const q of searches()) {
      const expected = await referenceSearch(db.prisma, q);
      const found = await searchAccounts(db.prisma, agent, q);
      expect({ q, found }).toEqual({ q, found: expected });
    }
  });

  it("cuts each list at the limit, in name order, an exact name first, and says it did", async () => {
    const all = await searchAccounts(db.prisma, agent, `-${tag}.cn`);
    expect(all!.truncated).toBe(true);
    expect(all!.domains).toHaveLength(SEARCH_LIMIT);
    const names = all!.domains.map((d) => d.name);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe(`acc0-${tag}.cn`);
    const exact = await searchAccounts(db.prisma, agent, `x${tag}.cn`);
    expect(exact!.domains.map((d) => d.name)).toEqual([`x${tag}.cn`, `ax${tag}.cn`]);
    expect(exact!.truncated).toBe(false);
    const accounts = await searchAccounts(db.prisma, agent, tag);
    expect(accounts!.accounts).toHaveLength(SEARCH_LIMIT);
    expect(accounts!.truncated).toBe(true);
  });

  it("lists a domain found by name and by ICP number once, as a name hit, and counts an account's domains", async () => {
    const byEntity = await searchAccounts(db.prisma, agent, entity);
    expect(byEntity!.domains.map((d) => [d.name, d.matchedBy])).toEqual([3, 14, 15, 40].map((i) => [`d${String(i).padStart(2, "0")}-${tag}.cn`, "icp"]));
    const byEmail = await searchAccounts(db.prisma, agent, `u9`);
    const big = byEmail!.accounts.find((a) => a.name === `Zeta ${tag} big`)!;
    expect(big.domainCount).toBe(MANY + 3);
    expect(big.matchedUsers.map((u) => u.email)).toEqual([0, 1, 2].map((i) => `u9${i}-${tag}@mail.example`));
  });
});
