import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { ImportRowOutcome, PrismaClient } from "@/lib/generated/prisma/client";

export const IMPORT_ROWS_PAGE_SIZE = 100;
export const ROW_OUTCOMES: readonly ImportRowOutcome[] = ["valid", "invalid", "recorded", "duplicate", "refused"];

export async function listImportBatches(db: PrismaClient, user: Pick<CurrentUser, "role">) {
  if (!can(user.role, "messages:record")) return [];
  return db.importBatch.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    include: { createdBy: { select: { email: true } } },
  });
}

/** One batch with one page of its rows, optionally of one outcome; null when it does not exist. */
export async function findImportBatch(
  db: PrismaClient,
  user: Pick<CurrentUser, "role">,
  id: string,
  { outcome, page }: { outcome?: ImportRowOutcome; page: number },
) {
  if (!can(user.role, "messages:record")) return null;
  const batch = await db.importBatch.findUnique({ where: { id }, include: { createdBy: { select: { email: true } } } });
  if (!batch) return null;
  const where = { batchId: id, ...(outcome ? { outcome } : {}) };
  const total = await db.importRow.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / IMPORT_ROWS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.importRow.findMany({
    where,
    orderBy: { rowNumber: "asc" },
    skip: (current - 1) * IMPORT_ROWS_PAGE_SIZE,
    take: IMPORT_ROWS_PAGE_SIZE,
  });
  const counts = await db.importRow.groupBy({ by: ["outcome"], where: { batchId: id }, _count: { _all: true } });
  return {
    batch,
    rows,
    total,
    page: current,
    pageCount,
    counts: Object.fromEntries(counts.map((c) => [c.outcome, c._count._all])) as Partial<Record<ImportRowOutcome, number>>,
  };
}
