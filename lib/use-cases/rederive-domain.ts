// Re-derives a domain's status and actions from its facts and messages and stores the
// result, inside the caller's transaction. Every write that can change the outcome
// (a message recorded, a fact answered) ends by calling this, so the stored status is
// always what lib/icp/derive.ts says it is.
import { deriveDomainState, type DerivationMessage } from "@/lib/icp";
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

/**
 * Takes a row lock on the domain so that two writers to the same domain run one after
 * the other; every use case that re-derives calls this first.
 */
export async function lockDomain(tx: Tx, domainId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Domain" WHERE id = ${domainId} FOR UPDATE`;
}

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
  };
  result.statusChanged = domain.status !== next.status;
  const changed =
    result.statusChanged ||
    domain.reason !== next.reason ||
    domain.reasonZh !== next.reasonZh ||
    domain.statusCauseMessageId !== next.statusCauseMessageId ||
    domain.openActionCount !== next.openActionCount ||
    (domain.nextDueAt?.getTime() ?? null) !== (next.nextDueAt?.getTime() ?? null);
  if (changed) {
    await tx.domain.update({
      where: { id: domainId },
      data: { ...next, ...(result.statusChanged ? { statusChangedAt: now } : {}) },
    });
  }
  if (result.statusChanged) {
    await tx.domainStatusChange.create({
      data: {
        domainId,
        accountId: domain.accountId,
        fromStatus: domain.status,
        toStatus: next.status,
        causeMessageId: next.statusCauseMessageId,
        changedAt: now,
      },
    });
  }
  return result;
}
