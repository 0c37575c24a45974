import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { listNotifications } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  unread: z.enum(["1", "true", "0", "false"]).optional(),
});

/** The caller's own notifications, newest first, and their unread count. */
export const GET = apiRoute(async (request, { caller }) => {
  const query = ZQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const result = await listNotifications(await prisma(), caller.user.id, {
    limit: query.limit ?? 50,
    unreadOnly: query.unread === "1" || query.unread === "true",
  });
  return NextResponse.json(result);
});
