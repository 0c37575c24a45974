import { NextResponse, type NextRequest } from "next/server";
import { errorResponse, jsonError } from "@/lib/api/respond";
import { prisma } from "@/lib/db";
import { MAX_JSON_BODY_BYTES, readBodyBytes } from "@/lib/api/body";
import { handleIntakeRequest, RateLimitedError } from "@/lib/intake/receive-request";

export const dynamic = "force-dynamic";

/**
 * An intake channel's address: SmsForwarder's signed webhook (form or JSON) or a raw MIME
 * e-mail with the channel's secret as bearer token. No session: the token in the path and
 * the signature are the credentials. 202 with the inbound item (the first one for a repeat).
 */
export async function POST(request: NextRequest, context: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await context.params;
    // SMS and e-mail alike: 1 MB at most (an e-mail with large attachments is not a filing notice).
    const body = await readBodyBytes(request, MAX_JSON_BODY_BYTES);
    const db = await prisma();
    const answer = await handleIntakeRequest(db, {
      token,
      contentType: request.headers.get("content-type"),
      authorization: request.headers.get("authorization"),
      body,
      now: new Date(),
    });
    return NextResponse.json(answer, { status: 202 });
  } catch (error) {
    if (error instanceof RateLimitedError) return jsonError(error, { headers: { "Retry-After": String(error.retryAfterSeconds) } });
    return errorResponse(error);
  }
}
