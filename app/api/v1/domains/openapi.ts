import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";
import { ZDomainList, ZDomainResponse } from "@/lib/openapi/schemas";
import { ZDomainListQuery } from "@/lib/queries/domains";
import { ZCreateDomainInput } from "@/lib/use-cases/create-domain";

const createExamples: [ApiExample, ...ApiExample[]] = [
  { summary: "Add a domain to an account (by the account's name)", as: "admin", body: { name: "Example.CN", account: "Acme Trading" }, status: 201 },
  { summary: "Not a domain name", as: "admin", body: { name: "not a domain", account: "Acme Trading" }, status: 422 },
];

export const operations = defineOperations(
  {
    method: "get",
    path: "/api/v1/domains",
    operationId: "listDomains",
    tags: ["Domains"],
    summary: "The caller's domains",
    description: "With the list page's filters, sorting and paging. Invalid filter values are ignored. A customer sees only their own account.",
    security: AUTHENTICATED,
    request: { query: ZDomainListQuery },
    responses: { "200": jsonResponse("One page of domains.", ZDomainList), ...errorResponses(401, 503) },
    examples: [
      { summary: "Overdue domains, by next due date", as: "admin", query: { overdue: "1", sort: "next_due", pageSize: "10" }, status: 200 },
      { summary: "Without credentials", as: "anonymous", status: 401 },
    ],
  },
  {
    method: "post",
    path: "/api/v1/domains",
    operationId: "createDomain",
    tags: ["Domains"],
    summary: "Add a domain (admin)",
    description: "The name is normalised (lowercase, no `www.` or trailing dot, IDN in punycode with the Unicode form as `displayName`); `account` is the account's name or id.",
    security: AUTHENTICATED,
    request: { body: jsonBody(ZCreateDomainInput, createExamples) },
    responses: { "201": jsonResponse("The new domain.", ZDomainResponse), ...errorResponses(400, 401, 403, 409, 413, 422, 503) },
    examples: createExamples,
  },
);
