import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { StatusSelect } from "@/components/status-select";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { chinaDateString } from "@/lib/icp/time";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { findReviewQueue, parseReviewQueueQuery, QUEUE_PAGE_SIZES, queueQueryString } from "@/lib/queries/review-queue";
import { StaffNav } from "./staff-nav";
import styles from "./staff.module.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("queue");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const user = await requirePermission("accounts:review");
  const query = parseReviewQueueQuery(await searchParams);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("staff");
  const queue = await findReviewQueue(await prisma(), user, query, new Date());
  const filtered = Boolean(query.status || query.followUpDue || query.neverReviewed);
  const exportQuery = queueQueryString({ ...query, page: 1 });

  return (
    <section>
      <StaffNav current="queue" />
      <h1>{t("queue.title")}</h1>
      <p className="muted">{t("queue.intro")}</p>
      <form method="get" action="/staff" className="filters" aria-label={t("queue.filters")}>
        <StatusSelect label={t("queue.status")} anyLabel={t("queue.anyStatus")} value={query.status} locale={locale} />
        <div className="field checkbox">
          <input id="followUpDue" name="followUpDue" type="checkbox" value="1" defaultChecked={query.followUpDue ?? false} />
          <label htmlFor="followUpDue">{t("queue.followUpDue")}</label>
        </div>
        <div className="field checkbox">
          <input id="neverReviewed" name="neverReviewed" type="checkbox" value="1" defaultChecked={query.neverReviewed ?? false} />
          <label htmlFor="neverReviewed">{t("queue.neverReviewed")}</label>
        </div>
        <div className="field">
          <label htmlFor="pageSize">{t("queue.pageSize")}</label>
          <select id="pageSize" name="pageSize" defaultValue={String(query.pageSize)}>
            {QUEUE_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("queue.apply")}</button>
        {filtered ? <Link href="/staff">{t("queue.clear")}</Link> : null}
      </form>

      <p className="muted">
        {t("queue.count", { total: queue.total })} ·{" "}
        <a href={`/staff/export${exportQuery ? `?${exportQuery}` : ""}`} download>
          {t("queue.exportCsv")}
        </a>
      </p>
      {queue.items.length === 0 ? (
        <p className="empty">{filtered ? t("queue.emptyFiltered") : t("queue.empty")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("queue.title")}>
          <table className={`card-table domain-table ${styles.queueTable}`}>
            <caption className="muted small">{t("queue.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("queue.columnAccount")}</th>
                <th scope="col">{t("queue.columnDomains")}</th>
                <th scope="col">{t("queue.columnActions")}</th>
                <th scope="col">{t("queue.columnLastReview")}</th>
                <th scope="col">{t("queue.columnFollowUp")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((row) => (
                <tr key={row.accountId} data-account={row.accountName}>
                  <th scope="row" data-label={t("queue.columnAccount")} className="cell-primary">
                    <Link href={`/staff/accounts/${encodeURIComponent(row.accountId)}`}><span translate="no">{row.accountName}</span></Link>
                    {row.criticalCount > 0 ? (
                      <div className={`small ${styles.risk}`}>{t("queue.critical", { count: row.criticalCount })}</div>
                    ) : null}
                  </th>
                  <td data-label={t("queue.columnDomains")}>
                    <div className="small">{t("queue.domainCount", { count: row.domainCount })}</div>
                    <ul className={styles.statusList} aria-label={t("queue.domainsByStatus")}>
                      {row.domainsByStatus.map((s) => (
                        <li key={s.status}>
                          <StatusBadge status={s.status} locale={locale} /> ×{s.count}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t("queue.columnActions")} className={styles.counts}>
                    <div className={row.overdueCount ? styles.risk : undefined}>{t("queue.overdueCount", { count: row.overdueCount })}</div>
                    <div>{t("queue.urgentCount", { count: row.urgentCount })}</div>
                    <div className="muted">{t("queue.openCount", { count: row.openCount })}</div>
                  </td>
                  <td data-label={t("queue.columnLastReview")}>
                    {row.lastReviewedAt ? (
                      <>
                        <div>{formatDateTime(row.lastReviewedAt, locale)}</div>
                        {row.lastOutcome ? (
                          <span className={`${styles.outcome} ${styles[`outcome_${row.lastOutcome}`]}`}>{t(`outcome.${row.lastOutcome}`)}</span>
                        ) : null}
                        {row.lastReviewer ? <div className="muted small" translate="no">{t("queue.by", { name: row.lastReviewer })}</div> : null}
                      </>
                    ) : (
                      <span className="muted">{t("queue.never")}</span>
                    )}
                  </td>
                  <td data-label={t("queue.columnFollowUp")}>
                    {row.followUpAt ? (
                      <>
                        <time dateTime={chinaDateString(row.followUpAt)}>{chinaDateString(row.followUpAt)}</time>
                        {row.followUpDue ? <div className="overdue-tag">{t("queue.due")}</div> : null}
                      </>
                    ) : (
                      <span className="muted">{t("queue.none")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {queue.pageCount > 1 ? (
        <nav aria-label={t("queue.pagination")} className="pagination">
          {query.page > 1 ? <Link href={`/staff?${queueQueryString(query, { page: query.page - 1 })}`}>{t("queue.previous")}</Link> : null}
          <span>{t("queue.page", { page: queue.page, pageCount: queue.pageCount })}</span>
          {query.page < queue.pageCount ? <Link href={`/staff?${queueQueryString(query, { page: query.page + 1 })}`}>{t("queue.next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
