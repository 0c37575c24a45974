// The daily digest: non-urgent e-mails of users who chose the digest are held (delivery
// `digest`), and at 09:00 China time each such user gets one e-mail listing them.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { chinaDateString } from "@/lib/icp/time";
import { eventKeys } from "./categories";
import { renderInApp } from "./render";

export async function runDigest(db: PrismaClient, now: Date): Promise<{ id: string; notBefore: Date }[]> {
  const held = await db.notificationDelivery.findMany({
    where: { digest: true, status: "pending", channel: "email", notBefore: { lte: now } },
    include: { event: true },
    orderBy: { createdAt: "asc" },
    take: 10_000,
  });
  const byUser = new Map<string, typeof held>();
  for (const d of held) if (d.userId) byUser.set(d.userId, [...(byUser.get(d.userId) ?? []), d]);
  const day = chinaDateString(now);
  const created: { id: string; notBefore: Date }[] = [];
  for (const [userId, items] of byUser) {
    const result = await db.$transaction(async (tx) => {
      const key = eventKeys.digest(userId, day);
      const existing = await tx.notificationEvent.findUnique({ where: { key } });
      const eventId = existing?.id ?? randomUUID();
      if (!existing) {
        await tx.notificationEvent.create({
          data: {
            id: eventId,
            key,
            kind: "digest",
            category: "reminder",
            urgent: false,
            dispatchedAt: now,
            payload: {
              domain: "",
              items: items.map((d) => ({ eventId: d.eventId, title: { en: renderInApp(d.event, "en").title, zh: renderInApp(d.event, "zh-CN").title } })),
            },
          },
        });
      }
      await tx.notificationDelivery.updateMany({ where: { id: { in: items.map((d) => d.id) }, status: "pending" }, data: { status: "digested" } });
      const delivery = await tx.notificationDelivery.upsert({
        where: { eventId_recipient_channel: { eventId, recipient: `user:${userId}`, channel: "email" } },
        create: { eventId, channel: "email", recipient: `user:${userId}`, userId, status: "pending", notBefore: now },
        update: {},
        select: { id: true, notBefore: true, status: true },
      });
      return delivery.status === "pending" ? delivery : null;
    });
    if (result) created.push({ id: result.id, notBefore: result.notBefore });
  }
  return created;
}
