import { z } from "zod";
import { ZInboundItemResponse } from "@/lib/intake/openapi-schemas";
import { ZRejectInput } from "@/lib/intake/triage";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";

const examples: [ApiExample, ...ApiExample[]] = [
  { summary: "An item that does not exist", as: "admin", params: { id: "no-such-item" }, body: { reason: "Not about an ICP filing." }, status: 404 },
];

export const operations = defineOperations({
  method: "post",
  path: "/api/v1/inbound/{id}/reject",
  operationId: "rejectInbound",
  tags: ["Intake"],
  summary: "Reject a pending item with a reason the customer sees (agents, admins)",
  security: AUTHENTICATED,
  request: { params: z.object({ id: z.string() }), body: jsonBody(ZRejectInput, examples) },
  responses: { "200": jsonResponse("The rejected item.", ZInboundItemResponse), ...errorResponses(400, 401, 403, 404, 409, 413, 422, 503) },
  examples,
});
