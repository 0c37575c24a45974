// Bulk import, the report: each row's outcome and the batch's counts, written together
// (one statement for many rows) so that progress and the per-row report always agree.
import { Prisma, type ImportRowOutcome, type PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type RowOutcome = { rowId: string; outcome: Exclude<ImportRowOutcome, "valid" | "invalid">; messageId: string | null; error: string | null };

/**
 * Stores the outcomes of rows still "valid" and moves the batch's counters by the rows
 * this call settled (a row another runner settled first is left as it is).
 */
export async function settleRows(tx: Tx, batchId: string, outcomes: RowOutcome[]): Promise<void> {
  if (!outcomes.length) return;
  const values = Prisma.join(
    outcomes.map((o) => Prisma.sql`(${o.rowId}::text, ${o.outcome}::text, ${o.messageId}::text, ${o.error}::text)`),
  );
  const settled = await tx.$queryRaw<{ outcome: ImportRowOutcome }[]>`
    UPDATE "ImportRow" r
       SET outcome = v.outcome::"ImportRowOutcome", "messageId" = v.message_id, error = v.error
      FROM (VALUES ${values}) AS v(id, outcome, message_id, error)
     WHERE r.id = v.id AND r."batchId" = ${batchId} AND r.outcome = 'valid'
    RETURNING r.outcome::text AS outcome`;
  if (!settled.length) return;
  const count = (outcome: ImportRowOutcome) => settled.filter((s) => s.outcome === outcome).length;
  await tx.importBatch.update({
    where: { id: batchId },
    data: {
      processedRows: { increment: settled.length },
      recordedRows: { increment: count("recorded") },
      duplicateRows: { increment: count("duplicate") },
      refusedRows: { increment: count("refused") },
    },
  });
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
