// The one way a message gets into the system: the admin form, the paste-and-classify
// page, the bulk importer, the API and the demo seed all call recordMessage.
import { createHash } from "node:crypto";
import { z } from "zod";
import { auditEventRow } from "@/lib/audit";
import { cuid } from "@/lib/db/cuid";
import { applyWrites, readDomainState, type NewMessageRow, type StoredAction, type StoredDomain, type StoredFullMessage } from "@/lib/db/record-sql";
import { isUniqueViolation } from "@/lib/db/errors";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import { Channel, MessageKind, type Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { notificationEventsFor } from "@/lib/notifications/enqueue";
import {
  classifyMessage,
  defaultChannelForKind,
  extractDeadlines,
  extractIcpNumbers,
  maskVerificationCodes,
  parseChinaDeadline,
  parseChinaTimestamp,
  type Classification,
} from "@/lib/icp";
import { auditActor, mayRecordInto, mayRecordMessages, type Actor } from "./actor";
import { queueForDomain } from "@/lib/db/domain-queue";
import { lockDomainForRecording } from "@/lib/db/locks";
import { planRederive } from "./rederive-domain";

export const ZRecordMessageInput = z.object({
  domain: z.string().trim().min(1, "Name the domain.").max(300),
  text: z.string().max(20_000, "The text is longer than 20,000 characters."),
  receivedAt: z.union([z.string(), z.date()]),
  kind: z.enum(MessageKind).optional(),
  channel: z.enum(Channel).optional(),
  deadline: z.union([z.string(), z.date()]).nullable().optional(),
  retractsMessageId: z.string().min(1).max(100).nullable().optional(),
  /** ICP numbers the admin confirmed or corrected; omitted means those found in the text. */
  icpNumbers: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
});
export type TRecordMessageInput = z.infer<typeof ZRecordMessageInput>;

export type RecordMessageResult = { messageId: string; domainId: string; created: boolean };

/** A Date as it is; a string read as people and integrations write it (a time without a zone is China time, never the server's zone). */
function parseDate(value: string | Date, field: string): Date {
  const date = value instanceof Date ? value : field === "deadline" ? parseChinaDeadline(value) : parseChinaTimestamp(value);
  if (!date || Number.isNaN(date.getTime())) throw new AppError("unprocessable", `${field} is not a date.`, { [field]: "Not a date." });
  return date;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}


export type PreparedMessage = {
  domainName: string;
  receivedAt: Date;
  kind: MessageKind;
  channel: Channel;
  deadline: Date | null;
  /** The text with verification codes masked: the only form that is ever stored. */
  text: string;
  textHash: string;
  icpNumbers: string[];
  retractsMessageId: string | null;
  classification: Classification;
};

/**
 * Validates and classifies a message without touching the database: the checks
 * recordMessage makes before its transaction, shared with the preview and the importer's
 * validation report so that all three refuse exactly the same input.
 */
export function prepareMessage(input: TRecordMessageInput, now: Date): PreparedMessage {
  const parsed = ZRecordMessageInput.parse(input);
  const receivedAt = parseDate(parsed.receivedAt, "receivedAt");
  if (receivedAt.getTime() > now.getTime()) {
    throw new AppError("unprocessable", "receivedAt lies in the future.", { receivedAt: "Must not lie in the future." });
  }
  if (!parsed.text.trim()) throw new AppError("unprocessable", "The message text is empty.", { text: "Paste the message text." });
  const normalised = normaliseDomainName(parsed.domain);
  if (!normalised) throw new AppError("unprocessable", `"${parsed.domain}" is not a domain name.`, { domain: "Not a domain name." });

  // The kind decision is the classifier's costly part, and only needed when no kind is
  // given; the ICP numbers and the deadline are read from the text either way (the same
  // extraction classifyMessage runs, on the same masked text).
  let classified: Classification | undefined;
  const classify = () => (classified ??= classifyMessage(parsed.text, { referenceDate: receivedAt }));
  const decided = parsed.kind ?? classify().kind;
  const kind = decided === "unknown" ? null : decided;
  if (!kind) {
    throw new AppError("unprocessable", "The text could not be classified as an ICP filing message; choose its kind.", {
      kind: "Unclassifiable text: choose the kind.",
    });
  }
  if (kind === "retraction" && !parsed.retractsMessageId) {
    throw new AppError("unprocessable", "A retraction must name the message it retracts.", { retractsMessageId: "Required." });
  }
  if (kind !== "retraction" && parsed.retractsMessageId) {
    throw new AppError("unprocessable", "Only a message of kind retraction can retract another.", { retractsMessageId: "Only with kind retraction." });
  }
  // Verification codes are never stored in clear (brief: "Stored text").
  const text = maskVerificationCodes(parsed.text);
  const deadline =
    parsed.deadline === undefined
      ? (classified?.deadline ?? extractDeadlines(text, receivedAt)[0] ?? null)
      : parsed.deadline === null
        ? null
        : parseDate(parsed.deadline, "deadline");
  // The same default the record form shows for this kind (lib/icp/kinds.ts).
  const channel = parsed.channel ?? defaultChannelForKind(kind);
  const icpNumbers = parsed.icpNumbers ? confirmedIcpNumbers(parsed.icpNumbers) : (classified?.icpNumbers ?? extractIcpNumbers(text));
  return {
    domainName: normalised.name,
    receivedAt,
    kind,
    channel,
    deadline,
    text,
    textHash: sha256(text),
    icpNumbers,
    retractsMessageId: parsed.retractsMessageId ?? null,
    // Classified on first use when the kind was given.
    get classification() {
      return classify();
    },
  };
}

/** ICP numbers typed by the admin, in the classifier's normal form; anything else is refused. */
function confirmedIcpNumbers(values: string[]): string[] {
  const numbers = new Set<string>();
  for (const value of values) {
    const found = extractIcpNumbers(value);
    if (found.length !== 1 || !found[0]) {
      throw new AppError("unprocessable", `"${value}" is not an ICP number.`, { icpNumbers: "Not an ICP number, e.g. 京ICP备2021123456号-1." });
    }
    numbers.add(found[0]);
  }
  return [...numbers];
}

/** What the transaction knows after recording: enough to answer without reading again. */
export type RecordedView = {
  message: StoredFullMessage;
  /** The domain as stored after the message (with its account's name). */
  domain: StoredDomain;
  /** Every action of the domain with its history, oldest first (createdAt, id). */
  actions: StoredAction[];
};

type RecordArgs = {
  actor: Actor;
  input: TRecordMessageInput;
  now: Date;
  idempotency?: { key: string; requestHash: string };
};

/**
 * Records a message about a domain and re-derives the domain in the same transaction.
 * The same message sent twice (same domain, received-at and text) is recorded once:
 * the second call answers `created: false` with the original.
 */
export async function recordMessage(db: PrismaClient, args: RecordArgs): Promise<RecordMessageResult> {
  return (await recordMessageWithView(db, args, { view: false })).result;
}

/**
 * recordMessage, also answering what the transaction knows of the message, the domain and
 * all its actions (the API's answer, lib/api/record-message-request.ts). `view` is null
 * only for a repeat found by its Idempotency-Key, which the transaction does not read.
 */
export async function recordMessageWithView(
  db: PrismaClient,
  { actor, input, now, idempotency }: RecordArgs,
  { view = true }: { view?: boolean } = {},
): Promise<{ result: RecordMessageResult; view: RecordedView | null }> {
  if (!mayRecordMessages(actor)) throw new AppError("forbidden", "Only admins record messages.");
  const prepared = prepareMessage(input, now);
  // Writers to one domain wait their turn before taking a connection (lib/db/domain-queue.ts).
  return queueForDomain(prepared.domainName, async () => {
    try {
      return await insertMessage(db, actor, prepared, now, idempotency, view);
    } catch (error) {
      // Two requests with one new Idempotency-Key raced past the check; the loser's retry
      // now finds the winner's row and answers with it (or 422 for a different body).
      if (idempotency && isUniqueViolation(error)) return insertMessage(db, actor, prepared, now, idempotency, view);
      throw error;
    }
  });
}

/**
 * The transaction, in three statements: lock the domain (and look the Idempotency-Key
 * up), read the domain with its messages and actions (lib/db/record-sql.ts), then, after
 * deriving in memory (planRederive), write the message, the changed actions and their
 * events, the domain row, the status change, the notification outbox and the audit event
 * in one statement.
 */
async function insertMessage(
  db: PrismaClient,
  actor: Actor,
  prepared: PreparedMessage,
  now: Date,
  idempotency: { key: string; requestHash: string } | undefined,
  withView: boolean,
): Promise<{ result: RecordMessageResult; view: RecordedView | null }> {
  const { receivedAt, kind, channel, deadline, text, textHash, icpNumbers, retractsMessageId, domainName } = prepared;
  return db.$transaction(async (tx) => {
    // Lock first, then read: what was read before the lock may be stale once it is granted.
    const locked = await lockDomainForRecording(tx, domainName, idempotency?.key ?? null);
    if (idempotency && locked.earlier) {
      if (locked.earlier.requestHash !== idempotency.requestHash) {
        throw new AppError("unprocessable", "This Idempotency-Key was already used with a different request body.");
      }
      return { result: { messageId: locked.earlier.id, domainId: locked.earlier.domainId, created: false }, view: null };
    }
    // The intake actor reaches its own account only; another account's domain is as unknown.
    if (!locked.domain || !mayRecordInto(actor, locked.domain.accountId)) {
      throw new AppError("not_found", `The domain ${domainName} does not exist.`, { domain: "Unknown domain." });
    }
    const state = await readDomainState(tx, locked.domain.id, { history: withView, duplicateOf: { receivedAt, textHash }, recorderId: actor.userId });
    if (!state) throw new AppError("not_found", `The domain ${domainName} does not exist.`, { domain: "Unknown domain." });
    const domain = state.domain;
    if (state.duplicate) {
      return {
        result: { messageId: state.duplicate.id, domainId: domain.id, created: false },
        view: withView ? { message: state.duplicate, domain, actions: state.actions } : null,
      };
    }
    if (retractsMessageId) {
      const target = state.messages.find((m) => m.id === retractsMessageId);
      if (!target) {
        throw new AppError("unprocessable", "The retracted message does not belong to this domain.", {
          retractsMessageId: "Unknown message for this domain.",
        });
      }
      // Retractions are final (docs/decisions/0003): a wrongly retracted message is recorded again instead.
      if (target.kind === "retraction") {
        throw new AppError("unprocessable", "A retraction cannot be retracted; record the original message again instead.", {
          retractsMessageId: "Cannot retract a retraction.",
        });
      }
    }
    const writtenAt = new Date();
    const message: NewMessageRow = {
      id: cuid(),
      domainId: domain.id,
      kind,
      channel,
      receivedAt,
      text,
      textHash,
      icpNumbers,
      deadline,
      retractsMessageId,
      recordedById: actor.userId,
      idempotencyKey: idempotency?.key ?? null,
      requestHash: idempotency?.requestHash ?? null,
      source: (actor.intake?.source as Prisma.InputJsonValue | undefined) ?? null,
      createdAt: writtenAt,
    };
    // Re-deriving also sets the ICP number from the newest approval (by received-at).
    const plan = planRederive(
      { ...state, messages: [...state.messages, { id: message.id, kind, receivedAt, deadline, icpNumbers, retractsMessageId }] },
      { now, triggeringMessageId: message.id },
      writtenAt,
    );
    const after = plan.result.domain;
    // Notifications about this message, in this transaction (the outbox): lib/notifications/enqueue.ts.
    const notificationEvents = notificationEventsFor(after, plan.result.actions, { messageId: message.id, statusBefore: domain.status, now }, writtenAt);
    const audit = auditEventRow(
      {
        actor: auditActor(actor),
        event: "message.recorded",
        targetType: "message",
        targetId: message.id,
        accountId: domain.accountId,
        domainId: domain.id,
        before: { status: domain.status, icpNumber: domain.icpNumber },
        after: {
          kind,
          channel,
          receivedAt: receivedAt.toISOString(),
          status: after.status,
          reason: after.reason,
          icpNumber: after.icpNumber,
          ...(actor.intake ? { source: actor.intake.source } : {}),
        },
      },
      writtenAt,
    );
    await applyWrites(tx, { messages: [message], ...plan.writes, notificationEvents, auditEvents: [audit] });
    const recorded: StoredFullMessage = { id: message.id, kind, channel, receivedAt, text, deadline, icpNumbers, retractsMessageId, recordedBy: state.recorderName };
    return {
      result: { messageId: message.id, domainId: domain.id, created: true },
      view: withView ? { message: recorded, domain: after, actions: plan.allActions } : null,
    };
  });
}
