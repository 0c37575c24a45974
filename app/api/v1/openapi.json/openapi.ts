import { defineOperations, jsonResponse } from "@/lib/openapi/registry";
import { z } from "zod";

export const operations = defineOperations({
  method: "get",
  path: "/api/v1/openapi.json",
  operationId: "openapiDocument",
  tags: ["Operations"],
  summary: "This document (OpenAPI 3.1)",
  description: "No credentials needed. A readable rendering is the app's page /api-reference.",
  security: [],
  responses: { "200": jsonResponse("The OpenAPI document.", z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) })) },
  examples: [{ summary: "The document", as: "anonymous", status: 200 }],
});
