import { z } from "zod";
import { ZCreateIntakeChannelInput } from "@/lib/intake/channels";
import { ZChannelList, ZCreatedChannelResponse } from "@/lib/intake/openapi-schemas";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";

const createExamples: [ApiExample, ...ApiExample[]] = [
  { summary: "An admin creates a channel for an account", as: "admin", body: { name: "Li's phone", account: "Acme Trading" }, status: 201 },
  { summary: "An account that does not exist", as: "admin", body: { name: "x", account: "No Such Account" }, status: 422 },
];

export const operations = defineOperations(
  {
    method: "post",
    path: "/api/v1/intake-channels",
    operationId: "createIntakeChannel",
    tags: ["Intake"],
    summary: "Create an intake channel (a customer for their own account, an admin for any)",
    description: "Answers the channel's URL (ending in /api/intake/{token}) and signing secret, shown only in this answer. Customers may leave out `account`. README, \"Intake\".",
    security: AUTHENTICATED,
    request: { body: jsonBody(ZCreateIntakeChannelInput, createExamples) },
    responses: { "201": jsonResponse("The new channel, with its URL and secret.", ZCreatedChannelResponse), ...errorResponses(400, 401, 403, 404, 413, 422, 503) },
    examples: createExamples,
  },
  {
    method: "get",
    path: "/api/v1/intake-channels",
    operationId: "listIntakeChannels",
    tags: ["Intake"],
    summary: "The caller's intake channels, without secrets",
    security: AUTHENTICATED,
    request: { query: z.object({ account: z.string().optional().meta({ description: "Staff: one account (name or id)." }) }) },
    responses: { "200": jsonResponse("Channels with their last use.", ZChannelList), ...errorResponses(401, 503) },
    examples: [{ summary: "Every channel", as: "admin", status: 200 }],
  },
);
