import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { createImportBatch, getImportProgress, STALE_AFTER_MS, startImport } from "@/lib/use-cases/import-messages";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  accountName = unique("Account ");
  await db.prisma.account.create({ data: { name: accountName } });
});
afterAll(async () => db.close());

async function newDomain(name = `${unique("imp")}.cn`): Promise<string> {
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW });
  return name;
}

function upload(text: string, name = "messages.csv", actor = admin) {
  return createImportBatch(db.prisma, {
    actor: actorOf(actor),
    file: { name, bytes: new TextEncoder().encode(text), contentType: null },
    now: new Date(),
  });
}

async function rows(batchId: string) {
  return db.prisma.importRow.findMany({ where: { batchId }, orderBy: { rowNumber: "asc" } });
}

describe("bulk import", () => {
  it("reads a date-only deadline as the end of that day in China time, and a zoneless time as China time", async () => {
    const a = await newDomain();
    const b = await newDomain();
    const csv = [
      "domain,receivedAt,text,kind,channel,deadline",
      `${a},2026-11-19 09:00,"请按要求完成网站整改。",rectification_notice,email,2026-12-15`,
      `${b},2026-11-19 09:00,"请按要求完成网站整改。",rectification_notice,email,2026-12-15 18:00`,
    ].join("\n");
    const { batchId } = await upload(csv);
    await (await startImport(db.prisma, { actor: actorOf(admin), batchId, now: new Date() })).done;
    const deadlineOf = async (name: string) => (await db.prisma.message.findFirstOrThrow({ where: { domain: { name } } })).deadline?.toISOString();
    // Before, a date-only deadline was midnight at the start of the day: 16 hours early.
    expect(await deadlineOf(a)).toBe("2026-12-15T15:59:59.000Z");
    expect(await deadlineOf(b)).toBe("2026-12-15T10:00:00.000Z");
  });

  it("validates every row before writing any message, masks codes before storing rows, then records the valid ones", async () => {
    const a = await newDomain();
    const b = await newDomain();
    const missing = `${unique("missing")}.cn`;
    const csv = [
      "domain,receivedAt,text,kind,channel,deadline",
      `${a},2026-11-20 09:00,"ICP Filing successful: ${a}, 京ICP备2026000002号-1",,,`,
      `${b},2026-11-20T00:00:00Z,"【工信部ICP备案】验证码：731904。请于24小时内完成核验。",,,`,
      `${missing},2026-11-20 09:00,"ICP Filing successful",filing_approved,,`,
      `${a},next tuesday,"ICP Filing successful",filing_approved,,`,
      `${a},2099-01-01 00:00,"ICP Filing successful",filing_approved,,`,
      `${b},2026-11-19 09:00,"Renew your domain now, 20% off",,,`,
      `${b},2026-11-19 09:00,"x",approved,,`,
      `${a},2026-11-20 09:00,"ICP Filing successful: ${a}, 京ICP备2026000002号-1",,,`,
    ].join("\r\n");
    const { batchId } = await upload(csv);
    const report = await rows(batchId);
    expect(report.map((r) => [r.rowNumber, r.outcome])).toEqual([
      [1, "valid"],
      [2, "valid"],
      [3, "invalid"],
      [4, "invalid"],
      [5, "invalid"],
      [6, "invalid"],
      [7, "invalid"],
      [8, "duplicate"],
    ]);
    // The kind classified from the unmasked text is kept with the row (the masked text no longer shows it is a code SMS).
    expect(report[1]?.input).toMatchObject({ kind: "verification_code", text: "【工信部ICP备案】验证码：******。请于24小时内完成核验。" });
    expect(report[2]?.error).toContain(missing);
    expect(report[3]?.error).toMatch(/receivedAt "next tuesday" is not a date-time/);
    expect(report[4]?.error).toMatch(/future/);
    expect(report[5]?.error).toMatch(/classified/);
    expect(report[6]?.error).toMatch(/kind/);
    expect(report[7]?.error).toMatch(/row 1/);
    // No code in clear anywhere in the stored report.
    expect(JSON.stringify(report)).not.toContain("731904");
    expect(await db.prisma.message.count({ where: { domain: { name: { in: [a, b] } } } })).toBe(0);
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ state: "validated", totalRows: 8, validRows: 2, duplicateRows: 1, refusedRows: 5, processedRows: 0 });

    const { done } = await startImport(db.prisma, { actor: actorOf(admin), batchId, now: new Date() });
    await done;
    const after = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(after).toMatchObject({ state: "completed", processedRows: 2, recordedRows: 2 });
    expect((await rows(batchId)).filter((r) => r.outcome === "recorded").map((r) => r.rowNumber)).toEqual([1, 2]);
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: a } })).status).toBe("approved_pending_sync");
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: b } })).status).toBe("sms_verification");
    const stored = await db.prisma.message.findMany({ where: { domain: { name: b } } });
    expect(stored[0]?.text).not.toContain("731904");
    // Each recorded row is audited as recorded by the admin, through the import.
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { event: "message.recorded", targetId: stored[0]!.id } });
    expect(audit.actorLabel).toBe(`${admin.email} (import messages.csv)`);
  });

  it("re-importing the same file records nothing twice", async () => {
    const a = await newDomain();
    const json = JSON.stringify([
      { domain: a, receivedAt: "2026-11-18T00:00:00Z", text: "您的备案已提交管局审核。", kind: "submitted_to_authority" },
      { domain: a, receivedAt: "2026-11-19T00:00:00Z", text: "【工信部】您的网站备案号已被注销。" },
    ]);
    const first = await upload(json, "m.json");
    await (await startImport(db.prisma, { actor: actorOf(admin), batchId: first.batchId, now: new Date() })).done;
    const second = await upload(json, "m.json");
    expect((await rows(second.batchId)).map((r) => r.outcome)).toEqual(["duplicate", "duplicate"]);
    expect(await db.prisma.message.count({ where: { domain: { name: a } } })).toBe(2);
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: a } })).status).toBe("cancelled");
  });

  it("a row recorded meanwhile by someone else becomes a duplicate at import time, not a second message", async () => {
    const a = await newDomain();
    const csv = `domain,receivedAt,text\n${a},2026-11-18 08:00,"备案成功，备案号 京ICP备2026000003号-1"\n`;
    const first = await upload(csv);
    const second = await upload(csv);
    await (await startImport(db.prisma, { actor: actorOf(admin), batchId: first.batchId, now: new Date() })).done;
    await (await startImport(db.prisma, { actor: actorOf(admin), batchId: second.batchId, now: new Date() })).done;
    expect((await rows(second.batchId))[0]?.outcome).toBe("duplicate");
    expect(await db.prisma.importBatch.findUniqueOrThrow({ where: { id: second.batchId } })).toMatchObject({ duplicateRows: 1, recordedRows: 0 });
    expect(await db.prisma.message.count({ where: { domain: { name: a } } })).toBe(1);
  });

  it("resumes on next access a batch a stopped server left 'importing'", async () => {
    const a = await newDomain();
    const { batchId } = await upload(`domain,receivedAt,text,kind\n${a},2026-11-18 08:00,Order submitted,filing_submitted\n`);
    // What a server that died right after starting leaves behind.
    const stale = new Date(Date.now() - STALE_AFTER_MS - 1000);
    await db.prisma.importBatch.update({ where: { id: batchId }, data: { state: "importing", startedAt: stale, updatedAt: stale } });
    const fresh = await getImportProgress(db.prisma, { actor: actorOf(admin), batchId, now: new Date(stale.getTime() + 1000) });
    expect(fresh.state).toBe("importing");
    expect(await db.prisma.message.count({ where: { domain: { name: a } } })).toBe(0);
    const later = await getImportProgress(db.prisma, { actor: actorOf(admin), batchId, now: new Date() });
    expect(later.state).toBe("importing");
    // The resumed run finishes on its own; poll as the page does.
    await expect
      .poll(async () => (await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } })).state, { timeout: 10_000 })
      .toBe("completed");
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: a } })).status).toBe("provider_review");
  });

  it("refuses a malformed file with 400 naming the line, writing no batch", async () => {
    const before = await db.prisma.importBatch.count({ where: { createdById: admin.id } });
    await expect(upload('domain,receivedAt,text\na.cn,2026-11-18,"unterminated\n')).rejects.toMatchObject({ status: 400, message: expect.stringContaining("Line 2") });
    await expect(upload("[{]", "x.json")).rejects.toMatchObject({ status: 400 });
    expect(await db.prisma.importBatch.count({ where: { createdById: admin.id } })).toBe(before);
  });

  it.each(["agent", "customer"] as const)("refuses a %s with 403, writing nothing", async (role) => {
    const account = role === "customer" ? await db.prisma.account.create({ data: { name: unique("Account ") } }) : null;
    const user = await createTestUser(db, role, account?.id ?? null);
    await expect(upload("domain,receivedAt,text\na.cn,2026-11-18,x\n", "f.csv", user)).rejects.toMatchObject({ status: 403 });
    expect(await db.prisma.importBatch.count({ where: { createdById: user.id } })).toBe(0);
  });

  it("imports 500 rows in chunks, yielding between them", async () => {
    const names = await Promise.all(Array.from({ length: 4 }, () => newDomain()));
    const lines = ["domain,receivedAt,text,kind"];
    for (let i = 0; i < 500; i++) {
      const minute = String(i % 60).padStart(2, "0");
      const hour = String(Math.floor(i / 60) % 24).padStart(2, "0");
      const day = String(1 + Math.floor(i / 1440)).padStart(2, "0");
      lines.push(`${names[i % 4]},2026-10-${day} ${hour}:${minute},"Order ${i} submitted for review",filing_submitted`);
    }
    const { batchId } = await upload(lines.join("\n"));
    const run = await startImport(db.prisma, { actor: actorOf(admin), batchId, now: new Date() });
    // The import runs in the background: progress is readable while it runs.
    const early = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(early.state).toBe("importing");
    expect(early.processedRows).toBeLessThan(500);
    await run.done;
    expect(await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ state: "completed", processedRows: 500, recordedRows: 500 });
  }, 300_000);
});
