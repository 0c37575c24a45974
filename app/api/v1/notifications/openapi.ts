import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZNotificationList } from "@/lib/notifications/api-schemas";

export const operations = defineOperations({
  method: "get",
  path: "/api/v1/notifications",
  operationId: "listNotifications",
  tags: ["Notifications"],
  summary: "The caller's own notifications, newest first, with the unread count",
  security: AUTHENTICATED,
  request: {
    query: z.object({
      limit: z.string().optional().meta({ description: "1–200, default 50." }),
      unread: z.string().optional().meta({ description: "`1`: unread only." }),
    }),
  },
  responses: { "200": jsonResponse("The notifications.", ZNotificationList), ...errorResponses(400, 401, 503) },
  examples: [
    { summary: "The caller's newest notifications", as: "admin", status: 200 },
    { summary: "Unread only", as: "admin", query: { unread: "1", limit: "10" }, status: 200 },
    { summary: "A limit out of range", as: "admin", query: { limit: "0" }, status: 400 },
  ],
});
