"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { TOKEN_EXPIRY_DAYS, TOKEN_SCOPES } from "@/lib/auth/token-scopes";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "./actions";

/**
 * The form that makes a token and shows its secret once. `activeTokenIds` are the tokens
 * not revoked: once the new one is revoked its secret leaves the page too.
 */
export function CreateTokenForm({ activeTokenIds }: { activeTokenIds: readonly string[] }) {
  const t = useTranslations("admin.tokens");
  const [state, formAction, pending] = useActionState<TokenFormState, FormData>(createTokenAction, { status: "idle", seq: 0 });
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [copied, setCopied] = useState<number | null>(null);
  const fieldError = state.status === "error" ? state.fields.name : undefined;
  const kept = state.status === "error" ? state : undefined;
  const showSecret = state.status === "created" && dismissed !== state.seq && activeTokenIds.includes(state.id);
  return (
    <div className="stack">
      <form key={state.seq} action={formAction} className="panel stack">
        <div className="field">
          <label htmlFor="token-name">{t("name")}</label>
          <input
            id="token-name"
            name="name"
            maxLength={100}
            defaultValue={state.status === "error" ? state.name : ""}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? "token-name-error" : undefined}
          />
          <span className="muted small">{t("nameHint")}</span>
          {fieldError ? (
            <span className="field-error" id="token-name-error">
              {fieldError}
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="token-scope">{t("scope")}</label>
          <select id="token-scope" name="scope" defaultValue={kept?.scope || "read"} aria-describedby="token-scope-hint">
            {TOKEN_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {t(`scopeName.${scope}`)}
              </option>
            ))}
          </select>
          <span className="muted small" id="token-scope-hint">
            {t("scopeHint")}
          </span>
          {state.status === "error" && state.fields.scope ? <span className="field-error">{state.fields.scope}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="token-expiry">{t("expiry")}</label>
          <select id="token-expiry" name="expiresInDays" defaultValue={kept?.expiry || "90"}>
            {TOKEN_EXPIRY_DAYS.map((days) => (
              <option key={days ?? "never"} value={days ?? "never"}>
                {days === null ? t("expiryNever") : t("expiryDays", { days })}
              </option>
            ))}
          </select>
          {state.status === "error" && state.fields.expiresInDays ? <span className="field-error">{state.fields.expiresInDays}</span> : null}
        </div>
        <div>
          <button type="submit" disabled={pending}>
            {t("create")}
          </button>
        </div>
        {state.status === "error" && !fieldError ? (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        ) : null}
      </form>
      {showSecret ? (
        <div className="panel secret-once" role="status">
          <p>{t("createdOnce", { name: state.name })}</p>
          <label htmlFor="token-secret">{t("secret")}</label>
          <input id="token-secret" readOnly value={state.secret} data-testid="token-secret" className="secret" onFocus={(e) => e.currentTarget.select()} />
          <div className="button-row">
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(state.secret);
                  setCopied(state.seq);
                } catch {
                  // No clipboard (an insecure origin): the field stays selectable by hand.
                  document.getElementById("token-secret")?.focus();
                }
              }}
            >
              {copied === state.seq ? t("copied") : t("copy")}
            </button>
            <button type="button" className="secondary" onClick={() => setDismissed(state.seq)}>
              {t("hideSecret")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("admin.tokens");
  const [state, formAction, pending] = useActionState<TokenFormState, FormData>(revokeTokenAction, { status: "idle", seq: 0 });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t("revokeConfirm", { name }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={t("revokeLabel", { name })}>
        {t("revoke")}
      </button>
      {state.status === "error" ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
