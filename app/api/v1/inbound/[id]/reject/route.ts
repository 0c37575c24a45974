import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { findInboundItem, rejectInbound } from "@/lib/intake/triage";

export const dynamic = "force-dynamic";

/** An agent or admin rejects a pending item with a reason; the customer sees it. */
export const POST = apiRoute<{ id: string }>(async (request, { caller, params }) => {
  const db = await prisma();
  if (!can(caller.user.role, "inbound:triage") || !(await findInboundItem(db, caller.user, params.id))) {
    throw new AppError("not_found", "The inbound item was not found.");
  }
  const body = (await readJsonBody(request)) as { reason: string };
  const answer = await rejectInbound(db, { actor: caller.actor, itemId: params.id, input: body, now: new Date() });
  return NextResponse.json(answer);
});
