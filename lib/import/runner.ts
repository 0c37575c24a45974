// Bulk import, step 2: records a validated batch's rows in the background of the server
// process. Rows are taken in file order, a chunk at a time, grouped by domain (up to
// GROUP_LIMIT rows a group); several domains' groups are recorded in one transaction
// together with their rows' outcomes (lib/import/record-group.ts), so a batch stopped at
// any point resumes exactly where it stopped. How many domains go into one transaction
// adapts to a time budget (Pace): short on the embedded database, which serves one
// transaction at a time in this thread. A transaction a rule refuses is retried domain by
// domain, and a domain a rule refuses row by row through recordMessage, so each row gets
// its own outcome and reason.
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { performance } from "node:perf_hooks";
import { resolveDatabaseTarget } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import { recordMessage } from "@/lib/use-cases/record-message";
import { prepareImportRow, type ImportMessage } from "./prepare-row";
import { recordDomainGroups, type DomainGroup } from "./record-group";
import { settleRows, type RowOutcome } from "./report";
import { reasonOf, rowToInput, type StoredRowInput } from "./validate";

/** Rows read from the batch at a time. */
export const IMPORT_CHUNK_SIZE = 2_000;
/** Rows of one domain recorded in one transaction at most. */
export const GROUP_LIMIT = 100;
/** Rows prepared between two yields to the event loop. */
const PREPARE_SLICE = 200;
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

/** Rows recorded in one transaction at most (whole domain groups; one group may be more). */
export const TRANSACTION_ROWS = 500;
/** Domains recorded in one transaction at most. */
export const TRANSACTION_DOMAINS = 64;

/**
 * How many domains go into the next transaction: doubled while transactions stay well
 * under the budget, halved when one took longer. The embedded database serves one
 * transaction at a time in this thread, so there a transaction must stay short: another
 * user's query waits for the one running (PostgreSQL serves them on other connections).
 */
export class Pace {
  domains = 4;
  constructor(
    readonly budgetMs: number = resolveDatabaseTarget().kind === "pglite" ? 40 : 250,
    /**
     * The pause after a transaction, as a share of the time it took. An import runs in the
     * server's thread: without pauses it takes every turn of the event loop, and every other
     * user's request waits behind it at each of its own steps (its queries, its rendering).
     * Pausing a third of the time lets those requests run at once, for a third of the import's speed.
     */
    readonly restRatio = 0.5,
  ) {}
  after(ms: number): void {
    if (ms > this.budgetMs) this.domains = Math.max(1, Math.floor(this.domains / 2));
    else if (ms < this.budgetMs / 2) this.domains = Math.min(TRANSACTION_DOMAINS, this.domains * 2);
  }
  /** How long to leave the server to other requests after a transaction that took `ms`. */
  rest(ms: number): number {
    return Math.min(this.budgetMs, ms * this.restRatio);
  }
}

/** One transaction: the groups' rows recorded and their outcomes settled together. */
async function recordGroups(db: PrismaClient, actor: Actor, batchId: string, groups: DomainGroup[], rowsById: Map<string, Row>): Promise<void> {
  try {
    await db.$transaction(
      async (tx) => {
        const outcomes = await recordDomainGroups(tx, actor, groups, new Date());
        await settleRows(tx, batchId, outcomes);
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  } catch (failure) {
    if (!(failure instanceof AppError)) throw failure;
    // A rule refused something: each domain on its own, then that domain's rows one by
    // one, so each row says why.
    if (groups.length > 1) {
      for (const group of groups) await recordGroups(db, actor, batchId, [group], rowsById);
      return;
    }
    for (const { rowId } of groups[0]!.rows) await importRowAlone(db, actor, batchId, rowsById.get(rowId)!);
  }
}

async function importChunk(db: PrismaClient, actor: Actor, batchId: string, rows: Row[], pace: Pace): Promise<void> {
  // Checked again as recordMessage would (time passed since the validation), without
  // classifying the texts again (lib/import/prepare-row.ts).
  const refused: RowOutcome[] = [];
  const byDomain = new Map<string, { row: Row; prepared: ImportMessage }[]>();
  const now = new Date();
  for (const [i, row] of rows.entries()) {
    // Other users' requests get the event loop while a chunk is prepared.
    if (i % PREPARE_SLICE === PREPARE_SLICE - 1) await yieldToEventLoop();
    try {
      const prepared = prepareImportRow(row.input as StoredRowInput, now);
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
  const domains = new Map(
    (await db.domain.findMany({ where: { name: { in: [...byDomain.keys()] } }, select: { id: true, name: true, accountId: true } })).map((d) => [d.name, d]),
  );
  const groups: DomainGroup[] = [];
  for (const [name, entries] of byDomain) {
    const domain = domains.get(name);
    if (!domain) {
      const error = `The domain ${name} does not exist.`;
      refused.push(...entries.map(({ row }): RowOutcome => ({ rowId: row.id, outcome: "refused", messageId: null, error })));
      continue;
    }
    for (let i = 0; i < entries.length; i += GROUP_LIMIT) {
      groups.push({ domain, rows: entries.slice(i, i + GROUP_LIMIT).map(({ row, prepared }) => ({ rowId: row.id, prepared })) });
    }
  }
  if (refused.length) await db.$transaction((tx) => settleRows(tx, batchId, refused));
  const rowsById = new Map(rows.map((r) => [r.id, r]));
  // Transactions of many rows: whole domain groups, each domain at most once in one.
  for (let i = 0; i < groups.length; ) {
    const take: DomainGroup[] = [];
    const domainsTaken = new Set<string>();
    let size = 0;
    while (i < groups.length && take.length < pace.domains && !domainsTaken.has(groups[i]!.domain.id) && (!take.length || size + groups[i]!.rows.length <= TRANSACTION_ROWS)) {
      const group = groups[i++]!;
      take.push(group);
      domainsTaken.add(group.domain.id);
      size += group.rows.length;
    }
    const started = performance.now();
    await recordGroups(db, actor, batchId, take, rowsById);
    const took = performance.now() - started;
    pace.after(took);
    // Other users' requests get the event loop and the database between transactions (the
    // embedded database runs in this thread and serves one transaction at a time).
    await new Promise<void>((resolve) => setTimeout(resolve, pace.rest(took)));
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
    const pace = new Pace();
    for (;;) {
      const rows = await db.importRow.findMany({
        where: { batchId, outcome: "valid" },
        orderBy: { rowNumber: "asc" },
        take: IMPORT_CHUNK_SIZE,
        select: { id: true, rowNumber: true, input: true },
      });
      if (!rows.length) break;
      await importChunk(db, actor, batchId, rows, pace);
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
