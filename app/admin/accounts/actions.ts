"use server";
import { revalidatePath } from "next/cache";
import { formTexts, runServerAction } from "@/lib/actions/server-action";
import { createAccount, renameAccount, ZCreateAccountInput, ZRenameAccountInput } from "@/lib/use-cases/manage-accounts";
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
  return adminFormState(previous, outcome, values, (created) => ({ name: created.name }));
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
  return adminFormState(previous, outcome, values, (result) => ({ unchanged: !result.changed, name: result.name }));
}
