import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { LiveRefresh } from "@/components/domain/live-refresh";
import { LinkPending } from "@/components/link-pending";
import { DomainListTable, type DomainListLabels, type DomainRowView } from "@/components/domain/domain-list-table";
import { StatusSelect } from "@/components/status-select";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { timeLeft } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import { statusTitle, statusTone } from "@/lib/i18n/icp-text";
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
  // The rows' texts, formatted here; the table itself is drawn by a client component from
  // these values (a smaller page than the rendered elements: docs/benchmarks.md).
  const statuses = Object.fromEntries([...new Set(list.items.map((d) => d.status))].map((status) => [status, [statusTitle(status, locale), statusTone(status)]]));
  const rows: DomainRowView[] = list.items.map((domain) => ({
    name: domain.name,
    displayName: domain.displayName !== domain.name ? domain.displayName : null,
    ...(allAccounts ? { account: domain.account } : {}),
    status: domain.status,
    reason: locale === "zh-CN" ? domain.reasonZh : domain.reason,
    icpNumber: domain.icpNumber,
    overdue: domain.overdue,
    due: nextDue(domain.nextDueAt, domain.openActionCount, now, locale, t, td),
    openActionCount: domain.openActionCount,
    changed: formatDateTime(domain.statusChangedAt, locale),
  }));
  const labels: DomainListLabels = {
    domain: t("columnDomain"),
    account: t("columnAccount"),
    status: t("columnStatus"),
    icp: t("columnIcp"),
    nextDue: t("columnNextDue"),
    actions: t("columnActions"),
    changed: t("columnChanged"),
    noIcp: t("noIcp"),
    overdue: t("overdue"),
    loading: tApp("loading"),
  };
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
          <DomainListTable rows={rows} labels={labels} statuses={statuses} allAccounts={allAccounts} />
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
 * The earliest due date of the domain's open actions, formatted, with the time left, or why
 * there is none (DomainRowView["due"]).
 */
function nextDue(dueAt: Date | null, openActions: number, now: Date, locale: Locale, t: DomainsT, td: DomainT): DomainRowView["due"] {
  if (openActions === 0) return t("nothingDue");
  const left = timeLeft(dueAt, now);
  if (left.kind === "none" || dueAt === null) return td("noDeadline");
  const span = td(`span.${left.unit}`, { count: left.amount });
  const text = left.kind === "overdue" ? td("overdueBy", { span }) : td("left", { span });
  return [dueAt.toISOString(), formatDateTime(dueAt, locale), text];
}
