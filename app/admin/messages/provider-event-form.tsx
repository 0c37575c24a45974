"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { PROVIDER_EVENT_KINDS } from "@/lib/icp/kinds";
import { recordProviderEvent } from "./actions";
import { DomainSuggestions } from "./domain-suggestions";
import type { ProviderEventState } from "./form-state";
import { Preview, SavedResult } from "./record-form";

/** The provider's own steps, recorded by staff with channel `provider` (PRODUCT.md). */
export function ProviderEventForm({ defaultReceivedAt }: { defaultReceivedAt: string }) {
  const t = useTranslations("admin.provider");
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState<ProviderEventState, FormData>(recordProviderEvent, { status: "idle", seq: 0 });
  const values = state.status === "error" || state.status === "previewed" ? state.values : { domain: "", kind: "", receivedAt: defaultReceivedAt, note: "" };
  const fields = state.status === "error" ? state.fields : {};
  const [domainQuery, setDomainQuery] = useState("");
  const [changedAfter, setChangedAfter] = useState<number | null>(null);
  const previewed = state.status === "previewed" ? state : null;
  const outdated = previewed !== null && changedAfter === state.seq;
  return (
    <div className="stack">
      <form key={state.seq} action={formAction} className="panel stack" onChange={() => setChangedAfter(state.seq)}>
        {previewed ? <input type="hidden" name="previewKey" value={previewed.previewKey} /> : null}
        <div className="field">
          <label htmlFor="provider-domain">{t("domain")}</label>
          <input
            id="provider-domain"
            name="domain"
            list="provider-domain-suggestions"
            autoComplete="off"
            defaultValue={values.domain}
            onChange={(event) => setDomainQuery(event.target.value)}
            aria-invalid={fields.domain ? true : undefined}
          />
          <DomainSuggestions id="provider-domain-suggestions" query={domainQuery} />
          {fields.domain ? <span className="field-error">{fields.domain}</span> : null}
        </div>
        <fieldset aria-invalid={fields.kind ? true : undefined}>
          <legend>{t("event")}</legend>
          {PROVIDER_EVENT_KINDS.map((kind) => (
            <label key={kind} className="radio">
              <input type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} />
              {messageKindTitle(kind, locale)}
            </label>
          ))}
          {fields.kind ? <span className="field-error">{fields.kind}</span> : null}
        </fieldset>
        <div className="field">
          <label htmlFor="provider-received">{t("receivedAt")}</label>
          <input id="provider-received" name="receivedAt" type="datetime-local" step={1} defaultValue={values.receivedAt} aria-invalid={fields.receivedAt ? true : undefined} />
          {fields.receivedAt ? <span className="field-error">{fields.receivedAt}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="provider-note">{t("note")}</label>
          <textarea id="provider-note" name="note" rows={2} defaultValue={values.note} />
          <span className="muted small">{t("noteHint")}</span>
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
            {t("preview")}
          </button>
          <button type="submit" name="intent" value="save" disabled={pending} aria-describedby="provider-save-hint">
            {t("submit")}
          </button>
        </div>
        <p id="provider-save-hint" className="muted small">
          {previewed && !outdated ? t("saveHintReady") : t("saveHintPreviewFirst")}
        </p>
        {previewed?.stale ? (
          <p className="callout" role="status" data-testid="provider-preview-first">
            {previewed.stale === "changed" ? t("staleChanged") : t("staleMissing")}
          </p>
        ) : null}
        <p aria-live="polite" className="form-status">
          {state.status === "error" ? (
            <span className="form-error" role="alert">
              {state.message}
            </span>
          ) : null}
        </p>
      </form>
      {previewed ? (
        <div data-testid="provider-preview">
          <Preview preview={previewed.preview} outdated={outdated} />
        </div>
      ) : null}
      {state.status === "saved" ? <SavedResult saved={state.saved} testId="provider-saved-result" /> : null}
    </div>
  );
}
