import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { cleanSearchText, SEARCH_LIMIT, SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, searchAccounts } from "@/lib/queries/search";
import { StaffNav } from "../staff-nav";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("search");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffSearchPage({ searchParams }: Props) {
  const user = await requirePermission("accounts:review");
  const params = await searchParams;
  const raw = (Array.isArray(params.q) ? params.q[0] : params.q) ?? "";
  const q = cleanSearchText(raw);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("staff.search");
  const result = q ? await searchAccounts(await prisma(), user, q) : null;
  const tooShort = raw.trim().length > 0 && !q;

  return (
    <section>
      <StaffNav current="search" />
      <h1>{t("title")}</h1>
      <form method="get" action="/staff/search" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{t("label")}</label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={raw}
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby={tooShort ? "q-hint q-error" : "q-hint"}
            aria-invalid={tooShort ? true : undefined}
          />
          <span id="q-hint" className="muted small">
            {t("hint")}
          </span>
          {tooShort ? (
            <span id="q-error" className="field-error">
              {t("tooShort", { min: SEARCH_MIN_LENGTH, max: SEARCH_MAX_LENGTH })}
            </span>
          ) : null}
        </div>
        <button type="submit">{t("submit")}</button>
      </form>

      {result ? (
        <>
          {result.truncated ? <p className="callout">{t("truncated", { limit: SEARCH_LIMIT })}</p> : null}
          <section aria-labelledby="domain-hits">
            <h2 id="domain-hits">{t("domainsHeading", { count: result.domains.length })}</h2>
            {result.domains.length === 0 ? (
              <p className="muted">{t("noDomains")}</p>
            ) : (
              <div className="table-wrap" tabIndex={0} role="region" aria-label={t("domainsHeading", { count: result.domains.length })}>
                <table className="domain-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("columnDomain")}</th>
                      <th scope="col">{t("columnAccount")}</th>
                      <th scope="col">{t("columnStatus")}</th>
                      <th scope="col">{t("columnIcp")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.domains.map((d) => (
                      <tr key={d.name} data-domain={d.name}>
                        <th scope="row">
                          <Link href={`/domains/${encodeURIComponent(d.name)}`}>{d.displayName}</Link>
                          {d.displayName !== d.name ? <div className="muted small">{d.name}</div> : null}
                        </th>
                        <td>
                          <Link href={`/staff/accounts/${encodeURIComponent(d.accountId)}`}><span translate="no">{d.accountName}</span></Link>
                        </td>
                        <td>
                          <StatusBadge status={d.status} locale={locale} />
                        </td>
                        <td>
                          {d.icpNumber ?? t("noIcp")}
                          {d.icpEntityNumber ? <div className="muted small">{d.icpEntityNumber}</div> : null}
                          {d.matchedBy === "icp" ? <div className="small">{t("matchedIcp")}</div> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="account-hits">
            <h2 id="account-hits">{t("accountsHeading", { count: result.accounts.length })}</h2>
            {result.accounts.length === 0 ? (
              <p className="muted">{t("noAccounts")}</p>
            ) : (
              <ul>
                {result.accounts.map((a) => (
                  <li key={a.id} data-account={a.name}>
                    <Link href={`/staff/accounts/${encodeURIComponent(a.id)}`}><span translate="no">{a.name}</span></Link>{" "}
                    <span className="muted small">{t("domainCount", { count: a.domainCount })}</span>
                    {a.matchedUsers.length ? (
                      <div className="small">{t("matchedUsers", { emails: a.matchedUsers.map((u) => u.email).join(", ") })}</div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
