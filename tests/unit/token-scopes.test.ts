import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api/routes";
import { RECORD_SCOPE_ROUTES, requiredScope, scopeAllows } from "@/lib/auth/token-scopes";

describe("token scopes", () => {
  it("asks read for safe methods, record for the listed writes and admin for every other write", () => {
    expect(requiredScope("GET", "/api/v1/domains/[name]")).toBe("read");
    expect(requiredScope("HEAD", "/api/v1/domains")).toBe("read");
    expect(requiredScope("POST", "/api/v1/messages")).toBe("record");
    expect(requiredScope("post", "/api/v1/imports")).toBe("record");
    expect(requiredScope("POST", "/api/v1/domains")).toBe("admin");
    expect(requiredScope("PATCH", "/api/v1/actions/[id]")).toBe("admin");
    expect(requiredScope("DELETE", "/api/v1/webhooks/[id]")).toBe("admin");
  });

  it("orders the scopes read < record < admin", () => {
    expect(scopeAllows("admin", "record")).toBe(true);
    expect(scopeAllows("record", "record")).toBe(true);
    expect(scopeAllows("record", "admin")).toBe(false);
    expect(scopeAllows("read", "record")).toBe(false);
    expect(scopeAllows("read", "read")).toBe(true);
  });

  it("lists only routes and methods that exist", () => {
    for (const entry of RECORD_SCOPE_ROUTES) {
      const [method, pattern] = entry.split(" ");
      expect(API_ROUTES.find((r) => r.pattern === pattern)?.methods, entry).toContain(method);
    }
  });
});
