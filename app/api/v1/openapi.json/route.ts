import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-static";

/** The OpenAPI 3.1 document of /api/v1, /api/health and /api/intake, generated from the routes' zod schemas. */
export function GET() {
  return NextResponse.json(openApiDocument());
}
