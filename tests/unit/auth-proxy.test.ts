import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, needsSignIn } from "@/proxy";

describe("needsSignIn", () => {
  it.each([
    ["/", true],
    ["/domains", true],
    ["/domains/acme.cn", true],
    ["/admin/users", true],
    ["/no-such-page", true],
    ["/loginx", true],
    ["/login", false],
    ["/api/health", false],
    ["/api/v1/domains", false],
    ["/api/auth/session", false],
    ["/_next/static/chunks/app.js", false],
    ["/favicon.ico", false],
    ["/icon.svg", false],
    ["/manifest.webmanifest", false],
    ["/apple-touch-icon.png", false],
  ])("%s → %s", (path, expected) => {
    expect(needsSignIn(path)).toBe(expected);
  });
});

describe("contentSecurityPolicy", () => {
  const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

  it("allows scripts only with the nonce, and nothing from outside", () => {
    const csp = directives(contentSecurityPolicy("abc123=="));
    expect(csp["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp["object-src"]).toBe("'none'");
    expect(csp["frame-ancestors"]).toBe("'none'");
    expect(csp["base-uri"]).toBe("'self'");
    expect(csp["form-action"]).toBe("'self'");
    expect(Object.values(csp).join(" ")).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
    expect(csp).not.toHaveProperty("upgrade-insecure-requests");
  });

  it("adds eval only in development and upgrades requests only behind HTTPS", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n", { https: true }))).toHaveProperty("upgrade-insecure-requests");
  });
});
