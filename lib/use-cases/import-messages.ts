// Bulk import of messages. Two steps, as the record page: first a validation report of
// every row (nothing recorded), then the import of the valid rows in the background of
// the server process, each row its own recordMessage call (all-or-nothing per row).
//
// - Verification codes are masked before a row is stored (ImportRow.input), so no code is
//   ever stored in clear, not even for a refused row.
// - Re-importing a file records nothing twice: the validation marks rows already recorded
//   as "duplicate", and recordMessage's own dedupe answers the rest.
// - Progress is ImportBatch.processedRows. A batch left "importing" by a server that
//   stopped is RESUMED on the next access (the page's polling or the API), once no
//   progress was written for STALE_AFTER_MS: rows already done keep their outcome and
//   the rest are recorded; recordMessage's dedupe makes a row interrupted mid-way safe.
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ImportRowOutcome, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { maskVerificationCodes, parseChinaTimestamp } from "@/lib/icp";
import { readImportFile, type RawImportRow } from "@/lib/import/parse-file";
import { auditActor, type Actor } from "./actor";
import { prepareMessage, recordMessage, sha256, type TRecordMessageInput } from "./record-message";

/** Rows recorded between two yields to the event loop. */
export const IMPORT_CHUNK_SIZE = 100;
/** A batch "importing" without progress for this long is taken to be orphaned, and resumed. */
export const STALE_AFTER_MS = 60_000;
const INSERT_CHUNK = 1_000;

export type StoredRowInput = {
  domain: string;
  receivedAt: string;
  text: string;
  kind: string;
  channel: string;
  deadline: string;
  /** The CSV line where the row starts; null for JSON. */
  line: number | null;
};

type ValidatedRow = { rowNumber: number; input: StoredRowInput; outcome: ImportRowOutcome; error: string | null };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function requireImporter(actor: Actor): void {
  if (!can(actor.role, "messages:record")) throw new AppError("forbidden", "Only admins import messages.");
}

/** The row as recordMessage's input; throws an AppError with the reason a row is refused. */
export function rowToInput(input: StoredRowInput): TRecordMessageInput {
  const receivedAt = input.receivedAt.trim() ? parseChinaTimestamp(input.receivedAt) : null;
  if (!input.receivedAt.trim()) throw new AppError("unprocessable", "receivedAt is empty.");
  if (!receivedAt) throw new AppError("unprocessable", `receivedAt "${input.receivedAt}" is not a date-time (e.g. 2026-11-20 10:00 or 2026-11-20T02:00:00Z).`);
  let deadline: Date | undefined;
  if (input.deadline.trim()) {
    const parsed = parseChinaTimestamp(input.deadline);
    if (!parsed) throw new AppError("unprocessable", `deadline "${input.deadline}" is not a date-time.`);
    deadline = parsed;
  }
  const kind = input.kind.trim();
  const channel = input.channel.trim();
  return {
    domain: input.domain,
    text: input.text,
    receivedAt,
    kind: (kind || undefined) as TRecordMessageInput["kind"],
    channel: (channel || undefined) as TRecordMessageInput["channel"],
    deadline,
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error && typeof error === "object" && "issues" in error) {
    // zod: an unknown kind or channel, a text over 20,000 characters, …
    const issues = (error as { issues: { path: PropertyKey[]; message: string }[] }).issues;
    return issues.map((i) => `${i.path.map(String).join(".") || "row"}: ${i.message}`).join("; ");
  }
  return "Unexpected error.";
}

function storedInput(raw: RawImportRow): StoredRowInput {
  // Masked before anything is stored: a code pasted into any column never reaches the database.
  const mask = (value: string) => maskVerificationCodes(value);
  return {
    domain: mask(raw.values.domain),
    receivedAt: raw.values.receivedAt,
    text: mask(raw.values.text),
    kind: raw.values.kind,
    channel: raw.values.channel,
    deadline: raw.values.deadline,
    line: raw.line,
  };
}

/** Validates every row against the rules and the database; writes nothing. */
export async function validateImportRows(db: PrismaClient, rows: RawImportRow[], now: Date): Promise<ValidatedRow[]> {
  const prepared: { row: ValidatedRow; domain?: string; receivedAt?: Date; textHash?: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]!;
    const input = storedInput(raw);
    const row: ValidatedRow = { rowNumber: raw.rowNumber, input, outcome: "valid", error: null };
    if (raw.shapeError) {
      prepared.push({ row: { ...row, outcome: "invalid", error: raw.shapeError } });
    } else {
      try {
        // Classified from the text as uploaded: once masked, a code SMS no longer reads as one.
        // The kind and deadline found are kept with the row, so the import records exactly them.
        const message = prepareMessage(rowToInput({ ...input, text: raw.values.text }), now);
        row.input = { ...input, kind: message.kind, deadline: message.deadline?.toISOString() ?? "" };
        prepared.push({ row, domain: message.domainName, receivedAt: message.receivedAt, textHash: message.textHash });
      } catch (error) {
        prepared.push({ row: { ...row, outcome: "invalid", error: reasonOf(error) } });
      }
    }
    // Classifying 10,000 texts takes a while: let other requests run in between.
    if (i % 500 === 499) await yieldToEventLoop();
  }

  const names = [...new Set(prepared.flatMap((p) => (p.domain ? [p.domain] : [])))];
  const domains = new Map<string, string>();
  for (let i = 0; i < names.length; i += INSERT_CHUNK) {
    const found = await db.domain.findMany({ where: { name: { in: names.slice(i, i + INSERT_CHUNK) } }, select: { id: true, name: true } });
    for (const d of found) domains.set(d.name, d.id);
  }
  // Messages already recorded, looked up by text hash (indexed with domain and time).
  const hashes = [...new Set(prepared.flatMap((p) => (p.textHash && p.domain && domains.has(p.domain) ? [p.textHash] : [])))];
  const recorded = new Set<string>();
  for (let i = 0; i < hashes.length; i += INSERT_CHUNK) {
    const found = await db.message.findMany({
      where: { textHash: { in: hashes.slice(i, i + INSERT_CHUNK) }, domainId: { in: [...new Set(domains.values())] } },
      select: { domainId: true, receivedAt: true, textHash: true },
    });
    for (const m of found) recorded.add(`${m.domainId}|${m.receivedAt.getTime()}|${m.textHash}`);
  }

  const seenInFile = new Map<string, number>();
  return prepared.map(({ row, domain, receivedAt, textHash }) => {
    if (row.outcome !== "valid" || !domain || !receivedAt || !textHash) return row;
    const domainId = domains.get(domain);
    if (!domainId) return { ...row, outcome: "invalid", error: `The domain ${domain} does not exist. Add it on the Domains page first.` };
    const key = `${domainId}|${receivedAt.getTime()}|${textHash}`;
    if (recorded.has(key)) return { ...row, outcome: "duplicate", error: "Already recorded (same domain, received-at and text)." };
    const earlier = seenInFile.get(key);
    if (earlier !== undefined) return { ...row, outcome: "duplicate", error: `Same message as row ${earlier}.` };
    seenInFile.set(key, row.rowNumber);
    return row;
  });
}

/** Reads and validates an uploaded file and stores the batch with its report (state "validated"). */
export async function createImportBatch(
  db: PrismaClient,
  { actor, file, now }: { actor: Actor; file: { name: string; bytes: Uint8Array; contentType: string | null }; now: Date },
): Promise<{ batchId: string }> {
  requireImporter(actor);
  const fileName = file.name.trim().slice(0, 200) || "upload";
  const { format, rows: raw } = readImportFile(file.bytes, fileName, file.contentType);
  const rows = await validateImportRows(db, raw, now);
  const count = (outcome: ImportRowOutcome) => rows.filter((r) => r.outcome === outcome).length;
  return db.$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({
        data: {
          createdById: actor.userId,
          fileName,
          format,
          fileHash: sha256(Buffer.from(file.bytes).toString("base64")),
          state: "validated",
          totalRows: rows.length,
          validRows: count("valid"),
          duplicateRows: count("duplicate"),
          refusedRows: count("invalid"),
        },
      });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await tx.importRow.createMany({
          data: rows.slice(i, i + INSERT_CHUNK).map((r) => ({
            batchId: batch.id,
            rowNumber: r.rowNumber,
            input: r.input as unknown as Prisma.InputJsonValue,
            outcome: r.outcome,
            error: r.error,
          })),
        });
      }
      await writeAudit(tx, {
        actor: auditActor(actor),
        event: "import.validated",
        targetType: "import_batch",
        targetId: batch.id,
        after: { fileName, format, totalRows: rows.length, validRows: batch.validRows, duplicateRows: batch.duplicateRows, invalidRows: batch.refusedRows },
      });
      return { batchId: batch.id };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

// Batches being imported by this process; a batch "importing" but absent here may be orphaned.
const globalRunners = globalThis as unknown as { icpImportRunners?: Map<string, Promise<void>> };
function runners(): Map<string, Promise<void>> {
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

/** Records one row and stores its outcome; the counters move only if this call settled the row. */
async function importRow(db: PrismaClient, actor: Actor, row: { id: string; batchId: string; input: unknown }): Promise<void> {
  let outcome: ImportRowOutcome;
  let messageId: string | null = null;
  let error: string | null = null;
  try {
    const result = await recordMessage(db, { actor, input: rowToInput(row.input as StoredRowInput), now: new Date() });
    outcome = result.created ? "recorded" : "duplicate";
    messageId = result.messageId;
    if (!result.created) error = "Already recorded (same domain, received-at and text).";
  } catch (failure) {
    // A rule refusing the row (the domain was removed, …) refuses this row only; anything
    // else (the database went away) stops the batch, which can be resumed.
    if (!(failure instanceof AppError)) throw failure;
    outcome = "refused";
    error = reasonOf(failure);
  }
  await db.$transaction(async (tx) => {
    const settled = await tx.importRow.updateMany({ where: { id: row.id, outcome: "valid" }, data: { outcome, messageId, error } });
    if (settled.count === 0) return;
    await tx.importBatch.update({
      where: { id: row.batchId },
      data: {
        processedRows: { increment: 1 },
        ...(outcome === "recorded" ? { recordedRows: { increment: 1 } } : {}),
        ...(outcome === "duplicate" ? { duplicateRows: { increment: 1 } } : {}),
        ...(outcome === "refused" ? { refusedRows: { increment: 1 } } : {}),
      },
    });
  });
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
        select: { id: true, batchId: true, input: true },
      });
      if (!rows.length) break;
      for (const row of rows) {
        await importRow(db, actor, row);
        // After every row, other users' requests get the event loop and the database: the
        // embedded database runs in this thread and serves one transaction at a time, so
        // yielding only between chunks kept the domain list waiting ~1 s (docs/benchmarks.md).
        await yieldToEventLoop();
      }
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

function launch(db: PrismaClient, batchId: string): Promise<void> {
  const existing = runners().get(batchId);
  if (existing) return existing;
  const run = runImport(db, batchId);
  runners().set(batchId, run);
  return run;
}

/**
 * Starts (or, after a failure, continues) importing a validated batch in the background
 * and answers at once. The returned `done` settles when the import ends (tests await it;
 * routes do not).
 */
export async function startImport(
  db: PrismaClient,
  { actor, batchId, now }: { actor: Actor; batchId: string; now: Date },
): Promise<{ done: Promise<void> }> {
  requireImporter(actor);
  const batch = await db.importBatch.findUnique({ where: { id: batchId } });
  if (!batch) throw new AppError("not_found", "The import was not found.");
  if (batch.state === "importing") return { done: runners().get(batchId) ?? Promise.resolve() };
  if (batch.state === "completed") throw new AppError("conflict", "This import has already run. Upload the file again to re-check it.");
  // Only one caller moves the batch to "importing".
  const claimed = await db.importBatch.updateMany({
    where: { id: batchId, state: batch.state },
    data: { state: "importing", startedAt: batch.startedAt ?? now, finishedAt: null, error: null },
  });
  if (claimed.count === 0) return { done: runners().get(batchId) ?? Promise.resolve() };
  await writeAudit(db, {
    actor: auditActor(actor),
    event: "import.started",
    targetType: "import_batch",
    targetId: batchId,
    after: { validRows: batch.validRows, processedRows: batch.processedRows },
  });
  return { done: launch(db, batchId) };
}

/**
 * A batch's state for the progress display. A batch "importing" that nobody advanced for
 * STALE_AFTER_MS and that this process is not running was left by a stopped server: it is
 * resumed here (one caller wins the claim; others see it running).
 */
export async function getImportProgress(db: PrismaClient, { actor, batchId, now }: { actor: Actor; batchId: string; now: Date }) {
  requireImporter(actor);
  let batch = await db.importBatch.findUnique({ where: { id: batchId } });
  if (!batch) throw new AppError("not_found", "The import was not found.");
  if (batch.state === "importing" && !runners().has(batchId) && now.getTime() - batch.updatedAt.getTime() >= STALE_AFTER_MS) {
    const claimed = await db.importBatch.updateMany({ where: { id: batchId, state: "importing", updatedAt: batch.updatedAt }, data: { updatedAt: now } });
    if (claimed.count === 1) {
      void launch(db, batchId);
      batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    }
  }
  return batch;
}

export type ImportBatchDto = ReturnType<typeof importBatchDto>;
export function importBatchDto(batch: NonNullable<Awaited<ReturnType<PrismaClient["importBatch"]["findUnique"]>>>) {
  return {
    id: batch.id,
    fileName: batch.fileName,
    format: batch.format,
    state: batch.state,
    totalRows: batch.totalRows,
    validRows: batch.validRows,
    processedRows: batch.processedRows,
    recordedRows: batch.recordedRows,
    duplicateRows: batch.duplicateRows,
    refusedRows: batch.refusedRows,
    error: batch.error,
    createdAt: batch.createdAt.toISOString(),
    startedAt: batch.startedAt?.toISOString() ?? null,
    finishedAt: batch.finishedAt?.toISOString() ?? null,
  };
}
