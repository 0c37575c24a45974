// What an API token may do. A token carries one scope, each including the one before:
//   read   — GET (and HEAD) on every /api/v1 route its admin may read;
//   record — read, plus recording messages and running imports (an SMS gateway, a mail relay);
//   admin  — everything the admin who created it may do.
// A route asks for `read` when the method is safe, `record` when it is listed below, and
// `admin` otherwise, so a new write route needs an admin token until it is listed here.
import type { ApiTokenScope } from "@/lib/generated/prisma/enums";

export const TOKEN_SCOPES = ["read", "record", "admin"] as const satisfies readonly ApiTokenScope[];

/** Writes a `record` token may make: "METHOD /api/v1/pattern", patterns as in lib/api/routes.ts. */
export const RECORD_SCOPE_ROUTES: readonly string[] = [
  "POST /api/v1/messages",
  "POST /api/v1/imports",
  "POST /api/v1/imports/[id]/start",
];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The scope a token needs for a request, by method and the route's pattern (/api/v1/imports/[id]). */
export function requiredScope(method: string, routePattern: string): ApiTokenScope {
  if (SAFE_METHODS.has(method.toUpperCase())) return "read";
  if (RECORD_SCOPE_ROUTES.includes(`${method.toUpperCase()} ${routePattern}`)) return "record";
  return "admin";
}

export function scopeAllows(granted: ApiTokenScope, needed: ApiTokenScope): boolean {
  return TOKEN_SCOPES.indexOf(granted) >= TOKEN_SCOPES.indexOf(needed);
}

/** The expiry choices offered when a token is made, in days; null is "no expiry". */
export const TOKEN_EXPIRY_DAYS = [30, 90, 365, null] as const;
