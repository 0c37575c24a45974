// What recording a message would do, without writing anything: the same validation and
// classification as recordMessage (prepareMessage), then the pure derivation over the
// domain's stored messages plus the new one. The record page shows it before saving.
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deriveDomainState, type ActionKey, type DerivationMessage, type DomainStatus, type LocalizedText, type Urgency } from "@/lib/icp";
import { mayRecordInto, mayRecordMessages, type Actor } from "./actor";
import { prepareMessage, type PreparedMessage, type TRecordMessageInput } from "./record-message";

/** The id the not-yet-recorded message carries in the derivation; no stored id looks like it. */
export const PREVIEW_MESSAGE_ID = "~preview";

export type MessagePreview = {
  domain: { name: string; displayName: string; account: string };
  message: Pick<PreparedMessage, "kind" | "channel" | "receivedAt" | "deadline" | "icpNumbers" | "text">;
  /** The same message (domain, received-at, text) is already recorded: saving would change nothing. */
  duplicate: boolean;
  before: { status: DomainStatus; icpNumber: string | null };
  after: {
    status: DomainStatus;
    reason: LocalizedText;
    /** Set when the message is an approval carrying a new website number. */
    icpNumber: string | null;
    question: "hosting" | "providerAccess" | null;
    /** The actions required afterwards; `isNew` when recording would open them. */
    actions: { key: ActionKey; dueAt: Date | null; urgency: Urgency; isNew: boolean; causedByThisMessage: boolean }[];
    /** Open actions that recording would close: as done (the sync's) or superseded. */
    closes: { key: ActionKey; as: "done" | "superseded" }[];
  };
};

export async function previewMessage(
  db: PrismaClient,
  { actor, input, now }: { actor: Actor; input: TRecordMessageInput; now: Date },
): Promise<MessagePreview> {
  if (!mayRecordMessages(actor)) throw new AppError("forbidden", "Only admins record messages.");
  const prepared = prepareMessage(input, now);
  const domain = await db.domain.findUnique({
    where: { name: prepared.domainName },
    include: {
      account: { select: { name: true } },
      messages: { select: { id: true, kind: true, receivedAt: true, deadline: true, icpNumbers: true, retractsMessageId: true, textHash: true } },
      actions: { where: { state: { in: ["open", "in_progress"] } }, select: { key: true, causeMessageId: true } },
    },
  });
  // A customer's report previews only their own account's domains.
  if (!domain || !mayRecordInto(actor, domain.accountId)) {
    throw new AppError("not_found", `The domain ${prepared.domainName} does not exist.`, { domain: "Unknown domain." });
  }

  const duplicate = domain.messages.some(
    (m) => m.receivedAt.getTime() === prepared.receivedAt.getTime() && m.textHash === prepared.textHash,
  );
  const stored: DerivationMessage[] = domain.messages.map((m) => ({
    id: m.id,
    kind: m.kind,
    receivedAt: m.receivedAt,
    deadline: m.deadline,
    icpNumbers: m.icpNumbers,
    retractsMessageId: m.retractsMessageId,
  }));
  const candidate: DerivationMessage = {
    id: PREVIEW_MESSAGE_ID,
    kind: prepared.kind,
    receivedAt: prepared.receivedAt,
    deadline: prepared.deadline,
    icpNumbers: prepared.icpNumbers,
    retractsMessageId: prepared.retractsMessageId,
  };
  const facts = { hosting: domain.hosting, providerAccess: domain.providerAccess };
  const derived = deriveDomainState(facts, duplicate ? stored : [...stored, candidate], now);

  const live = new Map(domain.actions.map((a) => [a.key, a]));
  const required = new Set(derived.actions.map((a) => a.key));
  const completed = new Set(derived.completed.map((c) => c.key));
  const siteNumber = prepared.kind === "filing_approved" && !duplicate ? prepared.icpNumbers.find((n) => /-\d+$/.test(n)) : undefined;

  return {
    domain: { name: domain.name, displayName: domain.displayName, account: domain.account.name },
    message: {
      kind: prepared.kind,
      channel: prepared.channel,
      receivedAt: prepared.receivedAt,
      deadline: prepared.deadline,
      icpNumbers: prepared.icpNumbers,
      text: prepared.text,
    },
    duplicate,
    before: { status: domain.status, icpNumber: domain.icpNumber },
    after: {
      status: derived.status,
      reason: derived.reason,
      icpNumber: siteNumber ?? domain.icpNumber,
      question: derived.question,
      actions: derived.actions.map((a) => ({
        key: a.key,
        dueAt: a.dueAt,
        urgency: a.urgency,
        isNew: !live.has(a.key),
        causedByThisMessage: a.causeMessageId === PREVIEW_MESSAGE_ID,
      })),
      closes: [...live.keys()]
        .filter((key) => !required.has(key))
        .map((key) => ({ key, as: completed.has(key) ? ("done" as const) : ("superseded" as const) })),
    },
  };
}
