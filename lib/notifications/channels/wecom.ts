// WeCom (企业微信) group robot: POST {"msgtype":"text","text":{"content":…}} to the
// robot's webhook URL (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…); it
// answers {"errcode":0,"errmsg":"ok"}. About 20 messages a minute per robot.
import { postToBot } from "./bot";
import { botText, type WebhookMessage, type WebhookTarget } from "./payload";
import type { SendOutcome } from "./types";

export function wecomPayload(message: WebhookMessage) {
  return { msgtype: "text", text: { content: botText(message).slice(0, 2000) } };
}

export async function send(target: WebhookTarget, message: WebhookMessage): Promise<SendOutcome> {
  return postToBot(target.url, wecomPayload(message), (json) => (typeof json.errcode === "number" ? json.errcode : undefined));
}
