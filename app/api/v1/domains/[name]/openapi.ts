import { z } from "zod";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";
import { ZDomainResponse } from "@/lib/openapi/schemas";
import { ZDomainFactsInput } from "@/lib/use-cases/update-domain-facts";

const ZNameParam = z.object({
  name: z.string().meta({ description: "The domain, Unicode or punycode, any case, with or without `www.`.", example: "acme-cloud.com" }),
});

const patchExamples: [ApiExample, ...ApiExample[]] = [
  {
    summary: "The site is on the provider's servers and the access is active",
    as: "admin",
    params: { name: "acme-cloud.com" },
    body: { hosting: "provider", providerAccess: "active" },
    status: 200,
  },
  { summary: "An unknown answer", as: "admin", params: { name: "acme-cloud.com" }, body: { hosting: "cloud" }, status: 400 },
];

export const operations = defineOperations(
  {
    method: "get",
    path: "/api/v1/domains/{name}",
    operationId: "getDomain",
    tags: ["Domains"],
    summary: "One domain with its actions and newest messages",
    security: AUTHENTICATED,
    request: { params: ZNameParam },
    responses: { "200": jsonResponse("The domain.", ZDomainResponse), ...errorResponses(401, 404, 503) },
    examples: [
      { summary: "A domain", as: "admin", params: { name: "acme-cloud.com" }, status: 200 },
      { summary: "A domain that does not exist", as: "admin", params: { name: "no-such-domain.cn" }, status: 404 },
    ],
  },
  {
    method: "patch",
    path: "/api/v1/domains/{name}",
    operationId: "answerDomainFacts",
    tags: ["Domains"],
    summary: "Answer the questions that decide an invalid filing's next step",
    description: "Answers 200 with the whole domain, re-derived (for example `confirm_hosting_facts` becomes `superseded` and `point_domain_to_instance` opens).",
    security: AUTHENTICATED,
    request: { params: ZNameParam, body: jsonBody(ZDomainFactsInput, patchExamples) },
    responses: { "200": jsonResponse("The domain, re-derived.", ZDomainResponse), ...errorResponses(400, 401, 403, 404, 413, 503) },
    examples: patchExamples,
  },
);
