import { defineOperations, jsonResponse } from "@/lib/openapi/registry";
import { ZHealth } from "@/lib/openapi/schemas";

export const operations = defineOperations({
  method: "get",
  path: "/api/health",
  operationId: "health",
  tags: ["Operations"],
  summary: "Whether the app and its database answer",
  description: "No credentials needed; reveals nothing but whether the database answers.",
  security: [],
  responses: { "200": jsonResponse("The database answers.", ZHealth), "503": jsonResponse("The database does not answer.", ZHealth) },
  examples: [{ summary: "Up", as: "anonymous", status: 200 }],
});
