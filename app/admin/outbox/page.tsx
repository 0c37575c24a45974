import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { listOutboxEmails } from "@/lib/queries/outbox";
import "@/components/notifications/notifications.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("outbox");
export const dynamic = "force-dynamic";

/** Admins read the e-mails the app kept because no SMTP server is configured. */
export default async function OutboxPage() {
  const user = await requirePermission("accounts:manage");
  const t = await getTranslations("notifications.outbox");
  const locale = (await getLocale()) as Locale;
  const emails = await listOutboxEmails(await prisma(), user);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {process.env.SMTP_URL ? <p role="status">{t("smtpOn")}</p> : null}
      {emails.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <ul className="notification-list" data-testid="outbox-list">
          {emails.map((email) => (
            <li key={email.id} className="notification-item" data-testid="outbox-email">
              <h2>{email.subject}</h2>
              <div className="notification-meta muted">
                <span>
                  {t("to")}: <span data-testid="outbox-to">{email.to}</span>
                </span>
                <span>
                  {t("language")}: {email.locale}
                </span>
                <span>
                  {t("created")}: {formatDateTime(email.createdAt, locale)}
                </span>
              </div>
              <details>
                <summary>{t("body")}</summary>
                <pre className="outbox-text">{email.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
