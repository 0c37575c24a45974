// Bulk import, step 2: records a validated batch's rows in the background of the server
// process. Rows are taken in file order, a chunk at a time, grouped by domain; each
// domain's rows (up to GROUP_LIMIT) are recorded in one transaction with their outcomes
// (lib/import/record-group.ts), so a batch stopped at any point resumes exactly where it
// stopped. A group a rule refuses is recorded row by row through recordMessage, so each
// row gets its own outcome and reason.
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import { prepareMessage, recordMessage, type PreparedMessage } from "@/lib/use-cases/record-message";
import { recordDomainGroup, type GroupRow } from "./record-group";
import { settleRows, type RowOutcome } from "./report";
import { reasonOf, rowToInput, type StoredRowInput } from "./validate";

/** Rows read from the batch at a time. */
export const IMPORT_CHUNK_SIZE = 2_000;
/** Rows of one domain recorded in one transaction at most. */
export const GROUP_LIMIT = 100;
/** A batch "importing" without progress for this long is taken to be orphaned, and resumed. */
export const STALE_AFTER_MS = 60_000;

const DUPLICATE = "Already recorded (same domain, received-at and text).";
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

// Batches being imported by this process; a batch "importing" but absent here may be orphaned.
const globalRunners = globalThis as unknown as { icpImportRunners?: Map<string, Promise<void>> };
export function runners(): Map<string, Promise<void>> {
  globalRunners.icpImportRunners ??= new Map();
  return globalRunners.icpImportRunners;
}

/** The actor a batch records as: its creator, if still an admin, labelled with the file. */
async function batchActor(db: PrismaClient, batchId: string): Promise<Actor | null> {
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, include: { createdBy: true } });
  const user = batch?.createdBy;
  if (!batch || !user || user.disabledAt || !can(user.role, "messages:record")) return null;
  return { userId: user.id, label: `${user.email} (import ${batch.fileName})`, role: user.role, accountId: user.accountId };
}

/** One row through recordMessage, its outcome stored in the same step as before grouping. */
async function importRowAlone(db: PrismaClient, actor: Actor, batchId: string, row: { id: string; input: unknown }): Promise<void> {
  let outcome: RowOutcome;
  try {
    const result = await recordMessage(db, { actor, input: rowToInput(row.input as StoredRowInput), now: new Date() });
    outcome = { rowId: row.id, outcome: result.created ? "recorded" : "duplicate", messageId: result.messageId, error: result.created ? null : DUPLICATE };
  } catch (failure) {
    // A rule refusing the row refuses this row only; anything else (the database went
    // away) stops the batch, which can be resumed.
    if (!(failure instanceof AppError)) throw failure;
    outcome = { rowId: row.id, outcome: "refused", messageId: null, error: reasonOf(failure) };
  }
  await db.$transaction((tx) => settleRows(tx, batchId, [outcome]));
}

type Row = { id: string; rowNumber: number; input: unknown };

async function importChunk(db: PrismaClient, actor: Actor, batchId: string, rows: Row[]): Promise<void> {
  // Checked again as recordMessage would (time passed since the validation).
  const refused: RowOutcome[] = [];
  const byDomain = new Map<string, { row: Row; prepared: PreparedMessage }[]>();
  const now = new Date();
  for (const row of rows) {
    try {
      const prepared = prepareMessage(rowToInput(row.input as StoredRowInput), now);
      if (prepared.retractsMessageId) throw new Error("retraction");
      const list = byDomain.get(prepared.domainName) ?? [];
      list.push({ row, prepared });
      byDomain.set(prepared.domainName, list);
    } catch (failure) {
      if (failure instanceof AppError || (failure && typeof failure === "object" && "issues" in failure)) {
        refused.push({ rowId: row.id, outcome: "refused", messageId: null, error: reasonOf(failure) });
      } else {
        await importRowAlone(db, actor, batchId, row);
      }
    }
  }
  if (refused.length) await db.$transaction((tx) => settleRows(tx, batchId, refused));
  const domains = new Map(
    (await db.domain.findMany({ where: { name: { in: [...byDomain.keys()] } }, select: { id: true, name: true, accountId: true } })).map((d) => [d.name, d]),
  );
  for (const [name, entries] of byDomain) {
    const domain = domains.get(name);
    for (let i = 0; i < entries.length; i += GROUP_LIMIT) {
      const slice = entries.slice(i, i + GROUP_LIMIT);
      if (!domain) {
        const error = `The domain ${name} does not exist.`;
        await db.$transaction((tx) => settleRows(tx, batchId, slice.map(({ row }) => ({ rowId: row.id, outcome: "refused", messageId: null, error }))));
        continue;
      }
      const group: GroupRow[] = slice.map(({ row, prepared }) => ({ rowId: row.id, prepared }));
      try {
        await db.$transaction(
          async (tx) => {
            const outcomes = await recordDomainGroup(tx, actor, domain, group, new Date());
            await settleRows(tx, batchId, outcomes);
          },
          { timeout: 60_000, maxWait: 30_000 },
        );
      } catch (failure) {
        if (!(failure instanceof AppError)) throw failure;
        // A rule refused something in the group: row by row, so each row says why.
        for (const { row } of slice) await importRowAlone(db, actor, batchId, row);
      }
      // Other users' requests get the event loop and the database between groups (the
      // embedded database runs in this thread and serves one transaction at a time).
      await yieldToEventLoop();
    }
  }
}

async function runImport(db: PrismaClient, batchId: string): Promise<void> {
  try {
    const actor = await batchActor(db, batchId);
    if (!actor) {
      await db.importBatch.update({
        where: { id: batchId },
        data: { state: "failed", error: "The admin who started this import can no longer record messages.", finishedAt: new Date() },
      });
      return;
    }
    for (;;) {
      const rows = await db.importRow.findMany({
        where: { batchId, outcome: "valid" },
        orderBy: { rowNumber: "asc" },
        take: IMPORT_CHUNK_SIZE,
        select: { id: true, rowNumber: true, input: true },
      });
      if (!rows.length) break;
      await importChunk(db, actor, batchId, rows);
    }
    const batch = await db.importBatch.update({ where: { id: batchId }, data: { state: "completed", finishedAt: new Date(), error: null } });
    await writeAudit(db, {
      actor: auditActor(actor),
      event: "import.completed",
      targetType: "import_batch",
      targetId: batchId,
      after: { recordedRows: batch.recordedRows, duplicateRows: batch.duplicateRows, refusedRows: batch.refusedRows },
    });
  } catch (error) {
    console.error(`import ${batchId} stopped`, error);
    await db.importBatch
      .update({
        where: { id: batchId },
        data: { state: "failed", error: "The import stopped on an unexpected error; start it again to continue with the remaining rows.", finishedAt: new Date() },
      })
      .catch(() => undefined);
  } finally {
    runners().delete(batchId);
  }
}

/** Runs the batch in the background of this process, once. */
export function launch(db: PrismaClient, batchId: string): Promise<void> {
  const existing = runners().get(batchId);
  if (existing) return existing;
  const run = runImport(db, batchId);
  runners().set(batchId, run);
  return run;
}
