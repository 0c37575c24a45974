// GET /staff/export?status=…&followUpDue=1&neverReviewed=1: the filtered review queue as
// CSV, in the queue's risk order. Staff only; anyone else gets the JSON 404 of the API.
import type { NextRequest } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/permissions";
import { csvResponse, toCsv } from "@/lib/csv";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findReviewQueueForExport, parseReviewQueueQuery } from "@/lib/queries/review-queue";

export const GET = apiRoute<Record<string, never>>(async (request: NextRequest, { caller }) => {
  if (!can(caller.user.role, "accounts:review")) throw new AppError("not_found", "Not found.");
  const query = parseReviewQueueQuery(Object.fromEntries(request.nextUrl.searchParams));
  const now = new Date();
  const rows = await findReviewQueueForExport(await prisma(), caller.user, query, now);
  const body = toCsv(
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
      r.followUpAt,
      r.followUpDue ? "yes" : "no",
    ]),
  );
  return csvResponse(`review-queue-${now.toISOString().slice(0, 10)}.csv`, body);
});
