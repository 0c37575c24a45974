import { z } from "zod";
import { ZRevokedChannel } from "@/lib/intake/openapi-schemas";
import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";

export const operations = defineOperations({
  method: "delete",
  path: "/api/v1/intake-channels/{id}",
  operationId: "revokeIntakeChannel",
  tags: ["Intake"],
  summary: "Revoke an intake channel: its URL answers 404 from now on",
  security: AUTHENTICATED,
  request: { params: z.object({ id: z.string() }) },
  responses: { "200": jsonResponse("Revoked (`changed` is false when it already was).", ZRevokedChannel), ...errorResponses(401, 403, 404, 503) },
  examples: [{ summary: "A channel that does not exist", as: "admin", params: { id: "no-such-channel" }, status: 404 }],
});
