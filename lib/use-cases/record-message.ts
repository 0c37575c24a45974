// The one way a message gets into the system: the admin form, the paste-and-classify
// page, the bulk importer, the API and the demo seed all call recordMessage.
import { createHash } from "node:crypto";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import { Channel, MessageKind, type PrismaClient } from "@/lib/generated/prisma/client";
import { classifyMessage, maskVerificationCodes } from "@/lib/icp";
import { auditActor, type Actor } from "./actor";
import { lockDomain, rederiveDomain } from "./rederive-domain";

export const ZRecordMessageInput = z.object({
  domain: z.string().trim().min(1, "Name the domain.").max(300),
  text: z.string().max(20_000, "The text is longer than 20,000 characters."),
  receivedAt: z.union([z.string(), z.date()]),
  kind: z.enum(MessageKind).optional(),
  channel: z.enum(Channel).optional(),
  deadline: z.union([z.string(), z.date()]).nullable().optional(),
  retractsMessageId: z.string().min(1).max(100).nullable().optional(),
});
export type TRecordMessageInput = z.infer<typeof ZRecordMessageInput>;

export type RecordMessageResult = { messageId: string; domainId: string; created: boolean };

function parseDate(value: string | Date, field: string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new AppError("unprocessable", `${field} is not a date.`, { [field]: "Not a date." });
  return date;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const PROVIDER_KINDS: ReadonlySet<MessageKind> = new Set([
  "filing_submitted",
  "provider_returned",
  "submitted_to_authority",
  "provider_synced",
]);

/**
 * Records a message about a domain and re-derives the domain in the same transaction.
 * The same message sent twice (same domain, received-at and text) is recorded once:
 * the second call answers `created: false` with the original.
 */
export async function recordMessage(
  db: PrismaClient,
  { actor, input, now, idempotency }: {
    actor: Actor;
    input: TRecordMessageInput;
    now: Date;
    idempotency?: { key: string; requestHash: string };
  },
): Promise<RecordMessageResult> {
  if (!can(actor.role, "messages:record")) throw new AppError("forbidden", "Only admins record messages.");
  const parsed = ZRecordMessageInput.parse(input);
  const receivedAt = parseDate(parsed.receivedAt, "receivedAt");
  if (receivedAt.getTime() > now.getTime()) {
    throw new AppError("unprocessable", "receivedAt lies in the future.", { receivedAt: "Must not lie in the future." });
  }
  if (!parsed.text.trim()) throw new AppError("unprocessable", "The message text is empty.", { text: "Paste the message text." });
  const normalised = normaliseDomainName(parsed.domain);
  if (!normalised) throw new AppError("unprocessable", `"${parsed.domain}" is not a domain name.`, { domain: "Not a domain name." });

  const classification = classifyMessage(parsed.text, { referenceDate: receivedAt });
  const kind = parsed.kind ?? (classification.kind === "unknown" ? null : classification.kind);
  if (!kind) {
    throw new AppError("unprocessable", "The text could not be classified as an ICP filing message; choose its kind.", {
      kind: "Unclassifiable text: choose the kind.",
    });
  }
  if (kind === "retraction" && !parsed.retractsMessageId) {
    throw new AppError("unprocessable", "A retraction must name the message it retracts.", { retractsMessageId: "Required." });
  }
  const deadline =
    parsed.deadline === undefined ? classification.deadline : parsed.deadline === null ? null : parseDate(parsed.deadline, "deadline");
  const channel = parsed.channel ?? (PROVIDER_KINDS.has(kind) ? "provider" : "sms");
  // Verification codes are never stored in clear (brief: "Stored text").
  const text = maskVerificationCodes(parsed.text);
  const textHash = sha256(text);

  return db.$transaction(async (tx) => {
    if (idempotency) {
      const earlier = await tx.message.findUnique({ where: { idempotencyKey: idempotency.key } });
      if (earlier) {
        if (earlier.requestHash !== idempotency.requestHash) {
          throw new AppError("unprocessable", "This Idempotency-Key was already used with a different request body.");
        }
        return { messageId: earlier.id, domainId: earlier.domainId, created: false };
      }
    }
    const domain = await tx.domain.findUnique({ where: { name: normalised.name }, select: { id: true, accountId: true } });
    if (!domain) throw new AppError("not_found", `The domain ${normalised.name} does not exist.`, { domain: "Unknown domain." });
    await lockDomain(tx, domain.id);
    const duplicate = await tx.message.findUnique({
      where: { domainId_receivedAt_textHash: { domainId: domain.id, receivedAt, textHash } },
      select: { id: true },
    });
    if (duplicate) return { messageId: duplicate.id, domainId: domain.id, created: false };
    if (parsed.retractsMessageId) {
      const target = await tx.message.findFirst({ where: { id: parsed.retractsMessageId, domainId: domain.id } });
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
    const message = await tx.message.create({
      data: {
        domainId: domain.id,
        kind,
        channel,
        receivedAt,
        text,
        textHash,
        icpNumbers: classification.icpNumbers,
        deadline,
        retractsMessageId: parsed.retractsMessageId ?? null,
        recordedById: actor.userId,
        idempotencyKey: idempotency?.key ?? null,
        requestHash: idempotency?.requestHash ?? null,
      },
    });
    const before = await tx.domain.findUniqueOrThrow({ where: { id: domain.id }, select: { status: true, icpNumber: true } });
    // An approval carries the new number: the website number (-N) and its entity number.
    const siteNumber = kind === "filing_approved" ? classification.icpNumbers.find((n) => /-\d+$/.test(n)) : undefined;
    if (siteNumber && siteNumber !== before.icpNumber) {
      await tx.domain.update({
        where: { id: domain.id },
        data: { icpNumber: siteNumber, icpEntityNumber: siteNumber.replace(/-\d+$/, "") },
      });
    }
    await rederiveDomain(tx, domain.id, { now, triggeringMessageId: message.id, actorId: actor.userId });
    const after = await tx.domain.findUniqueOrThrow({ where: { id: domain.id }, select: { status: true, reason: true } });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "message.recorded",
      targetType: "message",
      targetId: message.id,
      accountId: domain.accountId,
      domainId: domain.id,
      before: { status: before.status, icpNumber: before.icpNumber },
      after: {
        kind,
        channel,
        receivedAt: receivedAt.toISOString(),
        status: after.status,
        reason: after.reason,
        icpNumber: siteNumber ?? before.icpNumber,
      },
    });
    return { messageId: message.id, domainId: domain.id, created: true };
  });
}
