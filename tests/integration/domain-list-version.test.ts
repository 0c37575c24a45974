import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { findDomainListVersion } from "@/lib/queries/domain-version";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

// The domain list's version (what the open list polls once a second): kept per account by a
// trigger on Domain, it must change with every committed change to the caller's domain rows
// and with nothing else.
let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let other: TestUser;
let accountName: string;
let otherAccountName: string;
const tag = unique("lv");
const NOW = new Date("2026-11-20T04:00:00Z");

const version = (user: TestUser) => findDomainListVersion(db.prisma, user);
const create = (name: string, account: string) => createDomain(db.prisma, { actor: actorOf(admin), input: { name, account }, now: NOW });

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  const account = await db.prisma.account.create({ data: { name: `List version ${tag}` } });
  const second = await db.prisma.account.create({ data: { name: `List version other ${tag}` } });
  accountName = account.name;
  otherAccountName = second.name;
  customer = await createTestUser(db, "customer", account.id);
  other = await createTestUser(db, "customer", second.id);
  await create(`one-${tag}.cn`, accountName);
  await create(`two-${tag}.cn`, accountName);
  await create(`far-${tag}.cn`, otherAccountName);
});
afterAll(async () => db.close());

describe("the domain list's version", () => {
  it("changes when a domain of the account is added, changed by a message, or deleted", async () => {
    const v0 = await version(customer);
    await create(`three-${tag}.cn`, accountName);
    const v1 = await version(customer);
    expect(v1).not.toBe(v0);

    await recordMessage(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { domain: `three-${tag}.cn`, kind: "filing_submitted", text: `您的备案申请已提交 three-${tag}.cn`, receivedAt: NOW },
    });
    const v2 = await version(customer);
    expect(v2).not.toBe(v1);

    // A change to a column the list shows, written by any statement.
    await db.prisma.domain.update({ where: { name: `one-${tag}.cn` }, data: { displayName: "Shop" } });
    const v3 = await version(customer);
    expect(v3).not.toBe(v2);

    // No use case deletes a domain (its history is kept); a row removed by hand counts too.
    await db.prisma.domain.create({ data: { name: `gone-${tag}.cn`, displayName: `gone-${tag}.cn`, accountId: customer.accountId! } });
    const v4 = await version(customer);
    expect(v4).not.toBe(v3);
    await db.prisma.domain.delete({ where: { name: `gone-${tag}.cn` } });
    expect(await version(customer)).not.toBe(v4);
  });

  it("does not change with another account's domains, nor with a statement that changes no row", async () => {
    const mine = await version(customer);
    const theirs = await version(other);
    const staff = await version(agent);
    await db.prisma.domain.update({ where: { name: `far-${tag}.cn` }, data: { displayName: "Elsewhere" } });
    expect(await version(customer)).toBe(mine);
    expect(await version(other)).not.toBe(theirs);
    // Staff see every account: their list's version moves with any of them.
    const staffAfter = await version(agent);
    expect(staffAfter).not.toBe(staff);

    await db.prisma.domain.updateMany({ where: { name: `nothing-${tag}.cn` }, data: { displayName: "x" } });
    expect(await version(customer)).toBe(mine);
    expect(await version(agent)).toBe(staffAfter);
  });

  it("raises every account one statement touches, once", async () => {
    const before = await db.prisma.accountCounter.findMany({ where: { account: { name: { in: [accountName, otherAccountName] } } }, select: { accountId: true, listVersion: true } });
    await db.prisma.domain.updateMany({ where: { name: { in: [`one-${tag}.cn`, `two-${tag}.cn`, `far-${tag}.cn`] } }, data: { displayName: "Both" } });
    const after = await db.prisma.accountCounter.findMany({ where: { accountId: { in: before.map((b) => b.accountId) } }, select: { accountId: true, listVersion: true } });
    expect(after).toHaveLength(2);
    for (const row of after) expect(row.listVersion).toBe(before.find((b) => b.accountId === row.accountId)!.listVersion + 1n);
  });

  it("is none for a caller who sees no list", async () => {
    const nobody = await createTestUser(db, "customer", null);
    expect(await version(nobody)).toBeNull();
  });
});
