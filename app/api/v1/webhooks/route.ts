import { NextResponse } from "next/server";
import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { createWebhook, listWebhooks, ZCreateWebhookInput } from "@/lib/notifications/webhooks";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ account: z.string().trim().min(1).max(200).optional() });

/** A customer's account's webhooks; an admin's: all, or one account's with `?account=`. */
export const GET = apiRoute(async (request, { caller }) => {
  const query = ZQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json({ webhooks: await listWebhooks(await prisma(), caller.user, query.account) });
});

/** `{ url, kind, secret?, events?, account? }` → 201 with the secret, shown this once. */
export const POST = apiRoute(async (request, { caller }) => {
  const input = ZCreateWebhookInput.parse(await readJsonBody(request));
  const webhook = await createWebhook(await prisma(), { caller: caller.user, actor: caller.actor, input, now: new Date() });
  return NextResponse.json({ webhook }, { status: 201 });
});
