import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZImportResponse } from "@/lib/openapi/schemas";
import { ZImportIdParam } from "../openapi";

export const operations = defineOperations({
  method: "post",
  path: "/api/v1/imports/{id}/start",
  operationId: "startImport",
  tags: ["Imports"],
  summary: "Record a validated import's valid rows in the background (admin)",
  description: "Answers 202 at once; poll GET /api/v1/imports/{id}.",
  security: AUTHENTICATED,
  request: { params: ZImportIdParam },
  responses: { "202": jsonResponse("Started.", ZImportResponse), ...errorResponses(401, 403, 404, 409, 503) },
  examples: [{ summary: "An import that does not exist", as: "admin", params: { id: "no-such-import" }, status: 404 }],
});
