import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { listNotifications } from "@/lib/notifications/inbox";
import { markAllReadAction, markReadAction } from "./actions";
import "@/components/notifications/notifications.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("notifications");
export const dynamic = "force-dynamic";

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ unread?: string }> }) {
  const user = await requireUser();
  const t = await getTranslations("notifications");
  const locale = (await getLocale()) as Locale;
  const unreadOnly = (await searchParams).unread === "1";
  const { notifications, unread } = await listNotifications(await prisma(), user.id, { limit: 100, unreadOnly });
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="button-row">
        <Link href={unreadOnly ? "/notifications" : "/notifications?unread=1"}>{unreadOnly ? t("all") : t("unreadOnly")}</Link>
        <Link href="/notifications/settings">{t("settingsLink")}</Link>
        {can(user.role, "accounts:review") ? <Link href="/notifications/deliveries">{t("deliveriesLink")}</Link> : null}
        {can(user.role, "accounts:manage") ? <Link href="/admin/outbox">{t("outbox.title")}</Link> : null}
      </div>
      {unread > 0 ? (
        <form action={markAllReadAction}>
          <button type="submit">{t("markAllRead")}</button>
        </form>
      ) : null}
      {notifications.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <ul className="notification-list" data-testid="notification-list">
          {notifications.map((n) => (
            <li key={n.id} className={n.readAt ? "notification-item" : "notification-item unread"} data-testid="notification" data-event={n.event}>
              <h2>{n.title}</h2>
              <p>{n.body}</p>
              <div className="notification-meta">
                <span className="muted">
                  {t(`events.${n.event}` as "events.reminder")} · {t("received", { time: formatDateTime(new Date(n.createdAt), locale) })}
                </span>
                {n.domain ? <Link href={`/domains/${encodeURIComponent(n.domain)}`}>{t("openDashboard")}</Link> : null}
                {n.readAt ? (
                  <span className="muted">{t("read")}</span>
                ) : (
                  <form action={markReadAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit">{t("markRead")}</button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
