// The daily digest: non-urgent e-mails of users who chose the digest are held (delivery
// `digest`, released at the next 09:00 China time), and at 09:00 each such user gets one
// e-mail listing them. A digest that did not run at 09:00 (no instance was up) runs at the
// next reminder pass instead: held e-mails whose time has come are the sign (digestDue).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, addHours, chinaDateString, chinaDayStart } from "@/lib/icp/time";
import { eventKeys } from "./categories";
import { renderInApp } from "./render";

/** The 09:00 China time at or before `now`: the digest a run at `now` belongs to. */
export function digestSlot(now: Date): Date {
  const at = addHours(chinaDayStart(now), 9);
  return at.getTime() > now.getTime() ? addDays(at, -1) : at;
}

const heldDue = (now: Date) => ({ digest: true, status: "pending" as const, channel: "email" as const, notBefore: { lte: now } });

/** Whether held e-mails wait for a digest that should have gone out by `now`. */
export async function digestDue(db: PrismaClient, now: Date): Promise<boolean> {
  return (await db.notificationDelivery.findFirst({ where: heldDue(now), select: { id: true } })) !== null;
}

export async function runDigest(db: PrismaClient, now: Date): Promise<{ id: string; notBefore: Date }[]> {
  const held = await db.notificationDelivery.findMany({
    where: heldDue(now),
    include: { event: true },
    orderBy: { createdAt: "asc" },
    take: 10_000,
  });
  const byUser = new Map<string, typeof held>();
  for (const d of held) if (d.userId) byUser.set(d.userId, [...(byUser.get(d.userId) ?? []), d]);
  // Named after the 09:00 it belongs to, so a late run (at 08:00 the next day, say) and the
  // next day's own digest are two e-mails, not one key.
  const day = chinaDateString(digestSlot(now));
  const created: { id: string; notBefore: Date }[] = [];
  for (const [userId, items] of byUser) {
    const result = await db.$transaction(async (tx) => {
      // This slot's digest went out already and these e-mails came after it: a digest of
      // their own, so none is marked digested without being listed.
      const slotKey = eventKeys.digest(userId, day);
      const slotTaken = (await tx.notificationEvent.count({ where: { key: slotKey } })) > 0;
      const key = slotTaken ? `${slotKey}:${items[0]!.id}` : slotKey;
      const existing = slotTaken ? await tx.notificationEvent.findUnique({ where: { key } }) : null;
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
