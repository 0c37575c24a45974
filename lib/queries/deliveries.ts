import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** How many deliveries the staff's deliveries page shows, newest first. */
export const DELIVERIES_PAGE_SIZE = 200;

/** Every outbound delivery (e-mail, webhook; not the in-app bell) with its event and its attempts, newest first; staff only. */
export async function listDeliveries(db: PrismaClient, user: Pick<CurrentUser, "role">) {
  if (!can(user.role, "accounts:review")) return [];
  return db.notificationDelivery.findMany({
    where: { channel: { not: "in_app" } },
    orderBy: { createdAt: "desc" },
    take: DELIVERIES_PAGE_SIZE,
    select: {
      id: true,
      createdAt: true,
      channel: true,
      recipient: true,
      status: true,
      event: { select: { kind: true, domainName: true } },
      log: { orderBy: { createdAt: "asc" }, select: { id: true, attempt: true, outcome: true, responseCode: true, error: true } },
    },
  });
}
