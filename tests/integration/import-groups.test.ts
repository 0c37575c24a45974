// The bulk import records many domains' rows per transaction (lib/import/runner.ts,
// lib/import/record-group.ts): the outcome per row stays exact, a stopped batch resumes
// exactly where it stopped, and what is stored is what recording the rows one by one stores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { createImportBatch, startImport } from "@/lib/use-cases/import-messages";
import { recordMessage } from "@/lib/use-cases/record-message";
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

async function newDomain(name = `${unique("grp")}.cn`): Promise<string> {
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW });
  return name;
}

async function importCsv(lines: string[]) {
  const { batchId } = await createImportBatch(db.prisma, {
    actor: actorOf(admin),
    file: { name: "groups.csv", bytes: new TextEncoder().encode(["domain,receivedAt,text,kind", ...lines].join("\n")), contentType: null },
    now: new Date(),
  });
  return batchId;
}

const rowsOf = (batchId: string) => db.prisma.importRow.findMany({ where: { batchId }, orderBy: { rowNumber: "asc" } });

/** What a domain's history stores, without ids and times of the write itself. */
async function stored(name: string) {
  const domain = await db.prisma.domain.findUniqueOrThrow({ where: { name } });
  const messages = await db.prisma.message.findMany({ where: { domainId: domain.id }, orderBy: { receivedAt: "asc" } });
  const textOf = new Map(messages.map((m) => [m.id, m.text]));
  const actions = await db.prisma.action.findMany({ where: { domainId: domain.id }, orderBy: [{ key: "asc" }, { createdAt: "asc" }] });
  const changes = await db.prisma.domainStatusChange.findMany({ where: { domainId: domain.id }, orderBy: [{ changedAt: "asc" }, { fromStatus: { sort: "asc", nulls: "first" } }] });
  const events = await db.prisma.notificationEvent.findMany({ where: { domainId: domain.id }, orderBy: [{ kind: "asc" }] });
  const audits = await db.prisma.auditEvent.findMany({ where: { domainId: domain.id, event: "message.recorded" } });
  return {
    status: domain.status,
    reason: domain.reason,
    icpNumber: domain.icpNumber,
    openActionCount: domain.openActionCount,
    nextDueAt: domain.nextDueAt?.toISOString() ?? null,
    messages: messages.map((m) => [m.kind, m.channel, m.receivedAt.toISOString(), m.text, m.icpNumbers, m.deadline?.toISOString() ?? null, m.recordedById]),
    actions: actions.map((a) => [a.key, a.state, a.dueAt?.toISOString() ?? null, textOf.get(a.causeMessageId ?? "")]),
    changes: changes.map((c) => [c.fromStatus, c.toStatus, textOf.get(c.causeMessageId ?? "") ?? null]),
    events: events.map((e) => [e.kind, e.category, e.urgent, textOf.get(e.messageId ?? "")]),
    audits: audits
      .map((a) => [a.actorId, textOf.get(a.targetId ?? ""), a.before, { ...(a.after as object), receivedAt: undefined }])
      .sort((x, y) => String(x[1]).localeCompare(String(y[1]))),
  };
}

describe("bulk import by domain groups", () => {
  it("stores what recording each row one by one stores, over many domains in one transaction", async () => {
    const texts = [
      ["filing_submitted", "Your ICP filing order was submitted for the provider's first review."],
      ["submitted_to_authority", "订单已提交管局审核，请留意工信部发送的核验短信。"],
      ["filing_approved", "备案成功，备案号：京ICP备2026000009号-1"],
      ["footer_notice", "您的网站首页底部未展示备案号，请于2026-11-18前完成整改。"],
      ["verification_code", "【工信部ICP备案】验证码：482913。请于24小时内完成核验。"],
    ] as const;
    const imported: string[] = [];
    const byHand: string[] = [];
    const lines: string[] = [];
    for (const [i, [kind, text]] of texts.entries()) {
      const a = await newDomain();
      const b = await newDomain();
      imported.push(a);
      byHand.push(b);
      const receivedAt = `2026-11-${String(10 + i).padStart(2, "0")}T02:00:00Z`;
      lines.push(`${a},${receivedAt},"${text}",${kind}`);
      await recordMessage(db.prisma, { actor: { ...actorOf(admin), label: `${admin.email} (import groups.csv)` }, input: { domain: b, receivedAt, text, kind }, now: new Date() });
    }
    const batchId = await importCsv(lines);
    await (await startImport(db.prisma, { actor: actorOf(admin), batchId, now: new Date() })).done;
    expect((await rowsOf(batchId)).map((r) => r.outcome)).toEqual(texts.map(() => "recorded"));
    for (let i = 0; i < texts.length; i++) expect(await stored(imported[i]!)).toEqual(await stored(byHand[i]!));
  });

  it("reports a row recorded meanwhile inside a group as a duplicate of that message, and records the others", async () => {
    const a = await newDomain();
    const b = await newDomain();
    const batchId = await importCsv([
      `${a},2026-11-17 08:00,Order 1 submitted,filing_submitted`,
      `${b},2026-11-17 08:00,Order 2 submitted,filing_submitted`,
      `${a},2026-11-17 09:00,Order 3 submitted,filing_submitted`,
      `${a},2026-11-17 10:00,Order 4 submitted,filing_submitted`,
    ]);
    // Recorded by someone else after the validation: the import finds it at the unique key.
    const meanwhile = await recordMessage(db.prisma, {
      actor: actorOf(admin),
      input: { domain: a, receivedAt: "2026-11-17 09:00", text: "Order 3 submitted", kind: "filing_submitted" },
      now: new Date(),
    });
    await (await startImport(db.prisma, { actor: actorOf(admin), batchId, now: new Date() })).done;
    const report = await rowsOf(batchId);
    expect(report.map((r) => r.outcome)).toEqual(["recorded", "recorded", "duplicate", "recorded"]);
    expect(report[2]).toMatchObject({ messageId: meanwhile.messageId, error: "Already recorded (same domain, received-at and text)." });
    expect(await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({
      state: "completed",
      processedRows: 4,
      recordedRows: 3,
      duplicateRows: 1,
      refusedRows: 0,
    });
    expect(await db.prisma.message.count({ where: { domain: { name: a } } })).toBe(3);
    const domainA = await db.prisma.domain.findUniqueOrThrow({ where: { name: a } });
    expect(await db.prisma.auditEvent.count({ where: { event: "message.recorded", domainId: domainA.id } })).toBe(3);
  });

  it("a batch stopped in the middle resumes exactly where it stopped", async () => {
    const names = await Promise.all(Array.from({ length: 12 }, () => newDomain()));
    const marker = unique("stop");
    const lines = Array.from({ length: 60 }, (_, i) => {
      const text = i === 45 ? `Order ${i} ${marker}` : `Order ${i} submitted`;
      return `${names[i % 12]},2026-11-${String(1 + Math.floor(i / 12)).padStart(2, "0")} 08:${String(i).padStart(2, "0")},${text},filing_submitted`;
    });
    const batchId = await importCsv(lines);
    // The database refuses one message (as a server going away would): the batch stops.
    const fn = `stop_${marker.replace(/[^a-z0-9]/gi, "")}`;
    await db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.text LIKE '%${marker}%' THEN RAISE EXCEPTION 'stopped'; END IF; RETURN NEW; END $$`,
    );
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "Message" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      await (await startImport(db.prisma, { actor: actorOf(admin), batchId, now: new Date() })).done;
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER ${fn} ON "Message"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    const stopped = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(stopped.state).toBe("failed");
    const settled = (await rowsOf(batchId)).filter((r) => r.outcome !== "valid");
    expect(stopped.processedRows).toBe(settled.length);
    expect(stopped.processedRows).toBeLessThan(60);
    // Every row settled is recorded, with its message; nothing else was written.
    expect(settled.every((r) => r.outcome === "recorded" && r.messageId)).toBe(true);
    const domainIds = (await db.prisma.domain.findMany({ where: { name: { in: names } }, select: { id: true } })).map((d) => d.id);
    expect(await db.prisma.message.count({ where: { domainId: { in: domainIds } } })).toBe(settled.length);

    await (await startImport(db.prisma, { actor: actorOf(admin), batchId, now: new Date() })).done;
    const report = await rowsOf(batchId);
    expect(report.map((r) => r.outcome)).toEqual(lines.map(() => "recorded"));
    // The rows settled before the stop kept their message; each row has its own.
    for (const row of settled) expect(report.find((r) => r.id === row.id)?.messageId).toBe(row.messageId);
    expect(new Set(report.map((r) => r.messageId)).size).toBe(60);
    expect(await db.prisma.message.count({ where: { domainId: { in: domainIds } } })).toBe(60);
    expect(await db.prisma.auditEvent.count({ where: { event: "message.recorded", domainId: { in: domainIds } } })).toBe(60);
    expect(await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ state: "completed", processedRows: 60, recordedRows: 60 });
  });
});
