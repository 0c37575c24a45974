import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { listDeliveries } from "@/lib/queries/deliveries";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("deliveries");
export const dynamic = "force-dynamic";

/** Staff read every delivery and its attempts: status, response code, error. */
export default async function DeliveriesPage() {
  const user = await requirePermission("accounts:review");
  const t = await getTranslations("notifications");
  const locale = (await getLocale()) as Locale;
  const deliveries = await listDeliveries(await prisma(), user);
  return (
    <div className="stack">
      <h1>{t("deliveries.title")}</h1>
      <p className="muted">{t("deliveries.intro")}</p>
      {deliveries.length === 0 ? (
        <p className="empty">{t("deliveries.empty")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("deliveries.created")}</th>
                <th scope="col">{t("deliveries.event")}</th>
                <th scope="col">{t("deliveries.channel")}</th>
                <th scope="col">{t("deliveries.recipient")}</th>
                <th scope="col">{t("deliveries.status")}</th>
                <th scope="col">{t("deliveries.attempts")}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} data-testid="delivery">
                  <td>{formatDateTime(d.createdAt, locale)}</td>
                  <td>
                    {t(`events.${d.event.kind}` as "events.reminder")}
                    {d.event.domainName ? <span className="muted small"> · {d.event.domainName}</span> : null}
                  </td>
                  <td>{t(`channels.${d.channel}` as "channels.email")}</td>
                  <td className="small">{d.recipient}</td>
                  <td>{t(`statuses.${d.status}` as "statuses.sent")}</td>
                  <td className="small">
                    {d.log.length === 0
                      ? "—"
                      : d.log.map((a) => (
                          <div key={a.id}>
                            #{a.attempt} {a.outcome}
                            {a.responseCode !== null ? ` · ${t("deliveries.code")} ${a.responseCode}` : ""}
                            {a.error ? ` · ${a.error.slice(0, 120)}` : ""}
                          </div>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
