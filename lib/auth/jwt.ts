import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// The session cookie's JWT, encrypted exactly as next-auth 4 does it (next-auth/jwt: A256GCM
// with a key derived from the secret by HKDF-SHA256), with the derived key kept instead of
// derived again for every request: the proxy and every page read the cookie, and the
// derivation was a measurable part of each page's server time (docs/benchmarks.md).
// tests/unit/auth-jwt.test.ts checks that next-auth's own encode and decode read these
// tokens and the other way round.

const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;
const keys = new Map<string, Uint8Array>();

/** next-auth's key for `secret` and `salt` (its getDerivedEncryptionKey), derived once per process. */
function encryptionKey(secret: string | Buffer, salt = ""): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    // A process has one or two secrets (the session's, and a test's); never let it grow.
    if (keys.size >= 8) keys.clear();
    keys.set(id, key);
  }
  return key;
}

const now = () => (Date.now() / 1000) | 0;

export async function encodeSession({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt = "" }: JWTEncodeParams): Promise<string> {
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(now() + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

export async function decodeSession({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

/** The session cookie's name, as next-auth names it: with the __Secure- prefix when the site is served over https. */
export function sessionCookieName(): string {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The session token from a request's cookies, joined from its chunks (`name.0`, `name.1`, …)
 * as next-auth's SessionStore joins them; undefined without one.
 */
export function sessionTokenFrom(cookies: readonly { name: string; value: string }[], name = sessionCookieName()): string | undefined {
  const chunks = cookies.filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`));
  if (!chunks.length) return undefined;
  const suffix = (cookieName: string) => Number.parseInt(cookieName.split(".").pop() ?? "0", 10) || 0;
  return chunks
    .sort((a, b) => suffix(a.name) - suffix(b.name))
    .map((cookie) => cookie.value)
    .join("");
}
