// What a customer's pasted message means, before they submit it: the classification, the
// domain it is about, what recording it would do (the admin record page's preview, through
// the narrow intake actor of the customer's account), and whether it would be recorded at
// once or wait for support. Writes nothing.
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MessageKind } from "@/lib/icp";
import { previewMessage, type MessagePreview } from "@/lib/use-cases/preview-message";
import { intakeActor, predictInbound, type ReasonCode } from "./inbound";
import { parseReportedAt } from "./triage";

export type ReportPreview = {
  kind: MessageKind | null;
  /** Would be recorded at once (true) or wait in the inbox (the reason). */
  auto: boolean;
  reasonCode: ReasonCode | null;
  domain: { name: string; displayName: string } | null;
  preview: Pick<MessagePreview, "before" | "after" | "duplicate"> | null;
};

export async function previewReport(
  db: PrismaClient,
  { user, text, receivedAt, domain, now }: { user: { id: string; email: string; accountId: string | null }; text: string; receivedAt: string; domain: string | null; now: Date },
): Promise<ReportPreview> {
  if (!user.accountId) throw new AppError("forbidden", "Only customers report messages here.");
  if (!text.trim()) throw new AppError("validation_failed", "Paste the message text.", { text: "Paste the message text." });
  const at = parseReportedAt(receivedAt);
  if (!at) throw new AppError("validation_failed", "receivedAt is not a date.", { receivedAt: "Not a date." });
  if (at.getTime() > now.getTime()) throw new AppError("unprocessable", "receivedAt lies in the future.", { receivedAt: "Must not lie in the future." });
  let hint: { id: string; name: string } | null = null;
  if (domain) {
    const name = normaliseDomainName(domain)?.name;
    const row = name ? await db.domain.findUnique({ where: { name }, select: { id: true, name: true, accountId: true } }) : null;
    if (!row || row.accountId !== user.accountId) throw new AppError("not_found", "The domain was not found.", { domain: "Unknown domain." });
    hint = { id: row.id, name: row.name };
  }
  const decision = await predictInbound(
    db,
    { accountId: user.accountId, subject: null, text: text.slice(0, 20_000), receivedAt: at, via: "report", sender: null, channel: null },
    hint,
  );
  const target = decision.domain;
  let preview: ReportPreview["preview"] = null;
  let displayName: string | null = null;
  if (target && decision.kind) {
    const actor = intakeActor(user.accountId, { via: "report", sender: null, channel: null, reportedBy: user.email, confirmedBy: null }, {
      userId: user.id,
      label: user.email,
      role: "customer",
    });
    const result = await previewMessage(db, { actor, input: { domain: target.name, text, receivedAt: at, kind: decision.kind }, now });
    preview = { before: result.before, after: result.after, duplicate: result.duplicate };
    displayName = result.domain.displayName;
  }
  return {
    kind: decision.kind,
    auto: decision.auto,
    reasonCode: decision.auto ? null : decision.code,
    domain: target ? { name: target.name, displayName: displayName ?? target.name } : null,
    preview,
  };
}
