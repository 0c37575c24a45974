// The OpenAPI 3.1 document, generated (never written by hand) from the operations the
// route folders declare and the zod schemas they validate with: zod 4's own JSON Schema
// output (OpenAPI 3.1 schemas are JSON Schema 2020-12). Request schemas are read as their
// input (what a client sends), answers as their output. Schemas named with
// `.meta({ id })` become components.
import { z } from "zod";
import { OPERATIONS_BY_ROUTE } from "./operations";
import type { ApiMedia, ApiOperation } from "./registry";

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
};

/** Rewrites zod's local `#/$defs/X` references to the document's components. */
function toComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) =>
        key === "$ref" && typeof inner === "string" ? [key, inner.replace(/^#\/\$defs\//, "#/components/schemas/")] : [key, toComponentRefs(inner)],
      ),
    );
  }
  return value;
}

function converter(components: Record<string, JsonSchema>) {
  return (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
    const { $schema: _ignored, $defs, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    void _ignored;
    for (const [name, def] of Object.entries($defs ?? {})) components[name] ??= toComponentRefs(def) as JsonSchema;
    return toComponentRefs(rest) as JsonSchema;
  };
}

function media(convert: ReturnType<typeof converter>, content: Record<string, ApiMedia>, io: "input" | "output") {
  return Object.fromEntries(
    Object.entries(content).map(([type, { schema, example, examples }]) => [
      type,
      { schema: convert(schema, io), ...(example !== undefined ? { example } : {}), ...(examples ? { examples } : {}) },
    ]),
  );
}

function parameters(convert: ReturnType<typeof converter>, request: ApiOperation["request"]) {
  const list: JsonSchema[] = [];
  for (const place of ["params", "query", "headers"] as const) {
    const object = request?.[place];
    if (!object) continue;
    const schema = convert(object, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const { description, ...propertySchema } = property;
      list.push({
        name,
        in: place === "params" ? "path" : place === "query" ? "query" : "header",
        required: place === "params" || (schema.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propertySchema,
      });
    }
  }
  return list;
}

let cached: OpenApiDocument | undefined;

export function allOperations(): ApiOperation[] {
  return Object.values(OPERATIONS_BY_ROUTE).flat();
}

export function openApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const components: Record<string, JsonSchema> = {};
  const convert = converter(components);
  const paths: OpenApiDocument["paths"] = {};
  for (const { method, path, request, responses, examples, ...rest } of allOperations()) {
    const params = parameters(convert, request);
    (paths[path] ??= {})[method] = {
      ...rest,
      ...(params.length ? { parameters: params } : {}),
      ...(request?.body ? { requestBody: { required: request.body.required ?? true, content: media(convert, request.body.content, "input") } } : {}),
      responses: Object.fromEntries(
        Object.entries(responses).map(([status, { description, content }]) => [
          status,
          { description, ...(content ? { content: media(convert, content, "output") } : {}) },
        ]),
      ),
      // The calls the contract test makes, as written: a client's smoke test can replay them.
      "x-examples": examples.map(({ summary, as, params: p, query, headers, body, rawBody, status }) => ({
        summary,
        credentials: as,
        ...(p ? { params: p } : {}),
        ...(query ? { query } : {}),
        ...(headers ? { headers } : {}),
        ...(body !== undefined ? { body } : {}),
        ...(rawBody !== undefined ? { rawBody } : {}),
        status,
      })),
    };
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "ICP filing dashboard API",
      version: "1",
      description:
        "JSON under /api/v1. Every answer is scoped to the caller: a customer sees only their own account, anything else answers 404. Errors are `{ \"error\": { \"code\", \"message\", \"fields\"? } }`.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    tags: [
      { name: "Domains" },
      { name: "Actions" },
      { name: "Messages" },
      { name: "Imports" },
      { name: "Operations", description: "Health and this document." },
    ],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description:
            "An admin's API token (`icp_…`), created on /admin/tokens. Acts as the admin who created it, within its scope: `read` (GET only), `record` (also POST /api/v1/messages and the imports) or `admin`; outside it 403. An expired token answers 401.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The app's sign-in session (`__Secure-next-auth.session-token` over HTTPS). Writes need the app's own `Origin`.",
        },
      },
    },
  };
  return cached;
}
