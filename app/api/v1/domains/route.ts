import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { prisma } from "@/lib/db";
import { domainDto, domainListItemDto } from "@/lib/dto/domain";
import { findDomainForUser } from "@/lib/queries/domain-detail";
import { findDomainsForUser, parseDomainListQuery } from "@/lib/queries/domains";
import { createDomain, ZCreateDomainInput } from "@/lib/use-cases/create-domain";

export const dynamic = "force-dynamic";

/** The caller's domains, with the list page's filters, sorting and paging. */
export const GET = apiRoute(async (request, { caller }) => {
  const query = parseDomainListQuery(Object.fromEntries(request.nextUrl.searchParams));
  const page = await findDomainsForUser(await prisma(), caller.user, query, new Date());
  return NextResponse.json({
    domains: page.items.map(domainListItemDto),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    pageCount: page.pageCount,
  });
});

/** Admins add a domain to an account: 201, 409 when it exists, 422 for a name that is not a domain. */
export const POST = apiRoute(async (request, { caller }) => {
  const input = ZCreateDomainInput.parse(await readJsonBody(request));
  const db = await prisma();
  const now = new Date();
  const created = await createDomain(db, { actor: caller.actor, input, now });
  const domain = await findDomainForUser(db, caller.user, created.name);
  return NextResponse.json({ domain: domainDto(domain!, now) }, { status: 201 });
});
