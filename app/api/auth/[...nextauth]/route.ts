import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { refuseMalformedAuthRequest } from "@/lib/api/auth-requests";
import { readBodyBytes } from "@/lib/api/body";
import { databaseUnavailable, errorResponse } from "@/lib/api/respond";
import { clientAddress } from "@/lib/auth/client-address";
import { authOptions, SIGN_IN_RATE_LIMITED, SIGN_IN_UNAVAILABLE } from "@/lib/auth/options";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { blockedUntil, THROTTLE_BLOCK_MS } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { checkDatabase } from "@/lib/queries/health";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in, sign-out and CSRF bodies are a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

export async function GET(request: NextRequest, context: Context) {
  const refused = refuseMalformedAuthRequest(request, (await context.params).nextauth);
  if (refused) return refused;
  return withoutServerErrors(await answer(request, context));
}

/** next-auth's answer; a request it throws on (rather than answering) is treated as its 5xx. */
async function answer(request: NextRequest, context: Context): Promise<Response> {
  try {
    return await handler(request, context);
  } catch {
    return new Response(null, { status: 500 });
  }
}

/**
 * next-auth answers 500 ("server configuration"), or throws, for some requests it cannot
 * read that the checks above do not foresee. Its
 * configuration is fixed and works, so a 5xx from it is either the database (503, as
 * everywhere) or the request (400), never a 500.
 */
async function withoutServerErrors(response: Response): Promise<Response> {
  if (response.status < 500) return response;
  try {
    await checkDatabase(await prisma());
  } catch (error) {
    return errorResponse(error);
  }
  return NextResponse.json(
    { error: { code: "validation_failed", message: "The sign-in service cannot read this request." } },
    { status: 400 },
  );
}

/** The email of a credentials body, read as next-auth reads it (JSON or form). */
function emailOf(bytes: Uint8Array, contentType: string | null): string {
  const text = new TextDecoder().decode(bytes);
  try {
    if (contentType?.includes("application/json")) {
      const body = JSON.parse(text) as { email?: unknown };
      return typeof body?.email === "string" ? body.email : "";
    }
    return new URLSearchParams(text).get("email") ?? "";
  } catch {
    return "";
  }
}

/** The `error=` next-auth put in its answer (a redirect, or JSON `{ url }` for fetch callers), if any. */
async function signInErrorOf(response: Response): Promise<string | null> {
  const location = response.headers.get("location");
  if (location) return new URL(location, "http://x").searchParams.get("error");
  if (!response.headers.get("content-type")?.includes("application/json")) return null;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === "string" ? new URL(body.url, "http://x").searchParams.get("error") : null;
}

// The body is read here with a bound and handed to next-auth as a fresh request. The
// lock itself is enforced in authorize() (lib/auth/options.ts) for any body type; this
// only turns its refusal into HTTP 429 with Retry-After.
export async function POST(request: NextRequest, context: Context) {
  const refused = refuseMalformedAuthRequest(request, (await context.params).nextauth);
  if (refused) return refused;
  let bytes: Uint8Array;
  try {
    bytes = await readBodyBytes(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  const bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body: bytes.byteLength ? (bytes as Uint8Array<ArrayBuffer>) : null });
  const response = await withoutServerErrors(await answer(bounded, context));
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return response;
  const signInError = await signInErrorOf(response);
  if (signInError === SIGN_IN_UNAVAILABLE) {
    return NextResponse.json(
      {
        url: new URL(`/login?error=${SIGN_IN_UNAVAILABLE}`, request.nextUrl.origin).toString(),
        error: { code: "unavailable", message: databaseUnavailable().message },
      },
      { status: 503, headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
    );
  }
  if (signInError !== SIGN_IN_RATE_LIMITED) return response;
  const email = emailOf(bytes, request.headers.get("content-type"));
  const until = email ? await blockedUntil(await prisma(), { email, ip: clientAddress(request.headers) }, new Date()) : null;
  const retryAfter = Math.max(1, Math.ceil(((until?.getTime() ?? Date.now() + THROTTLE_BLOCK_MS) - Date.now()) / 1000));
  return NextResponse.json(
    {
      url: new URL("/login?error=RateLimited", request.nextUrl.origin).toString(),
      error: {
        code: "rate_limited",
        message: `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      },
    },
    { status: 429, headers: { "Retry-After": String(retryAfter) } },
  );
}
