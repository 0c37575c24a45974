import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { prisma } from "@/lib/db";
import { findInboundItem, listInbound, reportInbound, ZInboundQuery, type TReportInput } from "@/lib/intake/triage";

export const dynamic = "force-dynamic";

/** A customer's report of a message (staff name the `account`): 201 with the inbound item. */
export const POST = apiRoute(async (request, { caller }) => {
  const body = (await readJsonBody(request)) as TReportInput;
  const db = await prisma();
  const { item } = await reportInbound(db, { actor: caller.actor, input: body, now: new Date() });
  return NextResponse.json({ item: await findInboundItem(db, caller.user, item.id) }, { status: 201 });
});

/** Inbound items, newest first: a customer's own account's, staff every account's. */
export const GET = apiRoute(async (request, { caller }) => {
  const params = request.nextUrl.searchParams;
  const query = ZInboundQuery.parse({
    state: params.get("state") ?? undefined,
    account: params.get("account") ?? undefined,
    channel: params.get("channel") ?? undefined,
    via: params.get("via") ?? undefined,
  });
  return NextResponse.json({ items: await listInbound(await prisma(), caller.user, query) });
});
