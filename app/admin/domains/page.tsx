import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { accountNames } from "@/lib/queries/admin-accounts";
import { findDomainsForAdmin, ZAdminDomainQuery } from "@/lib/queries/admin-domains";
import { AddDomainForm } from "./domain-forms";
import "../messages/admin.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("adminDomains");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminDomainsPage({ searchParams }: Props) {
  const user = await requirePermission("accounts:manage");
  const t = await getTranslations("admin.domains");
  const locale = (await getLocale()) as Locale;
  const raw = await searchParams;
  const query = ZAdminDomainQuery.parse({ q: raw.q, account: raw.account, page: raw.page });
  const db = await prisma();
  const [accounts, page] = await Promise.all([accountNames(db, user), findDomainsForAdmin(db, user, query)]);
  const pageHref = (n: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.account) params.set("account", query.account);
    params.set("page", String(n));
    return `/admin/domains?${params.toString()}`;
  };
  return (
    <div className="stack admin-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <h2>{t("addHeading")}</h2>
      <AddDomainForm accounts={accounts} />
      <h2>{t("listHeading")}</h2>
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="admin-domain-q">{t("search")}</label>
          <input id="admin-domain-q" name="q" defaultValue={query.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="admin-domain-account">{t("account")}</label>
          <select id="admin-domain-account" name="account" defaultValue={query.account ?? ""}>
            <option value="">{t("anyAccount")}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
      </form>
      <p className="muted">{t("count", { total: page.total })}</p>
      {page.items.length ? (
        <div className="table-wrap">
          <table className="card-table">
            <thead>
              <tr>
                <th scope="col">{t("columnDomain")}</th>
                <th scope="col">{t("account")}</th>
                <th scope="col">{t("columnStatus")}</th>
                <th scope="col">{t("icpNumber")}</th>
                <th scope="col">{t("filingType")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((d) => (
                <tr key={d.id}>
                  <td data-label={t("columnDomain")} className="cell-primary">
                    <Link href={`/admin/domains/${encodeURIComponent(d.name)}`}>{d.displayName}</Link>
                    {d.displayName !== d.name ? <div className="muted small">{d.name}</div> : null}
                  </td>
                  <td data-label={t("account")}>{d.account.name}</td>
                  <td data-label={t("columnStatus")}>
                    <StatusBadge status={d.status} locale={locale} />
                  </td>
                  <td data-label={t("icpNumber")}>{d.icpNumber ?? "—"}</td>
                  <td data-label={t("filingType")}>{d.filingType ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t("empty")}</p>
      )}
      {page.pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination")}>
          {page.page > 1 ? <Link href={pageHref(page.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("page", { page: page.page, pageCount: page.pageCount })}</span>
          {page.page < page.pageCount ? <Link href={pageHref(page.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
