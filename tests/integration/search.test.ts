import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { cleanSearchText, searchAccounts } from "@/lib/queries/search";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let agent: TestUser;
let customer: TestUser;
const tag = unique("s");
// A random, test-only ICP number so parallel test files never share it.
const entity = `沪ICP备${String(Date.now()).slice(-8)}${Math.floor(Math.random() * 90 + 10)}号`;
const website = `${entity}-1`;
const idn = `商店${tag}.中国`;
const NOW = new Date("2026-11-20T02:00:00Z");
let accountName: string;

beforeAll(async () => {
  db = await openTestDatabase();
  const admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  accountName = `Searchable Trading ${tag}`;
  const account = await db.prisma.account.create({ data: { name: accountName } });
  customer = await createTestUser(db, "customer", account.id);
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `shop-${tag}.cn`, account: accountName }, now: NOW });
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: idn, account: accountName }, now: NOW });
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain: `shop-${tag}.cn`, kind: "filing_approved", text: `备案成功，备案号：${website}`, receivedAt: new Date(NOW.getTime() - 3600_000) },
  });
  await db.prisma.domain.update({ where: { name: `shop-${tag}.cn` }, data: { icpEntityNumber: entity } });
});
afterAll(async () => db.close());

const names = (r: Awaited<ReturnType<typeof searchAccounts>>) => r!.domains.map((d) => d.name);

describe("searchAccounts", () => {
  it("finds a domain by its Unicode and its punycode name alike", async () => {
    const unicode = await searchAccounts(db.prisma, agent, idn);
    const punycode = (await db.prisma.domain.findFirstOrThrow({ where: { displayName: idn } })).name;
    expect(punycode.startsWith("xn--")).toBe(true);
    const byPunycode = await searchAccounts(db.prisma, agent, punycode.toUpperCase());
    expect(names(unicode)).toEqual([punycode]);
    expect(names(byPunycode)).toEqual([punycode]);
    expect(unicode!.domains[0]).toMatchObject({ accountName, matchedBy: "domain" });
  });

  it("finds a domain by part of its name, with www. ignored", async () => {
    expect(names(await searchAccounts(db.prisma, agent, `www.shop-${tag}`))).toEqual([`shop-${tag}.cn`]);
  });

  it("finds a domain by its ICP website number or entity number, also typed in lower case or full width", async () => {
    expect(names(await searchAccounts(db.prisma, agent, website))).toEqual([`shop-${tag}.cn`]);
    const byEntity = await searchAccounts(db.prisma, agent, entity);
    expect(names(byEntity)).toEqual([`shop-${tag}.cn`]);
    expect(byEntity!.domains[0]!.matchedBy).toBe("icp");
    const fullWidth = website.replace("ICP", "icp").replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(names(await searchAccounts(db.prisma, agent, fullWidth))).toEqual([`shop-${tag}.cn`]);
  });

  it("finds an account by part of its name, any case, and by a user's email", async () => {
    const byName = await searchAccounts(db.prisma, agent, `searchable trading ${tag}`.toUpperCase());
    expect(byName!.accounts.map((a) => a.name)).toEqual([accountName]);
    expect(byName!.accounts[0]!.domainCount).toBe(2);
    const byEmail = await searchAccounts(db.prisma, agent, customer.email.toUpperCase());
    expect(byEmail!.accounts).toEqual([expect.objectContaining({ name: accountName, matchedUsers: [expect.objectContaining({ email: customer.email })] })]);
  });

  it("is for staff only", async () => {
    expect(await searchAccounts(db.prisma, customer, tag)).toBeNull();
  });

  it("ignores text too short or too long to search for", () => {
    expect(cleanSearchText(" a ")).toBeNull();
    expect(cleanSearchText("x".repeat(201))).toBeNull();
    expect(cleanSearchText(["  ab ", "zz"])).toBe("ab");
  });
});
