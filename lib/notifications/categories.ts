// Event categories, the reminder ladder and who may switch what off. Pure: no database.
import type { DeliveryChannel, NotificationCategory, WebhookKind } from "@/lib/generated/prisma/enums";

export const CATEGORIES = ["new_message", "reminder", "sms_expiring", "overdue", "cancellation", "escalation"] as const satisfies readonly NotificationCategory[];

/** Urgent categories: at least one channel stays on; quiet hours and the digest do not hold them. */
export const URGENT_CATEGORIES: ReadonlySet<NotificationCategory> = new Set(["sms_expiring", "cancellation", "escalation"]);

/** What an account's webhook posts to: a generic signed JSON endpoint or one of the chat bots (one file each in channels/). */
export const WEBHOOK_KINDS = ["generic", "wecom", "dingtalk", "feishu"] as const satisfies readonly WebhookKind[];

/** The channels a person chooses per category (webhooks belong to the account, not a person). */
export const PERSON_CHANNELS = ["in_app", "email"] as const satisfies readonly DeliveryChannel[];
export type PersonChannel = (typeof PERSON_CHANNELS)[number];

export function isUrgentCategory(category: NotificationCategory): boolean {
  return URGENT_CATEGORIES.has(category);
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type LadderStep = { step: string; beforeMs: number };

/**
 * Reminders before a due date: 12 h and 2 h before an SMS verification runs out (it has
 * 24 h); 7 days and 1 day before every other deadline (the PSB filing's 30 days, a
 * rectification's or a footer notice's stated date). Research §1.4 and §7.
 */
export const SMS_LADDER: readonly LadderStep[] = [
  { step: "12h", beforeMs: 12 * HOUR_MS },
  { step: "2h", beforeMs: 2 * HOUR_MS },
];
export const DEADLINE_LADDER: readonly LadderStep[] = [
  { step: "7d", beforeMs: 7 * DAY_MS },
  { step: "1d", beforeMs: DAY_MS },
];



/** Idempotency keys: one event per cause, whichever worker or instance produces it. */
export const eventKeys = {
  message: (messageId: string) => `message:${messageId}`,
  status: (domainId: string, messageId: string) => `status:${domainId}:${messageId}`,
  reminder: (actionId: string, dueAt: Date, step: string) => `reminder:${actionId}:${dueAt.getTime()}:${step}`,
  overdue: (actionId: string, dueAt: Date) => `overdue:${actionId}:${dueAt.getTime()}`,
  escalation: (actionId: string, dueAt: Date) => `escalation:${actionId}:${dueAt.getTime()}`,
  digest: (userId: string, day: string) => `digest:${userId}:${day}`,
};
