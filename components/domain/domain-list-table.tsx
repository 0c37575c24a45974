"use client";
import Link from "next/link";
import { LinkPending } from "@/components/link-pending";
import type { DomainStatus } from "@/lib/generated/prisma/enums";

/**
 * One row of the domain list with every text already in the reader's language (the server
 * formats them, so the times read the same in the HTML and after hydration): the page sends
 * these few values per row instead of the rendered elements, and the rows are drawn here,
 * during the server render and again on hydration.
 */
export type DomainRowView = {
  name: string;
  /** The display name when it differs from the name (an internationalised name). */
  displayName: string | null;
  /** The account's name: staff's list only. */
  account?: string;
  status: DomainStatus;
  reason: string;
  icpNumber: string | null;
  overdue: boolean;
  /** The earliest due date as [ISO instant, formatted, time left], or why there is none. */
  due: [string, string, string] | string;
  openActionCount: number;
  changed: string;
};

export type DomainListLabels = {
  domain: string;
  account: string;
  status: string;
  icp: string;
  nextDue: string;
  actions: string;
  changed: string;
  noIcp: string;
  overdue: string;
  loading: string;
};

export function DomainListTable({
  rows,
  labels,
  statuses,
  allAccounts,
}: {
  rows: DomainRowView[];
  labels: DomainListLabels;
  /** Each status shown: its name in the reader's language and its badge tone. */
  statuses: Partial<Record<DomainStatus, [string, string]>>;
  allAccounts: boolean;
}) {
  return (
    <table className="domain-table card-table">
      <thead>
        <tr>
          <th scope="col">{labels.domain}</th>
          {allAccounts ? <th scope="col">{labels.account}</th> : null}
          <th scope="col">{labels.status}</th>
          <th scope="col">{labels.icp}</th>
          <th scope="col">{labels.nextDue}</th>
          <th scope="col">{labels.actions}</th>
          <th scope="col">{labels.changed}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} data-domain={row.name}>
            <td data-label={labels.domain} className="cell-primary">
              <Link href={`/domains/${encodeURIComponent(row.name)}`}>
                {row.displayName ?? row.name}
                <LinkPending label={labels.loading} />
              </Link>
              {row.displayName !== null ? <div className="muted small">{row.name}</div> : null}
            </td>
            {allAccounts ? <td data-label={labels.account}>{row.account}</td> : null}
            <td data-label={labels.status}>
              <span className={`status-badge tone-${statuses[row.status]![1]}`} data-status={row.status}>
                {statuses[row.status]![0]}
              </span>
              <div className="reason">{row.reason}</div>
            </td>
            <td data-label={labels.icp}>{row.icpNumber ?? labels.noIcp}</td>
            <td data-label={labels.nextDue}>
              {row.overdue ? <span className="overdue-badge">{labels.overdue}</span> : null}
              {typeof row.due === "string" ? (
                <span className="muted">{row.due}</span>
              ) : (
                <span className={row.overdue ? "overdue-tag" : undefined}>
                  <time dateTime={row.due[0]}>{row.due[1]}</time>
                  <span className="small"> · {row.due[2]}</span>
                </span>
              )}
            </td>
            <td data-label={labels.actions}>{row.openActionCount}</td>
            <td data-label={labels.changed}>{row.changed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
