import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { DomainActions } from "@/components/domain/domain-actions";
import { DomainHistory } from "@/components/domain/domain-history";
import { FilingRecord } from "@/components/domain/filing-record";
import { MessageTimeline } from "@/components/domain/message-timeline";
import { StatusBadge } from "@/components/status-badge";
import { StatusSelect } from "@/components/status-select";
import { timeLeft } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import {
  accountReviewQueryString,
  REVIEW_EXPANDED_LIMIT,
  REVIEW_PAGE_SIZES,
  type ReviewDomainPage,
  type ReviewDomainRow,
  type TAccountReviewQuery,
} from "@/lib/queries/account-review";
import styles from "../../staff.module.css";

type Props = { accountId: string; query: TAccountReviewQuery; page: ReviewDomainPage; locale: Locale; now: Date };

/**
 * The account's domains as a compact table, the most pressing first: filters (search,
 * status, overdue or urgent), paging that reaches every domain, and rows that expand in
 * place to the domain's actions, filing record, messages and history. Expanding is a link
 * (`?open=name`), so it works without JavaScript and only expanded rows are loaded in full.
 */
export async function ReviewDomains({ accountId, query, page, locale, now }: Props) {
  const t = await getTranslations("staff.account");
  const base = `/staff/accounts/${encodeURIComponent(accountId)}`;
  const href = (change: Partial<TAccountReviewQuery>) => {
    const text = accountReviewQueryString(query, change);
    return text ? `${base}?${text}` : base;
  };
  const filtered = Boolean(query.q || query.status || query.due);
  const first = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.page * page.pageSize);
  return (
    <>
      <form method="get" action={base} className="filters" role="search" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="review-q">{t("search")}</label>
          <input id="review-q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <StatusSelect label={t("status")} anyLabel={t("anyStatus")} value={query.status} locale={locale} />
        <div className="field">
          <label htmlFor="review-due">{t("due")}</label>
          <select id="review-due" name="due" defaultValue={query.due ?? ""}>
            <option value="">{t("dueAny")}</option>
            <option value="overdue">{t("dueOverdue")}</option>
            <option value="urgent">{t("dueUrgent")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-page-size">{t("pageSize")}</label>
          <select id="review-page-size" name="pageSize" defaultValue={String(query.pageSize)}>
            {REVIEW_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
        {filtered ? <Link href={base}>{t("clear")}</Link> : null}
      </form>

      <p className="muted" aria-live="polite">
        {page.total === 0 ? (filtered ? t("noDomainsFiltered") : t("noDomains")) : t("range", { first, last, total: page.total })}
      </p>

      {page.rows.length ? (
        <div className="table-wrap">
          <table className="domain-table card-table account-domains">
            <thead>
              <tr>
                <th scope="col">{t("columnDomain")}</th>
                <th scope="col">{t("columnStatus")}</th>
                <th scope="col">{t("columnActions")}</th>
                <th scope="col">{t("columnNextDue")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("columnDetails")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => {
                const open = page.expanded.get(row.name);
                const panelId = `domain-details-${row.id}`;
                const others = query.open.filter((name) => name !== row.name);
                // Opening one more keeps the others open, up to the limit (the oldest closes first).
                const toggle = open ? others : [...others, row.name].slice(-REVIEW_EXPANDED_LIMIT);
                return (
                  <DomainRows key={row.id} row={row} locale={locale} now={now} panelId={panelId} toggleHref={`${href({ open: toggle })}#row-${row.id}`} expanded={Boolean(open)}>
                    {open ? (
                      <tr className="domain-expanded" data-expanded={row.name} id={panelId}>
                        <td colSpan={5}>
                          <ExpandedDomain domain={open} locale={locale} now={now} />
                        </td>
                      </tr>
                    ) : null}
                  </DomainRows>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      {page.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="pagination">
          {page.page > 1 ? <Link href={href({ page: page.page - 1, open: [] })}>{t("previous")}</Link> : null}
          <span>{t("page", { page: page.page, pageCount: page.pageCount })}</span>
          {page.page < page.pageCount ? <Link href={href({ page: page.page + 1, open: [] })}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

async function DomainRows({
  row,
  locale,
  now,
  panelId,
  toggleHref,
  expanded,
  children,
}: {
  row: ReviewDomainRow;
  locale: Locale;
  now: Date;
  panelId: string;
  toggleHref: string;
  expanded: boolean;
  children: React.ReactNode;
}) {
  const t = await getTranslations("staff.account");
  return (
    <>
      <tr data-domain={row.name} id={`row-${row.id}`}>
        <th scope="row" className="cell-primary">
          {row.displayName}
          {row.displayName !== row.name ? <div className="muted small">{row.name}</div> : null}
          {row.icpNumber ? <div className="muted small">{row.icpNumber}</div> : null}
        </th>
        <td data-label={t("columnStatus")}>
          <StatusBadge status={row.status} locale={locale} />
        </td>
        <td data-label={t("columnActions")}>
          <span className={row.overdueActionCount ? styles.risk : undefined}>
            {t("domainCounts", { open: row.openActionCount, overdue: row.overdueActionCount })}
          </span>
          {row.urgentActionCount ? <div className="small">{t("urgentCount", { count: row.urgentActionCount })}</div> : null}
        </td>
        <td data-label={t("columnNextDue")}>
          <NextDue row={row} locale={locale} now={now} />
        </td>
        <td data-label={t("columnDetails")}>
          <Link href={toggleHref} scroll={false} aria-expanded={expanded} aria-controls={expanded ? panelId : undefined}>
            {expanded ? t("hideDetails") : t("showDetails")}
            <span className="visually-hidden"> {row.displayName}</span>
          </Link>
        </td>
      </tr>
      {children}
    </>
  );
}

async function NextDue({ row, locale, now }: { row: ReviewDomainRow; locale: Locale; now: Date }) {
  const t = await getTranslations("staff.account");
  const td = await getTranslations("domain");
  if (row.openActionCount === 0) return <span className="muted">{t("nothingDue")}</span>;
  const left = timeLeft(row.nextDueAt, now);
  if (left.kind === "none" || row.nextDueAt === null) return <span className="muted">{td("noDeadline")}</span>;
  const span = td(`span.${left.unit}`, { count: left.amount });
  return (
    <span className={left.kind === "overdue" ? "overdue-tag" : undefined}>
      {left.kind === "overdue" ? <span className="overdue-badge">{t("overdue")}</span> : null}{" "}
      <time dateTime={row.nextDueAt.toISOString()}>{formatDateTime(row.nextDueAt, locale)}</time>
      <span className="small"> · {left.kind === "overdue" ? td("overdueBy", { span }) : td("left", { span })}</span>
    </span>
  );
}

async function ExpandedDomain({ domain, locale, now }: { domain: NonNullable<ReturnType<ReviewDomainPage["expanded"]["get"]>>; locale: Locale; now: Date }) {
  const t = await getTranslations("staff");
  const td = await getTranslations("domain");
  return (
    <div className={`stack ${styles.domainSection}`}>
      <p className="reason-lead">{locale === "zh-CN" ? domain.reasonZh : domain.reason}</p>
      <p className="small">
        <Link href={`/domains/${encodeURIComponent(domain.name)}`}>{t("account.openDashboard")}</Link>
      </p>
      <section aria-label={td("actionsHeading")}>
        <DomainActions domain={domain} locale={locale} now={now} headingLevel={3} />
      </section>
      <section aria-label={td("filingHeading")}>
        <h4>{td("filingHeading")}</h4>
        <FilingRecord domain={domain} />
      </section>
      <details>
        <summary>{td("messagesHeading")}</summary>
        <MessageTimeline domain={domain} locale={locale} />
      </details>
      <details>
        <summary>{t("account.historyHeading")}</summary>
        <DomainHistory domainId={domain.id} headingLevel={4} />
      </details>
    </div>
  );
}
