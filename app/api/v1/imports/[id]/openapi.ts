import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZImportResponse } from "@/lib/openapi/schemas";

export const ZImportIdParam = z.object({ id: z.string().meta({ description: "The import's id, from POST /api/v1/imports." }) });

export const operations = defineOperations({
  method: "get",
  path: "/api/v1/imports/{id}",
  operationId: "getImport",
  tags: ["Imports"],
  summary: "An import's state and progress (admin)",
  description: "`state` is `validated`, `importing`, `completed` or `failed`; `processedRows` of `validRows`. Reading an import whose progress stopped for a minute resumes it.",
  security: AUTHENTICATED,
  request: { params: ZImportIdParam },
  responses: { "200": jsonResponse("The import.", ZImportResponse), ...errorResponses(401, 403, 404, 503) },
  examples: [{ summary: "An import that does not exist", as: "admin", params: { id: "no-such-import" }, status: 404 }],
});
