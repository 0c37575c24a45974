// Keys for intake channels, all derived from the app's one secret (NEXTAUTH_SECRET or
// AUTH_SECRET) with HKDF, so a deployment has nothing extra to configure or back up.
// See docs/decisions/0009-intake-channel-secrets.md for why the signing secret is kept
// encrypted rather than only hashed.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

function appSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
  if (!secret) throw new Error("Set NEXTAUTH_SECRET (or AUTH_SECRET): intake channel secrets are encrypted with a key derived from it.");
  return secret;
}

function derive(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret(), "icp-dashboard intake", purpose, 32));
}

const SEAL_VERSION = "v1";

/** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derive("channel-secret-v1"), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [SEAL_VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** The secret, or null when it cannot be opened (the app secret changed since it was sealed). */
export function openSecret(sealed: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== SEAL_VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derive("channel-secret-v1"), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/**
 * A keyed hash for recognising the same message twice. Keyed, because the text it is
 * computed over still holds the verification code: a plain hash of a six-digit code
 * could be reversed by trying every code.
 */
export function dedupeHash(parts: string[]): string {
  return createHmac("sha256", derive("dedupe-v1")).update(parts.join("\u0000")).digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}
