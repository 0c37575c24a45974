"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { safeCallbackPath } from "@/lib/auth/callback-url";

type FieldErrors = { email?: string; password?: string };

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const t = useTranslations("login");
  const [error, setError] = useState<string | null>(initialError);
  const [fields, setFields] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing: FieldErrors = {};
    if (!email) missing.email = t("emailRequired");
    if (!password) missing.password = t("passwordRequired");
    setFields(missing);
    if (missing.email || missing.password) return;
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (result?.ok) {
        window.location.assign(safeCallbackPath(callbackUrl));
        return;
      }
      // Never says whether the email exists: one message for every failure but throttling
      // and an outage (503: the credentials were not even checked).
      setError(result?.status === 429 ? t("rateLimited") : result?.status === 503 ? t("unavailable") : t("failed"));
    } catch {
      setError(t("unavailable"));
    }
    setPending(false);
  }

  return (
    // method="post": without JavaScript the form must never put the password in the URL.
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-describedby={error ? "login-error" : undefined}>
      <noscript>
        <p className="form-error">{t("needsJavaScript")}</p>
      </noscript>
      {error ? (
        <p id="login-error" className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={fields.email ? true : undefined}
          aria-describedby={fields.email ? "email-error" : undefined}
        />
        {fields.email ? (
          <span id="email-error" className="field-error">
            {fields.email}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fields.password ? true : undefined}
          aria-describedby={fields.password ? "password-error" : undefined}
        />
        {fields.password ? (
          <span id="password-error" className="field-error">
            {fields.password}
          </span>
        ) : null}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
