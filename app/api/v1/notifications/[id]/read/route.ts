import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { markRead } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

/** Marks one of the caller's notifications read; someone else's answers 404. */
export const POST = apiRoute<{ id: string }>(async (_request, { params, caller }) => {
  const result = await markRead(await prisma(), caller.user.id, params.id, new Date());
  return NextResponse.json({ id: params.id, ...result });
});
