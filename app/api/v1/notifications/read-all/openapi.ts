import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZMarkAllRead } from "@/lib/notifications/api-schemas";

export const operations = defineOperations({
  method: "post",
  path: "/api/v1/notifications/read-all",
  operationId: "markAllNotificationsRead",
  tags: ["Notifications"],
  summary: "Mark all of the caller's notifications read",
  security: AUTHENTICATED,
  responses: { "200": jsonResponse("How many were marked.", ZMarkAllRead), ...errorResponses(401, 403, 503) },
  examples: [{ summary: "Mark everything read", as: "admin", status: 200 }],
});
