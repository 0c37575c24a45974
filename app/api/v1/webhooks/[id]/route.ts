import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db";
import { deleteWebhook } from "@/lib/notifications/webhooks";

export const dynamic = "force-dynamic";

/** Deletes the webhook (and its delivery log): 204; another account's answers 404. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { params, caller }) => {
  await deleteWebhook(await prisma(), { caller: caller.user, actor: caller.actor, id: params.id });
  return new Response(null, { status: 204 });
});
