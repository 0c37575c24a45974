import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { confirmInbound, findInboundItem } from "@/lib/intake/triage";

export const dynamic = "force-dynamic";

/** An agent or admin confirms a pending item's domain (and kind): it is recorded. */
export const POST = apiRoute<{ id: string }>(async (request, { caller, params }) => {
  const db = await prisma();
  // A customer learns nothing about items, not even their own, from this route.
  if (!can(caller.user.role, "inbound:triage") || !(await findInboundItem(db, caller.user, params.id))) {
    throw new AppError("not_found", "The inbound item was not found.");
  }
  const body = (await readJsonBody(request)) as { domain: string; kind?: never };
  const answer = await confirmInbound(db, { actor: caller.actor, itemId: params.id, input: body, now: new Date() });
  return NextResponse.json(answer);
});
