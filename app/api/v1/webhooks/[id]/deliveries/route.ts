import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { webhookDeliveries } from "@/lib/notifications/webhooks";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).optional() });

/** The webhook's deliveries, newest first, each with every attempt (outcome, response code, error). */
export const GET = apiRoute<{ id: string }>(async (request, { params, caller }) => {
  const query = ZQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json({ deliveries: await webhookDeliveries(await prisma(), caller.user, params.id, query.limit ?? 50) });
});
