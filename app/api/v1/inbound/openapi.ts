import { ZInboundItemResponse, ZInboundList } from "@/lib/intake/openapi-schemas";
import { ZInboundQuery, ZReportInput } from "@/lib/intake/triage";
import { AUTHENTICATED, defineOperations, errorResponses, jsonBody, jsonResponse, type ApiExample } from "@/lib/openapi/registry";

const reportExamples: [ApiExample, ...ApiExample[]] = [
  {
    summary: "Staff report a message for an account",
    as: "admin",
    body: { text: "【工信部】您的网站 acme-cloud.com 短信核验完成，请等待其他核验人完成核验。", receivedAt: "2026-11-20T10:00:00+08:00", account: "Acme Trading" },
    status: 201,
  },
  { summary: "A date in the future", as: "admin", body: { text: "备案", receivedAt: "2999-01-01T00:00:00Z", account: "Acme Trading" }, status: 422 },
];

export const operations = defineOperations(
  {
    method: "post",
    path: "/api/v1/inbound",
    operationId: "reportInbound",
    tags: ["Intake"],
    summary: "Report a message received (a customer, or staff naming `account`)",
    description: "Becomes an inbound item by the intake rules: recorded at once when it names exactly one of the account's domains (or `domain`), is confidently classified and is no duplicate; otherwise pending in the inbox.",
    security: AUTHENTICATED,
    request: { body: jsonBody(ZReportInput, reportExamples) },
    responses: { "201": jsonResponse("The inbound item.", ZInboundItemResponse), ...errorResponses(400, 401, 403, 404, 413, 422, 503) },
    examples: reportExamples,
  },
  {
    method: "get",
    path: "/api/v1/inbound",
    operationId: "listInbound",
    tags: ["Intake"],
    summary: "Inbound items, newest first (customers: their own account's)",
    security: AUTHENTICATED,
    request: { query: ZInboundQuery },
    responses: { "200": jsonResponse("At most 100 items.", ZInboundList), ...errorResponses(401, 503) },
    examples: [{ summary: "Pending items", as: "admin", query: { state: "pending" }, status: 200 }],
  },
);
