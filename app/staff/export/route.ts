// GET /staff/export?status=…&followUpDue=1&neverReviewed=1: the filtered review queue as
// CSV, in the queue's risk order. Staff only; anyone else gets the JSON 404 of the API.
import type { NextRequest } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/permissions";
import { csvResponse } from "@/lib/csv";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { chinaDateString } from "@/lib/icp/time";
import { findReviewQueueForExport, parseReviewQueueQuery } from "@/lib/queries/review-queue";
import { reviewQueueCsv } from "./review-queue-csv";

export const GET = apiRoute<Record<string, never>>(async (request: NextRequest, { caller }) => {
  if (!can(caller.user.role, "accounts:review")) throw new AppError("not_found", "Not found.");
  const query = parseReviewQueueQuery(Object.fromEntries(request.nextUrl.searchParams));
  const now = new Date();
  const rows = await findReviewQueueForExport(await prisma(), caller.user, query, now);
  const body = reviewQueueCsv(rows);
  return csvResponse(`review-queue-${chinaDateString(now)}.csv`, body);
});
