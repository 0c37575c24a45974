import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";
import { ZWebhookCreated, ZWebhookList } from "@/lib/notifications/api-schemas";
import { ZCreateWebhookInput } from "@/lib/notifications/webhooks";

const createExamples: [ApiExample, ...ApiExample[]] = [
  { summary: "A URL that is not one", as: "admin", body: { url: "not a url", kind: "generic", account: "Acme Trading" }, status: 422 },
  { summary: "A target on a private address (refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS=1)", as: "admin", body: { url: "http://127.0.0.1:8080/hook", kind: "generic", account: "Acme Trading" }, status: 422 },
  { summary: "An unknown kind", as: "admin", body: { url: "https://hooks.example.com/icp", kind: "slack", account: "Acme Trading" }, status: 400 },
];

export const operations = defineOperations(
  {
    method: "get",
    path: "/api/v1/webhooks",
    operationId: "listWebhooks",
    tags: ["Webhooks"],
    summary: "A customer's account's webhooks; an admin's: all, or one account's",
    security: AUTHENTICATED,
    request: { query: z.object({ account: z.string().optional().meta({ description: "Admins: an account's name or id." }) }) },
    responses: { "200": jsonResponse("The webhooks (never their secrets).", ZWebhookList), ...errorResponses(400, 401, 404, 503) },
    examples: [
      { summary: "Every webhook (admin)", as: "admin", status: 200 },
      { summary: "One account's", as: "admin", query: { account: "Acme Trading" }, status: 200 },
      { summary: "An unknown account", as: "admin", query: { account: "No such account" }, status: 404 },
    ],
  },
  {
    method: "post",
    path: "/api/v1/webhooks",
    operationId: "createWebhook",
    tags: ["Webhooks"],
    summary: "Add a webhook: generic signed JSON, WeCom, DingTalk or Feishu bot",
    description:
      "The answer shows the secret once. Generic webhooks are signed `X-ICP-Signature: sha256=<hex HMAC-SHA256 of the raw body>` and carry `X-ICP-Event-Id` and `X-ICP-Timestamp`. Targets resolving to loopback, private or link-local addresses are refused (422).",
    security: AUTHENTICATED,
    request: { body: jsonBody(ZCreateWebhookInput, createExamples) },
    responses: { "201": jsonResponse("Added; the secret is in this answer only.", ZWebhookCreated), ...errorResponses(400, 401, 403, 404, 413, 422, 503) },
    examples: createExamples,
  },
);
