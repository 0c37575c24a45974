import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZMarkRead } from "@/lib/notifications/api-schemas";

export const operations = defineOperations({
  method: "post",
  path: "/api/v1/notifications/{id}/read",
  operationId: "markNotificationRead",
  tags: ["Notifications"],
  summary: "Mark one of the caller's notifications read",
  description: "Someone else's notification answers 404.",
  security: AUTHENTICATED,
  request: { params: z.object({ id: z.string() }) },
  responses: { "200": jsonResponse("Marked read; the caller's unread count.", ZMarkRead), ...errorResponses(401, 403, 404, 503) },
  examples: [{ summary: "A notification that is not the caller's", as: "admin", params: { id: "no-such-notification" }, status: 404 }],
});
