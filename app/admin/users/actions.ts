"use server";
// The admin user-management forms. A server action is a public POST endpoint, so each one
// checks the caller itself (re-read from the database) before validating and calling the
// use case, which checks the permission once more.
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { actorFromUser, type Actor } from "@/lib/use-cases/actor";
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

async function adminActor(): Promise<Actor | null> {
  const user = await getCurrentUser();
  return user && can(user.role, "users:manage") ? actorFromUser(user) : null;
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

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

function invalid(t: T, error: z.ZodError, extra: Partial<Record<UserField, string>> = {}): UserFormState {
  const fields: Partial<Record<UserField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === "email" || field === "name" || field === "role" || field === "account" || field === "password") {
      fields[field] ??= t(`errors.${field}`);
    }
  }
  return { status: "error", message: t("errors.checkFields"), fields: { ...fields, ...extra }, at: Date.now() };
}

function refused(t: T, error: unknown): UserFormState {
  if (error instanceof UserRuleError) {
    const field = FIELD_OF_RULE[error.rule];
    const message = t(`errors.${error.rule}`);
    return field
      ? { status: "error", message: t("errors.checkFields"), fields: { [field]: message }, at: Date.now() }
      : { status: "error", message, at: Date.now() };
  }
  // Unexpected: logged with an id, shown as a generic message.
  console.error(`[${randomUUID()}] user management failed`, error);
  return { status: "error", message: t("errors.unexpected"), at: Date.now() };
}

function mismatch(t: T, formData: FormData): Partial<Record<UserField, string>> {
  return text(formData, "password") === text(formData, "passwordConfirm") ? {} : { passwordConfirm: t("errors.passwordMismatch") };
}

export async function createUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const actor = await adminActor();
  if (!actor) return { status: "error", message: t("errors.forbidden"), at: Date.now() };
  const parsed = ZCreateUserInput.safeParse({
    email: text(formData, "email"),
    name: text(formData, "name"),
    role: text(formData, "role"),
    account: text(formData, "account"),
    password: text(formData, "password"),
  });
  const confirm = mismatch(t, formData);
  if (!parsed.success) return invalid(t, parsed.error, confirm);
  if (confirm.passwordConfirm) return { status: "error", message: t("errors.checkFields"), fields: confirm, at: Date.now() };
  let id: string;
  try {
    id = (await createUser(await prisma(), { actor, input: parsed.data, now: new Date() })).id;
  } catch (error) {
    return refused(t, error);
  }
  revalidatePath("/admin/users");
  redirect(`/admin/users/${encodeURIComponent(id)}?created=1`);
}

export async function changeUserRoleAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const actor = await adminActor();
  if (!actor) return { status: "error", message: t("errors.forbidden"), at: Date.now() };
  const parsed = ZChangeUserRoleInput.safeParse({
    userId: text(formData, "userId"),
    role: text(formData, "role"),
    account: text(formData, "account"),
  });
  if (!parsed.success) return invalid(t, parsed.error);
  try {
    const db = await prisma();
    const before = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { role: true, accountId: true } });
    const after = await changeUserRole(db, { actor, input: parsed.data, now: new Date() });
    revalidatePath("/admin/users");
    const unchanged = before?.role === after.role && before.accountId === after.accountId;
    return { status: "saved", message: unchanged ? t("savedUnchanged") : t("savedRole"), at: Date.now() };
  } catch (error) {
    return refused(t, error);
  }
}

export async function resetUserPasswordAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const actor = await adminActor();
  if (!actor) return { status: "error", message: t("errors.forbidden"), at: Date.now() };
  const parsed = ZResetUserPasswordInput.safeParse({ userId: text(formData, "userId"), password: text(formData, "password") });
  const confirm = mismatch(t, formData);
  if (!parsed.success) return invalid(t, parsed.error, confirm);
  if (confirm.passwordConfirm) return { status: "error", message: t("errors.checkFields"), fields: confirm, at: Date.now() };
  try {
    await resetUserPassword(await prisma(), { actor, input: parsed.data, now: new Date() });
    return { status: "saved", message: t("savedPassword"), at: Date.now() };
  } catch (error) {
    return refused(t, error);
  }
}

export async function setUserDisabledAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const t = await getTranslations("users");
  const actor = await adminActor();
  if (!actor) return { status: "error", message: t("errors.forbidden"), at: Date.now() };
  const parsed = ZSetUserDisabledInput.safeParse({ userId: text(formData, "userId"), disabled: text(formData, "disabled") === "true" });
  if (!parsed.success) return invalid(t, parsed.error);
  try {
    const user = await setUserDisabled(await prisma(), { actor, input: parsed.data, now: new Date() });
    revalidatePath("/admin/users");
    return { status: "saved", message: user.disabledAt ? t("savedDisabled") : t("savedEnabled"), at: Date.now() };
  } catch (error) {
    return refused(t, error);
  }
}
