"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction, setUserDisabledAction } from "./actions";
import { IDLE, type UserField, type UserFormState } from "./form-state";

// Inputs are controlled, so what was typed (passwords included) stays in the form when
// the server refuses it; React's reset after a form action touches only uncontrolled ones.

const ROLES: readonly Role[] = ["customer", "agent", "admin"];

function FormMessage({ state, id }: { state: UserFormState; id: string }) {
  if (!state.message) return null;
  return (
    <p id={id} className={state.status === "error" ? "form-error" : "form-status tone-ok"} role={state.status === "error" ? "alert" : "status"}>
      {state.message}
    </p>
  );
}

type FieldProps = {
  form: string;
  name: UserField;
  label: string;
  hint?: string;
  state: UserFormState;
  children: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
};

/** A label, the input, an optional hint and the field's error, wired for screen readers. */
function Field({ form, name, label, hint, state, children }: FieldProps) {
  const id = `${form}-${name}`;
  const error = state.fields?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, ...(error ? { "aria-invalid": true } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {hint ? (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function RoleSelect({ value, onChange, ...props }: { value: string; onChange: (role: string) => void; id: string; name: string }) {
  const roles = useTranslations("roles");
  return (
    <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roles(role)}
        </option>
      ))}
    </select>
  );
}

/**
 * The account, picked from the list of accounts (no typing a name that might not exist).
 * Only customers belong to one; for a support agent or an admin the choice is "no account".
 */
function AccountSelect({
  value,
  onChange,
  accounts,
  role,
  ...props
}: { value: string; onChange: (v: string) => void; accounts: string[]; role: string; id: string; name: string }) {
  const t = useTranslations("users");
  const staff = role !== "customer";
  // A name that is no longer in the list (renamed meanwhile) stays choosable, so the form never silently changes it.
  const names = value && !accounts.includes(value) ? [value, ...accounts] : accounts;
  return (
    <select {...props} value={staff ? "" : value} disabled={staff} onChange={(event) => onChange(event.target.value)}>
      <option value="">{staff ? t("accountNone") : t("accountChoose")}</option>
      {names.map((name) => (
        <option key={name} value={name} translate="no">
          {name}
        </option>
      ))}
    </select>
  );
}

export function CreateUserForm({ accounts }: { accounts: string[] }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  const [values, setValues] = useState({ email: "", name: "", role: "customer", account: "", password: "", passwordConfirm: "" });
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const F = "create";
  return (
    <form action={action} noValidate className="stack" aria-describedby={state.message ? "create-message" : undefined}>
      <FormMessage state={state} id="create-message" />
      <Field form={F} name="email" label={t("email")} state={state}>
        {(p) => <input {...p} type="email" autoComplete="off" value={values.email} onChange={(e) => set("email")(e.target.value)} />}
      </Field>
      <Field form={F} name="name" label={t("name")} state={state}>
        {(p) => <input {...p} type="text" autoComplete="off" value={values.name} onChange={(e) => set("name")(e.target.value)} />}
      </Field>
      <Field form={F} name="role" label={t("role")} state={state}>
        {(p) => <RoleSelect {...p} value={values.role} onChange={set("role")} />}
      </Field>
      <Field form={F} name="account" label={t("account")} hint={t("accountHint")} state={state}>
        {(p) => <AccountSelect {...p} value={values.account} onChange={set("account")} accounts={accounts} role={values.role} />}
      </Field>
      <Field form={F} name="password" label={t("password")} hint={t("passwordHint")} state={state}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={values.password} onChange={(e) => set("password")(e.target.value)} />}
      </Field>
      <Field form={F} name="passwordConfirm" label={t("passwordConfirm")} state={state}>
        {(p) => (
          <input {...p} type="password" autoComplete="new-password" value={values.passwordConfirm} onChange={(e) => set("passwordConfirm")(e.target.value)} />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submitCreate")}
      </button>
    </form>
  );
}

export function RoleForm({ userId, role, account, accounts }: { userId: string; role: Role; account: string | null; accounts: string[] }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(changeUserRoleAction, IDLE);
  const [values, setValues] = useState({ role: role as string, account: account ?? "" });
  const F = "role";
  return (
    <form action={action} noValidate className="stack" aria-describedby={state.message ? "role-message" : undefined}>
      <FormMessage state={state} id="role-message" />
      <input type="hidden" name="userId" value={userId} />
      <Field form={F} name="role" label={t("role")} state={state}>
        {(p) => <RoleSelect {...p} value={values.role} onChange={(r) => setValues((v) => ({ ...v, role: r }))} />}
      </Field>
      <Field form={F} name="account" label={t("account")} hint={t("accountHint")} state={state}>
        {(p) => <AccountSelect {...p} value={values.account} onChange={(a) => setValues((v) => ({ ...v, account: a }))} accounts={accounts} role={values.role} />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submitRole")}
      </button>
    </form>
  );
}

export function PasswordForm({ userId }: { userId: string }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(resetUserPasswordAction, IDLE);
  const [values, setValues] = useState({ password: "", passwordConfirm: "", at: state.at });
  // A saved password is cleared from the form; a refused one stays for correcting.
  if (state.status === "saved" && values.at !== state.at) setValues({ password: "", passwordConfirm: "", at: state.at });
  const F = "password";
  return (
    <form action={action} noValidate className="stack" aria-describedby={state.message ? "password-message" : undefined}>
      <FormMessage state={state} id="password-message" />
      <input type="hidden" name="userId" value={userId} />
      <Field form={F} name="password" label={t("newPassword")} hint={t("passwordHint")} state={state}>
        {(p) => (
          <input {...p} type="password" autoComplete="new-password" value={values.password} onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))} />
        )}
      </Field>
      <Field form={F} name="passwordConfirm" label={t("passwordConfirm")} state={state}>
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={values.passwordConfirm}
            onChange={(e) => setValues((v) => ({ ...v, passwordConfirm: e.target.value }))}
          />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submitPassword")}
      </button>
    </form>
  );
}

export function AccessForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(setUserDisabledAction, IDLE);
  return (
    <form action={action} className="stack" aria-describedby={state.message ? "access-message" : undefined}>
      <FormMessage state={state} id="access-message" />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : disabled ? t("enable") : t("disable")}
      </button>
    </form>
  );
}
