// Feishu (飞书) custom bot: POST {"msg_type":"text","content":{"text":…}} to
// https://open.feishu.cn/open-apis/bot/v2/hook/…; with a signing secret the body also
// carries "timestamp" (seconds) and "sign" = base64 HMAC-SHA256 keyed by
// "timestamp\nsecret" over an empty message. Answers {"code":0} (older: StatusCode 0).
// Bodies are limited to 20 KB.
import { createHmac } from "node:crypto";
import { postToBot } from "./bot";
import { botText, type WebhookMessage, type WebhookTarget } from "./payload";
import type { SendOutcome } from "./types";

export function feishuPayload(message: WebhookMessage, secret: string | null, now: Date) {
  const payload: Record<string, unknown> = { msg_type: "text", content: { text: botText(message).slice(0, 6000) } };
  if (secret) {
    const timestamp = String(Math.floor(now.getTime() / 1000));
    payload.timestamp = timestamp;
    payload.sign = createHmac("sha256", `${timestamp}\n${secret}`).update("").digest("base64");
  }
  return payload;
}

export async function send(target: WebhookTarget, message: WebhookMessage, now: Date): Promise<SendOutcome> {
  return postToBot(target.url, feishuPayload(message, target.secret, now), (json) => {
    const code = json.code ?? json.StatusCode;
    return typeof code === "number" ? code : undefined;
  });
}
