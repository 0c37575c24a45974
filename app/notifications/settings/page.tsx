import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadPreferences } from "@/lib/notifications/preferences";
import { listWebhooks } from "@/lib/notifications/webhooks";
import { deleteWebhookAction } from "./actions";
import { CreateWebhookForm, PreferencesForm } from "./forms";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("notificationSettings");
export const dynamic = "force-dynamic";

const hhmm = (minutes: number | null) =>
  minutes === null ? "" : `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export default async function NotificationSettingsPage() {
  const user = await requireUser();
  const t = await getTranslations("notifications");
  const locale = (await getLocale()) as Locale;
  const db = await prisma();
  const prefs = await loadPreferences(db, user.id);
  const managesWebhooks = user.role === "admin" || (user.role === "customer" && user.accountId !== null);
  const webhooks = managesWebhooks ? await listWebhooks(db, user) : [];
  return (
    <div className="stack">
      <h1>{t("settings.title")}</h1>
      <p className="muted">{t("settings.intro")}</p>
      <p>
        <Link href="/notifications">{t("title")}</Link>
      </p>
      <PreferencesForm
        prefs={{
          locale: prefs.locale,
          channels: prefs.channels,
          digest: prefs.digest,
          quietStart: hhmm(prefs.quietStart),
          quietEnd: hhmm(prefs.quietEnd),
          staff: user.role !== "customer",
        }}
      />
      {managesWebhooks ? (
        <section className="stack" aria-labelledby="webhooks-heading">
          <h2 id="webhooks-heading">{t("settings.webhooksTitle")}</h2>
          <p className="muted">{t("settings.webhooksIntro")}</p>
          {user.role === "admin" ? <p className="muted">{t("settings.webhooksAdminIntro")}</p> : null}
          <CreateWebhookForm admin={user.role === "admin"} />
          {webhooks.length === 0 ? (
            <p className="empty">{t("settings.noWebhooks")}</p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("settings.webhookUrl")}</th>
                    <th scope="col">{t("settings.webhookKind")}</th>
                    {user.role === "admin" ? <th scope="col">{t("settings.columnAccount")}</th> : null}
                    <th scope="col">{t("settings.columnCreated")}</th>
                    <th scope="col">{t("settings.deleteWebhook")}</th>
                  </tr>
                </thead>
                <tbody>
                  {webhooks.map((hook) => (
                    <tr key={hook.id} data-testid="webhook-row">
                      <td className="small">
                        <code>{hook.url}</code>
                      </td>
                      <td>{t(`settings.kinds.${hook.kind}` as "settings.kinds.generic")}</td>
                      {user.role === "admin" ? <td>{hook.account.name}</td> : null}
                      <td>{formatDateTime(new Date(hook.createdAt), locale)}</td>
                      <td>
                        <form action={deleteWebhookAction}>
                          <input type="hidden" name="id" value={hook.id} />
                          <button type="submit">{t("settings.deleteWebhook")}</button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
