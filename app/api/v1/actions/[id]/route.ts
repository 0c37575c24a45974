import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { jsonError } from "@/lib/api/respond";
import { prisma } from "@/lib/db";
import { domainDto } from "@/lib/dto/domain";
import { findDomainForUser } from "@/lib/queries/domain-detail";
import { StaleVersionError, updateAction, ZUpdateActionInput } from "@/lib/use-cases/update-action";

export const dynamic = "force-dynamic";

/** `{ state?, note?, version }`: 200 with the whole domain; 409 with the current state when the version is stale. */
export const PATCH = apiRoute<{ id: string }>(async (request, { params, caller }) => {
  const input = ZUpdateActionInput.parse(await readJsonBody(request));
  const db = await prisma();
  const now = new Date();
  try {
    const { domainName } = await updateAction(db, { actor: caller.actor, actionId: params.id, input, now });
    const domain = await findDomainForUser(db, caller.user, domainName);
    return NextResponse.json({ domain: domainDto(domain!, now) });
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    const response = jsonError(error);
    const body = (await response.json()) as object;
    return NextResponse.json(
      { ...body, current: { id: params.id, state: error.currentState, version: error.currentVersion } },
      { status: 409 },
    );
  }
});
