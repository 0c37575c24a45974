// Generic JSON webhook: the body is signed with the webhook's secret,
//   X-ICP-Signature: sha256=<hex HMAC-SHA256(raw body, secret)>
// and carries X-ICP-Event-Id (the same on every retry: receivers deduplicate by it) and
// X-ICP-Timestamp (unix seconds, so receivers can refuse old replays).
import { createHmac } from "node:crypto";
import { safeRequest, RefusedTargetError } from "@/lib/net/safe-request";
import type { WebhookMessage, WebhookTarget } from "./payload";
import { outcomeOfStatus, type SendOutcome } from "./types";

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export async function send(target: WebhookTarget, message: WebhookMessage, now: Date): Promise<SendOutcome> {
  const body = JSON.stringify({
    id: message.eventId,
    event: message.event,
    category: message.category,
    urgent: message.urgent,
    domain: message.domain,
    actionKey: message.actionKey,
    url: message.url,
    createdAt: message.createdAt,
    title: message.en.title,
    body: message.en.body,
    texts: { en: message.en, "zh-CN": message.zh },
  });
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-icp-event-id": message.eventId,
    "x-icp-timestamp": String(Math.floor(now.getTime() / 1000)),
  };
  if (target.secret) headers["x-icp-signature"] = signBody(body, target.secret);
  try {
    const response = await safeRequest(target.url, { body, headers });
    return outcomeOfStatus(response.status, response.body);
  } catch (error) {
    if (error instanceof RefusedTargetError) return { outcome: "refused", error: error.message };
    return { outcome: "failed", error: (error as Error).message };
  }
}
