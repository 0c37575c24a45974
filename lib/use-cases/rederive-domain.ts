// Re-derives a domain's status and actions from its facts and messages and stores the
// result, inside the caller's transaction. Every write that can change the outcome
// (a message recorded, a fact answered) ends by calling this, so the stored status is
// always what lib/icp/derive.ts says it is.
//
// In three steps: one statement reads the domain, its messages and actions
// (lib/db/record-sql.ts readDomainState), planRederive decides in memory what changes
// (pure: no database), and one statement writes it (applyWrites). recordMessage runs the
// same planner on what it already read, and adds its own rows to the same write.
import { cuid } from "@/lib/db/cuid";
import { lockDomain } from "@/lib/db/locks";
import {
  applyWrites,
  readDomainState,
  type ActionUpdateRow,
  type CreationBackdateRow,
  type DomainState,
  type DomainUpdateRow,
  type NewActionEventRow,
  type NewActionRow,
  type NewStatusChangeRow,
  type StoredAction,
  type StoredDomain,
  type StoredMessage,
} from "@/lib/db/record-sql";
import { deriveDomainState, type DerivationMessage } from "@/lib/icp";
import { icpNumbersFromApprovals, websiteNumberOf } from "@/lib/icp/icp-number";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionKey, ActionState, Role } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

const LIVE: readonly ActionState[] = ["open", "in_progress"];
const isLive = (state: ActionState) => LIVE.includes(state);

export type RederiveResult = {
  statusChanged: boolean;
  opened: number;
  superseded: number;
  completed: number;
  /** The domain as stored after re-deriving. */
  domain?: StoredDomain;
  /** The domain's non-superseded actions after re-deriving (oldest first), for callers that need them (notifications). */
  actions?: StoredAction[];
};

/** The open-action count and earliest due date stored on the domain for the list. */
export async function liveActionSummary(tx: Tx, domainId: string): Promise<{ openActionCount: number; nextDueAt: Date | null }> {
  const live = await tx.action.aggregate({
    where: { domainId, state: { in: [...LIVE] } },
    _count: { _all: true },
    _min: { dueAt: true },
  });
  return { openActionCount: live._count._all, nextDueAt: live._min.dueAt };
}

/** The same summary, of actions already in memory. */
export function summariseLiveActions(actions: readonly { state: ActionState; dueAt: Date | null }[]): { openActionCount: number; nextDueAt: Date | null } {
  let openActionCount = 0;
  let nextDueAt: Date | null = null;
  for (const action of actions) {
    if (!isLive(action.state)) continue;
    openActionCount++;
    if (action.dueAt && (nextDueAt === null || action.dueAt.getTime() < nextDueAt.getTime())) nextDueAt = action.dueAt;
  }
  return { openActionCount, nextDueAt };
}

/** Writers to one domain queue on its row lock (lib/db/locks.ts); re-exported for callers. */
export { lockDomain };

export type RederiveOptions = {
  now: Date;
  triggeringMessageId?: string | null;
  /** Who answered a question, when that is what changed the actions; null for messages. */
  actor?: { userId: string | null; role: Role } | null;
};

/** What re-deriving decided: the rows to write, and the domain and actions as they will be. */
export type RederivePlan = {
  result: RederiveResult & { domain: StoredDomain; actions: StoredAction[] };
  writes: {
    actions: NewActionRow[];
    actionUpdates: ActionUpdateRow[];
    actionEvents: NewActionEventRow[];
    domains: DomainUpdateRow[];
    creationBackdates: CreationBackdateRow[];
    statusChanges: NewStatusChangeRow[];
  };
  /**
   * Every action of the domain after the writes, oldest first, when `state.actions` held
   * them all (read with history): what the domain's answer lists. New events are appended.
   */
  allActions: StoredAction[];
};

/**
 * Decides, without the database, what re-deriving `state` changes: the same rules the
 * stored rows always followed. A required action keeps its row, state, notes and history;
 * a finished one (done or dismissed) is only reopened as a new row when a *new* message
 * requires it again; a live action no longer required is closed (done when the event
 * itself completed it, otherwise superseded). `writtenAt` stamps the rows written.
 */
export function planRederive(state: DomainState, options: RederiveOptions, writtenAt: Date = new Date()): RederivePlan {
  const { now, triggeringMessageId = null } = options;
  const by = options.actor ? { actorId: options.actor.userId, actorRole: options.actor.role } : {};
  const { domain, messages } = state;
  const derived = deriveDomainState({ hosting: domain.hosting, providerAccess: domain.providerAccess }, messages, now);
  const triggering = triggeringMessageId ? messages.find((m) => m.id === triggeringMessageId) : undefined;

  // The actions as they will be, by id (copies: `state` stays as it was read).
  const after = new Map<string, StoredAction>(state.actions.map((a) => [a.id, { ...a, ...(a.events ? { events: [...a.events] } : {}) }]));
  const existing = state.actions.filter((a) => a.state !== "superseded");
  // Newest first (createdAt desc): the action that stands for its key.
  const newestFirst = [...existing].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const newestByKey = new Map<ActionKey, StoredAction>();
  for (const action of newestFirst) if (!newestByKey.has(action.key)) newestByKey.set(action.key, action);

  const result: RederiveResult = { statusChanged: false, opened: 0, superseded: 0, completed: 0 };
  const writes: RederivePlan["writes"] = { actions: [], actionUpdates: [], actionEvents: [], domains: [], creationBackdates: [], statusChanges: [] };
  const created: StoredAction[] = [];
  const addEvent = (row: NewActionEventRow) => {
    writes.actionEvents.push(row);
    const action = after.get(row.actionId);
    action?.events?.push({
      id: row.id,
      createdAt: row.createdAt,
      // Events of a re-derivation name no user by name here: only fact answers carry an actor,
      // and their callers do not answer with the history.
      by: null,
      fromState: row.fromState,
      toState: row.toState,
      note: null,
      messageId: row.messageId,
    });
  };
  const requiredKeys = new Set<ActionKey>();

  for (const required of derived.actions) {
    requiredKeys.add(required.key);
    const current = newestByKey.get(required.key);
    const sameCause = current?.causeMessageId === required.causeMessageId;
    if (current && (isLive(current.state) || sameCause)) {
      const dueChanged = (current.dueAt?.getTime() ?? null) !== (required.dueAt?.getTime() ?? null);
      if (!sameCause || dueChanged) {
        writes.actionUpdates.push({ id: current.id, reuse: true, causeMessageId: required.causeMessageId, dueAt: required.dueAt, updatedAt: writtenAt });
        const kept = after.get(current.id)!;
        after.set(current.id, { ...kept, causeMessageId: required.causeMessageId, dueAt: required.dueAt, version: kept.version + 1 });
      }
      continue;
    }
    const id = cuid();
    const row: NewActionRow = { id, domainId: domain.id, key: required.key, causeMessageId: required.causeMessageId, dueAt: required.dueAt, createdAt: writtenAt };
    writes.actions.push(row);
    const action: StoredAction = {
      id,
      key: required.key,
      causeMessageId: required.causeMessageId,
      state: "open",
      dueAt: required.dueAt,
      version: 1,
      supersededByMessageId: null,
      closedAt: null,
      createdAt: writtenAt,
      ...(state.actions.every((a) => a.events) ? { events: [] } : {}),
    };
    after.set(id, action);
    created.push(action);
    addEvent({ id: cuid(), actionId: id, fromState: null, toState: "open", messageId: required.causeMessageId ?? triggeringMessageId, ...by, createdAt: writtenAt });
    result.opened++;
  }

  const completedKeys = new Set(derived.completed.map((c) => c.key));
  for (const action of newestByKey.values()) {
    if (requiredKeys.has(action.key) || !isLive(action.state)) continue;
    // Closed by the event itself (e.g. the provider's sync closes "await provider sync").
    const toState: ActionState = completedKeys.has(action.key) ? "done" : "superseded";
    const supersededByMessageId = toState === "superseded" ? triggeringMessageId : null;
    writes.actionUpdates.push({ id: action.id, reuse: false, state: toState, closedAt: now, supersededByMessageId, updatedAt: writtenAt });
    const closed = after.get(action.id)!;
    after.set(action.id, { ...closed, state: toState, closedAt: now, supersededByMessageId, version: closed.version + 1 });
    addEvent({ id: cuid(), actionId: action.id, fromState: action.state, toState, messageId: triggeringMessageId, ...by, createdAt: writtenAt });
    if (toState === "done") result.completed++;
    else result.superseded++;
  }

  const allActions = [...after.values()];
  const nonSuperseded = allActions.filter((a) => a.state !== "superseded");
  const next = {
    status: derived.status,
    reason: derived.reason.en,
    reasonZh: derived.reason.zh,
    statusCauseMessageId: derived.causeMessageId,
    ...summariseLiveActions(allActions),
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
  const changedAt = result.statusChanged ? statusChangeTime(state, [derived.causeMessageId, triggeringMessageId], now) : null;
  if (changedAt?.backdateCreation) writes.creationBackdates.push({ domainId: domain.id, changedAt: changedAt.at });
  if (changed) writes.domains.push({ id: domain.id, ...next, statusChangedAt: changedAt?.at ?? null, updatedAt: writtenAt });
  if (changedAt) {
    writes.statusChanges.push({
      id: cuid(),
      domainId: domain.id,
      accountId: domain.accountId,
      fromStatus: domain.status,
      toStatus: next.status,
      causeMessageId: next.statusCauseMessageId,
      changedAt: changedAt.at,
    });
  }
  const domainAfter: StoredDomain = changed ? { ...domain, ...next, ...(changedAt ? { statusChangedAt: changedAt.at } : {}) } : domain;
  return { result: { ...result, domain: domainAfter, actions: nonSuperseded }, writes, allActions };
}

/**
 * Re-derives the domain inside the caller's transaction (which holds the domain's lock):
 * one statement to read, one to write.
 */
export async function rederiveDomain(tx: Tx, domainId: string, options: RederiveOptions): Promise<RederiveResult> {
  const state = await readDomainState(tx, domainId);
  if (!state) throw new Error(`rederiveDomain: the domain ${domainId} does not exist.`);
  const plan = planRederive(state, options);
  await applyWrites(tx, plan.writes);
  return plan.result;
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
function statusChangeTime(
  state: { messages: readonly StoredMessage[]; lastChangedAt: Date | null },
  causes: readonly (string | null)[],
  now: Date,
): { at: Date; backdateCreation: boolean } {
  const received = causes
    .map((id) => (id ? state.messages.find((m) => m.id === id)?.receivedAt.getTime() : undefined))
    .filter((t): t is number => t !== undefined);
  if (received.length === 0) return { at: now, backdateCreation: false };
  const at = new Date(Math.max(...received, state.lastChangedAt?.getTime() ?? -Infinity));
  return { at, backdateCreation: true };
}
