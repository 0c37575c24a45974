"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFromUser } from "@/lib/use-cases/actor";
import { StaleVersionError, updateAction, ZUpdateActionInput } from "@/lib/use-cases/update-action";
import { updateDomainFacts, ZDomainFactsInput } from "@/lib/use-cases/update-domain-facts";

export type FormState =
  | { status: "idle" }
  | { status: "saved" }
  | { status: "conflict"; currentState: string }
  | { status: "error"; code: string; message: string; fields?: Record<string, string>; values?: Record<string, string> };

function failure(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof StaleVersionError) return { status: "conflict", currentState: error.currentState };
  if (error instanceof AppError) return { status: "error", code: error.code, message: error.message, fields: error.fields, values };
  if (error instanceof z.ZodError) {
    return { status: "error", code: "validation_failed", message: "Check the highlighted fields.", fields: fieldErrorsOf(error), values };
  }
  console.error("domain dashboard action failed", error);
  return { status: "error", code: "internal_error", message: "The change could not be saved." };
}

// A server action is a public POST endpoint: each one identifies the caller itself.
export async function trackAction(_previous: FormState, form: FormData): Promise<FormState> {
  const note = String(form.get("note") ?? "");
  const user = await getCurrentUser();
  if (!user) return { status: "error", code: "unauthenticated", message: "Your session has ended. Sign in again." };
  try {
    const intent = form.get("intent");
    const input = ZUpdateActionInput.parse({
      version: Number(form.get("version")),
      state: intent && intent !== "note" ? intent : undefined,
      note: note.trim() ? note : undefined,
    });
    await updateAction(await prisma(), {
      actor: actorFromUser(user),
      actionId: String(form.get("actionId") ?? ""),
      input,
      now: new Date(),
    });
    // The same components serve the customer dashboard and the staff pages.
    revalidatePath("/", "layout");
    return { status: "saved" };
  } catch (error) {
    return failure(error, { note });
  }
}

export async function answerFacts(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", code: "unauthenticated", message: "Your session has ended. Sign in again." };
  const domainName = String(form.get("domain") ?? "");
  try {
    const input = ZDomainFactsInput.parse({
      hosting: form.get("hosting") ?? undefined,
      providerAccess: form.get("providerAccess") ?? undefined,
    });
    await updateDomainFacts(await prisma(), { actor: actorFromUser(user), domainName, input, now: new Date() });
    // The same components serve the customer dashboard and the staff pages.
    revalidatePath("/", "layout");
    return { status: "saved" };
  } catch (error) {
    return failure(error);
  }
}
