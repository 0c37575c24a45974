import { toCsv } from "@/lib/csv";
import { chinaDateString } from "@/lib/icp/time";
import type { ReviewQueueRow } from "@/lib/queries/review-queue";

/**
 * The review queue as CSV: instants in China time with the offset (lib/csv), and the
 * follow-up, a China calendar day chosen in the review form's date field, as that date.
 */
export function reviewQueueCsv(rows: readonly ReviewQueueRow[]): string {
  return toCsv(
    [
      "account",
      "account_id",
      "urgent_overdue_or_expiring",
      "urgent_open",
      "overdue_actions",
      "open_actions",
      "domains",
      "domains_by_status",
      "last_reviewed_at",
      "last_outcome",
      "last_reviewer",
      "follow_up_at",
      "follow_up_due",
    ],
    rows.map((r) => [
      r.accountName,
      r.accountId,
      r.criticalCount,
      r.urgentCount,
      r.overdueCount,
      r.openCount,
      r.domainCount,
      r.domainsByStatus.map((s) => `${s.status}:${s.count}`).join(" "),
      r.lastReviewedAt,
      r.lastOutcome,
      r.lastReviewer,
      r.followUpAt ? chinaDateString(r.followUpAt) : null,
      r.followUpDue ? "yes" : "no",
    ]),
  );
}
