import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { StatusSelect } from "@/components/status-select";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { chinaDateString } from "@/lib/icp/time";
import { formatDateTime } from "@/lib/i18n/format";
import { statusTitle, statusTone } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { findReviewQueue, parseReviewQueueQuery, QUEUE_PAGE_SIZES, queueQueryString } from "@/lib/queries/review-queue";
import { QueueTable, type QueueRowView, type QueueTableLabels } from "./queue-table";
import { StaffNav } from "./staff-nav";
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
  // The rows' texts, formatted here; the table itself is drawn by a client component from
  // these strings (a smaller page than the rendered elements: docs/benchmarks.md).
  const shown = new Set(queue.items.flatMap((row) => row.domainsByStatus.map((s) => s.status)));
  const statuses = Object.fromEntries([...shown].map((status) => [status, [statusTitle(status, locale), statusTone(status)]]));
  const rows: QueueRowView[] = queue.items.map((row) => ({
    id: row.accountId,
    name: row.accountName,
    critical: row.criticalCount > 0 ? t("queue.critical", { count: row.criticalCount }) : null,
    domains: t("queue.domainCount", { count: row.domainCount }),
    statuses: row.domainsByStatus.map((s) => [s.status, s.count]),
    overdue: t("queue.overdueCount", { count: row.overdueCount }),
    overdueRisk: row.overdueCount > 0,
    urgent: t("queue.urgentCount", { count: row.urgentCount }),
    open: t("queue.openCount", { count: row.openCount }),
    review: row.lastReviewedAt
      ? {
          at: formatDateTime(row.lastReviewedAt, locale),
          outcome: row.lastOutcome,
          outcomeLabel: row.lastOutcome ? t(`outcome.${row.lastOutcome}`) : null,
          by: row.lastReviewer ? t("queue.by", { name: row.lastReviewer }) : null,
        }
      : null,
    followUp: row.followUpAt ? { date: chinaDateString(row.followUpAt), due: row.followUpDue } : null,
  }));
  const labels: QueueTableLabels = {
    caption: t("queue.caption"),
    account: t("queue.columnAccount"),
    domains: t("queue.columnDomains"),
    actions: t("queue.columnActions"),
    lastReview: t("queue.columnLastReview"),
    followUp: t("queue.columnFollowUp"),
    domainsByStatus: t("queue.domainsByStatus"),
    never: t("queue.never"),
    none: t("queue.none"),
    due: t("queue.due"),
  };

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
          <QueueTable rows={rows} labels={labels} statuses={statuses} />
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
