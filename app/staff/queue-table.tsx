"use client";
import Link from "next/link";
import type { DomainStatus, ReviewOutcome } from "@/lib/generated/prisma/enums";
import styles from "./staff.module.css";

/**
 * One queue row with every text already in the reader's language (the server formats
 * them): the page sends these few strings per row instead of the rendered elements, which
 * are drawn here, during the server render and again on hydration.
 */
export type QueueRowView = {
  id: string;
  name: string;
  /** "2 urgent actions overdue or expiring", or null when none. */
  critical: string | null;
  domains: string;
  statuses: [DomainStatus, number][];
  overdue: string;
  overdueRisk: boolean;
  urgent: string;
  open: string;
  review: { at: string; outcome: ReviewOutcome | null; outcomeLabel: string | null; by: string | null } | null;
  followUp: { date: string; due: boolean } | null;
};

export type QueueTableLabels = {
  caption: string;
  account: string;
  domains: string;
  actions: string;
  lastReview: string;
  followUp: string;
  domainsByStatus: string;
  never: string;
  none: string;
  due: string;
};

export function QueueTable({
  rows,
  labels,
  statuses,
}: {
  rows: QueueRowView[];
  labels: QueueTableLabels;
  /** Each status shown: its name in the reader's language and its badge tone. */
  statuses: Partial<Record<DomainStatus, [string, string]>>;
}) {
  return (
    <table className={`card-table domain-table ${styles.queueTable}`}>
      <caption className="muted small">{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.account}</th>
          <th scope="col">{labels.domains}</th>
          <th scope="col">{labels.actions}</th>
          <th scope="col">{labels.lastReview}</th>
          <th scope="col">{labels.followUp}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-account={row.name}>
            <th scope="row" data-label={labels.account} className="cell-primary">
              <Link href={`/staff/accounts/${encodeURIComponent(row.id)}`}>
                <span translate="no">{row.name}</span>
              </Link>
              {row.critical !== null ? <div className={`small ${styles.risk}`}>{row.critical}</div> : null}
            </th>
            <td data-label={labels.domains}>
              <div className="small">{row.domains}</div>
              <ul className={styles.statusList} aria-label={labels.domainsByStatus}>
                {row.statuses.map(([status, count]) => (
                  <li key={status}>
                    <span className={`status-badge tone-${statuses[status]![1]}`} data-status={status}>{statuses[status]![0]}</span> ×{count}
                  </li>
                ))}
              </ul>
            </td>
            <td data-label={labels.actions} className={styles.counts}>
              <div className={row.overdueRisk ? styles.risk : undefined}>{row.overdue}</div>
              <div>{row.urgent}</div>
              <div className="muted">{row.open}</div>
            </td>
            <td data-label={labels.lastReview}>
              {row.review ? (
                <>
                  <div>{row.review.at}</div>
                  {row.review.outcome ? (
                    <span className={`${styles.outcome} ${styles[`outcome_${row.review.outcome}`]}`}>{row.review.outcomeLabel}</span>
                  ) : null}
                  {row.review.by ? (
                    <div className="muted small" translate="no">
                      {row.review.by}
                    </div>
                  ) : null}
                </>
              ) : (
                <span className="muted">{labels.never}</span>
              )}
            </td>
            <td data-label={labels.followUp}>
              {row.followUp ? (
                <>
                  <time dateTime={row.followUp.date}>{row.followUp.date}</time>
                  {row.followUp.due ? <div className="overdue-tag">{labels.due}</div> : null}
                </>
              ) : (
                <span className="muted">{labels.none}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
