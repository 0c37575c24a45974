// How an API route documents itself. Each route folder has an `openapi.ts` next to its
// `route.ts` that declares the route's operations with `defineOperations`, built from the
// same zod schemas the route validates with; lib/openapi/operations.ts lists those files,
// and lib/openapi/document.ts generates the OpenAPI 3.1 document from them. A test fails
// for any app/api/**/route.ts method that has no operation, and runs every example.
import type { z } from "zod";
import { ZErrorBody } from "./schemas";

/**
 * A call the contract test makes exactly as written, against a fresh database holding the
 * fixtures the examples name (tests/integration/openapi.test.ts); its answer must have
 * `status` and parse with that status's documented schema.
 */
export type ApiExample = {
  summary: string;
  /** `admin`: an admin's API token (`Authorization: Bearer icp_…`); `anonymous`: no credentials. */
  as: "admin" | "anonymous";
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
  /** A raw body (for example a CSV file), sent with `headers["content-type"]`. */
  rawBody?: string;
  status: number;
};

/** A body of one media type: its schema and, optionally, examples of it. */
export type ApiMedia = { schema: z.ZodType; example?: unknown; examples?: Record<string, { summary?: string; value: unknown }> };

export type ApiResponse = { description: string; content?: Record<string, ApiMedia> };

export type ApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI form: `/api/v1/domains/{name}` for app/api/v1/domains/[name]/route.ts. */
  path: string;
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  /** Omitted: the document's default (token or session); `[]`: no credentials needed. */
  security?: Record<string, string[]>[];
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    headers?: z.ZodObject;
    body?: { required?: boolean; content: Record<string, ApiMedia> };
  };
  responses: Record<string, ApiResponse>;
  /** At least one: the contract test runs each. */
  examples: [ApiExample, ...ApiExample[]];
};

/** Declares a route's operations; the type checks each one is complete. */
export function defineOperations(...operations: ApiOperation[]): ApiOperation[] {
  return operations;
}

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed JSON, or a body or parameter that does not match (`fields` says which).",
  401: "No credentials, or a bad, revoked or expired token.",
  403: "A cookie-authenticated write from another origin, or an admin-only call by someone else.",
  404: "Does not exist, or the caller may not see it.",
  409: "Conflicts with the current state.",
  413: "The body is over the limit.",
  422: "Well-formed, but the rules refuse it.",
  429: "Too many requests.",
  503: "The database is unavailable; retry after `Retry-After` seconds.",
};

/** The documented error answers of an operation, all with the `{ error: { code, message, fields? } }` body. */
export function errorResponses(...statuses: number[]): Record<string, ApiResponse> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: ERROR_TEXT[status] ?? "Error.", content: { "application/json": { schema: ZErrorBody } } },
    ]),
  );
}

/** A JSON answer with its schema. */
export function jsonResponse(description: string, schema: z.ZodType): ApiResponse {
  return { description, content: { "application/json": { schema } } };
}

/** A JSON request body with its schema and the examples' bodies as named examples. */
export function jsonBody(schema: z.ZodType, examples: ApiExample[] = []): NonNullable<ApiOperation["request"]>["body"] {
  const named = examples.filter((e) => e.body !== undefined);
  return {
    required: true,
    content: {
      "application/json": {
        schema,
        ...(named.length ? { examples: Object.fromEntries(named.map((e, i) => [`example${i + 1}`, { summary: e.summary, value: e.body }])) } : {}),
      },
    },
  };
}

/** Credentials accepted by /api/v1: an admin's API token, or the app's session cookie (same-origin writes only). */
export const AUTHENTICATED: Record<string, string[]>[] = [{ bearerToken: [] }, { sessionCookie: [] }];
