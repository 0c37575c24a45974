import { describe, expect, it } from "vitest";
import { allowedOrigins, assertSameOrigin } from "@/lib/api/origin";
import { AppError } from "@/lib/errors";

const env = { NEXTAUTH_URL: "https://icp.example.com" } as NodeJS.ProcessEnv;

function patch(headers: Record<string, string>): Request {
  return new Request("http://internal:3000/api/v1/domains/acme.cn", { method: "PATCH", headers });
}

function refusal(request: Request): AppError | null {
  try {
    assertSameOrigin(request, env);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("assertSameOrigin", () => {
  it.each([
    ["the configured origin", { origin: "https://icp.example.com", host: "icp.example.com" }],
    ["the configured origin behind a proxy with another Host", { origin: "https://icp.example.com", host: "internal:3000" }],
    ["the request's own host", { origin: "http://localhost:3100", host: "localhost:3100" }],
    ["Sec-Fetch-Site same-origin without Origin", { "sec-fetch-site": "same-origin", host: "localhost:3100" }],
    ["the configured origin with an explicit default port", { origin: "https://icp.example.com:443", host: "x" }],
  ])("accepts %s", (_, headers) => {
    expect(refusal(patch(headers))).toBeNull();
  });

  it.each([
    ["another site", { origin: "https://evil.example", host: "icp.example.com" }],
    ["a sibling subdomain", { origin: "https://shop.icp.example.com", host: "icp.example.com" }],
    ["a look-alike host", { origin: "https://icp.example.com.evil.example", host: "icp.example.com" }],
    ["the configured host on another port", { origin: "https://icp.example.com:8443", host: "icp.example.com" }],
    ["an opaque origin", { origin: "null", host: "icp.example.com" }],
    ["no Origin and no Sec-Fetch-Site", { host: "icp.example.com" }],
    ["Sec-Fetch-Site cross-site even with a matching Origin", { "sec-fetch-site": "cross-site", origin: "https://icp.example.com", host: "icp.example.com" }],
    ["Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site", origin: "https://icp.example.com", host: "icp.example.com" }],
    ["a malformed Origin", { origin: "not a url", host: "icp.example.com" }],
    ["a non-web scheme", { origin: "file://icp.example.com", host: "icp.example.com" }],
  ])("refuses %s with 403 forbidden", (_, headers) => {
    const error = refusal(patch(headers));
    expect(error?.code).toBe("forbidden");
    expect(error?.status).toBe(403);
  });

  it("lists the configured origin and both schemes of the request's host", () => {
    expect(allowedOrigins(patch({ host: "localhost:3100" }), env).sort()).toEqual(
      ["http://localhost:3100", "https://icp.example.com", "https://localhost:3100"].sort(),
    );
    expect(allowedOrigins(patch({}), {} as NodeJS.ProcessEnv)).toEqual([]);
  });
});
