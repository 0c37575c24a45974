import "server-only";
import type { NextRequest } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "./origin";
import { errorResponse } from "./respond";

export type ApiCaller = { user: CurrentUser; via: "session" };

type Handler<Params> = (request: NextRequest, context: { params: Params; caller: ApiCaller }) => Promise<Response>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Wraps a /api/v1 route: identifies the caller (401 when nobody is signed in), refuses
 * cookie-authenticated writes from another origin, and maps every error to the brief's
 * JSON error body. Permission and scoping checks stay in the use cases and queries.
 */
export function apiRoute<Params>(handler: Handler<Params>) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("unauthenticated", "Sign in, or send an API token as `Authorization: Bearer <token>`.");
      if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
      return await handler(request, { params: await context.params, caller: { user, via: "session" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
