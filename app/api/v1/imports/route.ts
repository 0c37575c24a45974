import { NextResponse } from "next/server";
import { readBodyBytes } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, tooLarge } from "@/lib/import/parse-file";
import { createImportBatch } from "@/lib/use-cases/import-messages";

export const dynamic = "force-dynamic";

/**
 * Uploads a CSV or JSON file of messages (the raw file as the body; `?fileName=` names
 * it) and answers 201 with the validation report's counts. Nothing is recorded yet:
 * POST /api/v1/imports/{id}/start does that.
 */
export const POST = apiRoute(async (request, { caller }) => {
  if (!can(caller.actor.role, "messages:record")) throw new AppError("forbidden", "Only admins import messages.");
  const bytes = await readBodyBytes(request, MAX_IMPORT_BYTES, tooLarge);
  const fileName = request.nextUrl.searchParams.get("fileName") ?? "upload";
  const { batch } = await createImportBatch(await prisma(), {
    actor: caller.actor,
    file: { name: fileName, bytes, contentType: request.headers.get("content-type") },
    now: new Date(),
  });
  return NextResponse.json({ import: batch }, { status: 201 });
});
