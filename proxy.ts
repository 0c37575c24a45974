import { getToken } from "next-auth/jwt";
import { decodeSession } from "@/lib/auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { allowedMethods } from "@/lib/api/routes";
import { DATABASE_RETRY_AFTER_SECONDS, databaseRecentlyUnavailable } from "@/lib/db/availability";

// The proxy does these things and grants nothing:
// 1. sends signed-out visitors of pages to the sign-in page (every page, action and route
//    still checks the user and their permissions against the database itself:
//    lib/auth/session.ts, docs/decisions/0002);
// 2. puts a Content-Security-Policy with a fresh nonce on every response it sees — pages,
//    /login, /api/*, 404s. The headers that do not change per request (nosniff,
//    Referrer-Policy, X-Frame-Options, Permissions-Policy) come from next.config.js;
// 3. refuses malformed requests (bad percent-encoding, NUL characters) with 400 before any
//    route sees them, and wrong methods on /api routes with 405 JSON (lib/api/routes.ts);
// 4. answers pages with a 503 page while the database is known to be down
//    (lib/db/availability.ts).

/**
 * The policy for one response. Next.js reads the nonce back from this header on the
 * request (the `'nonce-…'` source of script-src) and puts it on its own scripts;
 * 'strict-dynamic' lets those scripts load the page's chunks, and nothing else runs.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, https = false } = {}): string {
  const directives = [
    "default-src 'self'",
    // React needs eval only in development, for its debugging stacks (Next.js CSP guide).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP (local runs) upgrading would break every subresource.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Files in public/ that a signed-out visitor (and the browser fetching icons) may load. */
const PUBLIC_FILES = [
  "/favicon.ico",
  "/robots.txt",
  "/icon.svg",
  "/icon-192.png",
  "/icon-512.png",
  "/icon-maskable-512.png",
  "/apple-touch-icon.png",
  "/manifest.webmanifest",
];

/** Pages that need a signed-in user; the sign-in page, the APIs (they answer 401 themselves) and Next's files do not. */
export function needsSignIn(pathname: string): boolean {
  if (pathname === "/login" || pathname.startsWith("/login/")) return false;
  if (pathname === "/api" || pathname.startsWith("/api/")) return false;
  if (pathname.startsWith("/_next/")) return false;
  // /metrics answers Prometheus with its own bearer token (app/metrics/route.ts).
  if (pathname === "/metrics") return false;
  return !PUBLIC_FILES.includes(pathname);
}

function withSecurityHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers });
}

/** A small page for refusals of page requests (no stack, nothing but the reason), in both languages. */
function errorPage(status: number, en: string, zh: string, headers: Record<string, string> = {}): NextResponse {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status}</title></head><body><main><h1>${status}</h1><p>${en}</p><p lang="zh-CN">${zh}</p><p><a href="/">Home · 首页</a></p></main></body></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8", ...headers } });
}

/**
 * Requests no route can serve safely, refused at the door with 400: a path whose
 * percent-encoding does not decode (`%`, `%FF`, `%C0%AE`), and a NUL character in the path
 * or the query (PostgreSQL cannot store it; docs/decisions/0006). JSON under /api, a short
 * page elsewhere.
 */
export function malformedRequest(rawPath: string, rawSearch: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return "The path is not valid percent-encoding.";
  }
  if (path.includes("\0")) return "The path contains a NUL character.";
  if (/%00/i.test(rawSearch) || rawSearch.includes("\0")) return "The query contains a NUL character.";
  try {
    decodeURIComponent(rawSearch.replace(/\+/g, " "));
  } catch {
    return "The query is not valid percent-encoding.";
  }
  return null;
}

/** Sign-in requests next-auth would fail on with a 500: a NUL anywhere in the body, or a JSON body that is not a JSON object. */
async function malformedAuthBody(request: NextRequest): Promise<string | null> {
  const text = await request.clone().text().catch(() => "");
  if (text.includes("\0") || /%00/i.test(text)) return "The request contains a NUL character.";
  if ((request.headers.get("content-type") ?? "").includes("json")) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== "object" || value === null || Array.isArray(value)) return "The request body is not a JSON object.";
    } catch {
      return "The request body is not valid JSON.";
    }
  }
  return null;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const https = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development", https });
  const raw = new URL(request.url);
  const malformed = malformedRequest(raw.pathname, raw.search);
  if (malformed) {
    const refusal = isApi(raw.pathname)
      ? apiError(400, "validation_failed", malformed)
      : errorPage(400, `Bad request: ${malformed}`, "请求无效：地址中含有无法识别的字符。");
    return withSecurityHeaders(refusal, csp, https);
  }
  const { pathname, search } = request.nextUrl;

  if (isApi(pathname)) {
    if (pathname.startsWith("/api/auth/") && request.method === "POST") {
      const bad = await malformedAuthBody(request);
      if (bad) return withSecurityHeaders(apiError(400, "validation_failed", bad), csp, https);
    } else if (!pathname.startsWith("/api/auth/")) {
      const allowed = allowedMethods(pathname);
      if (allowed && !allowed.includes(request.method)) {
        const refusal = apiError(405, "method_not_allowed", `${request.method} is not allowed here; use ${allowed.join(", ")}.`, {
          Allow: allowed.join(", "),
        });
        return withSecurityHeaders(refusal, csp, https);
      }
    }
  } else if (databaseRecentlyUnavailable() && !pathname.startsWith("/_next/")) {
    // The database just failed: answer pages at once, without a stack, until it is back.
    const refusal = errorPage(
      503,
      "The service is temporarily unavailable. Try again in a few seconds.",
      "服务暂时不可用，请稍后重试。",
      { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
    );
    return withSecurityHeaders(refusal, csp, https);
  }

  if (needsSignIn(pathname)) {
    const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
    // getToken picks the __Secure- cookie name itself when NEXTAUTH_URL is https.
    const token = secret ? await getToken({ req: request, secret, decode: decodeSession }) : null;
    if (!token) {
      const signIn = request.nextUrl.clone();
      signIn.pathname = "/login";
      signIn.search = "";
      signIn.searchParams.set("callbackUrl", pathname + search);
      return withSecurityHeaders(NextResponse.redirect(signIn), csp, https);
    }
  }

  const forwarded = new Headers(request.headers);
  // So a page can send a signed-out (or disabled) visitor back here after signing in.
  forwarded.set("x-icp-path", pathname + search);
  forwarded.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: forwarded } }), csp, https);
}

export const config = {
  // Everything but Next's build files, which get a static policy from next.config.js.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
