"use client";
// A customer pastes a message they received, with its date, and sees at once what it means
// (classification and what recording it would do, in their language), then reports it. The
// report becomes an inbound item, recorded at once or left for support by the intake rules.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { formatChinaWallClock } from "@/lib/icp/time";
import { actionTitle, localized, messageKindTitle, statusTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { reportAction, type ReportFormState } from "./report-actions";

/** Now as "YYYY-MM-DDTHH:MM" in China time, the input's default. */
function chinaNow(): string {
  return formatChinaWallClock(new Date()).slice(0, 16).replace(" ", "T");
}

export function ReportMessageForm({ domain, domainLabel }: { domain?: string; domainLabel?: string }) {
  const t = useTranslations("intake.report");
  const tReason = useTranslations("intake.reasons");
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState<ReportFormState, FormData>(reportAction, { status: "idle", seq: 0 });
  const [text, setText] = useState("");
  const [receivedAt, setReceivedAt] = useState(chinaNow);
  const fields = state.status === "error" ? state.fields : {};
  const id = domain ? `report-${domain}` : "report";
  return (
    <form action={formAction} className="stack report-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("heading")}</h2>
      <p className="muted small">{domain ? t("introDomain", { domain: domainLabel ?? domain }) : t("intro")}</p>
      {domain ? <input type="hidden" name="domain" value={domain} /> : null}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("text")}</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={5}
          maxLength={20000}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={fields.text ? true : undefined}
        />
        {fields.text ? <span className="field-error">{fields.text}</span> : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-received`}>{t("receivedAt")}</label>
        <input
          id={`${id}-received`}
          name="receivedAt"
          type="datetime-local"
          required
          value={receivedAt}
          onChange={(e) => setReceivedAt(e.target.value)}
          aria-invalid={fields.receivedAt ? true : undefined}
          aria-describedby={`${id}-received-hint`}
        />
        <span className="muted small" id={`${id}-received-hint`}>
          {t("receivedAtHint")}
        </span>
        {fields.receivedAt ? <span className="field-error">{fields.receivedAt}</span> : null}
      </div>
      <div className="button-row">
        <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
          {t("preview")}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending}>
          {t("submit")}
        </button>
      </div>
      <div aria-live="polite">
        {state.status === "error" && !fields.text && !fields.receivedAt ? (
          <p className="form-error" role="alert">
            {t("error", { message: state.message })}
          </p>
        ) : null}
        {state.status === "preview" ? (
          <div className="panel stack" data-testid="report-preview">
            <p>
              <strong>{state.kind ? messageKindTitle(state.kind, locale) : t("unknownKind")}</strong>
              {state.domain ? ` · ${state.domain.displayName}` : null}
            </p>
            {state.before && state.after ? (
              <p>{t("statusChange", { before: statusTitle(state.before, locale), after: statusTitle(state.after, locale) })}</p>
            ) : null}
            {state.reason ? <p>{localized(state.reason, locale)}</p> : null}
            {state.actions.length > 0 ? (
              <ul>
                {state.actions.map((a) => (
                  <li key={a.key}>
                    {actionTitle(a.key, locale)}
                    {a.isNew ? ` (${t("newAction")})` : null}
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="muted">{state.auto ? t("willRecord") : t("willWait", { reason: tReason(state.reasonCode ?? "not_confident") })}</p>
          </div>
        ) : null}
        {state.status === "submitted" ? (
          <p role="status" data-testid="report-result">
            {state.state === "recorded" ? t("recorded") : t("pending")} {state.duplicate ? t("duplicate") : null}{" "}
            <Link href="/inbound">{t("seeReports")}</Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
