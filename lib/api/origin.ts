// Cookie-authenticated requests that change something must come from the app's own pages
// (PRODUCT.md, "Interfaces"). SameSite=Lax cookies already stay off cross-site POSTs from
// other sites, but not off requests from a sibling subdomain ("same-site") or from older
// browsers; this check refuses those too. Requests authenticated by a bearer token carry
// no ambient credential and need no origin check.
import { AppError } from "@/lib/errors";

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The origins this app answers on: NEXTAUTH_URL's, and the one the request was addressed to. */
export function allowedOrigins(request: Request, env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = new Set<string>();
  const configured = originOf(env.NEXTAUTH_URL);
  if (configured) origins.add(configured);
  const host = request.headers.get("host");
  if (host) {
    // The Host header does not say whether the client spoke TLS (a proxy in front may have
    // ended it), so both schemes of the request's own host count as this app.
    origins.add(originOf(`http://${host}`) ?? "");
    origins.add(originOf(`https://${host}`) ?? "");
    origins.delete("");
  }
  return [...origins];
}

/**
 * Throws AppError("forbidden") unless the request comes from this app's own origin:
 * `Sec-Fetch-Site: same-origin` (set by every current browser, not settable by page
 * scripts), or an `Origin` header equal to one of `allowedOrigins`. A request with neither
 * is refused: browsers send at least one of them on every state-changing fetch.
 */
export function assertSameOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "same-origin") return;
  const origin = request.headers.get("origin");
  // "cross-site" and "same-site" are refused even if an Origin header claims otherwise.
  if (fetchSite !== "cross-site" && fetchSite !== "same-site" && origin && origin !== "null") {
    const normalised = originOf(origin);
    if (normalised && allowedOrigins(request, env).includes(normalised)) return;
  }
  throw new AppError("forbidden", "This change must be made from the app's own pages (the request's origin is not this site).");
}
