// lib/api/routes.ts must list every /api route file with exactly the methods it exports,
// so that proxy.ts answers a wrong method with 405 JSON for every route.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, API_ROUTES } from "@/lib/api/routes";

const root = path.resolve(import.meta.dirname, "..", "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

/** Route files of the JSON API: next-auth's own and the 404 catch-alls aside. */
function apiRouteFiles(): { pattern: string; methods: string[] }[] {
  return routeFiles(path.join(root, "app", "api"))
    .map((file) => {
      const pattern = "/" + path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/");
      const source = readFileSync(file, "utf8");
      const methods = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
      return { pattern, methods };
    })
    .filter((r) => !r.pattern.startsWith("/api/auth") && !r.pattern.includes("[..."));
}

describe("the API route table", () => {
  it("lists every route file with the methods it exports", () => {
    const files = apiRouteFiles().sort((a, b) => a.pattern.localeCompare(b.pattern));
    const table = API_ROUTES.map((r) => ({ pattern: r.pattern, methods: [...r.methods] })).sort((a, b) => a.pattern.localeCompare(b.pattern));
    expect(table).toEqual(files);
  });

  it("matches dynamic segments and adds HEAD and OPTIONS", () => {
    expect(allowedMethods("/api/v1/domains/example.cn")).toEqual(["GET", "PATCH", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/imports/abc/start")).toEqual(["POST", "OPTIONS"]);
    expect(allowedMethods("/api/v1/domains/")).toEqual(["GET", "POST", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/nothing-here")).toBeNull();
    expect(allowedMethods("/api/v1/domains/a/b")).toBeNull();
  });
});
