import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZImportResponse } from "@/lib/openapi/schemas";

const CSV = "domain,receivedAt,text\nacmeshop.com.cn,2026-11-20 10:00,\"ICP Filing successful: acmeshop.com.cn, 沪ICP备2024031234号-2\"\n";

export const operations = defineOperations({
  method: "post",
  path: "/api/v1/imports",
  operationId: "uploadImport",
  tags: ["Imports"],
  summary: "Upload a CSV or JSON file of messages (admin)",
  description:
    "The raw file is the body (at most 8 MB and 20,000 rows). Every row is checked and nothing is recorded yet: POST /api/v1/imports/{id}/start does that. Columns and formats: README, \"Bulk import\".",
  security: AUTHENTICATED,
  request: {
    query: z.object({ fileName: z.string().optional().meta({ description: "Names the upload in the report.", example: "messages.csv" }) }),
    body: {
      required: true,
      content: {
        "text/csv": { schema: z.string().meta({ description: "RFC 4180 CSV, UTF-8." }), example: CSV },
        "application/json": { schema: z.string().meta({ description: "An array of objects, or `{ \"messages\": [ … ] }`." }) },
      },
    },
  },
  responses: { "201": jsonResponse("Validated: the report's counts.", ZImportResponse), ...errorResponses(400, 401, 403, 413, 503) },
  examples: [
    { summary: "A one-row CSV file", as: "admin", query: { fileName: "messages.csv" }, headers: { "content-type": "text/csv" }, rawBody: CSV, status: 201 },
  ],
});
