// The OpenAPI document: valid by a real OpenAPI 3.1 validator, complete (every method of
// every app/api/**/route.ts has an operation with its path), and its examples are the
// route's own: request bodies of successful examples parse with the schema the route validates with.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { allOperations, openApiDocument } from "@/lib/openapi/document";
import { OPERATIONS_BY_ROUTE, UNDOCUMENTED_ROUTES } from "@/lib/openapi/operations";

const root = path.resolve(__dirname, "../..");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}

/** app/api/v1/domains/[name]/route.ts → /api/v1/domains/{name} */
function openApiPath(file: string): string {
  return `/${path.posix.dirname(file).replace(/^app\//, "")}`.replace(/\[([^\]]+)\]/g, "{$1}");
}

/** The HTTP methods a route file exports (`export const GET`, `export async function POST`, `export { h as GET }`). */
function exportedMethods(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const methods = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
  for (const m of source.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
  return [...methods].map((m) => m.toLowerCase()).sort();
}

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(document) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("has an operation for every method of every API route file", () => {
    const files = routeFiles(path.join(root, "app/api"));
    expect(files.length).toBeGreaterThan(5);
    const missing: string[] = [];
    for (const file of files) {
      if (UNDOCUMENTED_ROUTES[file]) continue;
      const declared = OPERATIONS_BY_ROUTE[file] ?? [];
      for (const method of exportedMethods(file)) {
        const found = declared.some((op) => op.method === method && op.path === openApiPath(file));
        if (!found || !document.paths[openApiPath(file)]?.[method]) missing.push(`${method.toUpperCase()} ${openApiPath(file)} (${file})`);
      }
    }
    expect(missing, "add an openapi.ts beside the route and list it in lib/openapi/operations.ts").toEqual([]);
    // And nothing is documented that no route serves.
    for (const [file, operations] of Object.entries(OPERATIONS_BY_ROUTE)) {
      expect(files).toContain(file);
      for (const op of operations) expect(exportedMethods(file)).toContain(op.method);
    }
  });

  it("names every operation uniquely and documents every path parameter", () => {
    const ids = allOperations().map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of allOperations()) {
      const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(Object.keys(op.request?.params?.shape ?? {}).sort(), op.operationId).toEqual(names.sort());
      for (const example of op.examples) expect(Object.keys(example.params ?? {}).sort(), `${op.operationId}: ${example.summary}`).toEqual(names.sort());
    }
  });

  it("has request examples that the route's own schema accepts when they are meant to succeed", () => {
    for (const op of allOperations()) {
      const schema = op.request?.body?.content["application/json"]?.schema;
      for (const example of op.examples) {
        if (example.body === undefined || !schema) continue;
        const parsed = schema.safeParse(example.body);
        if (example.status < 300) expect(parsed.success, `${op.operationId}: ${example.summary}`).toBe(true);
        if (example.status === 400) expect(parsed.success, `${op.operationId}: ${example.summary}`).toBe(false);
      }
    }
  });

  it("documents an answer for every example's status", () => {
    for (const op of allOperations()) {
      for (const example of op.examples) expect(Object.keys(op.responses), `${op.operationId}: ${example.summary}`).toContain(String(example.status));
    }
  });
});
