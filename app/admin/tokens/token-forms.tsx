"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "./actions";

export function CreateTokenForm() {
  const t = useTranslations("admin.tokens");
  const [state, formAction, pending] = useActionState<TokenFormState, FormData>(createTokenAction, { status: "idle", seq: 0 });
  const fieldError = state.status === "error" ? state.fields.name : undefined;
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
      {state.status === "created" ? (
        <div className="panel secret-once" role="status">
          <p>{t("createdOnce", { name: state.name })}</p>
          <label htmlFor="token-secret">{t("secret")}</label>
          <input id="token-secret" readOnly value={state.secret} data-testid="token-secret" className="secret" onFocus={(e) => e.currentTarget.select()} />
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
