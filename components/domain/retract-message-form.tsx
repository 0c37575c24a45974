"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { retractMessageAction, type FormState } from "@/app/actions/domain";

/**
 * An admin's way to take back a message recorded wrongly: a reason, then the retraction is
 * recorded and the domain re-derived as if the message never came. Final (decision 0003).
 */
export function RetractMessageForm({ messageId }: { messageId: string }) {
  const t = useTranslations("domain.retract");
  const [result, formAction, pending] = useActionState<FormState, FormData>(retractMessageAction, { status: "idle" });
  const reasonError = result.status === "error" ? result.fields?.reason : undefined;
  const errorId = `retract-${messageId}-error`;
  return (
    <details className="retract">
      <summary>{t("open")}</summary>
      <form action={formAction} className="stack" data-testid="retract-form">
        <input type="hidden" name="messageId" value={messageId} />
        <p className="muted small">{t("explain")}</p>
        <div className="field">
          <label htmlFor={`retract-${messageId}`}>{t("reason")}</label>
          <textarea
            id={`retract-${messageId}`}
            name="reason"
            rows={2}
            maxLength={2000}
            required
            defaultValue={result.status === "error" ? result.values?.reason : ""}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? errorId : undefined}
          />
          {reasonError ? (
            <span className="field-error" id={errorId}>
              {t("reasonRequired")}
            </span>
          ) : null}
        </div>
        <div>
          <button type="submit" className="secondary" disabled={pending}>
            {t("submit")}
          </button>
        </div>
        {result.status === "error" && !reasonError ? (
          <p className="form-error" role="alert">
            {result.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}
