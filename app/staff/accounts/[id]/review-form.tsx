"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordReviewAction } from "./actions";
import { IDLE_REVIEW, type ReviewFormState } from "./form-state";

const OUTCOMES = ["ok", "needs_follow_up", "escalated"] as const;

/** Records a review of the account; works without JavaScript, keeps what was typed on an error. */
export function ReviewForm({ accountId, today }: { accountId: string; today: string }) {
  const t = useTranslations("staff.review");
  const [state, formAction, pending] = useActionState<ReviewFormState, FormData>(recordReviewAction, IDLE_REVIEW);
  const fields = state.fields ?? {};
  const values = state.status === "error" ? state.values : undefined;
  // A new key after each answer: a saved form starts empty, a refused one shows what was typed.
  const key = `${state.status}-${state.at ?? 0}`;
  return (
    <form action={formAction} className="stack" key={key} noValidate>
      <input type="hidden" name="accountId" value={accountId} />
      <div className="field">
        <label htmlFor="review-note">{t("note")}</label>
        <textarea
          id="review-note"
          name="note"
          rows={4}
          maxLength={4000}
          required
          defaultValue={values?.note ?? ""}
          aria-invalid={fields.note ? true : undefined}
          aria-describedby={fields.note ? "review-note-error" : undefined}
        />
        {fields.note ? (
          <span id="review-note-error" className="field-error">
            {fields.note}
          </span>
        ) : null}
      </div>
      <fieldset aria-invalid={fields.outcome ? true : undefined} aria-describedby={fields.outcome ? "review-outcome-error" : undefined}>
        <legend>{t("outcome")}</legend>
        {OUTCOMES.map((outcome) => (
          <label key={outcome} className="radio">
            <input type="radio" name="outcome" value={outcome} defaultChecked={values?.outcome === outcome} required /> {t(`outcomes.${outcome}`)}
          </label>
        ))}
        {fields.outcome ? (
          <span id="review-outcome-error" className="field-error">
            {fields.outcome}
          </span>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor="review-follow-up">{t("followUpAt")}</label>
        <input
          id="review-follow-up"
          name="followUpAt"
          type="date"
          min={today}
          defaultValue={values?.followUpAt ?? ""}
          aria-invalid={fields.followUpAt ? true : undefined}
          aria-describedby={fields.followUpAt ? "review-follow-up-error review-follow-up-hint" : "review-follow-up-hint"}
        />
        <span id="review-follow-up-hint" className="muted small">
          {t("followUpHint")}
        </span>
        {fields.followUpAt ? (
          <span id="review-follow-up-error" className="field-error">
            {fields.followUpAt}
          </span>
        ) : null}
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
      </div>
      <p aria-live="polite" className="form-status">
        {state.status === "saved" ? t("saved") : null}
        {state.status === "error" && state.message ? (
          <span className="form-error" role="alert">
            {state.message}
          </span>
        ) : null}
      </p>
    </form>
  );
}
