"use server";
// The inbox's confirm and reject forms. runServerAction identifies the caller (re-read from the
// database) and refuses anyone who does not triage; the use cases check once more.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { formText, runServerAction, type ActionFailure } from "@/lib/actions/server-action";
import { localizeIntakeFields } from "@/lib/intake/form-errors";
import { confirmInbound, rejectInbound, ZConfirmInput, ZRejectInput } from "@/lib/intake/triage";

export type TriageFormState =
  | { status: "idle"; seq: number }
  | { status: "done"; seq: number; state: "recorded" | "rejected"; domain: string | null }
  | { status: "error"; seq: number; code: string; message: string; fields: Record<string, string> };

async function failed(seq: number, { code, message, fields, cause }: ActionFailure): Promise<TriageFormState> {
  return { status: "error", seq, code, message, fields: localizeIntakeFields(fields, cause, await getTranslations("intake.fieldErrors")) };
}

export async function confirmItemAction(previous: TriageFormState, form: FormData): Promise<TriageFormState> {
  const seq = previous.seq + 1;
  const kind = formText(form, "kind");
  const outcome = await runServerAction(form, {
    name: "confirmInbound",
    permission: "inbound:triage",
    schema: ZConfirmInput,
    read: () => ({ domain: formText(form, "domain"), ...(kind ? { kind } : {}) }),
    run: ({ db, actor, input, now }) => confirmInbound(db, { actor, itemId: formText(form, "itemId"), input, now }),
  });
  // Also after a failure: a failed recording stays in the inbox with its new reason.
  revalidatePath("/staff/inbox");
  if (!outcome.ok) return failed(seq, outcome.failure);
  return { status: "done", seq, state: "recorded", domain: outcome.value.domain };
}

export async function rejectItemAction(previous: TriageFormState, form: FormData): Promise<TriageFormState> {
  const seq = previous.seq + 1;
  const outcome = await runServerAction(form, {
    name: "rejectInbound",
    permission: "inbound:triage",
    schema: ZRejectInput,
    read: () => ({ reason: formText(form, "reason") }),
    run: ({ db, actor, input, now }) => rejectInbound(db, { actor, itemId: formText(form, "itemId"), input, now }),
  });
  if (!outcome.ok) return failed(seq, outcome.failure);
  revalidatePath("/staff/inbox");
  return { status: "done", seq, state: "rejected", domain: null };
}
