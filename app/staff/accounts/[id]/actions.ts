"use server";
// The review form. A server action is a public POST endpoint: it identifies the caller
// itself (re-read from the database) and refuses anyone who may not review accounts
// before the use case checks once more.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFromUser } from "@/lib/use-cases/actor";
import { parseChinaDate } from "@/lib/icp";
import { recordReview } from "@/lib/use-cases/record-review";
import type { ReviewField, ReviewFormState } from "./form-state";

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export async function recordReviewAction(_previous: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const t = await getTranslations("staff.review");
  const values = { note: text(form, "note"), outcome: text(form, "outcome"), followUpAt: text(form, "followUpAt") };
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: t("errors.signedOut"), values, at: Date.now() };
  if (!can(user.role, "accounts:review")) return { status: "error", message: t("errors.notFound"), values, at: Date.now() };

  const followUpAt = values.followUpAt.trim() ? parseChinaDate(values.followUpAt) : null;
  if (values.followUpAt.trim() && !followUpAt) {
    return { status: "error", message: t("errors.checkFields"), fields: { followUpAt: t("errors.followUpAtFormat") }, values, at: Date.now() };
  }
  const accountId = text(form, "accountId");
  try {
    await recordReview(await prisma(), {
      actor: actorFromUser(user),
      input: { accountId, note: values.note, outcome: values.outcome as never, followUpAt },
      now: new Date(),
    });
  } catch (error) {
    if (error instanceof z.ZodError) {
      const fields: Partial<Record<ReviewField, string>> = {};
      for (const issue of error.issues) {
        const field = issue.path[0];
        if (field === "note" || field === "outcome" || field === "followUpAt") fields[field] ??= t(`errors.${field}`);
      }
      return { status: "error", message: t("errors.checkFields"), fields, values, at: Date.now() };
    }
    if (error instanceof AppError) {
      if (error.fields?.followUpAt) {
        return { status: "error", message: t("errors.checkFields"), fields: { followUpAt: t("errors.followUpAtRange") }, values, at: Date.now() };
      }
      return { status: "error", message: error.code === "not_found" ? t("errors.notFound") : error.message, values, at: Date.now() };
    }
    console.error("recording a review failed", error);
    return { status: "error", message: t("errors.generic"), values, at: Date.now() };
  }
  revalidatePath("/staff", "layout");
  return { status: "saved", at: Date.now() };
}
