"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { StatusBadge } from "@/components/status-badge";
import { formatDateTime } from "@/lib/i18n/format";
import { actionTitle, messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { CHANNELS, MIIT_KINDS, PROVIDER_EVENT_KINDS } from "@/lib/icp/kinds";
import type { MessagePreview } from "@/lib/use-cases/preview-message";
import { submitRecordForm } from "./actions";
import { DomainSuggestions } from "./domain-suggestions";
import { emptyValues, type RecordFormState, type SavedMessage } from "./form-state";
import type { RecordMismatch } from "./mismatch";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <span className="field-error" id={id}>
      {message}
    </span>
  ) : null;
}

export function SavedResult({ saved, testId = "saved-result" }: { saved: SavedMessage; testId?: string }) {
  const t = useTranslations("admin.record");
  const locale = useLocale() as Locale;
  return (
    <div className="panel saved-result" role="status" data-testid={testId}>
      <p>{saved.created ? t("saved", { domain: saved.displayName }) : t("savedDuplicate", { domain: saved.displayName })}</p>
      <p>
        {t("newStatus")} <StatusBadge status={saved.status} locale={locale} />
      </p>
      <p className="muted">{locale === "zh-CN" ? saved.reasonZh : saved.reason}</p>
      <p>
        <Link href={`/domains/${encodeURIComponent(saved.domain)}`}>{t("openDashboard", { domain: saved.displayName })}</Link>
      </p>
    </div>
  );
}

/** The text names another domain or ICP number than the chosen domain's: said first, in the preview. */
function MismatchWarnings({ warnings }: { warnings: RecordMismatch[] }) {
  const t = useTranslations("admin.record");
  if (!warnings.length) return null;
  return (
    <div className="callout tone-danger" role="alert" data-testid="preview-warnings">
      <p>
        <strong>{t("mismatchHeading")}</strong>
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.kind} data-warning={w.kind}>
            {w.kind === "domain"
              ? t("mismatchDomain", { named: w.named.join(", "), chosen: w.chosen })
              : t("mismatchIcpNumber", { named: w.named.join(", "), chosen: w.chosen })}
          </li>
        ))}
      </ul>
      <p className="small">{t("mismatchHint")}</p>
    </div>
  );
}

export function Preview({ preview, warnings = [], outdated = false }: { preview: MessagePreview; warnings?: RecordMismatch[]; outdated?: boolean }) {
  const t = useTranslations("admin.record");
  const locale = useLocale() as Locale;
  return (
    <section className={`panel preview${outdated ? " preview-outdated" : ""}`} aria-labelledby="preview-heading" data-testid="preview" data-outdated={outdated ? "true" : undefined}>
      <h2 id="preview-heading">{t("previewHeading", { domain: preview.domain.displayName })}</h2>
      {outdated ? (
        <p className="callout" role="status">
          {t("previewOutdated")}
        </p>
      ) : null}
      <MismatchWarnings warnings={warnings} />
      <p className="muted small">{t("previewIntro", { account: preview.domain.account })}</p>
      {preview.duplicate ? <p className="callout">{t("previewDuplicate")}</p> : null}
      <p>
        {t("previewStatus")} <StatusBadge status={preview.before.status} locale={locale} /> →{" "}
        <span data-testid="preview-status">
          <StatusBadge status={preview.after.status} locale={locale} />
        </span>
      </p>
      <p>{locale === "zh-CN" ? preview.after.reason.zh : preview.after.reason.en}</p>
      {preview.after.icpNumber !== preview.before.icpNumber ? <p>{t("previewIcpNumber", { number: preview.after.icpNumber ?? "—" })}</p> : null}
      <h3>{t("previewActions")}</h3>
      {preview.after.actions.length ? (
        <ul className="preview-actions">
          {preview.after.actions.map((action) => (
            <li key={action.key} data-action-key={action.key}>
              {actionTitle(action.key, locale)}
              {action.isNew ? <span className="chip">{t("actionNew")}</span> : <span className="chip">{t("actionKept")}</span>}
              {action.dueAt ? <span className="muted small"> · {t("due", { time: formatDateTime(action.dueAt, locale) })}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("previewNoActions")}</p>
      )}
      {preview.after.closes.length ? (
        <>
          <h3>{t("previewCloses")}</h3>
          <ul>
            {preview.after.closes.map((c) => (
              <li key={c.key}>
                {actionTitle(c.key, locale)} — {c.as === "done" ? t("closesDone") : t("closesSuperseded")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Which cue decided the kind, how sure the classifier is, and whether intake would act on it alone. */
function ClassifyExplanation({ explanation }: { explanation: NonNullable<RecordFormState["explanation"]> }) {
  const t = useTranslations("classifier");
  const locale = useLocale() as Locale;
  const { decidedBy, runnerUp, level, confident, caution } = explanation;
  return (
    <div className="muted small classify-explanation" data-testid="classify-explanation" data-cue={decidedBy?.id ?? ""} data-level={level}>
      {decidedBy ? (
        <p>
          {t("decidedBy", { label: locale === "zh-CN" ? decidedBy.label.zh : decidedBy.label.en })}
          {" · "}
          {t("matched", { match: decidedBy.match })}
        </p>
      ) : null}
      <p>
        {t("confidence", { level: t(`level.${level}`), percent: Math.round(explanation.confidence * 100) })}
      </p>
      {runnerUp ? <p>{t("runnerUp", { kind: messageKindTitle(runnerUp.kind, locale), percent: Math.round(runnerUp.confidence * 100) })}</p> : null}
      {caution ? <p data-testid="classify-caution">{t("caution")}</p> : null}
      <p>{confident ? t("autoOk") : t("autoNo")}</p>
    </div>
  );
}

export function RecordForm({ defaultReceivedAt, defaultDomain }: { defaultReceivedAt: string; defaultDomain: string }) {
  const t = useTranslations("admin.record");
  const tk = useTranslations("admin.channels");
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState<RecordFormState, FormData>(submitRecordForm, {
    seq: 0,
    values: { ...emptyValues(defaultReceivedAt), domain: defaultDomain },
    outcome: "idle",
  });
  const [domainQuery, setDomainQuery] = useState(defaultDomain);
  // The answer (seq) after which a field was changed: a preview older than the change is out of date.
  const [changedAfter, setChangedAfter] = useState<number | null>(null);
  const outdated = changedAfter === state.seq && Boolean(state.previewKey);
  const fields = state.error?.fields ?? {};
  const v = state.values;
  const describedBy = (name: string) => (fields[name] ? `${name}-error` : undefined);
  return (
    <div className="stack">
      <form
        key={state.seq}
        action={formAction}
        className="panel stack record-form"
        aria-describedby="record-status"
        onChange={() => setChangedAfter(state.seq)}
      >
        <input type="hidden" name="reviewed" value={v.reviewed} />
        {state.previewKey && state.outcome !== "saved" ? <input type="hidden" name="previewKey" value={state.previewKey} /> : null}
        <div className="field">
          <label htmlFor="record-domain">{t("domain")}</label>
          <input
            id="record-domain"
            name="domain"
            list="record-domain-suggestions"
            defaultValue={v.domain}
            autoComplete="off"
            onChange={(event) => setDomainQuery(event.target.value)}
            aria-invalid={fields.domain ? true : undefined}
            aria-describedby={describedBy("domain")}
          />
          <DomainSuggestions id="record-domain-suggestions" query={domainQuery} />
          <span className="muted small">{t("domainHint")}</span>
          <FieldError id="domain-error" message={fields.domain} />
        </div>
        <div className="field">
          <label htmlFor="record-text">{t("text")}</label>
          <textarea
            id="record-text"
            name="text"
            rows={6}
            defaultValue={v.text}
            aria-invalid={fields.text ? true : undefined}
            aria-describedby={describedBy("text")}
          />
          <span className="muted small">{t("textHint")}</span>
          <FieldError id="text-error" message={fields.text} />
        </div>
        <div className="field">
          <label htmlFor="record-received">{t("receivedAt")}</label>
          <input
            id="record-received"
            name="receivedAt"
            type="datetime-local"
            step={1}
            defaultValue={v.receivedAt}
            aria-invalid={fields.receivedAt ? true : undefined}
            aria-describedby={describedBy("receivedAt")}
          />
          <FieldError id="receivedAt-error" message={fields.receivedAt} />
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="classify" className="secondary" disabled={pending}>
            {t("classify")}
          </button>
        </div>
        {state.outcome === "classified" ? <p className="muted small">{t("classifiedNote", { confidence: Math.round((state.confidence ?? 0) * 100) })}</p> : null}
        {state.outcome === "classified" && state.explanation ? <ClassifyExplanation explanation={state.explanation} /> : null}
        {state.outcome === "unclassified" ? <p className="callout">{t("unclassifiedNote")}</p> : null}
        <fieldset className="record-review">
          <legend>{t("reviewLegend")}</legend>
          <div className="field">
            <label htmlFor="record-kind">{t("kind")}</label>
            <select id="record-kind" name="kind" defaultValue={v.kind} aria-invalid={fields.kind ? true : undefined} aria-describedby={describedBy("kind")}>
              <option value="">{t("kindFromText")}</option>
              <optgroup label={t("kindsMiit")}>
                {MIIT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {messageKindTitle(kind, locale)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("kindsProvider")}>
                {PROVIDER_EVENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {messageKindTitle(kind, locale)}
                  </option>
                ))}
              </optgroup>
            </select>
            <FieldError id="kind-error" message={fields.kind} />
          </div>
          <div className="field">
            <label htmlFor="record-channel">{t("channel")}</label>
            <select id="record-channel" name="channel" defaultValue={v.channel} aria-invalid={fields.channel ? true : undefined}>
              <option value="">{t("channelDefault")}</option>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {tk(channel)}
                </option>
              ))}
            </select>
            <FieldError id="channel-error" message={fields.channel} />
          </div>
          <div className="field">
            <label htmlFor="record-icp">{t("icpNumbers")}</label>
            <input
              id="record-icp"
              name="icpNumbers"
              defaultValue={v.icpNumbers}
              aria-invalid={fields.icpNumbers ? true : undefined}
              aria-describedby={describedBy("icpNumbers")}
            />
            <span className="muted small">{t("icpNumbersHint")}</span>
            <FieldError id="icpNumbers-error" message={fields.icpNumbers} />
          </div>
          <div className="field">
            <label htmlFor="record-deadline">{t("deadline")}</label>
            <input
              id="record-deadline"
              name="deadline"
              type="datetime-local"
              step={1}
              defaultValue={v.deadline}
              aria-invalid={fields.deadline ? true : undefined}
              aria-describedby={describedBy("deadline")}
            />
            <span className="muted small">{t("deadlineHint")}</span>
            <FieldError id="deadline-error" message={fields.deadline} />
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
            {t("preview")}
          </button>
          <button type="submit" name="intent" value="save" disabled={pending} aria-describedby="record-save-hint">
            {t("save")}
          </button>
        </div>
        <p id="record-save-hint" className="muted small" data-testid="save-hint">
          {state.previewKey && state.outcome !== "saved" && !outdated ? t("saveHintReady") : t("saveHintPreviewFirst")}
        </p>
        {state.stale ? (
          <p className="callout" role="status" data-testid="preview-first">
            {state.stale === "changed" ? t("staleChanged") : t("staleMissing")}
          </p>
        ) : null}
        <p id="record-status" aria-live="polite" className="form-status">
          {pending ? t("working") : null}
          {state.error && !Object.keys(fields).length ? (
            <span className="form-error" role="alert">
              {state.error.message}
            </span>
          ) : null}
          {state.error && Object.keys(fields).length ? (
            <span className="form-error" role="alert">
              {t("checkFields")}
            </span>
          ) : null}
        </p>
      </form>
      {state.preview && state.outcome !== "saved" ? <Preview preview={state.preview} warnings={state.warnings} outdated={outdated} /> : null}
      {state.saved ? <SavedResult saved={state.saved} /> : null}
    </div>
  );
}
