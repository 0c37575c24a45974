// Reading request bodies with a bound: every route that reads a body reads it through
// here, so a body over the route's limit is refused (413) after reading at most the
// limit, whether or not it declared a Content-Length (a chunked body does not).
import { AppError } from "@/lib/errors";

/** The limit of a JSON API body. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

function tooLargeFor(limit: number): AppError {
  const size = limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MB` : `${Math.ceil(limit / 1024)} KB`;
  return new AppError("payload_too_large", `The request body is larger than ${size}.`);
}

/**
 * The body's bytes, read as a stream: refused with `tooLarge` (413 by default) as soon
 * as more than `limit` bytes arrived, cancelling the rest unread. A declared
 * Content-Length over the limit is refused before reading anything.
 */
export async function readBodyBytes(request: Request, limit: number, tooLarge: () => Error = () => tooLargeFor(limit)): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      // The client went away mid-body (Node reports ECONNRESET "aborted"). That is the
      // request's fault, not the database's: answered 400, and never mistaken for an
      // outage (lib/db/errors.ts reads ECONNRESET as "database unavailable", which would
      // make every other request 503 until the next probe).
      throw new AppError("validation_failed", "The request body ended before it was complete.", { body: "Incomplete body." });
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as UTF-8 text, bounded as readBodyBytes. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/** Reads a JSON body: 413 over the limit (1 MB unless told), 400 when it is not JSON. */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const text = await readBodyText(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("validation_failed", "The request body is not valid JSON.", { body: "Malformed JSON." });
  }
  // PostgreSQL cannot store a NUL character; refuse it here rather than fail in the database.
  if (text.includes("\\u0000") && containsNul(value)) {
    throw new AppError("validation_failed", "The request body contains a NUL character (\\u0000).", { body: "NUL characters are not allowed." });
  }
  return value;
}

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(containsNul);
  if (typeof value === "object" && value !== null) return Object.entries(value).some(([key, v]) => key.includes("\0") || containsNul(v));
  return false;
}
