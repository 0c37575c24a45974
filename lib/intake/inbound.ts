// Everything that arrives by itself (an intake channel) or by a customer's report becomes an
// inbound item. It is recorded automatically, through recordMessage, only when all hold:
//   1. the text names exactly one domain (or ICP number) of the item's account, and nothing
//      outside it;
//   2. the classification is confident (isConfidentClassification, lib/icp);
//   3. it is not a duplicate of a message already recorded.
// Otherwise it waits in the staff inbox with the reason (a code and its parameters, reason.ts). The item is committed before the
// recording is tried, so a failure while recording leaves it pending, never lost.
import { writeAudit, type AuditActor } from "@/lib/audit";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import type { Channel, InboundState, InboundVia, MessageKind, PrismaClient } from "@/lib/generated/prisma/client";
import { classifyMessage, isConfidentClassification, maskVerificationCodes, type Classification } from "@/lib/icp";
import { recordMessage, sha256 } from "@/lib/use-cases/record-message";
import type { Actor } from "@/lib/use-cases/actor";
import { dedupeHash } from "./keys";
import { storeReasonParams, storeRecordError, type ReasonCode, type ReasonParams } from "./reason";
import type { MessageSource } from "./source";

/** Longest text kept; recordMessage accepts at most 20,000 characters. */
export const MAX_INBOUND_TEXT = 20_000;
/** The same text from the same sender within this span is one item (SmsForwarder retries). */
const DUPLICATE_WINDOW_MS = 48 * 60 * 60 * 1000;

export type { ReasonCode } from "./reason";

export type Arrival = {
  via: InboundVia;
  accountId: string;
  channel: { id: string; name: string } | null;
  sender: string | null;
  subject: string | null;
  /** The text as received; masked before anything is stored. */
  text: string;
  receivedAt: Date;
  /** Extra identity for recognising the same message twice, e.g. an e-mail's Message-ID. */
  identity?: string | null;
  /** The customer who reported it, for a report. */
  reportedBy?: { userId: string; label: string } | null;
  /** A domain the reporter chose (the dashboard they reported from); must be the account's. */
  domainHint?: string | null;
};

export type InboundResult = { item: { id: string; state: InboundState }; duplicate: boolean };

function sourceOf(arrival: Pick<Arrival, "via" | "sender" | "channel" | "reportedBy">, confirmedBy: string | null = null): MessageSource {
  return {
    via: arrival.via,
    sender: arrival.sender,
    channel: arrival.channel?.name ?? null,
    reportedBy: arrival.reportedBy?.label ?? null,
    confirmedBy,
  };
}

/** Who the audit log names for an arrival: the channel, or the reporting customer. */
function arrivalAuditActor(arrival: Pick<Arrival, "channel" | "reportedBy">): AuditActor {
  if (arrival.reportedBy) return { id: arrival.reportedBy.userId, label: arrival.reportedBy.label, role: "customer" };
  return { id: null, label: `intake '${arrival.channel?.name ?? "?"}'`, role: null };
}

/**
 * The narrow actor that records an inbound item: it may record only into the item's own
 * account (recordMessage checks it against the domain's account), and the message names its
 * source. It is not an admin and holds no other permission.
 */
export function intakeActor(
  accountId: string,
  source: MessageSource,
  by: { userId: string | null; label: string; role: Actor["role"] },
): Actor {
  return { userId: by.userId, label: by.label, role: by.role, accountId, intake: { accountId, source } };
}

type Decision =
  | { auto: true; domain: { id: string; name: string }; kind: MessageKind }
  | { auto: false; code: ReasonCode; params: ReasonParams; domain: { id: string; name: string } | null; kind: MessageKind | null };

const ICP_WEBSITE_NUMBER = /-\d+$/;

/** Which of the account's domains the text names, and whether it names any outside it. */
type Reader = Pick<PrismaClient, "domain" | "message">;

async function matchDomains(
  db: Reader,
  accountId: string,
  classification: Classification,
  hint: { id: string; name: string } | null,
): Promise<{ mine: { id: string; name: string }[]; foreign: boolean; unknownNames: string[] }> {
  const names = [...new Set(classification.domains.map((d) => normaliseDomainName(d)?.name).filter((n): n is string => Boolean(n)))];
  const siteNumbers = classification.icpNumbers.filter((n) => ICP_WEBSITE_NUMBER.test(n));
  const entityNumbers = classification.icpNumbers.filter((n) => !ICP_WEBSITE_NUMBER.test(n));
  const or = [
    ...(names.length ? [{ name: { in: names } }] : []),
    ...(siteNumbers.length ? [{ icpNumber: { in: siteNumbers } }] : []),
    ...(entityNumbers.length ? [{ icpEntityNumber: { in: entityNumbers } }] : []),
  ];
  // Looked up across every account so that a text naming another account's domain is held
  // back; which account that is never leaves this function.
  const found = or.length ? await db.domain.findMany({ where: { OR: or }, select: { id: true, name: true, accountId: true } }) : [];
  const mine = new Map<string, { id: string; name: string }>();
  for (const d of found) if (d.accountId === accountId) mine.set(d.id, { id: d.id, name: d.name });
  if (hint) mine.set(hint.id, hint);
  const foundNames = new Set(found.map((d) => d.name));
  return {
    mine: [...mine.values()],
    foreign: found.some((d) => d.accountId !== accountId),
    unknownNames: names.filter((n) => !foundNames.has(n)),
  };
}

async function decide(
  db: Reader,
  arrival: Arrival,
  maskedText: string,
  hint: { id: string; name: string } | null,
): Promise<Decision> {
  // Classified before masking, as recordMessage does: a code is itself a cue of its kind.
  // Nothing of the unmasked text is kept (classifyMessage works on its own masked copy).
  const classification = classifyMessage(joinSubject(arrival.subject, arrival.text).slice(0, MAX_INBOUND_TEXT), { referenceDate: arrival.receivedAt });
  const kind = classification.kind === "unknown" ? null : classification.kind;
  const { mine, foreign, unknownNames } = await matchDomains(db, arrival.accountId, classification, hint);
  const only = mine.length === 1 ? mine[0]! : null;
  // The decision's particulars are data (lib/intake/reason.ts), worded in the reader's language.
  const withKind: ReasonParams = kind ? { kind } : {};
  // Which other account's domain it is never leaves matchDomains: no name is kept.
  if (foreign) return { auto: false, code: "foreign_domain", params: withKind, domain: null, kind };
  if (unknownNames.length > 0) return { auto: false, code: "foreign_domain", params: { ...withKind, domains: unknownNames }, domain: only, kind };
  if (mine.length === 0) return { auto: false, code: "no_domain", params: withKind, domain: null, kind };
  if (!only) return { auto: false, code: "several_domains", params: { ...withKind, domains: mine.map((d) => d.name) }, domain: null, kind };
  if (!kind || !isConfidentClassification(classification)) return { auto: false, code: "not_confident", params: withKind, domain: only, kind };
  const textHash = sha256(maskedText);
  const earlier = await db.message.findFirst({
    where: {
      domainId: only.id,
      textHash,
      receivedAt: { gte: new Date(arrival.receivedAt.getTime() - DUPLICATE_WINDOW_MS), lte: new Date(arrival.receivedAt.getTime() + DUPLICATE_WINDOW_MS) },
    },
    select: { id: true },
  });
  if (earlier) {
    return { auto: false, code: "duplicate_message", params: withKind, domain: only, kind };
  }
  return { auto: true, domain: only, kind };
}

/**
 * What the rules would decide for a text, writing nothing: the preview of a customer's
 * report shows it before they submit.
 */
export async function predictInbound(
  db: Reader,
  arrival: Pick<Arrival, "accountId" | "subject" | "text" | "receivedAt" | "via" | "sender" | "channel">,
  hint: { id: string; name: string } | null,
): Promise<Decision> {
  return decide(db, arrival as Arrival, inboundText(arrival.subject, arrival.text), hint);
}

export type { Decision };

/** Subject and body as one text, the subject first, masked and cut to what a message may hold. */
export function inboundText(subject: string | null, body: string): string {
  return maskVerificationCodes(joinSubject(subject, body)).slice(0, MAX_INBOUND_TEXT);
}

function joinSubject(subject: string | null, body: string): string {
  return subject && !body.startsWith(subject) ? `${subject}\n\n${body}` : body;
}

const CHANNEL_OF: Record<InboundVia, Channel | undefined> = { sms: "sms", email: "email", report: undefined };

/**
 * Takes in one arrival: answers the existing item for a repeat, otherwise stores a new item
 * and, when the rules allow, records it at once.
 */
export async function receiveInbound(db: PrismaClient, arrival: Arrival, now: Date): Promise<InboundResult> {
  const receivedAt = arrival.receivedAt.getTime() > now.getTime() ? now : arrival.receivedAt;
  const text = inboundText(arrival.subject, arrival.text);
  if (!text.trim()) throw new AppError("validation_failed", "The message text is empty.", { text: "Paste the message text." });
  // Over the unmasked text: two verification SMS differ only in their codes.
  const dedupeKey = arrival.identity
    ? dedupeHash([arrival.via, arrival.accountId, arrival.identity])
    : dedupeHash([arrival.via, arrival.accountId, arrival.sender ?? "", arrival.subject ?? "", arrival.text]);

  let hint: { id: string; name: string } | null = null;
  if (arrival.domainHint) {
    const name = normaliseDomainName(arrival.domainHint)?.name;
    const domain = name ? await db.domain.findUnique({ where: { name }, select: { id: true, name: true, accountId: true } }) : null;
    if (!domain || domain.accountId !== arrival.accountId) throw new AppError("not_found", "The domain was not found.", { domain: "Unknown domain." });
    hint = { id: domain.id, name: domain.name };
  }

  const stored = await db.$transaction(async (tx) => {
    // One arrival per account at a time, so the same SMS posted twice at once is one item.
    await tx.$queryRaw`SELECT id FROM "Account" WHERE id = ${arrival.accountId} FOR UPDATE`;
    const earlier = await tx.inboundItem.findFirst({
      where: {
        accountId: arrival.accountId,
        dedupeKey,
        ...(arrival.identity
          ? {}
          : { receivedAt: { gte: new Date(receivedAt.getTime() - DUPLICATE_WINDOW_MS), lte: new Date(receivedAt.getTime() + DUPLICATE_WINDOW_MS) } }),
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, state: true },
    });
    if (earlier) return { item: earlier, decision: null };
    const decision = await decide(tx, { ...arrival, receivedAt }, text, hint);
    const item = await tx.inboundItem.create({
      data: {
        accountId: arrival.accountId,
        channelId: arrival.channel?.id ?? null,
        via: arrival.via,
        state: "pending",
        reasonCode: decision.auto ? "recording" : decision.code,
        reason: decision.auto ? null : storeReasonParams(decision.params),
        sender: arrival.sender?.slice(0, 320) ?? null,
        subject: arrival.subject ? maskVerificationCodes(arrival.subject).slice(0, 500) : null,
        text,
        receivedAt,
        dedupeKey,
        domainId: decision.domain?.id ?? null,
        kind: decision.kind,
        reportedById: arrival.reportedBy?.userId ?? null,
        createdAt: now,
      },
      select: { id: true, state: true },
    });
    await writeAudit(tx, {
      actor: arrivalAuditActor(arrival),
      event: "inbound.received",
      targetType: "inbound_item",
      targetId: item.id,
      accountId: arrival.accountId,
      domainId: decision.domain?.id ?? null,
      after: {
        via: arrival.via,
        source: sourceOf(arrival),
        outcome: decision.auto ? "recording" : decision.code,
        ...(decision.kind ? { kind: decision.kind } : {}),
        ...(!decision.auto && decision.params.domains ? { domains: decision.params.domains } : {}),
      },
    });
    return { item, decision };
  });

  if (!stored.decision) return { item: stored.item, duplicate: true };
  if (!stored.decision.auto) return { item: stored.item, duplicate: false };

  const { domain, kind } = stored.decision;
  const source = sourceOf(arrival);
  const actor = intakeActor(arrival.accountId, source, {
    userId: arrival.reportedBy?.userId ?? null,
    label: arrival.reportedBy ? `${arrival.reportedBy.label} (report)` : `intake '${arrival.channel?.name ?? "?"}'`,
    role: "customer",
  });
  const state = await recordItem(db, stored.item.id, actor, { domain: domain.name, text, receivedAt, kind, channel: CHANNEL_OF[arrival.via] }, now);
  return { item: { id: stored.item.id, state }, duplicate: false };
}

/**
 * Records an item's message through recordMessage and marks the item recorded; a failure
 * leaves it pending with the error's code and particulars (storeRecordError, reason.ts).
 */
async function recordItem(
  db: PrismaClient,
  itemId: string,
  actor: Actor,
  input: { domain: string; text: string; receivedAt: Date; kind: MessageKind; channel: Channel | undefined },
  now: Date,
  decidedById: string | null = null,
): Promise<InboundState> {
  try {
    const result = await recordMessage(db, { actor, input, now });
    await db.inboundItem.update({
      where: { id: itemId },
      data: {
        state: "recorded",
        reasonCode: null,
        reason: null,
        messageId: result.messageId,
        domainId: result.domainId,
        kind: input.kind,
        decidedById,
        decidedAt: now,
      },
    });
    return "recorded";
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`inbound item ${itemId}: recording failed`, error);
    // The error as data (its code, the kind tried, the fields it named), worded in the reader's
    // language by the pages; the use case's English sentence is kept beside it for the API.
    const reason =
      error instanceof AppError
        ? storeRecordError({ code: error.code, kind: input.kind, fields: Object.keys(error.fields ?? {}) }, error.message)
        : storeRecordError({ code: "internal_error", kind: input.kind }, "Recording failed unexpectedly; try again.");
    await db.inboundItem.update({ where: { id: itemId }, data: { state: "pending", reasonCode: "record_failed", reason } });
    if (decidedById) throw error;
    return "pending";
  }
}

export { recordItem, sourceOf };
