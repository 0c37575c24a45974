import { describe, expect, it } from "vitest";
import { refuseMalformedAuthRequest } from "@/lib/api/auth-requests";

const get = (path: string) => new Request(`http://localhost${path}`);

describe("refuseMalformedAuthRequest", () => {
  it.each(["CredentialsSignin", "RateLimited", "Configuration", ""])("lets next-auth answer error=%j", (code) => {
    expect(refuseMalformedAuthRequest(get(`/api/auth/error?error=${code}`), ["error"])).toBeNull();
  });

  // next-auth copies `error` into a Location header, which throws on any character above
  // U+00FF: these answered an empty 500 before. Next turns `%FF` into U+FFFD (%EF%BF%BD).
  it.each(["%EF%BF%BD", "%E4%B8%AD%E6%96%87", "%C3%A9", "a%20b", "%3Cscript%3E", "x".repeat(65)])("refuses error=%s with 400 JSON", async (value) => {
    const refused = refuseMalformedAuthRequest(get(`/api/auth/error?error=${value}`), ["error"]);
    expect(refused?.status).toBe(400);
    expect(await refused?.json()).toEqual({ error: { code: "validation_failed", message: expect.stringContaining("error parameter") } });
  });

  it("refuses undecodable percent-encoding and NUL in the query", () => {
    expect(refuseMalformedAuthRequest(get("/api/auth/session?x=%E4%B8"), ["session"])?.status).toBe(400);
    expect(refuseMalformedAuthRequest(get("/api/auth/session?x=a%00"), ["session"])?.status).toBe(400);
  });

  it("answers 404 for an unknown action and 405 for a known one with the wrong method", () => {
    expect(refuseMalformedAuthRequest(get("/api/auth/nope"), ["nope"])?.status).toBe(404);
    const wrong = refuseMalformedAuthRequest(get("/api/auth/callback/credentials"), ["callback", "credentials"]);
    expect(wrong?.status).toBe(405);
    expect(wrong?.headers.get("allow")).toBe("POST");
  });
});
