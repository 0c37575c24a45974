// Fans pending outbox events out into deliveries: one per recipient and channel, by the
// recipients' preferences. In-app notifications are written right here (they are rows in
// the same database); e-mails and webhooks become pending deliveries that the deliver job
// sends. Events are claimed with FOR UPDATE SKIP LOCKED and deliveries are unique by
// (event, recipient, channel), so any number of workers fan each event out once.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { NotificationCategory, Role } from "@/lib/generated/prisma/enums";
import { addDays, addHours, chinaDayStart } from "@/lib/icp/time";
import { CATEGORIES, isUrgentCategory } from "./categories";
import * as inApp from "./channels/in-app";
import { preferencesFrom, quietHoursRelease, type Preferences } from "./preferences";
import { renderInApp } from "./render";

const ACTION_KINDS = new Set(["reminder", "overdue", "escalation"]);
const LIVE = new Set(["open", "in_progress"]);

export type DispatchResult = { events: number; deliveries: { id: string; notBefore: Date }[] };

/** The next 09:00 China time after `now`: when the daily digest goes out. */
export function nextDigestTime(now: Date): Date {
  const at = addHours(chinaDayStart(now), 9);
  return at.getTime() <= now.getTime() ? addDays(at, 1) : at;
}

type Recipient = { id: string; email: string; role: Role; accountId: string | null; prefs: Preferences };

export async function dispatchPendingEvents(db: PrismaClient, now: Date, limit = 200): Promise<DispatchResult> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "NotificationEvent" WHERE "dispatchedAt" IS NULL ORDER BY "createdAt" LIMIT $1 FOR UPDATE SKIP LOCKED`,
        limit,
      );
      if (claimed.length === 0) return { events: 0, deliveries: [] };
      const events = await tx.notificationEvent.findMany({ where: { id: { in: claimed.map((c) => c.id) } }, orderBy: { createdAt: "asc" } });

      const accountIds = [...new Set(events.map((e) => e.accountId).filter((id): id is string => !!id))];
      const needStaff = events.some((e) => e.kind === "escalation");
      const users = await tx.user.findMany({
        where: {
          disabledAt: null,
          OR: [{ role: "customer", accountId: { in: accountIds } }, ...(needStaff ? [{ role: { in: ["agent", "admin"] as Role[] } }] : [])],
        },
        select: { id: true, email: true, role: true, accountId: true },
      });
      const prefRows = await tx.notificationPreference.findMany({ where: { userId: { in: users.map((u) => u.id) } } });
      const prefsByUser = new Map(prefRows.map((p) => [p.userId, p]));
      const recipients: Recipient[] = users.map((u) => ({ ...u, prefs: preferencesFrom(prefsByUser.get(u.id)) }));
      const agents = recipients.filter((r) => r.role === "agent");
      // Escalations go to support agents; a deployment without agents escalates to its admins.
      const escalationTo = agents.length > 0 ? agents : recipients.filter((r) => r.role === "admin");

      const webhooks = await tx.webhook.findMany({ where: { accountId: { in: accountIds } }, select: { id: true, accountId: true, events: true } });
      const actionIds = events.filter((e) => e.actionId && ACTION_KINDS.has(e.kind)).map((e) => e.actionId!);
      const actions = actionIds.length
        ? await tx.action.findMany({ where: { id: { in: actionIds } }, select: { id: true, state: true, dueAt: true } })
        : [];
      const actionById = new Map(actions.map((a) => [a.id, a]));

      const deliveries: Prisma.NotificationDeliveryCreateManyInput[] = [];
      const inAppRows: { eventId: string; userId: string; title: string; body: string }[] = [];
      for (const event of events) {
        // A reminder for an action closed (done, dismissed, superseded) or moved since: nothing.
        if (event.actionId && ACTION_KINDS.has(event.kind)) {
          const action = actionById.get(event.actionId);
          const dueMs = Number(event.key.split(":")[2]);
          if (!action || !LIVE.has(action.state) || action.dueAt?.getTime() !== dueMs) continue;
        }
        const category = event.category as NotificationCategory;
        const urgent = event.urgent || isUrgentCategory(category);
        const people =
          event.kind === "escalation" ? escalationTo : recipients.filter((r) => r.role === "customer" && r.accountId === event.accountId);
        for (const person of people) {
          const channels = person.prefs.channels[category] ?? [];
          if (channels.includes("in_app")) {
            const text = renderInApp(event, person.prefs.locale);
            inAppRows.push({ eventId: event.id, userId: person.id, ...text });
            deliveries.push({
              eventId: event.id,
              channel: "in_app",
              recipient: `user:${person.id}`,
              userId: person.id,
              status: "sent",
              attempts: 1,
              sentAt: now,
              notBefore: now,
            });
          }
          if (channels.includes("email")) {
            const digest = !urgent && person.prefs.digest;
            deliveries.push({
              eventId: event.id,
              channel: "email",
              recipient: `user:${person.id}`,
              userId: person.id,
              status: "pending",
              digest,
              notBefore: digest ? nextDigestTime(now) : urgent ? now : quietHoursRelease(person.prefs, now),
            });
          }
        }
        if (event.kind !== "escalation") {
          for (const hook of webhooks) {
            if (hook.accountId !== event.accountId) continue;
            if (hook.events.length > 0 && !hook.events.includes(category)) continue;
            deliveries.push({ eventId: event.id, channel: "webhook", recipient: `webhook:${hook.id}`, webhookId: hook.id, status: "pending", notBefore: now });
          }
        }
      }
      await inApp.send(tx, inAppRows);
      if (deliveries.length > 0) await tx.notificationDelivery.createMany({ data: deliveries, skipDuplicates: true });
      await tx.notificationEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { dispatchedAt: now } });
      const pending = await tx.notificationDelivery.findMany({
        where: { eventId: { in: events.map((e) => e.id) }, status: "pending", digest: false },
        select: { id: true, notBefore: true },
      });
      return { events: events.length, deliveries: pending };
    },
    { timeout: 60_000 },
  );
}

export { CATEGORIES };
