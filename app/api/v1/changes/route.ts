import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import { findDomainListVersion, findDomainVersion } from "@/lib/queries/domain-version";
import { ZChangesQuery } from "./schema";

export const dynamic = "force-dynamic";

/**
 * The version of what the caller sees: one domain's dashboard (`?domain=`) or their domain
 * list. An open page polls it about once a second and refreshes itself when it changes
 * (components/domain/live-refresh.tsx). `If-None-Match` with the current ETag answers 304
 * with no body, so an unchanged page costs one small indexed query and an empty answer.
 */
export const GET = apiRoute(async (request, { caller }) => {
  const query = ZChangesQuery.parse({ domain: request.nextUrl.searchParams.get("domain") ?? undefined });
  const db = await prisma();
  let version: string | null;
  if (query.domain !== undefined) {
    const normalised = normaliseDomainName(query.domain);
    version = normalised ? await findDomainVersion(db, caller.user, normalised.name) : null;
    // Another account's domain answers exactly like one that does not exist.
    if (!version) throw new AppError("not_found", "The domain was not found.");
  } else {
    version = await findDomainListVersion(db, caller.user);
    if (!version) throw new AppError("not_found", "There is no domain list for this caller.");
  }
  const etag = `"${version}"`;
  // Private: the answer depends on who asks. no-cache: a cache may keep it but must ask every time.
  const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
  const asked = request.headers.get("if-none-match");
  if (asked && asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new NextResponse(null, { status: 304, headers });
  }
  return NextResponse.json({ version }, { headers });
});
