// The inbox: customers report messages and see their own items; agents and admins confirm
// (domain, kind) or reject (with a reason) what waits. Confirming records through
// recordMessage with the intake actor of the item's account, so even staff confirming cannot
// put an item into another account.
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import { parseChinaTimestamp } from "@/lib/icp/time";
import { InboundState, MessageKind, type InboundVia, type Prisma, type PrismaClient, type Role } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import { intakeActor, receiveInbound, recordItem, sourceOf, type InboundResult } from "./inbound";
import { readStoredReason, type ReasonParams, type RecordError } from "./reason";
import { reasonInEnglish } from "./reason-english";

export const ZReportInput = z
  .object({
    text: z.string().min(1, "Paste the message text.").max(20_000, "The text is longer than 20,000 characters."),
    receivedAt: z.string().min(1, "When did it arrive?").max(100),
    domain: z.string().trim().max(300).optional().nullable(),
    /** Staff only: the account the report is for (name or id). */
    account: z.string().trim().max(200).optional(),
  })
  .strict();
export type TReportInput = z.infer<typeof ZReportInput>;

export const ZConfirmInput = z
  .object({ domain: z.string().trim().min(1, "Name the domain.").max(300), kind: z.enum(MessageKind).optional() })
  .strict();
export const ZRejectInput = z.object({ reason: z.string().trim().min(1, "Say why it is rejected.").max(500, "At most 500 characters.") }).strict();

export const ZInboundQuery = z.object({
  state: z.enum(InboundState).optional().catch(undefined),
  account: z.string().trim().max(200).optional().catch(undefined),
  channel: z.string().trim().max(100).optional().catch(undefined),
  via: z.enum(["sms", "email", "report"]).optional().catch(undefined),
});
export type TInboundQuery = z.infer<typeof ZInboundQuery>;

type Caller = { role: Role; accountId: string | null };

/** A date the customer typed: ISO 8601, or "2026-11-20 10:00" without a zone, which is China time (lib/icp/time.ts). */
export function parseReportedAt(value: string): Date | null {
  return parseChinaTimestamp(value);
}

/** Which account a report is for: the customer's own, or the one staff name. */
async function reportAccount(db: PrismaClient, actor: Actor, account: string | undefined): Promise<string> {
  if (can(actor.role, "inbound:triage")) {
    if (!account) throw new AppError("validation_failed", "Name the account the report is for.", { account: "Required for staff." });
    const found = await db.account.findFirst({ where: { OR: [{ id: account }, { name: account }] }, select: { id: true } });
    if (!found) throw new AppError("unprocessable", `There is no account "${account}".`, { account: "Unknown account." });
    return found.id;
  }
  if (actor.role !== "customer" || !actor.accountId) throw new AppError("forbidden", "Only customers and staff report messages.");
  if (account) {
    const own = await db.account.findUnique({ where: { id: actor.accountId }, select: { id: true, name: true } });
    if (!own || (account !== own.id && account !== own.name)) throw new AppError("not_found", "The account was not found.");
  }
  return actor.accountId;
}

/** A customer's (or staff's) report of a message they received: the same rules as intake. */
export async function reportInbound(db: PrismaClient, { actor, input, now }: { actor: Actor; input: TReportInput; now: Date }): Promise<InboundResult> {
  const parsed = ZReportInput.parse(input);
  const receivedAt = parseReportedAt(parsed.receivedAt);
  if (!receivedAt) throw new AppError("validation_failed", "receivedAt is not a date.", { receivedAt: "Not a date." });
  if (receivedAt.getTime() > now.getTime()) throw new AppError("unprocessable", "receivedAt lies in the future.", { receivedAt: "Must not lie in the future." });
  if (!parsed.text.trim()) throw new AppError("validation_failed", "Paste the message text.", { text: "Paste the message text." });
  const accountId = await reportAccount(db, actor, parsed.account);
  return receiveInbound(
    db,
    {
      via: "report",
      accountId,
      channel: null,
      sender: null,
      subject: null,
      text: parsed.text,
      receivedAt,
      identity: `${receivedAt.toISOString()}\u0000${parsed.text}`,
      reportedBy: actor.userId ? { userId: actor.userId, label: actor.label } : null,
      domainHint: parsed.domain || null,
    },
    now,
  );
}

const ITEM_INCLUDE = {
  account: { select: { name: true } },
  channel: { select: { id: true, name: true } },
  reportedBy: { select: { name: true, email: true } },
  decidedBy: { select: { name: true, email: true } },
} satisfies Prisma.InboundItemInclude;
type ItemRow = Prisma.InboundItemGetPayload<{ include: typeof ITEM_INCLUDE }>;

export type InboundItemDto = {
  id: string;
  state: InboundState;
  reasonCode: string | null;
  /** In English: the rule's decision worded, the words a rejecting agent typed, or a failed recording's error. */
  reason: string | null;
  /** A rule's decision's particulars, for wording it in another language; null otherwise (and for items stored before). */
  reasonParams: ReasonParams | null;
  /** A failed recording's particulars (the use case's error code, the kind tried, the fields named), for wording it in another language; null otherwise (and for items stored before). */
  recordError: RecordError | null;
  account: string;
  accountId: string;
  domain: string | null;
  kind: MessageKind | null;
  messageId: string | null;
  channel: { id: string; name: string } | null;
  via: InboundVia;
  sender: string | null;
  subject: string | null;
  text: string;
  reportedBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  receivedAt: string;
  createdAt: string;
};

function toDto(row: ItemRow, domainNames: Map<string, string>): InboundItemDto {
  const stored = readStoredReason(row.reasonCode, row.reason);
  return {
    id: row.id,
    state: row.state,
    reasonCode: row.reasonCode,
    reason: reasonInEnglish(row.reasonCode, row.reason),
    reasonParams: stored.type === "params" ? stored.params : null,
    recordError: stored.type === "error" ? stored.error : null,
    account: row.account.name,
    accountId: row.accountId,
    domain: row.domainId ? (domainNames.get(row.domainId) ?? null) : null,
    kind: row.kind,
    messageId: row.messageId,
    channel: row.channel,
    via: row.via,
    sender: row.sender,
    subject: row.subject,
    text: row.text,
    reportedBy: row.reportedBy?.name ?? null,
    decidedBy: row.decidedBy?.name ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    receivedAt: row.receivedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

async function withDomains(db: PrismaClient, rows: ItemRow[]): Promise<InboundItemDto[]> {
  const ids = [...new Set(rows.map((r) => r.domainId).filter((id): id is string => Boolean(id)))];
  const domains = ids.length ? await db.domain.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(domains.map((d) => [d.id, d.name]));
  return rows.map((r) => toDto(r, names));
}

function scopeWhere(caller: Caller): Prisma.InboundItemWhereInput | null {
  if (can(caller.role, "inbound:triage")) return {};
  if (caller.role === "customer" && caller.accountId) return { accountId: caller.accountId };
  return null;
}

export const INBOUND_PAGE_SIZE = 100;

/** Items the caller may see, newest first: a customer their account's, staff every account's. */
export async function listInbound(db: PrismaClient, caller: Caller, query: TInboundQuery): Promise<InboundItemDto[]> {
  const scope = scopeWhere(caller);
  if (!scope) return [];
  const where: Prisma.InboundItemWhereInput = { ...scope };
  if (query.state) where.state = query.state;
  if (query.via) where.via = query.via;
  if (query.channel) where.channelId = query.channel;
  if (query.account && !scope.accountId) {
    const account = await db.account.findFirst({ where: { OR: [{ id: query.account }, { name: query.account }] }, select: { id: true } });
    where.accountId = account?.id ?? "~none";
  }
  const rows = await db.inboundItem.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOUND_PAGE_SIZE,
    include: ITEM_INCLUDE,
  });
  return withDomains(db, rows);
}

export async function findInboundItem(db: PrismaClient, caller: Caller, id: string): Promise<InboundItemDto | null> {
  const scope = scopeWhere(caller);
  if (!scope) return null;
  const row = await db.inboundItem.findFirst({ where: { ...scope, id }, include: ITEM_INCLUDE });
  return row ? (await withDomains(db, [row]))[0]! : null;
}

function requireTriage(actor: Actor): void {
  if (!can(actor.role, "inbound:triage")) throw new AppError("forbidden", "Only support agents and admins triage the inbox.");
}

/**
 * Confirms a pending item: the agent names the domain (which must be the item's account's)
 * and optionally the kind; the message is recorded through recordMessage.
 */
export async function confirmInbound(
  db: PrismaClient,
  { actor, itemId, input, now }: { actor: Actor; itemId: string; input: z.infer<typeof ZConfirmInput>; now: Date },
): Promise<{ item: InboundItemDto; domain: string }> {
  requireTriage(actor);
  const { domain, kind } = ZConfirmInput.parse(input);
  const item = await db.inboundItem.findUnique({ where: { id: itemId }, include: { channel: { select: { id: true, name: true } } } });
  if (!item) throw new AppError("not_found", "The inbound item was not found.");
  if (item.state !== "pending") throw new AppError("conflict", `The item is already ${item.state}.`);
  const name = normaliseDomainName(domain)?.name;
  const target = name ? await db.domain.findUnique({ where: { name }, select: { id: true, name: true, accountId: true } }) : null;
  if (!target) throw new AppError("unprocessable", `There is no domain "${domain}".`, { domain: "Unknown domain." });
  // The item came in for one account; confirming it into another would be the leak intake forbids.
  if (target.accountId !== item.accountId) {
    throw new AppError("unprocessable", "That domain belongs to another account than the one this item came in for.", { domain: "Not this account's domain." });
  }
  const reportedBy = item.reportedById ? await db.user.findUnique({ where: { id: item.reportedById }, select: { email: true } }) : null;
  // The customer's timeline names the agent as the dashboard does elsewhere: by name.
  const confirmer = actor.userId ? await db.user.findUnique({ where: { id: actor.userId }, select: { name: true } }) : null;
  const source = sourceOf(
    { via: item.via, sender: item.sender, channel: item.channel, reportedBy: reportedBy ? { userId: item.reportedById!, label: reportedBy.email } : null },
    confirmer?.name ?? actor.label,
  );
  const recordAs = intakeActor(item.accountId, source, { userId: actor.userId, label: `${actor.label} (inbox)`, role: actor.role });
  const chosenKind = kind ?? item.kind;
  if (!chosenKind) throw new AppError("unprocessable", "The text could not be classified; choose its kind.", { kind: "Choose the kind." });
  // Claimed first, so two agents confirming at once record it once.
  const claimed = await db.inboundItem.updateMany({ where: { id: item.id, state: "pending" }, data: { reasonCode: "recording", domainId: target.id } });
  if (claimed.count === 0) throw new AppError("conflict", "The item was decided by someone else in the meantime.");
  await recordItem(
    db,
    item.id,
    recordAs,
    { domain: target.name, text: item.text, receivedAt: item.receivedAt, kind: chosenKind, channel: item.via === "report" ? undefined : item.via },
    now,
    actor.userId,
  );
  await db.$transaction(async (tx) => {
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "inbound.confirmed",
      targetType: "inbound_item",
      targetId: item.id,
      accountId: item.accountId,
      domainId: target.id,
      before: { state: "pending", outcome: item.reasonCode },
      after: { state: "recorded", domain: target.name, kind: chosenKind },
    });
  });
  const dto = await findInboundItem(db, actor, item.id);
  return { item: dto!, domain: target.name };
}

export async function rejectInbound(
  db: PrismaClient,
  { actor, itemId, input, now }: { actor: Actor; itemId: string; input: z.infer<typeof ZRejectInput>; now: Date },
): Promise<{ item: InboundItemDto }> {
  requireTriage(actor);
  const { reason } = ZRejectInput.parse(input);
  await db.$transaction(async (tx) => {
    const item = await tx.inboundItem.findUnique({ where: { id: itemId } });
    if (!item) throw new AppError("not_found", "The inbound item was not found.");
    if (item.state !== "pending") throw new AppError("conflict", `The item is already ${item.state}.`);
    const updated = await tx.inboundItem.updateMany({
      where: { id: item.id, state: "pending" },
      data: { state: "rejected", reasonCode: "rejected", reason, decidedById: actor.userId, decidedAt: now },
    });
    if (updated.count === 0) throw new AppError("conflict", "The item was decided by someone else in the meantime.");
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "inbound.rejected",
      targetType: "inbound_item",
      targetId: item.id,
      accountId: item.accountId,
      domainId: item.domainId,
      before: { state: "pending", outcome: item.reasonCode },
      after: { state: "rejected", reason },
    });
  });
  const dto = await findInboundItem(db, actor, itemId);
  return { item: dto! };
}
