// In-app channel: the notification rows the bell counts and the notifications page lists.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SendOutcome } from "./types";

type Tx = Pick<Prisma.TransactionClient, "notification">;
export type InAppNotification = { eventId: string; userId: string; title: string; body: string };

/** Writes in the caller's transaction; unique by event and user, so a second writer changes nothing. */
export async function send(tx: Tx, notifications: InAppNotification[]): Promise<SendOutcome> {
  if (notifications.length > 0) await tx.notification.createMany({ data: notifications, skipDuplicates: true });
  return { outcome: "sent", detail: "stored" };
}
