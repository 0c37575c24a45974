// POST /api/v1/messages without the HTTP plumbing: the body's shape (400), the
// Idempotency-Key, the call to recordMessage (the one way a message is written) and the
// brief's answer `{ message, domain: { name, status, reason, actions } }`.
import { createHash } from "node:crypto";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { actionDto, messageDto } from "@/lib/dto/domain";
import { AppError } from "@/lib/errors";
import { Channel, MessageKind, type PrismaClient } from "@/lib/generated/prisma/client";
import { parseChinaTimestamp } from "@/lib/icp";
import { findDomainForUser } from "@/lib/queries/domain-detail";
import type { Actor } from "@/lib/use-cases/actor";
import { recordMessageWithView, type RecordedView } from "@/lib/use-cases/record-message";
import { isOverdue } from "@/lib/icp/derive";
import { scopeOf } from "@/lib/queries/scope";

export const ZMessageRequestBody = z
  .object({
    domain: z.string({ error: "Required: the domain's name." }).max(300),
    text: z.string({ error: "Required: the message text." }).max(20_000, "At most 20,000 characters."),
    receivedAt: z.string({ error: "Required: when the message was received (ISO 8601)." }).max(64),
    kind: z.enum(MessageKind, { error: "Unknown message kind." }).optional(),
    channel: z.enum(Channel, { error: "Unknown channel." }).optional(),
    /** With kind "retraction": the id of the message of this domain that was recorded wrongly; its text says why. */
    retractsMessageId: z.string({ error: "The id of the message to retract." }).min(1).max(100).optional(),
  })
  .strict();
export type TMessageRequestBody = z.infer<typeof ZMessageRequestBody>;

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** A stable hash of the body's meaning: the same fields in any order hash the same. */
export function requestHashOf(body: TMessageRequestBody): string {
  const canonical = JSON.stringify([body.domain, body.text, body.receivedAt, body.kind ?? null, body.channel ?? null, body.retractsMessageId ?? null]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type RecordMessageResponse = { status: 200 | 201; body: Awaited<ReturnType<typeof responseBody>> };

type DomainHead = { name: string; displayName: string; status: string; reason: string; reasonZh: string; statusChangedAt: Date; icpNumber: string | null };

/** The domain's part of the answer besides its actions, the same from either source. */
function domainHead<D extends DomainHead>(domain: D) {
  return {
    name: domain.name,
    displayName: domain.displayName,
    status: domain.status as D["status"],
    reason: domain.reason,
    reasonZh: domain.reasonZh,
    statusChangedAt: domain.statusChangedAt.toISOString(),
    icpNumber: domain.icpNumber,
  };
}

/**
 * The answer from what the recording transaction already holds: the same body
 * responseBody reads (messageDto, and the domain with actionDto of every action).
 */
function answerFromView(viewer: { role: Actor["role"]; accountId: string | null }, view: RecordedView, now: Date): Awaited<ReturnType<typeof responseBody>> {
  const { message, domain } = view;
  // Who may see the domain, as findDomainForUser decides.
  const scope = scopeOf(viewer);
  if (scope.kind === "none" || (scope.kind === "account" && scope.accountId !== domain.accountId)) {
    throw new AppError("not_found", `The domain ${domain.name} does not exist.`);
  }
  return {
    message: {
      id: message.id,
      kind: message.kind,
      channel: message.channel,
      receivedAt: message.receivedAt.toISOString(),
      text: message.text,
      icpNumbers: message.icpNumbers,
      deadline: message.deadline?.toISOString() ?? null,
      retractsMessageId: message.retractsMessageId,
      recordedBy: message.recordedBy,
      domain: domain.name,
    },
    domain: {
      ...domainHead(domain),
      actions: view.actions.map((action) => ({
        id: action.id,
        key: action.key,
        state: action.state,
        dueAt: action.dueAt?.toISOString() ?? null,
        overdue: isOverdue(action, now),
        version: action.version,
        causeMessageId: action.causeMessageId,
        supersededByMessageId: action.supersededByMessageId,
        closedAt: action.closedAt?.toISOString() ?? null,
        history: (action.events ?? []).map((event) => ({
          at: event.createdAt.toISOString(),
          by: event.by,
          fromState: event.fromState,
          toState: event.toState,
          note: event.note,
          messageId: event.messageId,
        })),
      })),
    },
  };
}

/** The answer read from the database: for a repeat found by its Idempotency-Key. */
async function responseBody(db: PrismaClient, viewer: { role: Actor["role"]; accountId: string | null }, messageId: string, now: Date) {
  const message = await db.message.findUniqueOrThrow({
    where: { id: messageId },
    include: { recordedBy: { select: { name: true, email: true } }, domain: { select: { name: true } } },
  });
  const domain = await findDomainForUser(db, viewer, message.domain.name);
  if (!domain) throw new AppError("not_found", `The domain ${message.domain.name} does not exist.`);
  return {
    message: { ...messageDto(message), domain: domain.name },
    domain: {
      ...domainHead(domain),
      actions: domain.actions.map((action) => actionDto(action, now)),
    },
  };
}

/**
 * Records the message of an API request. 201 when it was recorded now, 200 with the
 * original when it was a repeat (same domain, received-at and text, or the same
 * Idempotency-Key with the same body). Throws AppError/ZodError for everything refused.
 */
export async function recordMessageFromRequest(
  db: PrismaClient,
  {
    actor,
    body,
    idempotencyKey,
    idempotencyScope,
    now,
  }: {
    actor: Actor;
    body: unknown;
    idempotencyKey: string | null;
    /** Whose key it is (lib/api/handler.ts idempotencyScopeOf): keys of different callers never meet. */
    idempotencyScope: string;
    now: Date;
  },
): Promise<RecordMessageResponse> {
  // Refused before the body is even looked at: a non-admin learns nothing from it.
  if (!can(actor.role, "messages:record")) throw new AppError("forbidden", "Only admins record messages.");
  const input = ZMessageRequestBody.parse(body);
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw new AppError("validation_failed", "The Idempotency-Key header must be 1 to 200 visible ASCII characters.", {
      "Idempotency-Key": "1 to 200 visible ASCII characters.",
    });
  }
  const receivedAt = parseChinaTimestamp(input.receivedAt);
  if (!receivedAt) {
    throw new AppError("unprocessable", `receivedAt "${input.receivedAt}" is not a date-time.`, {
      receivedAt: "Not a date-time: use ISO 8601, e.g. 2026-11-20T10:00:00+08:00 (without a zone: China time).",
    });
  }
  const { result, view } = await recordMessageWithView(db, {
    actor,
    now,
    input: { domain: input.domain, text: input.text, receivedAt, kind: input.kind, channel: input.channel, retractsMessageId: input.retractsMessageId },
    idempotency: idempotencyKey === null ? undefined : { key: `${idempotencyScope}|${idempotencyKey}`, requestHash: requestHashOf(input) },
  });
  const answer = view ? answerFromView(actor, view, now) : await responseBody(db, actor, result.messageId, now);
  return { status: result.created ? 201 : 200, body: answer };
}
