"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { AdminFormState } from "../accounts/form-state";
import { addDomainAction, moveDomainAction, updateFilingAction } from "./actions";

type Account = { id: string; name: string };

function useFieldHelpers(state: AdminFormState) {
  const fields = state.status === "error" ? state.fields : {};
  return {
    fields,
    value: (key: string, fallback: string) => (state.status === "error" ? (state.values[key] ?? fallback) : fallback),
    invalid: (key: string) => (fields[key] ? true : undefined),
    described: (id: string, key: string) => (fields[key] ? `${id}-error` : undefined),
  };
}

function ErrorText({ id, text }: { id: string; text?: string }) {
  return text ? (
    <span className="field-error" id={`${id}-error`}>
      {text}
    </span>
  ) : null;
}

function FormMessage({ state, saved, unchanged }: { state: AdminFormState; saved: React.ReactNode; unchanged?: string }) {
  const hasFields = state.status === "error" && Object.keys(state.fields).length > 0;
  return (
    <p aria-live="polite" className="form-status">
      {state.status === "saved" ? (state.unchanged && unchanged ? unchanged : saved) : null}
      {state.status === "error" && !hasFields ? (
        <span className="form-error" role="alert">
          {state.message}
        </span>
      ) : null}
    </p>
  );
}

export function AddDomainForm({ accounts }: { accounts: Account[] }) {
  const t = useTranslations("admin.domains");
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(addDomainAction, { status: "idle", seq: 0 });
  const h = useFieldHelpers(state);
  return (
    <form key={state.seq} action={formAction} className="panel stack">
      <div className="inline-form">
        <div className="field">
          <label htmlFor="add-domain-name">{t("name")}</label>
          <input id="add-domain-name" name="name" defaultValue={h.value("name", "")} aria-invalid={h.invalid("name")} aria-describedby={h.described("add-domain-name", "name")} />
          <ErrorText id="add-domain-name" text={h.fields.name} />
        </div>
        <div className="field">
          <label htmlFor="add-domain-account">{t("account")}</label>
          <select id="add-domain-account" name="account" defaultValue={h.value("account", "")} aria-invalid={h.invalid("account")} aria-describedby={h.described("add-domain-account", "account")}>
            <option value="">{t("chooseAccount")}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <ErrorText id="add-domain-account" text={h.fields.account} />
        </div>
        <button type="submit" disabled={pending}>
          {t("add")}
        </button>
      </div>
      <p className="muted small">{t("nameHint")}</p>
      <FormMessage
        state={state}
        saved={
          state.status === "saved" && state.name ? (
            <>
              {t("added", { name: state.name })} <Link href={`/admin/domains/${encodeURIComponent(state.name)}`}>{t("editLink")}</Link>
            </>
          ) : null
        }
      />
    </form>
  );
}

export function MoveDomainForm({ domain, accountId, accounts }: { domain: string; accountId: string; accounts: Account[] }) {
  const t = useTranslations("admin.domains");
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(moveDomainAction, { status: "idle", seq: 0 });
  const h = useFieldHelpers(state);
  return (
    <form key={state.seq} action={formAction} className="stack">
      <input type="hidden" name="domain" value={domain} />
      <div className="inline-form">
        <div className="field">
          <label htmlFor="move-account">{t("moveTo")}</label>
          <select id="move-account" name="account" defaultValue={h.value("account", accountId)} aria-invalid={h.invalid("account")} aria-describedby={h.described("move-account", "account")}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <ErrorText id="move-account" text={h.fields.account} />
        </div>
        <button type="submit" disabled={pending}>
          {t("move")}
        </button>
      </div>
      <FormMessage state={state} saved={t("moved")} unchanged={t("unchanged")} />
    </form>
  );
}

type Filing = { icpNumber: string; icpEntityNumber: string; filingType: string; providerStage: string };

export function FilingForm({ domain, filing }: { domain: string; filing: Filing }) {
  const t = useTranslations("admin.domains");
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(updateFilingAction, { status: "idle", seq: 0 });
  const h = useFieldHelpers(state);
  const input = (key: keyof Filing, hint?: string) => (
    <div className="field">
      <label htmlFor={`filing-${key}`}>{t(key)}</label>
      <input
        id={`filing-${key}`}
        name={key}
        defaultValue={h.value(key, filing[key])}
        aria-invalid={h.invalid(key)}
        aria-describedby={h.described(`filing-${key}`, key)}
      />
      {hint ? <span className="muted small">{hint}</span> : null}
      <ErrorText id={`filing-${key}`} text={h.fields[key]} />
    </div>
  );
  return (
    <form key={state.seq} action={formAction} className="stack">
      <input type="hidden" name="domain" value={domain} />
      {input("icpNumber", t("icpNumberHint"))}
      {input("icpEntityNumber", t("icpEntityNumberHint"))}
      {input("filingType", t("filingTypeHint"))}
      {input("providerStage")}
      <div>
        <button type="submit" disabled={pending}>
          {t("saveFiling")}
        </button>
      </div>
      <FormMessage state={state} saved={t("savedFiling")} unchanged={t("unchanged")} />
    </form>
  );
}
