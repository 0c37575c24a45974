import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DomainActions } from "@/components/domain/domain-actions";
import { DomainHistory } from "@/components/domain/domain-history";
import { FilingRecord } from "@/components/domain/filing-record";
import { MessageTimeline } from "@/components/domain/message-timeline";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { chinaDateString } from "@/lib/icp";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { domainActionCounts, findAccountForReview, REVIEW_DOMAIN_LIMIT } from "@/lib/queries/account-review";
import { StaffNav } from "../../staff-nav";
import styles from "../../staff.module.css";
import { ReviewForm } from "./review-form";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("accountReview");

type Props = { params: Promise<{ id: string }> };

export default async function AccountReviewPage({ params }: Props) {
  const user = await requirePermission("accounts:review");
  const { id } = await params;
  const db = await prisma();
  const review = await findAccountForReview(db, user, decodeURIComponent(id));
  if (!review) notFound();
  const { account, domains, recentMessages } = review;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("staff");
  const td = await getTranslations("domain");
  const now = new Date();

  return (
    <article className="dashboard">
      <StaffNav current={null} />
      <p>
        <Link href="/staff">← {t("account.back")}</Link>
      </p>
      <header className="panel dashboard-head">
        <h1>{account.name}</h1>
        <p className="muted">
          {t("account.summary", { domains: account._count.domains, reviews: account._count.reviews })} ·{" "}
          <a href={`/staff/accounts/${encodeURIComponent(account.id)}/export`} download>
            {t("account.exportCsv")}
          </a>{" "}
          · <Link href={`/staff/audit?account=${encodeURIComponent(account.id)}`}>{t("account.auditLink")}</Link>
        </p>
      </header>

      <div className={styles.grid2}>
        <section aria-labelledby="domains-heading" className="panel">
          <h2 id="domains-heading">{t("account.domainsHeading")}</h2>
          {domains.length === 0 ? <p className="empty">{t("account.noDomains")}</p> : null}
          {account._count.domains > domains.length ? (
            <p className="muted">{t("account.domainsMore", { shown: domains.length, total: account._count.domains, limit: REVIEW_DOMAIN_LIMIT })}</p>
          ) : null}
          {domains.map((domain) => {
            const counts = domainActionCounts(domain, now);
            const headingId = `domain-${domain.id}`;
            return (
              <details key={domain.id} className={`panel ${styles.domainSection}`} open={counts.open > 0} data-domain={domain.name}>
                <summary>
                  <h3 id={headingId}>{domain.displayName}</h3> <StatusBadge status={domain.status} locale={locale} />{" "}
                  <span className={counts.overdue ? styles.risk : "muted"}>
                    {t("account.domainCounts", { open: counts.open, overdue: counts.overdue })}
                  </span>
                </summary>
                {domain.displayName !== domain.name ? <p className="muted small">{domain.name}</p> : null}
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
              </details>
            );
          })}
        </section>

        <aside className="stack">
          <section aria-labelledby="review-heading" className="panel">
            <h2 id="review-heading">{t("review.heading")}</h2>
            <ReviewForm accountId={account.id} today={chinaDateString(now)} />
          </section>

          <section aria-labelledby="reviews-heading" className="panel">
            <h2 id="reviews-heading">{t("account.reviewsHeading")}</h2>
            {account.reviews.length === 0 ? <p className="muted">{t("account.noReviews")}</p> : null}
            <ol className={`stack ${styles.plainList}`}>
              {account.reviews.map((r) => (
                <li key={r.id} className={styles.review} data-outcome={r.outcome}>
                  <div>
                    <span className={`${styles.outcome} ${styles[`outcome_${r.outcome}`]}`}>{t(`outcome.${r.outcome}`)}</span>{" "}
                    <time dateTime={r.createdAt.toISOString()} className="small">
                      {formatDateTime(r.createdAt, locale)}
                    </time>
                  </div>
                  <div className="muted small">{t("queue.by", { name: r.agent?.name ?? t("account.formerStaff") })}</div>
                  {r.followUpAt ? <div className="small">{t("account.followUpOn", { time: formatDateTime(r.followUpAt, locale) })}</div> : null}
                  <blockquote className="note">{r.note}</blockquote>
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="users-heading" className="panel">
            <h2 id="users-heading">{t("account.usersHeading")}</h2>
            {account.users.length === 0 ? <p className="muted">{t("account.noUsers")}</p> : null}
            <ul>
              {account.users.map((u) => (
                <li key={u.id}>
                  {u.name} &lt;{u.email}&gt;
                  {u.disabledAt ? <span className="chip"> {t("account.disabled")}</span> : null}
                  <div className="muted small">
                    {u.lastSignInAt ? t("account.lastSignIn", { time: formatDateTime(u.lastSignInAt, locale) }) : t("account.neverSignedIn")}
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="recent-heading" className="panel">
            <h2 id="recent-heading">{t("account.recentMessagesHeading")}</h2>
            {recentMessages.length === 0 ? <p className="muted">{td("messagesEmpty")}</p> : null}
            <ol className="timeline">
              {recentMessages.map((m) => (
                <li key={m.id}>
                  <strong>{messageKindTitle(m.kind, locale)}</strong> · {m.domain.displayName}
                  <div className="muted small">{formatDateTime(m.receivedAt, locale)}</div>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </article>
  );
}
