import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { chinaDateString } from "@/lib/icp";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { findAccountForReview, findAccountReviewDomains, parseAccountReviewQuery } from "@/lib/queries/account-review";
import { StaffNav } from "../../staff-nav";
import styles from "../../staff.module.css";
import { ReviewDomains } from "./review-domains";
import { ReviewForm } from "./review-form";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("accountReview");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountReviewPage({ params, searchParams }: Props) {
  const user = await requirePermission("accounts:review");
  const { id } = await params;
  const query = parseAccountReviewQuery(await searchParams);
  const db = await prisma();
  const now = new Date();
  const accountId = decodeURIComponent(id);
  const [review, page] = await Promise.all([
    findAccountForReview(db, user, accountId),
    findAccountReviewDomains(db, user, accountId, query, now),
  ]);
  if (!review || !page) notFound();
  const { account, recentMessages } = review;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("staff");
  const td = await getTranslations("domain");

  return (
    <article className="dashboard">
      <StaffNav current={null} />
      <p>
        <Link href="/staff">← {t("account.back")}</Link>
      </p>
      <header className="panel dashboard-head">
        <h1 translate="no">{account.name}</h1>
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
          <ReviewDomains accountId={account.id} query={query} page={page} locale={locale} now={now} />
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
                  <div className="muted small" translate={r.agent ? "no" : undefined}>{t("queue.by", { name: r.agent?.name ?? t("account.formerStaff") })}</div>
                  {r.followUpAt ? <div className="small">{t("account.followUpOn", { time: chinaDateString(r.followUpAt) })}</div> : null}
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
                  <span translate="no">
                    {u.name} &lt;{u.email}&gt;
                  </span>
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
