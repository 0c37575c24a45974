// The transactional outbox: notification events written inside the transaction of the
// change that causes them, so a rolled-back write sends nothing and a committed one is
// never forgotten. The worker (lib/jobs/worker.ts) fans events out into deliveries.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionState, DomainStatus } from "@/lib/generated/prisma/enums";
import { isUrgentActionKey } from "@/lib/icp/urgency";
import { eventKeys } from "./categories";

type Tx = Prisma.TransactionClient;

const LIVE: readonly ActionState[] = ["open", "in_progress"];
const CANCELLED: ReadonlySet<DomainStatus> = new Set(["cancelled", "access_cancelled"]);

export type EventPayload = {
  domain: string;
  status?: DomainStatus;
  reason?: { en: string; zh: string };
  actions?: { id: string; key: string; dueAt: string | null }[];
  action?: { id: string; key: string; dueAt: string | null };
  step?: string;
  account?: string;
};

/**
 * Called once by recordMessage, inside its transaction, after the domain was re-derived.
 * Writes: one event for the message when it opened (or renewed) actions; one when the
 * status became cancelled or access_cancelled; and, for an urgent action recorded already
 * overdue, the overdue notice and its escalation to support. Each event has an
 * idempotency key, so recording the same message again writes nothing new.
 */
export async function enqueueDomainNotifications(
  tx: Tx,
  { domainId, messageId, statusBefore, now }: { domainId: string; messageId: string; statusBefore: DomainStatus | null; now: Date },
): Promise<void> {
  const domain = await tx.domain.findUniqueOrThrow({
    where: { id: domainId },
    select: { id: true, name: true, displayName: true, status: true, reason: true, reasonZh: true, accountId: true, account: { select: { name: true } } },
  });
  const actions = await tx.action.findMany({
    where: { domainId, causeMessageId: messageId, state: { in: [...LIVE] } },
    select: { id: true, key: true, dueAt: true },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { key: "asc" }],
  });
  const base = { accountId: domain.accountId, domainId, domainName: domain.name, messageId };
  const reason = { en: domain.reason, zh: domain.reasonZh };
  const events: Prisma.NotificationEventCreateManyInput[] = [];

  if (actions.length > 0) {
    const sms = actions.some((a) => a.key === "complete_sms_verification");
    events.push({
      ...base,
      id: randomUUID(),
      key: eventKeys.message(messageId),
      kind: "actions_opened",
      category: sms ? "sms_expiring" : "new_message",
      urgent: sms,
      payload: {
        domain: domain.displayName,
        status: domain.status,
        reason,
        actions: actions.map((a) => ({ id: a.id, key: a.key, dueAt: a.dueAt?.toISOString() ?? null })),
      } satisfies EventPayload,
    });
  }
  if (CANCELLED.has(domain.status) && statusBefore !== domain.status) {
    events.push({
      ...base,
      id: randomUUID(),
      key: eventKeys.status(domainId, messageId),
      kind: "status_cancelled",
      category: "cancellation",
      urgent: true,
      payload: { domain: domain.displayName, status: domain.status, reason } satisfies EventPayload,
    });
  }
  for (const action of actions) {
    if (!action.dueAt || action.dueAt.getTime() > now.getTime()) continue;
    const payload = {
      domain: domain.displayName,
      account: domain.account.name,
      action: { id: action.id, key: action.key, dueAt: action.dueAt.toISOString() },
    } satisfies EventPayload;
    const common = { ...base, actionId: action.id, actionKey: action.key, payload };
    events.push({ ...common, id: randomUUID(), key: eventKeys.overdue(action.id, action.dueAt), kind: "overdue", category: "overdue", urgent: isUrgentActionKey(action.key) });
    if (isUrgentActionKey(action.key)) {
      events.push({ ...common, id: randomUUID(), key: eventKeys.escalation(action.id, action.dueAt), kind: "escalation", category: "escalation", urgent: true });
    }
  }
  if (events.length > 0) await tx.notificationEvent.createMany({ data: events, skipDuplicates: true });
}

/**
 * Called once by updateAction, inside its transaction: an action closed (done or
 * dismissed) before its reminders went out takes its undelivered reminders with it.
 * (The worker checks again just before sending, which also covers superseded actions.)
 */
export async function onActionStateChanged(tx: Tx, { actionId, state }: { actionId: string; state: ActionState }): Promise<void> {
  if (LIVE.includes(state)) return;
  await tx.notificationDelivery.updateMany({
    where: {
      status: "pending",
      event: { actionId, kind: { in: ["reminder", "overdue", "escalation"] } },
    },
    data: { status: "skipped", lastError: `The action was ${state} before the reminder went out.` },
  });
}
