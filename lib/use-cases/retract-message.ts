// An admin declares a recorded message wrong (recorded for the wrong domain, misread, a
// duplicate of another wording): a `retraction` message naming it, whose text is the
// admin's reason, recorded through recordMessage like every message. Derivation then runs
// as if the retracted message never came (lib/icp/derive.ts, docs/decisions/0003);
// retractions are final.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "./actor";
import { recordMessage, type RecordMessageResult } from "./record-message";

export const ZRetractMessageInput = z.object({
  messageId: z.string().min(1).max(100),
  reason: z.string().trim().min(1, "Say why the message is wrong.").max(2_000, "At most 2,000 characters."),
});
export type TRetractMessageInput = z.infer<typeof ZRetractMessageInput>;

export async function retractMessage(
  db: PrismaClient,
  { actor, input, now }: { actor: Actor; input: TRetractMessageInput; now: Date },
): Promise<RecordMessageResult & { domainName: string }> {
  if (actor.intake !== undefined || !can(actor.role, "messages:record")) throw new AppError("forbidden", "Only admins retract messages.");
  const { messageId, reason } = ZRetractMessageInput.parse(input);
  const target = await db.message.findUnique({ where: { id: messageId }, select: { channel: true, domain: { select: { name: true } } } });
  if (!target) throw new AppError("not_found", "The message was not found.");
  const result = await recordMessage(db, {
    actor,
    now,
    input: { domain: target.domain.name, kind: "retraction", text: reason, receivedAt: now, channel: target.channel, retractsMessageId: messageId, icpNumbers: [] },
  });
  return { ...result, domainName: target.domain.name };
}
