// Re-derives a domain's status and actions from its facts and messages and stores the
// result, inside the caller's transaction. Every write that can change the outcome
// (a message recorded, a fact answered) ends by calling this, so the stored status is
// always what lib/icp/derive.ts says it is.
import { lockDomain } from "@/lib/db/locks";
import { deriveDomainState, type DerivationMessage } from "@/lib/icp";
import { icpNumbersFromApprovals, websiteNumberOf } from "@/lib/icp/icp-number";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionKey, ActionState, Role } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

const LIVE: readonly ActionState[] = ["open", "in_progress"];

export type RederiveResult = { statusChanged: boolean; opened: number; superseded: number; completed: number };

/** The open-action count and earliest due date stored on the domain for the list. */
export async function liveActionSummary(tx: Tx, domainId: string): Promise<{ openActionCount: number; nextDueAt: Date | null }> {
  const live = await tx.action.aggregate({
    where: { domainId, state: { in: [...LIVE] } },
    _count: { _all: true },
    _min: { dueAt: true },
  });
  return { openActionCount: live._count._all, nextDueAt: live._min.dueAt };
}

/** Writers to one domain queue on its row lock (lib/db/locks.ts); re-exported for callers. */
export { lockDomain };

export async function rederiveDomain(
  tx: Tx,
  domainId: string,
  options: {
    now: Date;
    triggeringMessageId?: string | null;
    /** Who answered a question, when that is what changed the actions; null for messages. */
    actor?: { userId: string | null; role: Role } | null;
  },
): Promise<RederiveResult> {
  const { now, triggeringMessageId = null } = options;
  const by = options.actor ? { actorId: options.actor.userId, actorRole: options.actor.role } : {};
  const domain = await tx.domain.findUniqueOrThrow({ where: { id: domainId } });
  const messages: DerivationMessage[] = await tx.message.findMany({
    where: { domainId },
    select: { id: true, kind: true, receivedAt: true, deadline: true, icpNumbers: true, retractsMessageId: true },
  });
  const derived = deriveDomainState({ hosting: domain.hosting, providerAccess: domain.providerAccess }, messages, now);
  const triggering = triggeringMessageId ? messages.find((m) => m.id === triggeringMessageId) : undefined;

  const existing = await tx.action.findMany({
    where: { domainId, state: { not: "superseded" } },
    orderBy: { createdAt: "desc" },
  });
  const newestByKey = new Map<ActionKey, (typeof existing)[number]>();
  for (const action of existing) if (!newestByKey.has(action.key)) newestByKey.set(action.key, action);

  const result: RederiveResult = { statusChanged: false, opened: 0, superseded: 0, completed: 0 };
  const requiredKeys = new Set<ActionKey>();

  for (const required of derived.actions) {
    requiredKeys.add(required.key);
    const current = newestByKey.get(required.key);
    const sameCause = current?.causeMessageId === required.causeMessageId;
    // A required action keeps its row, state, notes and history. A finished one (done or
    // dismissed) is only reopened as a new row when a *new* message requires it again,
    // e.g. a second verification code or a new approval after a cancellation.
    if (current && (LIVE.includes(current.state) || sameCause)) {
      const dueChanged = (current.dueAt?.getTime() ?? null) !== (required.dueAt?.getTime() ?? null);
      if (!sameCause || dueChanged) {
        await tx.action.update({
          where: { id: current.id },
          data: { causeMessageId: required.causeMessageId, dueAt: required.dueAt, version: { increment: 1 } },
        });
      }
      continue;
    }
    const created = await tx.action.create({
      data: { domainId, key: required.key, causeMessageId: required.causeMessageId, dueAt: required.dueAt, state: "open" },
    });
    await tx.actionEvent.create({
      data: { actionId: created.id, toState: "open", messageId: required.causeMessageId ?? triggeringMessageId, ...by },
    });
    result.opened++;
  }

  const completedKeys = new Set(derived.completed.map((c) => c.key));
  for (const action of newestByKey.values()) {
    if (requiredKeys.has(action.key) || !LIVE.includes(action.state)) continue;
    // Closed by the event itself (e.g. the provider's sync closes "await provider sync").
    const toState: ActionState = completedKeys.has(action.key) ? "done" : "superseded";
    await tx.action.update({
      where: { id: action.id },
      data: {
        state: toState,
        closedAt: now,
        supersededByMessageId: toState === "superseded" ? triggeringMessageId : null,
        version: { increment: 1 },
      },
    });
    await tx.actionEvent.create({
      data: { actionId: action.id, fromState: action.state, toState, messageId: triggeringMessageId, ...by },
    });
    if (toState === "done") result.completed++;
    else result.superseded++;
  }

  const next = {
    status: derived.status,
    reason: derived.reason.en,
    reasonZh: derived.reason.zh,
    statusCauseMessageId: derived.causeMessageId,
    ...(await liveActionSummary(tx, domainId)),
    ...icpNumbersAfter(domain, messages, triggering),
  };
  result.statusChanged = domain.status !== next.status;
  const changed =
    result.statusChanged ||
    domain.reason !== next.reason ||
    domain.reasonZh !== next.reasonZh ||
    domain.statusCauseMessageId !== next.statusCauseMessageId ||
    domain.openActionCount !== next.openActionCount ||
    (domain.nextDueAt?.getTime() ?? null) !== (next.nextDueAt?.getTime() ?? null) ||
    domain.icpNumber !== next.icpNumber ||
    domain.icpEntityNumber !== next.icpEntityNumber;
  const changedAt = result.statusChanged
    ? await statusChangeTime(tx, domainId, messages, [derived.causeMessageId, triggeringMessageId], now)
    : null;
  if (changed) {
    await tx.domain.update({
      where: { id: domainId },
      data: { ...next, ...(changedAt ? { statusChangedAt: changedAt } : {}) },
    });
  }
  if (changedAt) {
    await tx.domainStatusChange.create({
      data: {
        domainId,
        accountId: domain.accountId,
        fromStatus: domain.status,
        toStatus: next.status,
        causeMessageId: next.statusCauseMessageId,
        changedAt,
      },
    });
  }
  return result;
}

/**
 * The stored ICP numbers follow the newest approval by received-at, as the status follows
 * the newest message. They are only re-read from the messages when an approval or a
 * retraction is recorded, so a number an admin corrected by hand on the filing record
 * stays until a message says otherwise. A retracted approval whose number is stored and
 * which leaves no other approval behind takes its number with it.
 */
function icpNumbersAfter(
  domain: { icpNumber: string | null; icpEntityNumber: string | null },
  messages: readonly DerivationMessage[],
  triggering: DerivationMessage | undefined,
): { icpNumber: string | null; icpEntityNumber: string | null } {
  const current = { icpNumber: domain.icpNumber, icpEntityNumber: domain.icpEntityNumber };
  if (!triggering || (triggering.kind !== "filing_approved" && triggering.kind !== "retraction")) return current;
  const fromApprovals = icpNumbersFromApprovals(messages);
  if (fromApprovals) return fromApprovals;
  if (triggering.kind === "retraction") {
    const retracted = messages.find((m) => m.id === triggering.retractsMessageId);
    if (retracted && websiteNumberOf(retracted) === domain.icpNumber) return { icpNumber: null, icpEntityNumber: null };
  }
  return current;
}

/**
 * When a status change happened: when the message that caused it was received (the newer
 * of the deciding message and the one just recorded, e.g. a retraction), not when it was
 * typed in, so importing old messages does not mark every domain "changed today". The
 * domain's history stays in order: a change is never dated before the domain's previous
 * one, and the first entry (the domain's creation) moves back when a message older than
 * the domain's creation in this system decides its status.
 */
async function statusChangeTime(
  tx: Tx,
  domainId: string,
  messages: readonly DerivationMessage[],
  causes: readonly (string | null)[],
  now: Date,
): Promise<Date> {
  const received = causes
    .map((id) => (id ? messages.find((m) => m.id === id)?.receivedAt.getTime() : undefined))
    .filter((t): t is number => t !== undefined);
  if (received.length === 0) return now;
  const previous = await tx.domainStatusChange.aggregate({
    where: { domainId, fromStatus: { not: null } },
    _max: { changedAt: true },
  });
  const changedAt = new Date(Math.max(...received, previous._max.changedAt?.getTime() ?? -Infinity));
  await tx.domainStatusChange.updateMany({
    where: { domainId, fromStatus: null, changedAt: { gt: changedAt } },
    data: { changedAt },
  });
  return changedAt;
}
