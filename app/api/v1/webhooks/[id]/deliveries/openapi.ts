import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZDeliveryList } from "@/lib/notifications/api-schemas";

export const operations = defineOperations({
  method: "get",
  path: "/api/v1/webhooks/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  tags: ["Webhooks"],
  summary: "A webhook's deliveries, newest first, each with every attempt (outcome, response code, error)",
  security: AUTHENTICATED,
  request: { params: z.object({ id: z.string() }), query: z.object({ limit: z.string().optional() }) },
  responses: { "200": jsonResponse("The delivery log.", ZDeliveryList), ...errorResponses(400, 401, 404, 503) },
  examples: [{ summary: "A webhook that does not exist (or is another account's)", as: "admin", params: { id: "no-such-webhook" }, status: 404 }],
});
