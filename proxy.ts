import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// The proxy does two things and grants nothing:
// 1. sends signed-out visitors of pages to the sign-in page (every page, action and route
//    still checks the user and their permissions against the database itself:
//    lib/auth/session.ts, docs/decisions/0002);
// 2. puts a Content-Security-Policy with a fresh nonce on every response it sees — pages,
//    /login, /api/*, 404s. The headers that do not change per request (nosniff,
//    Referrer-Policy, X-Frame-Options, Permissions-Policy) come from next.config.js.

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

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const https = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development", https });
  const { pathname, search } = request.nextUrl;

  if (needsSignIn(pathname)) {
    const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
    // getToken picks the __Secure- cookie name itself when NEXTAUTH_URL is https.
    const token = secret ? await getToken({ req: request, secret }) : null;
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
