"use server";
// The admin user-management forms. runServerAction checks the caller (re-read from the
// database) and the form before the use case, which checks the permission once more;
// the answers here are the Users page's own texts, beside each field.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { z } from "zod";
import { formText, runServerAction, type ActionFailure } from "@/lib/actions/server-action";
import { findUserRole } from "@/lib/queries/admin-users";
import {
  changeUserRole,
  createUser,
  resetUserPassword,
  setUserDisabled,
  UserRuleError,
  ZChangeUserRoleInput,
  ZCreateUserInput,
  ZResetUserPasswordInput,
  ZSetUserDisabledInput,
  type UserRule,
} from "@/lib/use-cases/manage-users";
import type { UserField, UserFormState } from "./form-state";

type T = Awaited<ReturnType<typeof getTranslations<"users">>>;

const FIELD_OF_RULE: Record<UserRule, UserField | null> = {
  forbidden: null,
  user_not_found: null,
  email_taken: "email",
  account_required: "account",
  account_unknown: "account",
  account_for_staff: "account",
  weak_password: "password",
  self_demote: "role",
  self_disable: null,
};

const FIELDS: readonly UserField[] = ["email", "name", "role", "account", "password", "passwordConfirm"];

/** The two password fields must agree; checked beside the use case's own rules, in one answer. */
const confirmed = (v: { password: string; passwordConfirm: string }) => v.password === v.passwordConfirm;
const MISMATCH = { path: ["passwordConfirm"], when: () => true };
/** The use case's input: the confirmation has done its job. */
function unconfirmed<T extends { passwordConfirm: string }>(input: T): Omit<T, "passwordConfirm"> {
  const copy: Partial<T> = { ...input };
  delete copy.passwordConfirm;
  return copy as Omit<T, "passwordConfirm">;
}
const ZCreateUserForm = ZCreateUserInput.extend({ passwordConfirm: z.string() }).refine(confirmed, MISMATCH);
const ZResetPasswordForm = ZResetUserPasswordInput.extend({ passwordConfirm: z.string() }).refine(confirmed, MISMATCH);

function refused(t: T, { code, cause }: ActionFailure): UserFormState {
  if (code === "unauthenticated" || code === "forbidden") return { status: "error", message: t("errors.forbidden"), at: Date.now() };
  if (cause instanceof z.ZodError) {
    const fields: Partial<Record<UserField, string>> = {};
    for (const issue of cause.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]);
      if (field) fields[field] ??= t(field === "passwordConfirm" ? "errors.passwordMismatch" : `errors.${field}`);
    }
    return { status: "error", message: t("errors.checkFields"), fields, at: Date.now() };
  }
  if (cause instanceof UserRuleError) {
    const field = FIELD_OF_RULE[cause.rule];
    const message = t(`errors.${cause.rule}`);
    return field
      ? { status: "error", message: t("errors.checkFields"), fields: { [field]: message }, at: Date.now() }
      : { status: "error", message, at: Date.now() };
  }
  // Unexpected (logged by runServerAction): a generic message.
  return { status: "error", message: t("errors.unexpected"), at: Date.now() };
}

export async function createUserAction(_previous: UserFormState, form: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const outcome = await runServerAction(form, {
    name: "createUser",
    permission: "users:manage",
    schema: ZCreateUserForm,
    read: () => ({
      email: formText(form, "email"),
      name: formText(form, "name"),
      role: formText(form, "role"),
      account: formText(form, "account"),
      password: formText(form, "password"),
      passwordConfirm: formText(form, "passwordConfirm"),
    }),
    run: ({ db, actor, input, now }) => createUser(db, { actor, input: unconfirmed(input), now }),
  });
  if (!outcome.ok) return refused(t, outcome.failure);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${encodeURIComponent(outcome.value.id)}?created=1`);
}

export async function changeUserRoleAction(_previous: UserFormState, form: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const outcome = await runServerAction(form, {
    name: "changeUserRole",
    permission: "users:manage",
    schema: ZChangeUserRoleInput,
    read: () => ({ userId: formText(form, "userId"), role: formText(form, "role"), account: formText(form, "account") }),
    run: async ({ db, actor, input, now }) => {
      const before = await findUserRole(db, input.userId);
      const after = await changeUserRole(db, { actor, input, now });
      return before?.role === after.role && before.accountId === after.accountId;
    },
  });
  if (!outcome.ok) return refused(t, outcome.failure);
  revalidatePath("/admin/users");
  return { status: "saved", message: outcome.value ? t("savedUnchanged") : t("savedRole"), at: Date.now() };
}

export async function resetUserPasswordAction(_previous: UserFormState, form: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const outcome = await runServerAction(form, {
    name: "resetUserPassword",
    permission: "users:manage",
    schema: ZResetPasswordForm,
    read: () => ({ userId: formText(form, "userId"), password: formText(form, "password"), passwordConfirm: formText(form, "passwordConfirm") }),
    run: ({ db, actor, input, now }) => resetUserPassword(db, { actor, input: unconfirmed(input), now }),
  });
  if (!outcome.ok) return refused(t, outcome.failure);
  return { status: "saved", message: t("savedPassword"), at: Date.now() };
}

export async function setUserDisabledAction(_previous: UserFormState, form: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const outcome = await runServerAction(form, {
    name: "setUserDisabled",
    permission: "users:manage",
    schema: ZSetUserDisabledInput,
    read: () => ({ userId: formText(form, "userId"), disabled: formText(form, "disabled") === "true" }),
    run: ({ db, actor, input, now }) => setUserDisabled(db, { actor, input, now }),
  });
  if (!outcome.ok) return refused(t, outcome.failure);
  revalidatePath("/admin/users");
  return { status: "saved", message: outcome.value.disabledAt ? t("savedDisabled") : t("savedEnabled"), at: Date.now() };
}
