import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";
import { ZDomainResponse, ZStaleVersion } from "@/lib/openapi/schemas";
import { ZUpdateActionInput } from "@/lib/use-cases/update-action";

const examples: [ApiExample, ...ApiExample[]] = [
  { summary: "Start an action (the id is one from GET /api/v1/domains/{name})", as: "admin", params: { id: "no-such-action" }, body: { state: "in_progress", version: 1 }, status: 404 },
  { summary: "Without the version read", as: "admin", params: { id: "no-such-action" }, body: { state: "done" }, status: 400 },
];

export const operations = defineOperations({
  method: "patch",
  path: "/api/v1/actions/{id}",
  operationId: "updateAction",
  tags: ["Actions"],
  summary: "Track an action: a state change, a note, or both",
  description: "`version` is the one you read; when someone changed the action since, the answer is 409 with its current state. Superseded actions cannot change state (422).",
  security: AUTHENTICATED,
  request: { params: z.object({ id: z.string().meta({ description: "The action's id." }) }), body: jsonBody(ZUpdateActionInput, examples) },
  responses: {
    "200": jsonResponse("The action's domain, re-derived.", ZDomainResponse),
    "409": jsonResponse("The action changed since it was read.", ZStaleVersion),
    ...errorResponses(400, 401, 403, 404, 413, 422, 503),
  },
  examples,
});
