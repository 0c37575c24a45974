import { NextResponse } from "next/server";
import { apiRoute, idempotencyScopeOf } from "@/lib/api/handler";
import { recordMessageFromRequest } from "@/lib/api/record-message-request";
import { readJsonBody } from "@/lib/api/body";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * Admins (session or API token) record a message: 201 with the message and the domain's
 * new status and actions, 200 with the original for a repeat. See README, "API".
 */
export const POST = apiRoute(async (request, { caller }) => {
  const body = await readJsonBody(request);
  const answer = await recordMessageFromRequest(await prisma(), {
    actor: caller.actor,
    body,
    idempotencyKey: request.headers.get("idempotency-key"),
    idempotencyScope: idempotencyScopeOf(caller),
    now: new Date(),
  });
  return NextResponse.json(answer.body, { status: answer.status });
});
