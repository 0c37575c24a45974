import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses } from "@/lib/openapi/registry";

export const operations = defineOperations({
  method: "delete",
  path: "/api/v1/webhooks/{id}",
  operationId: "deleteWebhook",
  tags: ["Webhooks"],
  summary: "Delete a webhook and its delivery log",
  security: AUTHENTICATED,
  request: { params: z.object({ id: z.string() }) },
  responses: { "204": { description: "Deleted." }, ...errorResponses(401, 403, 404, 503) },
  examples: [{ summary: "A webhook that does not exist (or is another account's)", as: "admin", params: { id: "no-such-webhook" }, status: 404 }],
});
