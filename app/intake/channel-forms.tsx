"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createChannelAction, revokeChannelAction, type ChannelFormState } from "./actions";

export function CreateChannelForm({ askAccount }: { askAccount: boolean }) {
  const t = useTranslations("intake.channels");
  const [state, formAction, pending] = useActionState<ChannelFormState, FormData>(createChannelAction, { status: "idle", seq: 0 });
  const fields = state.status === "error" ? state.fields : {};
  return (
    <div className="stack">
      <form key={state.seq} action={formAction} className="panel stack">
        <div className="field">
          <label htmlFor="channel-name">{t("name")}</label>
          <input id="channel-name" name="name" maxLength={100} required aria-invalid={fields.name ? true : undefined} aria-describedby="channel-name-hint" />
          <span className="muted small" id="channel-name-hint">
            {t("nameHint")}
          </span>
          {fields.name ? <span className="field-error">{fields.name}</span> : null}
        </div>
        {askAccount ? (
          <div className="field">
            <label htmlFor="channel-account">{t("account")}</label>
            <input id="channel-account" name="account" maxLength={200} required aria-invalid={fields.account ? true : undefined} />
            {fields.account ? <span className="field-error">{fields.account}</span> : null}
          </div>
        ) : null}
        <div>
          <button type="submit" disabled={pending}>
            {t("create")}
          </button>
        </div>
        {state.status === "error" && !fields.name && !fields.account ? (
          <p className="form-error" role="alert">
            {t("error", { message: state.message })}
          </p>
        ) : null}
      </form>
      {state.status === "created" ? (
        <div className="panel secret-once stack" role="status">
          <p>{t("createdOnce", { name: state.name, account: state.account })}</p>
          <div className="field">
            <label htmlFor="channel-url">{t("url")}</label>
            <input id="channel-url" readOnly value={state.url} data-testid="channel-url" className="secret" onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div className="field">
            <label htmlFor="channel-secret">{t("secret")}</label>
            <input id="channel-secret" readOnly value={state.secret} data-testid="channel-secret" className="secret" onFocus={(e) => e.currentTarget.select()} />
          </div>
          <h3>{t("smsForwarderHeading")}</h3>
          <dl className="settings-list">
            <dt>{t("sfMethod")}</dt>
            <dd>
              <code>POST</code>
            </dd>
            <dt>{t("sfUrl")}</dt>
            <dd>
              <code>{state.url}</code>
            </dd>
            <dt>{t("sfSecret")}</dt>
            <dd>
              <code>{state.secret}</code>
            </dd>
            <dt>{t("sfParams")}</dt>
            <dd>{t("sfParamsValue")}</dd>
          </dl>
          <h3>{t("mailHeading")}</h3>
          <pre className="message-text">{`curl -sS -X POST '${state.url}' -H 'Content-Type: message/rfc822' -H 'Authorization: Bearer ${state.secret}' --data-binary @-`}</pre>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeChannelForm({ channelId, name }: { channelId: string; name: string }) {
  const t = useTranslations("intake.channels");
  const [state, formAction, pending] = useActionState<ChannelFormState, FormData>(revokeChannelAction, { status: "idle", seq: 0 });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t("revokeConfirm", { name }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="channelId" value={channelId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={t("revokeLabel", { name })}>
        {t("revoke")}
      </button>
      {state.status === "error" ? (
        <span className="field-error" role="alert">
          {t("error", { message: state.message })}
        </span>
      ) : null}
    </form>
  );
}
