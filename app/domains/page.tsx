import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { LiveRefresh } from "@/components/domain/live-refresh";
import { LinkPending } from "@/components/link-pending";
import { StatusBadge } from "@/components/status-badge";
import { StatusSelect } from "@/components/status-select";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { timeLeft } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { findDomainListVersion } from "@/lib/queries/domain-version";
import { findDomainsForUser, parseDomainListQuery, summariseDomainsForUser, type TDomainListQuery } from "@/lib/queries/domains";
import { scopeOf } from "@/lib/queries/scope";
import { titled } from "@/lib/i18n/metadata";
import { ReportMessageForm } from "@/components/intake/report-form";

export const generateMetadata = titled("domains");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefWith(query: TDomainListQuery, change: Partial<TDomainListQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.overdue) params.set("overdue", "1");
  if (next.sort !== "next_due") params.set("sort", next.sort);
  if (next.pageSize !== 25) params.set("pageSize", String(next.pageSize));
  if (next.page > 1) params.set("page", String(next.page));
  const text = params.toString();
  return text ? `/domains?${text}` : "/domains";
}

export default async function DomainsPage({ searchParams }: Props) {
  const user = await requirePermission("domains:read_own");
  const query = parseDomainListQuery(await searchParams);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("domains");
  const allAccounts = scopeOf(user).kind === "all";
  const filtered = Boolean(query.q || query.status || query.overdue);
  // Read before the list: a change made while it renders moves the version, so the list refreshes again.
  const version = await findDomainListVersion(await prisma(), user);
  // Staff's version reads every domain row (about 0.1 s at 100,000 domains), so their list asks less often.
  const pollMs = allAccounts ? 5000 : 1000;

  return (
    <section>
      {version ? <LiveRefresh version={version} intervalMs={pollMs} /> : null}
      <h1>{allAccounts ? t("titleAll") : t("title")}</h1>
      <form method="get" action="/domains" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{t("search")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <StatusSelect label={t("status")} anyLabel={t("anyStatus")} value={query.status} locale={locale} />
        <div className="field">
          <label htmlFor="sort">{t("sort")}</label>
          <select id="sort" name="sort" defaultValue={query.sort}>
            <option value="next_due">{t("sortNextDue")}</option>
            <option value="name">{t("sortName")}</option>
            <option value="status_changed">{t("sortStatusChanged")}</option>
          </select>
        </div>
        <div className="field checkbox">
          <input id="overdue" name="overdue" type="checkbox" value="1" defaultChecked={query.overdue ?? false} />
          <label htmlFor="overdue">{t("onlyOverdue")}</label>
        </div>
        <button type="submit">{t("apply")}</button>
        {filtered ? <Link href="/domains">{t("clear")}</Link> : null}
      </form>

      {/* Rendered whole on the server, not streamed: a Suspense fallback would stay on
          screen for a reader without JavaScript (React swaps streamed parts in by script). */}
      <DomainListResults user={user} query={query} locale={locale} />

      {user.role === "customer" ? (
        <details className="panel">
          <summary>{(await getTranslations("intake.report"))("heading")}</summary>
          <ReportMessageForm />
        </details>
      ) : null}
    </section>
  );
}

/** The summary counts, the table and the paging for the current filters. */
async function DomainListResults({ user, query, locale }: { user: CurrentUser; query: TDomainListQuery; locale: Locale }) {
  const t = await getTranslations("domains");
  const td = await getTranslations("domain");
  const tApp = await getTranslations("app");
  const db = await prisma();
  const now = new Date();
  const [list, summary] = await Promise.all([findDomainsForUser(db, user, query, now), summariseDomainsForUser(db, user, now)]);
  const allAccounts = scopeOf(user).kind === "all";
  const filtered = Boolean(query.q || query.status || query.overdue);
  return (
    <>
      <ul className="summary-strip" aria-label={t("summary")}>
        <li className="tone-attention">
          <Link href="/domains?sort=next_due">{t("summaryNeedAction", { count: summary.needAction })}</Link>
        </li>
        <li className="tone-danger">
          <Link href="/domains?overdue=1">{t("summaryOverdue", { count: summary.overdue })}</Link>
        </li>
        <li className="tone-ok">
          <Link href="/domains?status=filed">{t("summaryFiled", { count: summary.filed })}</Link>
        </li>
      </ul>
      <p className="muted">{t("count", { total: list.total })}</p>
      {list.items.length === 0 ? (
        <p className="empty">{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="domain-table card-table">
            <thead>
              <tr>
                <th scope="col">{t("columnDomain")}</th>
                {allAccounts ? <th scope="col">{t("columnAccount")}</th> : null}
                <th scope="col">{t("columnStatus")}</th>
                <th scope="col">{t("columnIcp")}</th>
                <th scope="col">{t("columnNextDue")}</th>
                <th scope="col">{t("columnActions")}</th>
                <th scope="col">{t("columnChanged")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((domain) => (
                <tr key={domain.name} data-domain={domain.name}>
                  <td data-label={t("columnDomain")} className="cell-primary">
                    <Link href={`/domains/${encodeURIComponent(domain.name)}`}>
                      {domain.displayName}
                      <LinkPending label={tApp("loading")} />
                    </Link>
                    {domain.displayName !== domain.name ? <div className="muted small">{domain.name}</div> : null}
                  </td>
                  {allAccounts ? <td data-label={t("columnAccount")}>{domain.account}</td> : null}
                  <td data-label={t("columnStatus")}>
                    <StatusBadge status={domain.status} locale={locale} />
                    <div className="reason">{locale === "zh-CN" ? domain.reasonZh : domain.reason}</div>
                  </td>
                  <td data-label={t("columnIcp")}>{domain.icpNumber ?? t("noIcp")}</td>
                  <td data-label={t("columnNextDue")}>
                    {domain.overdue ? <span className="overdue-badge">{t("overdue")}</span> : null}
                    {nextDue(domain.nextDueAt, domain.openActionCount, now, locale, t, td)}
                  </td>
                  <td data-label={t("columnActions")}>{domain.openActionCount}</td>
                  <td data-label={t("columnChanged")}>{formatDateTime(domain.statusChangedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="pagination">
          {query.page > 1 ? (
            <Link href={hrefWith(query, { page: query.page - 1 })}>
              {t("previous")}
              <LinkPending label={tApp("loading")} />
            </Link>
          ) : null}
          <span>{t("page", { page: list.page, pageCount: list.pageCount })}</span>
          {query.page < list.pageCount ? (
            <Link href={hrefWith(query, { page: query.page + 1 })}>
              {t("next")}
              <LinkPending label={tApp("loading")} />
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

type DomainsT = Awaited<ReturnType<typeof getTranslations<"domains">>>;
type DomainT = Awaited<ReturnType<typeof getTranslations<"domain">>>;

/**
 * The earliest due date of the domain's open actions with the time left, or why there is none.
 * A plain function, not an async component: one per row, and an async component is a
 * separate task and a separate chunk of the page's payload each.
 */
function nextDue(dueAt: Date | null, openActions: number, now: Date, locale: Locale, t: DomainsT, td: DomainT) {
  if (openActions === 0) return <span className="muted">{t("nothingDue")}</span>;
  const left = timeLeft(dueAt, now);
  if (left.kind === "none" || dueAt === null) return <span className="muted">{td("noDeadline")}</span>;
  const span = td(`span.${left.unit}`, { count: left.amount });
  return (
    <span className={left.kind === "overdue" ? "overdue-tag" : undefined}>
      <time dateTime={dueAt.toISOString()}>{formatDateTime(dueAt, locale)}</time>
      <span className="small"> · {left.kind === "overdue" ? td("overdueBy", { span }) : td("left", { span })}</span>
    </span>
  );
}
