"use server";
import { revalidatePath } from "next/cache";
import { formTexts, runServerAction, type ActionOutcome } from "@/lib/actions/server-action";
import { createAccount, renameAccount, ZCreateAccountInput, ZRenameAccountInput } from "@/lib/use-cases/manage-accounts";
import { localiseFields } from "../messages/localise-fields";
import { adminFormState, type AdminFormState } from "./form-state";

export async function createAccountAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const values = formTexts(form, ["name"]);
  const outcome = await runServerAction(form, {
    name: "createAccount",
    permission: "accounts:manage",
    schema: ZCreateAccountInput,
    read: () => values,
    run: ({ db, actor, input }) => createAccount(db, { actor, input }),
  });
  if (outcome.ok) revalidatePath("/admin/accounts");
  return adminFormState(previous, await localised(outcome), values, (created) => ({ name: created.name }));
}

export async function renameAccountAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const values = formTexts(form, ["accountId", "name"]);
  const outcome = await runServerAction(form, {
    name: "renameAccount",
    permission: "accounts:manage",
    schema: ZRenameAccountInput,
    read: () => values,
    run: ({ db, actor, input }) => renameAccount(db, { actor, input }),
  });
  if (outcome.ok) revalidatePath("/", "layout");
  return adminFormState(previous, await localised(outcome), values, (result) => ({ unchanged: !result.changed, name: result.name }));
}

/** The field messages in the reader's language (the use case writes English). */
async function localised<T>(outcome: ActionOutcome<T>): Promise<ActionOutcome<T>> {
  return outcome.ok ? outcome : { ok: false, failure: { ...outcome.failure, fields: await localiseFields(outcome.failure.fields) } };
}
