import { AUTHENTICATED, defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";
import { ZChangesQuery, ZChangesResponse } from "./schema";

export const operations = defineOperations({
  method: "get",
  path: "/api/v1/changes",
  operationId: "getChanges",
  tags: ["Domains"],
  summary: "A version of one domain's dashboard or of the caller's domain list, for noticing changes",
  description:
    "The version changes whenever anything the dashboard (`domain`) or the caller's domain list shows changes: a message recorded (also by intake), an action tracked, a fact answered. Send the last `ETag` as `If-None-Match`: an unchanged version answers 304 with no body. The app's pages poll this about once a second while visible.",
  security: AUTHENTICATED,
  request: { query: ZChangesQuery },
  responses: {
    "200": jsonResponse("The current version (also in the `ETag` header).", ZChangesResponse),
    "304": { description: "Unchanged since the `If-None-Match` ETag." },
    ...errorResponses(400, 401, 404, 503),
  },
  examples: [
    { summary: "One domain's dashboard", as: "admin", query: { domain: "acme-cloud.com" }, status: 200 },
    { summary: "The caller's domain list", as: "admin", status: 200 },
    { summary: "A domain that does not exist", as: "admin", query: { domain: "no-such-domain.cn" }, status: 404 },
  ],
});
