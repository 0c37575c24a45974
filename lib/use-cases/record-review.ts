// A support agent records what they checked on an account: a note, an outcome and, when
// something is left to do, the date to look again. One row, one audit event, one
// transaction; the queue reads the newest review of each account.
import { z } from "zod";
import { maskVerificationCodes } from "@/lib/icp";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { chinaDayStart, DAY_MS } from "@/lib/icp";
import { ReviewOutcome, type PrismaClient } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "./actor";

export const ZRecordReviewInput = z
  .object({
    accountId: z.string().trim().min(1, "Choose an account."),
    // Masked on the way in: the stored note and its audit copy never hold a code in clear.
    note: z.string().trim().min(1, "Write what you checked.").max(4000, "A note has at most 4,000 characters.").transform(maskVerificationCodes),
    outcome: z.enum(ReviewOutcome, { error: "Choose an outcome." }),
    followUpAt: z.date({ error: "Enter a date as YYYY-MM-DD." }).nullable().default(null),
  })
  .strict()
  .refine((v) => v.outcome !== "needs_follow_up" || v.followUpAt !== null, {
    message: "Set the date to follow up.",
    path: ["followUpAt"],
  });
export type TRecordReviewInput = z.input<typeof ZRecordReviewInput>;

export async function recordReview(
  db: PrismaClient,
  { actor, input, now }: { actor: Actor; input: TRecordReviewInput; now: Date },
): Promise<{ reviewId: string }> {
  // A customer cannot learn that accounts or reviews exist: not found, never forbidden.
  if (!can(actor.role, "accounts:review")) throw new AppError("not_found", "The account was not found.");
  const review = ZRecordReviewInput.parse(input);
  if (review.followUpAt && review.followUpAt < chinaDayStart(now)) {
    throw new AppError("unprocessable", "The follow-up date is in the past.", { followUpAt: "Choose today or a later date." });
  }
  if (review.followUpAt && review.followUpAt.getTime() > now.getTime() + 5 * 365 * DAY_MS) {
    throw new AppError("unprocessable", "The follow-up date is too far ahead.", { followUpAt: "Choose a date within five years." });
  }
  return db.$transaction(async (tx) => {
    const account = await tx.account.findUnique({ where: { id: review.accountId }, select: { id: true } });
    if (!account) throw new AppError("not_found", "The account was not found.");
    const created = await tx.review.create({
      data: {
        accountId: account.id,
        agentId: actor.userId,
        note: review.note,
        outcome: review.outcome,
        followUpAt: review.followUpAt,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "review.recorded",
      targetType: "review",
      targetId: created.id,
      accountId: account.id,
      after: { outcome: created.outcome, followUpAt: created.followUpAt?.toISOString() ?? null, note: created.note },
    });
    return { reviewId: created.id };
  });
}
