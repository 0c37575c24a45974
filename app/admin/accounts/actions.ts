"use server";
import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { actorFromUser } from "@/lib/use-cases/actor";
import { createAccount, renameAccount } from "@/lib/use-cases/manage-accounts";
import { adminFailure, formValues, type AdminFormState } from "./form-state";

async function accountAdmin() {
  const user = await getCurrentUser();
  return user && can(user.role, "accounts:manage") ? user : null;
}

export async function createAccountAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const seq = previous.seq + 1;
  const values = formValues(form, ["name"]);
  const user = await accountAdmin();
  if (!user) return { status: "error", seq, message: "Only admins manage accounts.", fields: {}, values };
  try {
    const created = await createAccount(await prisma(), { actor: actorFromUser(user), input: { name: values.name ?? "" } });
    revalidatePath("/admin/accounts");
    return { status: "saved", seq, name: created.name };
  } catch (error) {
    return adminFailure(seq, error, values);
  }
}

export async function renameAccountAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const seq = previous.seq + 1;
  const values = formValues(form, ["accountId", "name"]);
  const user = await accountAdmin();
  if (!user) return { status: "error", seq, message: "Only admins manage accounts.", fields: {}, values };
  try {
    const result = await renameAccount(await prisma(), {
      actor: actorFromUser(user),
      input: { accountId: values.accountId ?? "", name: values.name ?? "" },
    });
    revalidatePath("/", "layout");
    return { status: "saved", seq, unchanged: !result.changed, name: result.name };
  } catch (error) {
    return adminFailure(seq, error, values);
  }
}
