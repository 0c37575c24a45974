// GET /staff/accounts/{id}/export: the account's domains and their actions as CSV, one
// row per action (a domain without actions gets one row with empty action columns).
import type { NextRequest } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/permissions";
import { csvResponse, toCsv, type CsvCell } from "@/lib/csv";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { chinaDateString, isOverdue } from "@/lib/icp";
import { findAccountExportRows } from "@/lib/queries/account-review";

export const GET = apiRoute<{ id: string }>(async (_request: NextRequest, { params, caller }) => {
  if (!can(caller.user.role, "accounts:review")) throw new AppError("not_found", "The account was not found.");
  const data = await findAccountExportRows(await prisma(), caller.user, params.id);
  if (!data) throw new AppError("not_found", "The account was not found.");
  const now = new Date();
  const rows: CsvCell[][] = [];
  for (const d of data.domains) {
    const domainCells: CsvCell[] = [
      data.account.name,
      d.name,
      d.displayName,
      d.status,
      d.reason,
      d.icpNumber,
      d.icpEntityNumber,
      d.hosting,
      d.providerAccess,
      d.statusChangedAt,
    ];
    if (d.actions.length === 0) rows.push([...domainCells, null, null, null, null, null, null]);
    for (const a of d.actions) {
      rows.push([...domainCells, a.key, a.state, a.dueAt, isOverdue(a, now) ? "yes" : "no", a.createdAt, a.closedAt]);
    }
  }
  const body = toCsv(
    [
      "account",
      "domain",
      "display_name",
      "status",
      "reason",
      "icp_number",
      "icp_entity_number",
      "hosting",
      "provider_access",
      "status_changed_at",
      "action",
      "action_state",
      "due_at",
      "overdue",
      "action_opened_at",
      "action_closed_at",
    ],
    rows,
  );
  return csvResponse(`account-${data.account.name}-${chinaDateString(now)}.csv`, body);
});
