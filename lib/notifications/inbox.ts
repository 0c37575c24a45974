// The caller's own in-app notifications: list (newest first), unread count, mark read.
// Every query is scoped to the caller's user id: someone else's notification does not
// exist for them (404).
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type NotificationDto = {
  id: string;
  event: string;
  domain: string | null;
  actionKey: string | null;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
};

export async function unreadCount(db: PrismaClient, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications(
  db: PrismaClient,
  userId: string,
  { limit = 50, unreadOnly = false }: { limit?: number; unreadOnly?: boolean } = {},
): Promise<{ notifications: NotificationDto[]; unread: number }> {
  const rows = await db.notification.findMany({
    where: { userId, ...(unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 200),
    include: { event: { select: { kind: true, domainName: true, actionKey: true } } },
  });
  return {
    notifications: rows.map((n) => ({
      id: n.id,
      event: n.event.kind,
      domain: n.event.domainName,
      actionKey: n.event.actionKey,
      title: n.title,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    unread: await unreadCount(db, userId),
  };
}

export async function markRead(db: PrismaClient, userId: string, id: string, now: Date): Promise<{ unread: number }> {
  const found = await db.notification.findFirst({ where: { id, userId }, select: { readAt: true } });
  if (!found) throw new AppError("not_found", "The notification was not found.");
  if (!found.readAt) await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
  return { unread: await unreadCount(db, userId) };
}

export async function markAllRead(db: PrismaClient, userId: string, now: Date): Promise<{ updated: number; unread: number }> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return { updated: count, unread: 0 };
}
