// The transactional outbox: notification events written inside the transaction of the
// change that causes them, so a rolled-back write sends nothing and a committed one is
// never forgotten. The worker (lib/jobs/worker.ts) fans events out into deliveries.
import { randomUUID } from "node:crypto";
import { applyWrites, readDomainState, type NewNotificationEventRow } from "@/lib/db/record-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionKey as ActionKeyEnum, type ActionKey, type ActionState, type DomainStatus } from "@/lib/generated/prisma/enums";
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

/** What the outbox needs to know of the domain, as it is after re-deriving. */
export type NotifiedDomain = {
  id: string;
  name: string;
  displayName: string;
  status: DomainStatus;
  reason: string;
  reasonZh: string;
  accountId: string;
  accountName: string;
};

type LiveAction = { id: string; key: ActionKey; dueAt: Date | null; causeMessageId: string | null; state: ActionState };

// Enums sort by declaration order in PostgreSQL, as `orderBy: { key: "asc" }` did.
const KEY_RANK = new Map<string, number>(Object.values(ActionKeyEnum).map((key, i) => [key, i]));

/** Live actions caused by the message, by due date (none last), then key: the order the event lists them in. */
function actionsCausedBy(actions: readonly LiveAction[], messageId: string): LiveAction[] {
  return actions
    .filter((a) => a.causeMessageId === messageId && LIVE.includes(a.state))
    .sort(
      (a, b) =>
        (a.dueAt === null ? 1 : 0) - (b.dueAt === null ? 1 : 0) ||
        (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0) ||
        (KEY_RANK.get(a.key) ?? 0) - (KEY_RANK.get(b.key) ?? 0),
    );
}

/**
 * The outbox rows for one recorded message, from the domain and its actions as they are
 * after re-deriving (pure: recordMessage has them in memory already). One event for the
 * message when it opened (or renewed) actions; one when the status became cancelled or
 * access_cancelled; and, for an urgent action recorded already overdue, the overdue notice
 * and its escalation to support. Each event has an idempotency key, so recording the same
 * message again writes nothing new (the insert skips known keys).
 */
export function notificationEventsFor(
  domain: NotifiedDomain,
  actions: readonly LiveAction[],
  { messageId, statusBefore, now }: { messageId: string; statusBefore: DomainStatus | null; now: Date },
  createdAt: Date = new Date(),
): NewNotificationEventRow[] {
  const caused = actionsCausedBy(actions, messageId);
  const base = { accountId: domain.accountId, domainId: domain.id, domainName: domain.name, messageId, createdAt };
  const reason = { en: domain.reason, zh: domain.reasonZh };
  const events: NewNotificationEventRow[] = [];

  if (caused.length > 0) {
    const sms = caused.some((a) => a.key === "complete_sms_verification");
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
        actions: caused.map((a) => ({ id: a.id, key: a.key, dueAt: a.dueAt?.toISOString() ?? null })),
      } satisfies EventPayload,
    });
  }
  if (CANCELLED.has(domain.status) && statusBefore !== domain.status) {
    events.push({
      ...base,
      id: randomUUID(),
      key: eventKeys.status(domain.id, messageId),
      kind: "status_cancelled",
      category: "cancellation",
      urgent: true,
      payload: { domain: domain.displayName, status: domain.status, reason } satisfies EventPayload,
    });
  }
  for (const action of caused) {
    if (!action.dueAt || action.dueAt.getTime() > now.getTime()) continue;
    const payload = {
      domain: domain.displayName,
      account: domain.accountName,
      action: { id: action.id, key: action.key, dueAt: action.dueAt.toISOString() },
    } satisfies EventPayload;
    const common = { ...base, actionId: action.id, actionKey: action.key, payload };
    events.push({ ...common, id: randomUUID(), key: eventKeys.overdue(action.id, action.dueAt), kind: "overdue", category: "overdue", urgent: isUrgentActionKey(action.key) });
    if (isUrgentActionKey(action.key)) {
      events.push({ ...common, id: randomUUID(), key: eventKeys.escalation(action.id, action.dueAt), kind: "escalation", category: "escalation", urgent: true });
    }
  }
  return events;
}

/**
 * The outbox for several messages of one domain recorded together (the bulk importer),
 * inside the caller's transaction, after the domain was re-derived: one statement reads the
 * domain and its live actions, one writes every event. `statusBefore` per message decides
 * whether it announces a cancellation (give the status before the group to the last
 * message, and the status after to the others, so the change is announced once).
 */
export async function enqueueMessagesNotifications(
  tx: Tx,
  { domainId, messages, now }: { domainId: string; messages: readonly { messageId: string; statusBefore: DomainStatus | null }[]; now: Date },
): Promise<void> {
  if (messages.length === 0) return;
  const state = await readDomainState(tx, domainId);
  if (!state) throw new Error(`enqueueMessagesNotifications: the domain ${domainId} does not exist.`);
  const createdAt = new Date();
  const events = messages.flatMap((m) => notificationEventsFor(state.domain, state.actions, { ...m, now }, createdAt));
  await applyWrites(tx, { notificationEvents: events });
}

/**
 * The outbox for one recorded message, inside its transaction, after the domain was
 * re-derived (recordMessage builds the same rows in memory with notificationEventsFor).
 */
export async function enqueueDomainNotifications(
  tx: Tx,
  { domainId, messageId, statusBefore, now }: { domainId: string; messageId: string; statusBefore: DomainStatus | null; now: Date },
): Promise<void> {
  await enqueueMessagesNotifications(tx, { domainId, messages: [{ messageId, statusBefore }], now });
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
