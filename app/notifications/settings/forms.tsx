"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createWebhookAction, savePreferencesAction, type SettingsFormState } from "./actions";

// The one list of each (lib/notifications/categories.ts: pure, so the browser may import it).
import { CATEGORIES, PERSON_CHANNELS as CHANNELS, URGENT_CATEGORIES as URGENT, WEBHOOK_KINDS as KINDS } from "@/lib/notifications/categories";

export type PreferencesView = {
  locale: "en" | "zh-CN";
  channels: Record<string, string[]>;
  digest: boolean;
  quietStart: string;
  quietEnd: string;
  staff: boolean;
};

const FIELD_TEXTS = new Set(["url", "kind", "secret", "events", "account", "quietStart", "quietEnd", "channels", "digest", "locale"]);

function FormMessage({ state, okText }: { state: SettingsFormState; okText?: string }) {
  const t = useTranslations("notifications.fieldErrors");
  if (state.status === "error") {
    return (
      <div className="form-error" role="alert">
        <p>{state.message}</p>
        {Object.values(state.fields).length ? (
          <ul>
            {Object.entries(state.fields).map(([field, message]) => {
              // The use cases' field texts are English: each field says what it expects in the page's language.
              const base = field.split(".")[0] ?? field;
              return <li key={field}>{FIELD_TEXTS.has(base) ? t(base) : message}</li>;
            })}
          </ul>
        ) : null}
      </div>
    );
  }
  if (state.status === "saved" && okText) return <p role="status">{okText}</p>;
  return null;
}

export function PreferencesForm({ prefs }: { prefs: PreferencesView }) {
  const t = useTranslations("notifications");
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(savePreferencesAction, { status: "idle", seq: 0 });
  const categories = CATEGORIES.filter((c) => c !== "escalation" || prefs.staff);
  return (
    <form action={action} className="panel stack" data-testid="preferences-form">
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("settings.category")}</th>
              {CHANNELS.map((ch) => (
                <th scope="col" key={ch}>
                  {t(`channels.${ch}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c}>
                <th scope="row">
                  {t(`categories.${c}`)} {URGENT.has(c) ? <span className="muted small">({t("settings.urgent")})</span> : null}
                </th>
                {CHANNELS.map((ch) => (
                  <td key={ch}>
                    <input
                      type="checkbox"
                      name={`${c}.${ch}`}
                      aria-label={`${t(`categories.${c}`)}: ${t(`channels.${ch}`)}`}
                      defaultChecked={prefs.channels[c]?.includes(ch)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field">
        <label htmlFor="pref-locale">{t("settings.language")}</label>
        <select id="pref-locale" name="locale" defaultValue={prefs.locale}>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </div>
      <div className="field checkbox">
        <input id="pref-digest" type="checkbox" name="digest" defaultChecked={prefs.digest} />
        <label htmlFor="pref-digest">{t("settings.digest")}</label>
      </div>
      <fieldset className="stack">
        <legend>{t("settings.quietHours")}</legend>
        <div className="button-row">
          <label>
            {t("settings.quietFrom")} <input type="time" name="quietStart" defaultValue={prefs.quietStart} />
          </label>
          <label>
            {t("settings.quietTo")} <input type="time" name="quietEnd" defaultValue={prefs.quietEnd} />
          </label>
        </div>
        <span className="muted small">{t("settings.quietNone")}</span>
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {t("settings.save")}
        </button>
      </div>
      <FormMessage state={state} okText={t("settings.saved")} />
    </form>
  );
}

export function CreateWebhookForm({ admin }: { admin: boolean }) {
  const t = useTranslations("notifications");
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(createWebhookAction, { status: "idle", seq: 0 });
  return (
    <div className="stack">
      <form key={state.seq} action={action} className="panel stack" data-testid="webhook-form">
        <div className="field">
          <label htmlFor="hook-url">{t("settings.webhookUrl")}</label>
          <input id="hook-url" name="url" type="url" required maxLength={2000} placeholder="https://…" />
        </div>
        <div className="field">
          <label htmlFor="hook-kind">{t("settings.webhookKind")}</label>
          <select id="hook-kind" name="kind" defaultValue="generic">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`settings.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hook-secret">{t("settings.webhookSecret")}</label>
          <input id="hook-secret" name="secret" maxLength={200} autoComplete="off" />
        </div>
        {admin ? (
          <div className="field">
            <label htmlFor="hook-account">{t("settings.webhookAccount")}</label>
            <input id="hook-account" name="account" required maxLength={200} />
          </div>
        ) : null}
        <fieldset>
          <legend>{t("settings.webhookEvents")}</legend>
          <div className="button-row">
            {CATEGORIES.filter((c) => c !== "escalation").map((c) => (
              <label key={c}>
                <input type="checkbox" name={`event.${c}`} /> {t(`categories.${c}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <button type="submit" disabled={pending}>
            {t("settings.addWebhook")}
          </button>
        </div>
        <FormMessage state={state} />
      </form>
      {state.status === "created" ? (
        <div className="panel secret-once" role="status">
          {state.secret ? (
            <>
              <p>{t("settings.webhookCreated")}</p>
              <input readOnly value={state.secret} className="secret" data-testid="webhook-secret" aria-label={t("settings.webhookSecret")} />
            </>
          ) : (
            <p>{t("settings.noSecret")}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
