// Any /api path no route serves: 404 in the API's JSON error shape, whatever the method
// (Next.js would answer an HTML page). Known routes asked with a wrong method are answered
// 405 by proxy.ts before they get here.
import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

function notFound(): NextResponse {
  return NextResponse.json({ error: { code: "not_found", message: "There is no such API endpoint." } }, { status: 404 });
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
