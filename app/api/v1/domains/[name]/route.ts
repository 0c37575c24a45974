import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { prisma } from "@/lib/db";
import { domainDto } from "@/lib/dto/domain";
import { AppError } from "@/lib/errors";
import { normaliseDomainName } from "@/lib/domain-name";
import { findDomainForUser } from "@/lib/queries/domain-detail";
import { updateDomainFacts, ZDomainFactsInput } from "@/lib/use-cases/update-domain-facts";

export const dynamic = "force-dynamic";

type Params = { name: string };

function domainName(raw: string): string {
  // Accept the Unicode form, a www. prefix or upper case in the URL, as the list does.
  const normalised = normaliseDomainName(decodeURIComponent(raw));
  if (!normalised) throw new AppError("not_found", "The domain was not found.");
  return normalised.name;
}

export const GET = apiRoute<Params>(async (_request, { params, caller }) => {
  const now = new Date();
  const domain = await findDomainForUser(await prisma(), caller.user, domainName(params.name));
  if (!domain) throw new AppError("not_found", "The domain was not found.");
  return NextResponse.json({ domain: domainDto(domain, now) });
});

/** Answers the deciding questions (hosting, providerAccess) and answers with the re-derived domain. */
export const PATCH = apiRoute<Params>(async (request, { params, caller }) => {
  const input = ZDomainFactsInput.parse(await readJsonBody(request));
  const db = await prisma();
  const now = new Date();
  const name = domainName(params.name);
  await updateDomainFacts(db, { actor: caller.actor, domainName: name, input, now });
  const domain = await findDomainForUser(db, caller.user, name);
  return NextResponse.json({ domain: domainDto(domain!, now) });
});
