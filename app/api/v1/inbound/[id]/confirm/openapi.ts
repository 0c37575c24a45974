import { z } from "zod";
import { ZConfirmedResponse } from "@/lib/intake/openapi-schemas";
import { ZConfirmInput } from "@/lib/intake/triage";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";

const examples: [ApiExample, ...ApiExample[]] = [
  { summary: "An item that does not exist", as: "admin", params: { id: "no-such-item" }, body: { domain: "acme-cloud.com", kind: "verification_code" }, status: 404 },
];

export const operations = defineOperations({
  method: "post",
  path: "/api/v1/inbound/{id}/confirm",
  operationId: "confirmInbound",
  tags: ["Intake"],
  summary: "Confirm a pending item's domain (and kind): recorded through recordMessage (agents, admins)",
  security: AUTHENTICATED,
  request: { params: z.object({ id: z.string() }), body: jsonBody(ZConfirmInput, examples) },
  responses: { "200": jsonResponse("The recorded item and its domain.", ZConfirmedResponse), ...errorResponses(400, 401, 403, 404, 409, 413, 422, 503) },
  examples,
});
