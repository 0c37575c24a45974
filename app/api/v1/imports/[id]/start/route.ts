import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { startImport } from "@/lib/use-cases/import-messages";

export const dynamic = "force-dynamic";

/** Starts importing a validated file's valid rows in the background: 202 at once; poll GET /api/v1/imports/{id}. */
export const POST = apiRoute<{ id: string }>(async (_request, { params, caller }) => {
  const { batch } = await startImport(await prisma(), { actor: caller.actor, batchId: params.id, now: new Date() });
  return NextResponse.json({ import: batch }, { status: 202 });
});
