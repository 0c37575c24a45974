import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { createAccount, renameAccount } from "@/lib/use-cases/manage-accounts";
import { writeAudit } from "@/lib/audit";
import { findDomainHistory } from "@/lib/queries/audit-log";
import { moveDomain, updateDomainFiling } from "@/lib/use-cases/manage-domains";
import { previewMessage } from "@/lib/use-cases/preview-message";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
});
afterAll(async () => db.close());

async function newAccount() {
  return createAccount(db.prisma, { actor: actorOf(admin), input: { name: unique("Account ") } });
}

async function newDomain(account: string, name = `${unique("adm")}.cn`) {
  return createDomain(db.prisma, { actor: actorOf(admin), input: { name, account }, now: NOW });
}

describe("accounts", () => {
  it("creates and renames, audited; a taken name is 409 and changes nothing", async () => {
    const a = await newAccount();
    const b = await newAccount();
    const newName = unique("Renamed ");
    expect(await renameAccount(db.prisma, { actor: actorOf(admin), input: { accountId: a.accountId, name: newName } })).toMatchObject({ changed: true });
    await expect(renameAccount(db.prisma, { actor: actorOf(admin), input: { accountId: b.accountId, name: newName } })).rejects.toMatchObject({ status: 409 });
    await expect(createAccount(db.prisma, { actor: actorOf(admin), input: { name: newName } })).rejects.toMatchObject({ status: 409 });
    expect((await db.prisma.account.findUniqueOrThrow({ where: { id: b.accountId } })).name).toBe(b.name);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: a.accountId, event: "account.renamed" } });
    expect(audit).toMatchObject({ before: { name: a.name }, after: { name: newName }, actorId: admin.id });
  });

  it("refuses an agent, writing nothing", async () => {
    const a = await newAccount();
    await expect(createAccount(db.prisma, { actor: actorOf(agent), input: { name: unique("x") } })).rejects.toMatchObject({ status: 403 });
    await expect(renameAccount(db.prisma, { actor: actorOf(agent), input: { accountId: a.accountId, name: "y" } })).rejects.toMatchObject({ status: 403 });
    expect((await db.prisma.account.findUniqueOrThrow({ where: { id: a.accountId } })).name).toBe(a.name);
    expect(await db.prisma.auditEvent.count({ where: { actorId: agent.id } })).toBe(0);
  });
});

describe("domains", () => {
  it("adds with normalisation (case, www., trailing dot, IDN)", async () => {
    const account = await newAccount();
    const label = unique("shop");
    const created = await newDomain(account.name, `WWW.${label.toUpperCase()}.Example.CN.`);
    expect(created.name).toBe(`${label}.example.cn`);
    const idn = await newDomain(account.name, `${label}例子.中国`);
    const row = await db.prisma.domain.findUniqueOrThrow({ where: { id: idn.domainId } });
    expect(row.name).toMatch(/^xn--.*\.xn--fiqs8s$/);
    expect(row.displayName).toBe(`${label}例子.中国`);
  });

  it("moves a domain to another account: the old customer no longer sees it, audited", async () => {
    const from = await newAccount();
    const to = await newAccount();
    const domain = await newDomain(from.name);
    expect(await moveDomain(db.prisma, { actor: actorOf(admin), domainName: domain.name, input: { account: to.name }, now: NOW })).toEqual({ domainId: domain.domainId, changed: true });
    const row = await db.prisma.domain.findUniqueOrThrow({ where: { id: domain.domainId } });
    expect(row.accountId).toBe(to.accountId);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { domainId: domain.domainId, event: "domain.moved" } });
    expect(audit.before).toMatchObject({ account: from.name });
    expect(audit.after).toMatchObject({ account: to.name });
    await expect(moveDomain(db.prisma, { actor: actorOf(admin), domainName: domain.name, input: { account: unique("none") }, now: NOW })).rejects.toMatchObject({ status: 422 });
    await expect(moveDomain(db.prisma, { actor: actorOf(agent), domainName: domain.name, input: { account: from.name }, now: NOW })).rejects.toMatchObject({ status: 403 });
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { id: domain.domainId } })).accountId).toBe(to.accountId);
  });

  it("a moved domain's history does not tell its new owner the old account; staff still see it", async () => {
    const from = await newAccount();
    const to = await newAccount();
    const domain = await newDomain(from.name);
    const newOwner = await createTestUser(db, "customer", to.accountId);
    await moveDomain(db.prisma, { actor: actorOf(admin), domainName: domain.name, input: { account: to.name }, now: NOW });
    const customerView = JSON.stringify(await findDomainHistory(db.prisma, newOwner, domain.domainId));
    expect(customerView).not.toContain(from.name);
    expect(customerView).not.toContain(from.accountId);
    const staffView = await findDomainHistory(db.prisma, agent, domain.domainId);
    expect(staffView?.find((row) => row.event === "domain.moved")).toMatchObject({ before: { account: from.name }, after: { account: to.name } });
    // The same when the dashboard hands over the domain it read (now in the new account): events
    // recorded under the old account still get that account's name for staff, and none for the owner.
    const moved = await db.prisma.domain.findUniqueOrThrow({ where: { id: domain.domainId } });
    const known = { id: moved.id, accountId: moved.accountId, name: moved.name, displayName: moved.displayName, accountName: to.name };
    expect(await findDomainHistory(db.prisma, agent, domain.domainId, known)).toEqual(staffView);
    expect(JSON.stringify(await findDomainHistory(db.prisma, newOwner, domain.domainId, known))).toBe(customerView);
  });

  it("hides the old account of a move recorded under the new account (as earlier versions wrote it) from the new owner", async () => {
    const from = await newAccount();
    const to = await newAccount();
    const domain = await newDomain(to.name);
    const owner = await createTestUser(db, "customer", to.accountId);
    await writeAudit(db.prisma, {
      actor: { id: admin.id, label: admin.email, role: "admin" },
      event: "domain.moved",
      targetType: "domain",
      targetId: domain.domainId,
      accountId: to.accountId,
      domainId: domain.domainId,
      before: { accountId: from.accountId, account: from.name },
      after: { accountId: to.accountId, account: to.name },
    });
    const view = JSON.stringify(await findDomainHistory(db.prisma, owner, domain.domainId));
    expect(view).not.toContain(from.name);
    expect(view).not.toContain(from.accountId);
  });

  it("sets ICP numbers and filing fields, deriving the entity number; refuses what is not an ICP number", async () => {
    const account = await newAccount();
    const domain = await newDomain(account.name);
    const input = { icpNumber: "京ICP备2021123456号-2", icpEntityNumber: "", filingType: "新增网站", providerStage: "管局审核中" };
    expect(await updateDomainFiling(db.prisma, { actor: actorOf(admin), domainName: domain.name, input, now: NOW })).toMatchObject({ changed: true });
    expect(await db.prisma.domain.findUniqueOrThrow({ where: { id: domain.domainId } })).toMatchObject({
      icpNumber: "京ICP备2021123456号-2",
      icpEntityNumber: "京ICP备2021123456号",
      filingType: "新增网站",
      providerStage: "管局审核中",
    });
    expect(await updateDomainFiling(db.prisma, { actor: actorOf(admin), domainName: domain.name, input, now: NOW })).toMatchObject({ changed: false });
    await expect(
      updateDomainFiling(db.prisma, { actor: actorOf(admin), domainName: domain.name, input: { ...input, icpNumber: "123456" }, now: NOW }),
    ).rejects.toMatchObject({ status: 422, fields: { icpNumber: expect.any(String) } });
    await expect(
      updateDomainFiling(db.prisma, { actor: actorOf(admin), domainName: domain.name, input: { ...input, icpEntityNumber: "沪ICP备2020000000号" }, now: NOW }),
    ).rejects.toMatchObject({ status: 422 });
    expect(await db.prisma.auditEvent.count({ where: { domainId: domain.domainId, event: "domain.filing_updated" } })).toBe(1);
  });
});

describe("previewMessage", () => {
  it("shows what recording would do without writing anything, and matches what recording then does", async () => {
    const account = await newAccount();
    const domain = await newDomain(account.name);
    const actor = actorOf(admin);
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: domain.name, text: `ICP Filing successful: ${domain.name} 京ICP备2026111111号-1`, receivedAt: new Date(NOW.getTime() - 5 * HOUR) } });
    const before = await db.prisma.domain.findUniqueOrThrow({ where: { id: domain.domainId }, include: { actions: true, messages: true } });
    const input = { domain: domain.name, text: "Sync recorded.", kind: "provider_synced" as const, receivedAt: new Date(NOW.getTime() - HOUR) };
    const preview = await previewMessage(db.prisma, { actor, now: NOW, input });
    expect(preview.before.status).toBe("approved_pending_sync");
    expect(preview.after.status).toBe("filed");
    expect(preview.after.closes).toEqual([{ key: "await_provider_sync", as: "done" }]);
    expect(preview.after.actions.map((a) => [a.key, a.isNew]).sort()).toEqual([
      ["complete_psb_filing", false],
      ["display_icp_number", false],
      ["resolve_domain_to_instance", false],
    ]);
    expect(preview.duplicate).toBe(false);
    // Nothing written.
    expect(await db.prisma.domain.findUniqueOrThrow({ where: { id: domain.domainId }, include: { actions: true, messages: true } })).toEqual(before);

    await recordMessage(db.prisma, { actor, now: NOW, input });
    const after = await db.prisma.domain.findUniqueOrThrow({ where: { id: domain.domainId }, include: { actions: true } });
    expect(after.status).toBe(preview.after.status);
    expect(after.reason).toBe(preview.after.reason.en);
    expect(after.actions.filter((a) => a.state === "open").map((a) => a.key).sort()).toEqual(preview.after.actions.map((a) => a.key).sort());
    expect((await previewMessage(db.prisma, { actor, now: NOW, input })).duplicate).toBe(true);
  });

  it("refuses what recordMessage refuses: unknown domain 404, future date 422, an agent 403", async () => {
    const input = { domain: `${unique("nope")}.cn`, text: "ICP Filing successful", receivedAt: new Date(NOW.getTime() - HOUR) };
    await expect(previewMessage(db.prisma, { actor: actorOf(admin), now: NOW, input })).rejects.toMatchObject({ status: 404 });
    await expect(previewMessage(db.prisma, { actor: actorOf(admin), now: NOW, input: { ...input, receivedAt: new Date(NOW.getTime() + HOUR) } })).rejects.toMatchObject({ status: 422 });
    await expect(previewMessage(db.prisma, { actor: actorOf(agent), now: NOW, input })).rejects.toMatchObject({ status: 403 });
  });
});
