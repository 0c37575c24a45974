import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { markAllRead } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

/** Marks all of the caller's notifications read. */
export const POST = apiRoute(async (_request, { caller }) => {
  return NextResponse.json(await markAllRead(await prisma(), caller.user.id, new Date()));
});
