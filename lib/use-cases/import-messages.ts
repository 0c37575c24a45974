// Bulk import of messages. Two steps, as the record page: first a validation report of
// every row (nothing recorded: lib/import/validate.ts), then the import of the valid rows
// in the background of the server process (lib/import/runner.ts), grouped by domain and
// each group all-or-nothing with its rows' outcomes (lib/import/report.ts).
//
// - Verification codes are masked before a row is stored (ImportRow.input), so no code is
//   ever stored in clear, not even for a refused row.
// - Re-importing a file records nothing twice: the validation marks rows already recorded
//   as "duplicate", and the unique key (domain, received-at, text) answers the rest.
// - Progress is ImportBatch.processedRows. A batch left "importing" by a server that
//   stopped is RESUMED on the next access (the page's polling or the API), once no
//   progress was written for STALE_AFTER_MS: rows already done keep their outcome and
//   the rest are recorded.
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ImportRowOutcome, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { readImportFile } from "@/lib/import/parse-file";
import { importBatchDto, type ImportBatchDto } from "@/lib/import/report";
import { launch, runners, STALE_AFTER_MS } from "@/lib/import/runner";
import { validateImportRows } from "@/lib/import/validate";
import { auditActor, type Actor } from "./actor";
import { sha256 } from "./record-message";

export { importBatchDto, type ImportBatchDto };
export { IMPORT_CHUNK_SIZE, STALE_AFTER_MS } from "@/lib/import/runner";
export { rowToInput, validateImportRows, type StoredRowInput } from "@/lib/import/validate";

const INSERT_CHUNK = 1_000;

function requireImporter(actor: Actor): void {
  if (!can(actor.role, "messages:record")) throw new AppError("forbidden", "Only admins import messages.");
}

/** Reads and validates an uploaded file and stores the batch with its report (state "validated"). */
export async function createImportBatch(
  db: PrismaClient,
  { actor, file, now }: { actor: Actor; file: { name: string; bytes: Uint8Array; contentType: string | null }; now: Date },
): Promise<{ batchId: string; batch: ImportBatchDto }> {
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
      return { batchId: batch.id, batch: importBatchDto(batch) };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * Starts (or, after a failure, continues) importing a validated batch in the background
 * and answers at once with the batch as it now is. The returned `done` settles when the
 * import ends (tests await it; routes do not).
 */
export async function startImport(
  db: PrismaClient,
  { actor, batchId, now }: { actor: Actor; batchId: string; now: Date },
): Promise<{ done: Promise<void>; batch: ImportBatchDto }> {
  const { done } = await claimAndLaunch(db, { actor, batchId, now });
  return { done, batch: importBatchDto(await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })) };
}

async function claimAndLaunch(db: PrismaClient, { actor, batchId, now }: { actor: Actor; batchId: string; now: Date }): Promise<{ done: Promise<void> }> {
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
