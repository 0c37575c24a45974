import "server-only";
import type { NextRequest } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFromUser, type Actor } from "@/lib/use-cases/actor";
import { authenticateApiToken } from "@/lib/use-cases/manage-tokens";
import { requiredScope, scopeAllows } from "@/lib/auth/token-scopes";
import type { ApiTokenScope } from "@/lib/generated/prisma/enums";
import { observeRequest, routePattern } from "@/lib/metrics/registry";
import { assertSameOrigin } from "./origin";
import { errorResponse } from "./respond";

/**
 * Who is calling. `actor` is what use cases and the audit log get: for a token, the
 * token's creator (an admin) with a label naming the token.
 */
export type ApiCaller =
  | { user: CurrentUser; actor: Actor; via: "session" }
  | { user: CurrentUser; actor: Actor; via: "token"; token: { id: string; name: string; prefix: string; scope: ApiTokenScope } };

/**
 * Who an Idempotency-Key belongs to: the token, or the signed-in user. The same key from
 * two callers names two different requests.
 */
export function idempotencyScopeOf(caller: ApiCaller): string {
  return caller.via === "token" ? `token:${caller.token.id}` : `user:${caller.user.id}`;
}

type Handler<Params> = (request: NextRequest, context: { params: Params; caller: ApiCaller }) => Promise<Response>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function identify(request: NextRequest, route: string): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    // A request that presents a token is judged by the token alone, never by a cookie
    // sent alongside: a bad token is 401 even for a signed-in browser.
    const caller = await authenticateApiToken(await prisma(), authorization, new Date());
    if (!caller) throw new AppError("unauthenticated", "The API token is malformed, unknown, revoked or expired.");
    const needed = requiredScope(request.method, route);
    if (!scopeAllows(caller.token.scope, needed)) {
      throw new AppError("forbidden", `This API token may only ${caller.token.scope === "read" ? "read" : "read and record messages"}; ${request.method} ${route} needs a token with the ${needed} scope.`);
    }
    return { user: caller.user, actor: caller.actor, via: "token", token: caller.token };
  }
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in, or send an API token as `Authorization: Bearer <token>`.");
  // A session is an ambient credential: writes must come from the app's own pages.
  if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
  return { user, actor: actorFromUser(user), via: "session" };
}

/**
 * Wraps a /api/v1 route: identifies the caller by `Authorization: Bearer <token>` (an
 * admin's API token, 403 outside its scope) or by the session cookie (401 when neither), refuses
 * cookie-authenticated writes from another origin, and maps every error to the brief's
 * JSON error body. Permission and scoping checks stay in the use cases and queries.
 */
export function apiRoute<Params>(handler: Handler<Params>) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    const started = performance.now();
    const params = await context.params;
    const route = routePattern(request.nextUrl.pathname, params ?? {});
    let response: Response;
    try {
      const caller = await identify(request, route);
      response = await handler(request, { params, caller });
    } catch (error) {
      response = errorResponse(error);
    }
    // Durations by the route's pattern (/api/v1/domains/[name]), never by its URL.
    observeRequest(route, request.method, response.status, (performance.now() - started) / 1000);
    return response;
  };
}
