import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { prisma } from "@/lib/db";
import { createIntakeChannel, listIntakeChannels } from "@/lib/intake/channels";
import { publicBaseUrl } from "@/lib/intake/base-url";

export const dynamic = "force-dynamic";

/** Creates an intake channel: 201 with its URL and secret, shown only in this answer. */
export const POST = apiRoute(async (request, { caller }) => {
  const body = (await readJsonBody(request)) as { name: string; account?: string };
  const answer = await createIntakeChannel(await prisma(), { actor: caller.actor, input: body, now: new Date(), baseUrl: publicBaseUrl(request) });
  return NextResponse.json(answer, { status: 201 });
});

/** The caller's channels (staff: every account's, `?account=` narrows), without secrets. */
export const GET = apiRoute(async (request, { caller }) => {
  const channels = await listIntakeChannels(await prisma(), caller.user, { account: request.nextUrl.searchParams.get("account") });
  return NextResponse.json({ channels });
});
