"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createAccountAction, renameAccountAction } from "./actions";
import type { AdminFormState } from "./form-state";

export function CreateAccountForm() {
  const t = useTranslations("admin.accounts");
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(createAccountAction, { status: "idle", seq: 0 });
  const error = state.status === "error" ? state.fields.name ?? state.message : undefined;
  return (
    <form key={state.seq} action={formAction} className="panel inline-form">
      <div className="field">
        <label htmlFor="new-account-name">{t("newName")}</label>
        <input
          id="new-account-name"
          name="name"
          maxLength={200}
          defaultValue={state.status === "error" ? state.values.name : ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-account-error" : undefined}
        />
      </div>
      <button type="submit" disabled={pending}>
        {t("create")}
      </button>
      <p aria-live="polite" className="form-status">
        {state.status === "saved" ? t("created", { name: state.name ?? "" }) : null}
        {error ? (
          <span className="field-error" id="new-account-error" role="alert">
            {error}
          </span>
        ) : null}
      </p>
    </form>
  );
}

export function RenameAccountForm({ accountId, name }: { accountId: string; name: string }) {
  const t = useTranslations("admin.accounts");
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(renameAccountAction, { status: "idle", seq: 0 });
  const error = state.status === "error" ? state.fields.name ?? state.message : undefined;
  const inputId = `rename-${accountId}`;
  return (
    <form key={state.seq} action={formAction} className="inline-form">
      <input type="hidden" name="accountId" value={accountId} />
      <label htmlFor={inputId} className="small">
        {t.rich("renameLabel", { name, n: (chunks) => <span translate="no">{chunks}</span> })}
      </label>
      <input
        id={inputId}
        name="name"
        maxLength={200}
        defaultValue={state.status === "error" ? state.values.name : name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />
      <button type="submit" className="secondary" disabled={pending}>
        {t("rename")}
      </button>
      <span aria-live="polite">
        {state.status === "saved" ? (state.unchanged ? t("unchanged") : t("renamed")) : null}
        {error ? (
          <span className="field-error" id={`${inputId}-error`} role="alert">
            {error}
          </span>
        ) : null}
      </span>
    </form>
  );
}
