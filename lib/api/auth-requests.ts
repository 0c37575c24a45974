// next-auth answers some malformed requests with a 500 ("server configuration"): unknown
// actions, a GET to the credentials callback, a query whose percent-encoding does not
// decode, an `error=` value it copies into a Location header (any character above U+00FF
// makes that header throw; Next turns an undecodable `%FF` into U+FFFD before any code of
// ours sees the URL). Its route refuses those first, in the API's JSON error shape.
import { NextResponse } from "next/server";

const GET_ACTIONS = new Set(["csrf", "session", "providers", "signin", "signout", "error", "verify-request"]);
const POST_ACTIONS = new Set(["signin", "signin/credentials", "callback/credentials", "signout", "session", "_log"]);

/** next-auth's error codes (Configuration, CredentialsSignin, …) and ours (RateLimited) are words. */
const ERROR_CODE = /^[A-Za-z]{0,64}$/;

function refuse(status: number, code: string, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers });
}

/** A refusal for a request next-auth cannot serve, or null to let next-auth answer it. */
export function refuseMalformedAuthRequest(request: Request, segments: readonly string[]): NextResponse | null {
  const url = new URL(request.url);
  try {
    decodeURIComponent(url.search.replace(/\+/g, " "));
  } catch {
    return refuse(400, "validation_failed", "The query is not valid percent-encoding.");
  }
  if (/%00/i.test(url.search)) return refuse(400, "validation_failed", "The query contains a NUL character.");
  const error = url.searchParams.get("error");
  if (error !== null && !ERROR_CODE.test(error)) {
    return refuse(400, "validation_failed", "The error parameter must be a sign-in error code (letters only).");
  }
  const action = segments.join("/");
  const allowed = request.method === "POST" ? POST_ACTIONS : GET_ACTIONS;
  if (allowed.has(action)) return null;
  const other = request.method === "POST" ? GET_ACTIONS : POST_ACTIONS;
  if (other.has(action)) {
    const methods = [...(POST_ACTIONS.has(action) ? ["POST"] : []), ...(GET_ACTIONS.has(action) ? ["GET"] : [])];
    return refuse(405, "method_not_allowed", `${request.method} is not allowed here.`, { Allow: methods.join(", ") });
  }
  return refuse(404, "not_found", "There is no such sign-in endpoint.");
}
