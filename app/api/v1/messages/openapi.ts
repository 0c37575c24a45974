import { z } from "zod";
import { ZMessageRequestBody } from "@/lib/api/record-message-request";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";
import { ZRecordedMessage } from "@/lib/openapi/schemas";

const examples: [ApiExample, ...ApiExample[]] = [
  {
    summary: "An SMS from MIIT, classified from its text",
    as: "admin",
    headers: { "idempotency-key": "sms-gateway-0001" },
    body: { domain: "acmeshop.com.cn", text: "【工信部】您的网站 acmeshop.com.cn 备案号 沪ICP备2024031234号-2 已被注销。", receivedAt: "2026-11-27T09:30:00+08:00" },
    status: 201,
  },
  {
    summary: "The same message again: nothing recorded, the original answered",
    as: "admin",
    headers: { "idempotency-key": "sms-gateway-0001" },
    body: { domain: "acmeshop.com.cn", text: "【工信部】您的网站 acmeshop.com.cn 备案号 沪ICP备2024031234号-2 已被注销。", receivedAt: "2026-11-27T09:30:00+08:00" },
    status: 200,
  },
  { summary: "Without the text", as: "admin", body: { domain: "acmeshop.com.cn", receivedAt: "2026-11-27T09:30:00+08:00" }, status: 400 },
  { summary: "Without credentials", as: "anonymous", body: { domain: "acmeshop.com.cn", text: "…", receivedAt: "2026-11-27T09:30:00+08:00" }, status: 401 },
];

export const operations = defineOperations({
  method: "post",
  path: "/api/v1/messages",
  operationId: "recordMessage",
  tags: ["Messages"],
  summary: "Record a message from MIIT or the provider (admin)",
  description:
    "`receivedAt` is ISO 8601; without a zone it is China time. Without `kind` the text is classified (text that is not an ICP filing message answers 422). Verification codes are masked before the text is stored. The same message again answers 200 with the original; so does the same `Idempotency-Key` with the same body, while the same key with another body answers 422. A message recorded wrongly is retracted with kind `retraction`, `retractsMessageId` naming it and the reason as `text`: the domain is derived as if it never came. Idempotency-Keys belong to the caller. Nothing is written unless the answer is 201.",
  security: AUTHENTICATED,
  request: {
    headers: z.object({ "idempotency-key": z.string().max(200).optional().meta({ description: "Makes a retry safe: printable ASCII, at most 200 characters; keys are the caller's own (per token or user)." }) }),
    body: jsonBody(ZMessageRequestBody, examples),
  },
  responses: {
    "201": jsonResponse("Recorded: the message and the domain's new status and actions.", ZRecordedMessage),
    "200": jsonResponse("A repeat: the original message and the domain as it is.", ZRecordedMessage),
    ...errorResponses(400, 401, 403, 404, 413, 422, 503),
  },
  examples,
});
