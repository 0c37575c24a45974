// SmsForwarder's webhook (pppscn/SmsForwarder, utils/sender/WebhookUtils.kt), as it sends by
// default: a form `from=…&content=…&timestamp=…&sign=…`, or the same fields as JSON when its
// body template starts with "{". `timestamp` is milliseconds since 1970; `sign` is
// URLEncoder.encode(base64(HMAC-SHA256(secret, timestamp + "\n" + secret))), DingTalk's scheme.
import { createHmac } from "node:crypto";
import { z } from "zod";
import { safeEqual } from "./keys";

/** A forwarded SMS whose timestamp is further than this from our clock is refused (replays). */
export const MAX_CLOCK_SKEW_MS = 60 * 60 * 1000;

/** base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)), before SmsForwarder URL-encodes it. */
export function smsForwarderSignature(secret: string, timestamp: string): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${secret}`, "utf8").digest("base64");
}

/** The `sign` value exactly as SmsForwarder puts it in the request (URL-encoded base64). */
export function smsForwarderSign(secret: string, timestamp: string): string {
  return encodeURIComponent(smsForwarderSignature(secret, timestamp));
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Whether `sign` is right for this timestamp. SmsForwarder URL-encodes the base64 before
 * putting it into the form, which its HTTP client then form-encodes again, so after one
 * decoding the value may still be URL-encoded; a client that sends the bare base64 in a form
 * has its "+" read as a space. All three spellings of the one correct signature are accepted.
 */
export function verifySmsForwarderSign(secret: string, timestamp: string, sign: string): boolean {
  const expected = smsForwarderSignature(secret, timestamp);
  const candidates = new Set([sign, safeDecode(sign), safeDecode(sign).replace(/ /g, "+"), sign.replace(/ /g, "+")]);
  let ok = false;
  for (const candidate of candidates) if (safeEqual(candidate, expected)) ok = true;
  return ok;
}

export const ZSmsForwarderBody = z.object({
  from: z.string().trim().max(200, "At most 200 characters.").default(""),
  content: z.string().min(1, "The SMS content is empty.").max(100_000),
  timestamp: z.union([z.string().trim().regex(/^\d{10,16}$/, "Milliseconds since 1970."), z.number().int().positive()]).transform(String),
  sign: z.string().trim().min(1, "Sign the request: set the secret in SmsForwarder.").max(500),
});
export type TSmsForwarderBody = z.infer<typeof ZSmsForwarderBody>;

/** Reads the form (urlencoded or multipart) or JSON body into its fields (unvalidated). */
export async function parseSmsForwarderBody(bytes: Uint8Array, contentType: string | null): Promise<Record<string, unknown> | null> {
  if ((contentType ?? "").toLowerCase().startsWith("multipart/form-data")) {
    try {
      const form = await new Response(new Uint8Array(bytes).buffer as ArrayBuffer, { headers: { "content-type": contentType ?? "" } }).formData();
      const fields: Record<string, unknown> = {};
      for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
      return fields;
    } catch {
      return null;
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const type = (contentType ?? "").toLowerCase();
  const looksJson = type.includes("json") || (!type.includes("form") && text.trimStart().startsWith("{"));
  if (looksJson) {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  const params = new URLSearchParams(text);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of params) fields[key] = value;
  return fields;
}

export type SignatureCheck = "ok" | "bad_sign" | "stale";

export function checkSmsForwarderRequest(secret: string, body: TSmsForwarderBody, now: Date): SignatureCheck {
  if (!verifySmsForwarderSign(secret, body.timestamp, body.sign)) return "bad_sign";
  if (Math.abs(now.getTime() - Number(body.timestamp)) > MAX_CLOCK_SKEW_MS) return "stale";
  return "ok";
}
