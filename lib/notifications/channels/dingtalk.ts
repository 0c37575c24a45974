// DingTalk (钉钉) group robot: POST {"msgtype":"markdown","markdown":{title,text}} to
// https://oapi.dingtalk.com/robot/send?access_token=…; with a signing secret ("加签")
// the URL also carries &timestamp=<ms>&sign=<urlencoded base64 HMAC-SHA256 of
// "timestamp\nsecret" keyed by the secret>. Answers {"errcode":0,"errmsg":"ok"}.
import { createHmac } from "node:crypto";
import { postToBot } from "./bot";
import type { WebhookMessage, WebhookTarget } from "./payload";
import type { SendOutcome } from "./types";

export function dingtalkSignedUrl(url: string, secret: string | null, now: Date): string {
  if (!secret) return url;
  const timestamp = String(now.getTime());
  const sign = createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
  const signed = new URL(url);
  signed.searchParams.set("timestamp", timestamp);
  signed.searchParams.set("sign", sign);
  return signed.toString();
}

export function dingtalkPayload(message: WebhookMessage) {
  const lines = [`### ${message.zh.title}`, message.zh.body, "", `**${message.en.title}**`, message.en.body];
  if (message.url) lines.push("", `[打开控制台 / Open the dashboard](${message.url})`);
  return { msgtype: "markdown", markdown: { title: message.zh.title.slice(0, 100), text: lines.join("\n\n").slice(0, 4000) } };
}

export async function send(target: WebhookTarget, message: WebhookMessage, now: Date): Promise<SendOutcome> {
  return postToBot(dingtalkSignedUrl(target.url, target.secret, now), dingtalkPayload(message), (json) =>
    typeof json.errcode === "number" ? json.errcode : undefined,
  );
}
