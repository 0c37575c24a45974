// Sends one pending delivery (an e-mail or a webhook call) and logs the attempt. Called
// by the deliver job; safe to call twice for the same delivery at once (two workers, a
// retried job): the claim is one conditional UPDATE, so only one caller sends, and a
// delivery already sent is left alone.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import * as dingtalk from "./channels/dingtalk";
import * as email from "./channels/email";
import * as feishu from "./channels/feishu";
import type { WebhookMessage } from "./channels/payload";
import type { SendOutcome } from "./channels/types";
import * as generic from "./channels/webhook-generic";
import * as wecom from "./channels/wecom";
import { preferencesFrom } from "./preferences";
import { dashboardUrl, renderInApp, renderNotification } from "./render";

/** Attempts before a delivery is given up as failed (pg-boss retries in between, with backoff). */
export const MAX_ATTEMPTS = 6;
/** How long a claimed delivery stays locked; a worker that crashed mid-send is retried after it. */
const LOCK_MS = 2 * 60_000;
const ACTION_KINDS = new Set(["reminder", "overdue", "escalation"]);

export type DeliverResult = "sent" | "retry" | "failed" | "skipped" | "not_claimed";

export class RetryableDeliveryError extends Error {}

/**
 * `log` hears of every attempt that did not send (the SMTP server's or webhook's answer), so
 * the server's own log says why e-mails do not arrive, not only the delivery log page.
 */
export async function deliver(db: PrismaClient, deliveryId: string, now: Date, log?: (message: string) => void): Promise<DeliverResult> {
  const claimed = await db.notificationDelivery.updateMany({
    where: {
      id: deliveryId,
      digest: false,
      notBefore: { lte: now },
      OR: [{ status: "pending", OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] }, { status: "sending", lockedUntil: { lt: now } }],
    },
    data: { status: "sending", lockedUntil: new Date(now.getTime() + LOCK_MS), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return "not_claimed";
  const delivery = await db.notificationDelivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { event: true, webhook: true } });
  const { event } = delivery;

  // Nothing is sent for an action done, dismissed or superseded (or re-dated) by now.
  if (event.actionId && ACTION_KINDS.has(event.kind)) {
    const action = await db.action.findUnique({ where: { id: event.actionId }, select: { state: true, dueAt: true } });
    const dueMs = Number(event.key.split(":")[2]);
    if (!action || (action.state !== "open" && action.state !== "in_progress") || action.dueAt?.getTime() !== dueMs) {
      await db.notificationDelivery.update({
        where: { id: deliveryId },
        data: { status: "skipped", lockedUntil: null, lastError: `The action is ${action?.state ?? "gone"}; not sent.` },
      });
      return "skipped";
    }
  }

  const started = Date.now();
  let result: SendOutcome;
  if (delivery.channel === "email") {
    result = await sendEmail(db, delivery.id, delivery.userId, event);
  } else if (delivery.channel === "webhook" && delivery.webhook) {
    result = await sendWebhook(delivery.webhook, event, now);
  } else {
    result = { outcome: "refused", error: "The recipient no longer exists." };
  }
  const durationMs = Date.now() - started;
  const attempt = delivery.attempts;
  const giveUp = result.outcome === "refused" || (result.outcome === "failed" && attempt >= MAX_ATTEMPTS);
  const status = result.outcome === "sent" ? "sent" : giveUp ? "failed" : "pending";
  const error = result.outcome === "sent" ? null : result.error.slice(0, 1000);
  await db.$transaction([
    db.deliveryAttempt.create({
      data: { deliveryId, attempt, outcome: result.outcome, responseCode: result.responseCode ?? null, error, durationMs },
    }),
    db.notificationDelivery.update({
      where: { id: deliveryId },
      data: {
        status,
        lockedUntil: null,
        lastResponseCode: result.responseCode ?? null,
        lastError: error,
        ...(status === "sent" ? { sentAt: new Date() } : {}),
      },
    }),
  ]);
  if (status !== "sent") {
    const target = delivery.channel === "webhook" ? `webhook ${delivery.webhook?.url.replace(/\?.*$/, "?…") ?? delivery.recipient}` : `${delivery.channel} to ${delivery.recipient}`;
    const next = status === "pending" ? `; retried (attempt ${attempt} of ${MAX_ATTEMPTS})` : `; given up after attempt ${attempt}`;
    log?.(`delivery ${deliveryId} (${target}, event ${event.kind} ${event.domainName ?? ""}) ${result.outcome}: ${error}${next}`);
  }
  if (status === "pending") throw new RetryableDeliveryError(`Delivery ${deliveryId} attempt ${attempt} failed: ${error}`);
  return status === "sent" ? "sent" : "failed";
}

type EventRow = Awaited<ReturnType<PrismaClient["notificationEvent"]["findUniqueOrThrow"]>>;

async function sendEmail(db: PrismaClient, deliveryId: string, userId: string | null, event: EventRow): Promise<SendOutcome> {
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } }) : null;
  if (!user || user.disabledAt) return { outcome: "refused", error: "The recipient is disabled or gone." };
  const prefs = preferencesFrom(await db.notificationPreference.findUnique({ where: { userId: userId! } }));
  const locale: Locale = isLocale(prefs.locale) ? prefs.locale : "en";
  const rendered = renderNotification(event, locale);
  return email.send(db, { deliveryId, eventId: event.id, to: user.email, locale, subject: rendered.title, text: rendered.body, html: rendered.html });
}

export function webhookMessage(event: EventRow): WebhookMessage {
  return {
    eventId: event.id,
    event: event.kind,
    category: event.category,
    urgent: event.urgent,
    domain: event.domainName,
    actionKey: event.actionKey,
    url: dashboardUrl(event.domainName),
    createdAt: event.createdAt.toISOString(),
    en: renderInApp(event, "en"),
    zh: renderInApp(event, "zh-CN"),
  };
}

async function sendWebhook(hook: { id: string; url: string; kind: string; secret: string | null }, event: EventRow, now: Date): Promise<SendOutcome> {
  const message = webhookMessage(event);
  const target = { id: hook.id, url: hook.url, secret: hook.secret };
  switch (hook.kind) {
    case "wecom":
      return wecom.send(target, message);
    case "dingtalk":
      return dingtalk.send(target, message, now);
    case "feishu":
      return feishu.send(target, message, now);
    default:
      return generic.send(target, message, now);
  }
}

/**
 * Deliveries whose job may have been lost (the process stopped between writing them and
 * queueing their job, or crashed mid-send): pending and due for a while, or locked by a
 * claim that expired. The scheduled pass queues a job for each again; the claim makes a
 * duplicate job harmless.
 */
export async function strandedDeliveries(db: PrismaClient, now: Date, limit = 1000): Promise<{ id: string; notBefore: Date }[]> {
  const stale = new Date(now.getTime() - 5 * 60_000);
  return db.notificationDelivery.findMany({
    where: {
      digest: false,
      OR: [
        { status: "pending", notBefore: { lte: now }, updatedAt: { lt: stale } },
        { status: "sending", lockedUntil: { lt: now } },
      ],
    },
    select: { id: true, notBefore: true },
    take: limit,
  });
}
