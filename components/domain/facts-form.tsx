"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { answerFacts, type FormState } from "@/app/actions/domain";

type Props = { domain: string; question: "hosting" | "providerAccess"; hosting: string; providerAccess: string };

/**
 * The one question that decides the "invalid filing" branch now (hosting first; the access
 * question only when the site is still on our servers). Answering re-derives at once.
 */
export function FactsForm({ domain, question, hosting, providerAccess }: Props) {
  const t = useTranslations("domain");
  const [result, formAction, pending] = useActionState<FormState, FormData>(answerFacts, { status: "idle" });
  const fields = result.status === "error" ? (result.fields ?? {}) : {};
  return (
    <form action={formAction} className="stack facts-form">
      <input type="hidden" name="domain" value={domain} />
      {question === "hosting" ? (
      <fieldset aria-invalid={fields.hosting ? true : undefined}>
        <legend>{t("hosting")}</legend>
        {(["provider", "elsewhere", "unknown"] as const).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="hosting" value={value} defaultChecked={hosting === value} />
            {t(`hostingOptions.${value}`)}
          </label>
        ))}
        {fields.hosting ? <span className="field-error">{fields.hosting}</span> : null}
      </fieldset>
      ) : (
      <fieldset aria-invalid={fields.providerAccess ? true : undefined}>
        <legend>{t("providerAccess")}</legend>
        {(["active", "cancelled", "unknown"] as const).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="providerAccess" value={value} defaultChecked={providerAccess === value} />
            {t(`providerAccessOptions.${value}`)}
          </label>
        ))}
        {fields.providerAccess ? <span className="field-error">{fields.providerAccess}</span> : null}
      </fieldset>
      )}
      <div>
        <button type="submit" disabled={pending}>
          {t("saveAnswer")}
        </button>
      </div>
      <p aria-live="polite" className="form-status">
        {result.status === "saved" ? t("saved") : null}
        {result.status === "error" && !fields.hosting && !fields.providerAccess ? (
          <span className="form-error" role="alert">
            {result.message || t("genericError")}
          </span>
        ) : null}
      </p>
    </form>
  );
}
