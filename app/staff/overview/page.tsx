import { getLocale, getTranslations } from "@/lib/i18n/server";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { chinaDateString } from "@/lib/icp";
import { prisma } from "@/lib/db";
import { actionTitle, statusTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { findOverviewNow, HISTORY_DAYS } from "@/lib/queries/overview";
import { StaffNav } from "../staff-nav";
import styles from "../staff.module.css";
import { STATUS_COLOURS } from "./colours";
import { HistoryDetails, StatusChart, type HistorySeries } from "./status-chart";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("overview");

export default async function OverviewPage() {
  const user = await requirePermission("accounts:review");
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("staff.overview");
  const overview = await findOverviewNow(await prisma(), user);
  if (!overview) return null;
  // Statuses that had a domain at some point in the window; the others would be empty layers.
  const shown = overview.byStatus
    .map((s) => s.status)
    .filter((status) => overview.history.some((p) => p.counts[status] > 0) || overview.byStatus.some((s) => s.status === status && s.count > 0));
  const maxOverdue = Math.max(1, ...overview.overdueByKind.map((k) => k.count));
  // The chart and its table are client components drawn from these numbers (a smaller page
  // than the rendered cells: docs/benchmarks.md).
  const series: HistorySeries = {
    first: overview.history[0] ? chinaDateString(overview.history[0].day) : "",
    counts: overview.history.map((p) => shown.map((status) => p.counts[status])),
  };
  const latest = overview.history[overview.history.length - 1];

  return (
    <section className="stack">
      <StaffNav current="overview" />
      <h1>{t("title")}</h1>

      <section aria-labelledby="now-heading" className="panel">
        <h2 id="now-heading">{t("nowHeading", { total: overview.total })}</h2>
        <table className={styles.bars}>
          <thead>
            <tr>
              <th scope="col">{t("columnStatus")}</th>
              <th scope="col">{t("columnDomains")}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byStatus.map((s) => (
              <tr key={s.status} data-status={s.status}>
                <th scope="row">
                  <StatusBadge status={s.status} locale={locale} />
                </th>
                <td>{s.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="history-heading" className="panel">
        <h2 id="history-heading">{t("historyHeading", { days: HISTORY_DAYS })}</h2>
        <StatusChart
          history={series}
          statuses={shown}
          label={t("chartLabel", { days: HISTORY_DAYS })}
          tooltips={shown.map((status) => t("chartTooltip", { status: statusTitle(status, locale), count: latest?.counts[status] ?? 0 }))}
        />
        <ul className={styles.legend} aria-label={t("legend")}>
          {shown.map((status) => (
            <li key={status}>
              {/* An SVG swatch: the CSP allows no inline style attributes. */}
              <svg className={styles.swatch} viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                <rect width="10" height="10" fill={STATUS_COLOURS[status]} />
              </svg>
              {statusTitle(status, locale)}
            </li>
          ))}
        </ul>
        <HistoryDetails
          history={series}
          statuses={shown}
          summary={t("tableSummary")}
          caption={t("tableCaption")}
          dayHeading={t("columnDay")}
          statusHeadings={shown.map((status) => statusTitle(status, locale))}
        />
      </section>

      <section aria-labelledby="overdue-heading" className="panel">
        <h2 id="overdue-heading">{t("overdueHeading", { total: overview.overdueTotal })}</h2>
        {overview.overdueByKind.length === 0 ? (
          <p className="muted">{t("noOverdue")}</p>
        ) : (
          <table className={styles.bars}>
            <thead>
              <tr>
                <th scope="col">{t("columnAction")}</th>
                <th scope="col">{t("columnOverdue")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.overdueByKind.map((k) => (
                <tr key={k.key} data-action-key={k.key}>
                  <th scope="row">{actionTitle(k.key, locale)}</th>
                  <td>
                    <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                      <rect width={Math.max(2, (k.count / maxOverdue) * 100)} height="10" fill="#0a58ca" />
                    </svg>
                    {k.count}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
