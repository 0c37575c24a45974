import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { revokeIntakeChannel } from "@/lib/intake/channels";

export const dynamic = "force-dynamic";

/** Revokes a channel: its URL answers 404 from now on. Another account's channel: 404. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { caller, params }) => {
  const { revoked } = await revokeIntakeChannel(await prisma(), { actor: caller.actor, channelId: params.id, now: new Date() });
  return NextResponse.json({ channel: { id: params.id, revoked: true }, changed: revoked });
});
