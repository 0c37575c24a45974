import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { getImportProgress, importBatchDto } from "@/lib/use-cases/import-messages";

export const dynamic = "force-dynamic";

/** An import's state and counters, for the progress display (resumes an orphaned import). */
export const GET = apiRoute<{ id: string }>(async (_request, { params, caller }) => {
  const batch = await getImportProgress(await prisma(), { actor: caller.actor, batchId: params.id, now: new Date() });
  return NextResponse.json({ import: importBatchDto(batch) });
});
