"use client";
import { useTranslations } from "next-intl";

// Unexpected errors: a generic message, never the error's text or stack.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("app");
  return (
    <section className="panel" role="alert">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
