import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { passwordWeakness } from "@/lib/auth/password";
import { can, PERMISSIONS } from "@/lib/auth/permissions";

describe("safeCallbackPath", () => {
  it.each([
    [undefined, "/"],
    ["/domains?q=acme", "/domains?q=acme"],
    ["http://localhost:3000/domains/acme.cn", "/domains/acme.cn"],
    ["//evil.example/steal", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["https://evil.example", "/"],
    ["/login?callbackUrl=/x", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("permissions", () => {
  it("lets only admins record messages and manage users and tokens", () => {
    for (const permission of ["messages:record", "users:manage", "tokens:manage", "accounts:manage"] as const) {
      expect([can("customer", permission), can("agent", permission), can("admin", permission)]).toEqual([false, false, true]);
    }
  });
  it("keeps customers to their own account", () => {
    expect(can("customer", "domains:read_all")).toBe(false);
    expect(can("customer", "domains:read_own")).toBe(true);
    expect(can("agent", "domains:read_all")).toBe(true);
  });
  it("gives admins every permission", () => {
    expect(PERMISSIONS.every((p) => can("admin", p))).toBe(true);
  });
});

describe("passwordWeakness", () => {
  it("refuses short, repetitive or email-derived passwords", () => {
    expect(passwordWeakness("short")).toMatch(/12 characters/);
    expect(passwordWeakness("aaaaaaaaaaaaaaaa")).toMatch(/different characters/);
    expect(passwordWeakness("chenwei-password-1", "chenwei@example.com")).toMatch(/email/);
    expect(passwordWeakness("a sound long passphrase")).toBeNull();
  });
});
