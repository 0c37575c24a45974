// The answers of the notifications and webhooks API, as zod schemas for the OpenAPI document.
import { z } from "zod";
import { WEBHOOK_KINDS } from "./categories";

export const ZNotification = z.object({
  id: z.string(),
  event: z.enum(["actions_opened", "reminder", "overdue", "escalation", "status_cancelled", "digest"]),
  domain: z.string().nullable().meta({ description: "The domain's normalised name (punycode for IDNs)." }),
  actionKey: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const ZNotificationList = z.object({ notifications: z.array(ZNotification), unread: z.number().int() });
export const ZMarkRead = z.object({ id: z.string(), unread: z.number().int() });
export const ZMarkAllRead = z.object({ updated: z.number().int(), unread: z.number().int() });

export const ZWebhook = z.object({
  id: z.string(),
  url: z.string().meta({ description: "A bot URL's query string (its key) is shown as `?…` after creation." }),
  kind: z.enum(WEBHOOK_KINDS),
  events: z.array(z.string()),
  account: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  hasSecret: z.boolean(),
});
export const ZWebhookList = z.object({ webhooks: z.array(ZWebhook) });
export const ZWebhookCreated = z.object({
  webhook: ZWebhook.extend({ secret: z.string().nullable().meta({ description: "Shown in this answer only." }) }),
});
export const ZDeliveryList = z.object({
  deliveries: z.array(
    z.object({
      id: z.string(),
      eventId: z.string(),
      event: z.string(),
      domain: z.string().nullable(),
      status: z.enum(["pending", "sending", "sent", "failed", "skipped", "digested"]),
      attempts: z.number().int(),
      lastResponseCode: z.number().int().nullable(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
      log: z.array(
        z.object({ attempt: z.number().int(), outcome: z.string(), responseCode: z.number().int().nullable(), error: z.string().nullable(), durationMs: z.number().int(), at: z.string() }),
      ),
    }),
  ),
});
