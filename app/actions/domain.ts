"use server";
// The dashboard's forms (customer and staff pages alike): track an action, answer the
// deciding questions, and (admins) retract a wrongly recorded message. runServerAction
// identifies the caller and maps failures.
import { revalidatePath } from "next/cache";
import { formText, runServerAction, type ActionFailure } from "@/lib/actions/server-action";
import { StaleVersionError, updateAction, ZUpdateActionInput } from "@/lib/use-cases/update-action";
import { updateDomainFacts, ZDomainFactsInput } from "@/lib/use-cases/update-domain-facts";
import { retractMessage, ZRetractMessageInput } from "@/lib/use-cases/retract-message";

export type FormState =
  | { status: "idle" }
  | { status: "saved" }
  | { status: "conflict"; currentState: string }
  | { status: "error"; code: string; message: string; fields?: Record<string, string>; values?: Record<string, string> };

function failure({ code, message, fields, cause }: ActionFailure, values?: Record<string, string>): FormState {
  if (cause instanceof StaleVersionError) return { status: "conflict", currentState: cause.currentState };
  return { status: "error", code, message, fields, values };
}

export async function trackAction(_previous: FormState, form: FormData): Promise<FormState> {
  const note = formText(form, "note");
  const outcome = await runServerAction(form, {
    name: "trackAction",
    schema: ZUpdateActionInput,
    read: () => {
      const intent = formText(form, "intent");
      return { version: Number(form.get("version")), state: intent && intent !== "note" ? intent : undefined, note: note.trim() ? note : undefined };
    },
    run: ({ db, actor, input, now }) => updateAction(db, { actor, actionId: formText(form, "actionId"), input, now }),
  });
  if (!outcome.ok) return failure(outcome.failure, { note });
  // The same components serve the customer dashboard and the staff pages.
  revalidatePath("/", "layout");
  return { status: "saved" };
}

export async function answerFacts(_previous: FormState, form: FormData): Promise<FormState> {
  const outcome = await runServerAction(form, {
    name: "answerFacts",
    schema: ZDomainFactsInput,
    read: () => ({ hosting: form.get("hosting") ?? undefined, providerAccess: form.get("providerAccess") ?? undefined }),
    run: ({ db, actor, input, now }) => updateDomainFacts(db, { actor, domainName: formText(form, "domain"), input, now }),
  });
  if (!outcome.ok) return failure(outcome.failure);
  revalidatePath("/", "layout");
  return { status: "saved" };
}

/** An admin retracts a recorded message from the domain's timeline; the reason is the retraction's text. */
export async function retractMessageAction(_previous: FormState, form: FormData): Promise<FormState> {
  const reason = formText(form, "reason");
  const outcome = await runServerAction(form, {
    name: "retractMessage",
    permission: "messages:record",
    schema: ZRetractMessageInput,
    read: () => ({ messageId: formText(form, "messageId"), reason }),
    run: ({ db, actor, input, now }) => retractMessage(db, { actor, input, now }),
  });
  if (!outcome.ok) return failure(outcome.failure, { reason });
  revalidatePath("/", "layout");
  return { status: "saved" };
}
