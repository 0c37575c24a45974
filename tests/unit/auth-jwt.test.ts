// The session cookie's JWT is read and written by lib/auth/jwt.ts instead of next-auth's own
// functions (the derived key is kept): the tokens must stay exactly next-auth's, so that a
// session signed in before an upgrade, or read by next-auth itself, still works.
import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSession, encodeSession, sessionCookieName, sessionTokenFrom } from "@/lib/auth/jwt";

const secret = "a-long-random-secret-for-the-session-cookie-test";

describe("the session token", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is read from a token next-auth made", async () => {
    const token = await encode({ token: { sub: "user-1", sessionVersion: 3 }, secret, maxAge: 60 });
    expect(await decodeSession({ token, secret })).toMatchObject({ sub: "user-1", sessionVersion: 3 });
  });

  it("is one next-auth reads", async () => {
    const token = await encodeSession({ token: { sub: "user-2", sessionVersion: 0 }, secret, maxAge: 60 });
    const payload = await decode({ token, secret });
    expect(payload).toMatchObject({ sub: "user-2", sessionVersion: 0 });
    expect(Number(payload!.exp) - Number(payload!.iat)).toBe(60);
    expect(typeof payload!.jti).toBe("string");
  });

  it("keeps next-auth's salted keys apart", async () => {
    const token = await encode({ token: { sub: "user-3" }, secret, salt: "other" });
    expect(await decodeSession({ token, secret, salt: "other" })).toMatchObject({ sub: "user-3" });
    await expect(decodeSession({ token, secret })).rejects.toThrow();
  });

  it("is refused with another secret, when expired, and when absent", async () => {
    const token = await encodeSession({ token: { sub: "user-4" }, secret, maxAge: 60 });
    await expect(decodeSession({ token, secret: `${secret}-other` })).rejects.toThrow();
    // 15 s of clock tolerance, as next-auth allows.
    const expired = await encodeSession({ token: { sub: "user-4" }, secret, maxAge: -20 });
    await expect(decodeSession({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSession({ token: undefined, secret })).toBeNull();
  });

  it("is taken from the session cookie, joined from its chunks in order", () => {
    const name = "next-auth.session-token";
    expect(sessionTokenFrom([{ name: "other", value: "x" }], name)).toBeUndefined();
    expect(sessionTokenFrom([{ name, value: "whole" }, { name: "next-auth.csrf-token", value: "x" }], name)).toBe("whole");
    expect(
      sessionTokenFrom(
        [
          { name: `${name}.2`, value: "c" },
          { name: `${name}.0`, value: "a" },
          { name: `${name}.10`, value: "d" },
          { name: `${name}.1`, value: "b" },
        ],
        name,
      ),
    ).toBe("abcd");
  });

  it("has the __Secure- name over https", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://icp.example");
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3000");
    expect(sessionCookieName()).toBe("next-auth.session-token");
  });
});
