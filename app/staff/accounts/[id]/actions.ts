"use server";
// The review form. runServerAction identifies the caller (re-read from the database) and
// refuses anyone who may not review accounts, as if the account did not exist, before the
// use case checks once more.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { z } from "zod";
import { formText, formTexts, runServerAction, type ActionFailure } from "@/lib/actions/server-action";
import { parseChinaDate } from "@/lib/icp";
import { recordReview } from "@/lib/use-cases/record-review";
import type { ReviewField, ReviewFormState } from "./form-state";

type T = Awaited<ReturnType<typeof getTranslations<"staff.review">>>;

const REVIEW_FIELDS: readonly ReviewField[] = ["note", "outcome", "followUpAt"];

/** The form's fields; an unreadable follow-up date is refused here, with the format to use. */
const ZReviewForm = z.object({
  accountId: z.string(),
  note: z.string(),
  outcome: z.string(),
  followUpAt: z
    .string()
    .transform((value, context) => {
      if (!value.trim()) return null;
      const date = parseChinaDate(value);
      if (!date) context.addIssue({ code: "custom", message: "format" });
      return date ?? null;
    }),
});

function refused(t: T, { code, message, fields, cause }: ActionFailure): Pick<ReviewFormState, "message" | "fields"> {
  if (code === "unauthenticated") return { message: t("errors.signedOut") };
  if (code === "not_found") return { message: t("errors.notFound") };
  if (cause instanceof z.ZodError) {
    const found: Partial<Record<ReviewField, string>> = {};
    for (const issue of cause.issues) {
      const field = REVIEW_FIELDS.find((f) => f === issue.path[0]);
      if (field) found[field] ??= t(field === "followUpAt" && issue.message === "format" ? "errors.followUpAtFormat" : `errors.${field}`);
    }
    return { message: t("errors.checkFields"), fields: found };
  }
  if (fields.followUpAt) return { message: t("errors.checkFields"), fields: { followUpAt: t("errors.followUpAtRange") } };
  return { message: code === "internal_error" ? t("errors.generic") : message };
}

export async function recordReviewAction(_previous: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const t = await getTranslations("staff.review");
  const values = formTexts(form, ["note", "outcome", "followUpAt"]);
  const outcome = await runServerAction(form, {
    name: "recordReview",
    permission: "accounts:review",
    denied: "not_found",
    schema: ZReviewForm,
    read: () => ({ ...values, accountId: formText(form, "accountId") }),
    run: ({ db, actor, input, now }) => recordReview(db, { actor, input: { ...input, outcome: input.outcome as never }, now }),
  });
  if (!outcome.ok) return { status: "error", ...refused(t, outcome.failure), values, at: Date.now() };
  revalidatePath("/staff", "layout");
  return { status: "saved", at: Date.now() };
}
