/**
 * Status and action derivation: the one pure function the brief asks for (PRODUCT.md, "Deriving
 * status and actions"). No database, no framework, no clock: `now` is a parameter.
 *
 * The rules in one sentence: drop retractions and the messages they retract, order the rest by
 * received-at (ties: kind rank, then id), let the newest status-bearing message decide the status
 * and its actions, and add the actions of informational messages that are still relevant.
 * docs/icp-rules.md explains every rule; docs/decisions/0003-icp-rule-choices.md the choices.
 */
import { MESSAGE_KIND_CATALOGUE, STATUS_CATALOGUE, FACT_QUESTION_CATALOGUE } from "./catalogue";
import type { LocalizedText } from "./catalogue";
import { assertNever, isInformationalKind } from "./kinds";
import type {
  ActionKey,
  ActionState,
  DomainStatus,
  FactQuestion,
  Hosting,
  MessageKind,
  ProviderAccess,
  Urgency,
} from "./kinds";
import { addDays, addHours, formatChinaTime, HOUR_MS } from "./time";
import { actionUrgency } from "./urgency";

export type DomainFacts = { hosting: Hosting; providerAccess: ProviderAccess };

export type DerivationMessage = {
  id: string;
  kind: MessageKind;
  receivedAt: Date;
  /** A deadline stated in the message itself (extracted by the classifier or entered by the admin). */
  deadline: Date | null;
  icpNumbers: string[];
  /** Only meaningful on `retraction` records: the id of the message declared wrong. */
  retractsMessageId?: string | null;
};

export type RequiredAction = {
  key: ActionKey;
  causeMessageId: string | null;
  dueAt: Date | null;
  urgency: Urgency;
};

export type CompletedAction = { key: ActionKey; causeMessageId: string | null };

export type DerivedState = {
  status: DomainStatus;
  causeMessageId: string | null;
  reason: LocalizedText;
  actions: RequiredAction[];
  /** Actions the use case should close as `done` (today only `await_provider_sync` after a sync). */
  completed: CompletedAction[];
  /** The fact the customer must be asked first, when the next step depends on it. */
  question: null | FactQuestion;
};

/** MIIT SMS verification window: 24 h (research §1.4 [A-sms][T-sms][H-sms]; 48 h in older docs, §6). */
export const SMS_VERIFICATION_WINDOW_HOURS = 24;
/** PSB filing within 30 days (PRODUCT.md seed table; research §1.4 [T-psb][H-after][A-dws]). */
export const PSB_FILING_WINDOW_DAYS = 30;

/**
 * Which action keys may accompany each status (besides the informational ones, allowed with any
 * status). Straight from the two tables of the brief.
 */
export const ACTIONS_BY_STATUS: Record<DomainStatus, readonly ActionKey[]> = {
  not_filed: [],
  provider_review: [],
  provider_returned: ["correct_and_resubmit"],
  authority_review: [],
  sms_verification: ["complete_sms_verification"],
  authority_rejected: ["correct_and_resubmit"],
  approved_pending_sync: [
    "resolve_domain_to_instance",
    "await_provider_sync",
    "display_icp_number",
    "complete_psb_filing",
  ],
  // After the sync only `await_provider_sync` closes; the other approval actions stay (PRODUCT.md).
  filed: ["resolve_domain_to_instance", "display_icp_number", "complete_psb_filing"],
  rectification_required: [
    "point_domain_to_instance",
    "submit_transfer_application",
    "transfer_filing_to_new_provider",
    "confirm_hosting_facts",
    "correct_filing_information",
  ],
  access_cancelled: ["add_access_at_current_provider"],
  cancellation_pending: ["confirm_cancellation"],
  cancelled: ["check_public_query", "apply_new_icp_number", "remove_cancelled_icp_number"],
};

/** Actions of informational messages (`footer_notice`, `record_changed`); allowed with any status. */
export const INFORMATIONAL_ACTION_KEYS = ["fix_footer_icp_link", "check_public_query"] as const satisfies readonly ActionKey[];

/**
 * Duties that come from holding an ICP number: show it in the footer, and file with the public
 * security bureau within 30 days. They begin with the approval (or a sync that proves one) and
 * last while the number is valid, whatever problem notice follows (an invalid-filing notice, a
 * rectification, an access cancellation: the number still exists). Only `icp_number_cancelled`
 * ends them. See ADR 0004.
 */
export const NUMBER_DUTY_KEYS = ["display_icp_number", "complete_psb_filing"] as const satisfies readonly ActionKey[];

/** Statuses in which a valid ICP number may exist, so its duties may accompany them. */
const STATUSES_WITHOUT_NUMBER: ReadonlySet<DomainStatus> = new Set<DomainStatus>(["not_filed", "cancelled"]);

export function allowedActionKeysForStatus(status: DomainStatus): readonly ActionKey[] {
  const keys = new Set<ActionKey>([...ACTIONS_BY_STATUS[status], ...INFORMATIONAL_ACTION_KEYS]);
  if (!STATUSES_WITHOUT_NUMBER.has(status)) for (const k of NUMBER_DUTY_KEYS) keys.add(k);
  return [...keys];
}

/**
 * Rank used only to order messages with the same received-at: the step that comes later in the
 * filing lifecycle (research §1.2 and the decay path of §0.2) counts as the newer one, so two
 * messages recorded with the same minute resolve to the more advanced, and on the decay path the
 * more severe, state. `provider_synced` ranks after `filing_approved` because a sync always follows
 * the approval it syncs.
 */
export const KIND_TIE_RANK: Record<MessageKind, number> = {
  filing_submitted: 0,
  provider_returned: 1,
  submitted_to_authority: 2,
  verification_code: 3,
  authority_rejected: 4,
  filing_approved: 5,
  provider_synced: 6,
  record_changed: 7,
  footer_notice: 8,
  rectification_notice: 9,
  filing_invalid: 10,
  access_cancelled: 11,
  cancellation_verification: 12,
  icp_number_cancelled: 13,
  retraction: 14,
};

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The total order derivation uses, oldest first: received-at, then kind rank, then id (plain
 * code-unit comparison, so the result does not depend on a locale), then the remaining fields so
 * that even two records sharing an id sort the same way whatever the input order.
 */
export function compareMessages(a: DerivationMessage, b: DerivationMessage): number {
  return (
    a.receivedAt.getTime() - b.receivedAt.getTime() ||
    KIND_TIE_RANK[a.kind] - KIND_TIE_RANK[b.kind] ||
    compareStrings(a.id, b.id) ||
    (a.deadline?.getTime() ?? -Infinity) - (b.deadline?.getTime() ?? -Infinity) ||
    compareStrings(a.icpNumbers.join(","), b.icpNumbers.join(",")) ||
    compareStrings(a.retractsMessageId ?? "", b.retractsMessageId ?? "")
  );
}

/**
 * The messages derivation looks at, oldest first: retractions and the messages they retract are
 * removed ("the retracted message is ignored; derivation re-runs as if it never came"). Only a
 * `retraction` retracts; a `retractsMessageId` on any other kind is ignored. A retraction aimed at
 * another retraction has no effect (retractions are final; see ADR 0003).
 */
export function effectiveMessages(messages: readonly DerivationMessage[]): DerivationMessage[] {
  const retracted = new Set<string>();
  for (const m of messages) {
    if (m.kind === "retraction" && m.retractsMessageId) retracted.add(m.retractsMessageId);
  }
  return messages.filter((m) => m.kind !== "retraction" && !retracted.has(m.id)).sort(compareMessages);
}

/** The `filing_invalid` branch (PRODUCT.md seed table, third row; research §0.3 and §2 row 9 [A-shell]). */
export function invalidFilingAction(facts: DomainFacts): { key: ActionKey; question: FactQuestion | null } {
  switch (facts.hosting) {
    case "unknown":
      // Hosting is asked first: with `elsewhere` the access question does not matter at all.
      return { key: "confirm_hosting_facts", question: "hosting" };
    case "elsewhere":
      return { key: "transfer_filing_to_new_provider", question: null };
    case "provider":
      switch (facts.providerAccess) {
        case "active":
          return { key: "point_domain_to_instance", question: null };
        case "cancelled":
          return { key: "submit_transfer_application", question: null };
        case "unknown":
          return { key: "confirm_hosting_facts", question: "providerAccess" };
        default:
          return assertNever(facts.providerAccess);
      }
    default:
      return assertNever(facts.hosting);
  }
}

/** An action while derivation is in progress: the message that produced it, and its due date. */
type DraftAction = { key: ActionKey; cause: DerivationMessage; dueAt: Date | null };

/** The status part of the state after applying the status-bearing messages seen so far. */
type Frame = {
  status: DomainStatus;
  cause: DerivationMessage | null;
  actions: DraftAction[];
  /** The duties of the ICP number held (NUMBER_DUTY_KEYS), carried across status changes. */
  numberDuties: DraftAction[];
  completed: CompletedAction[];
  question: FactQuestion | null;
  reason: LocalizedText;
};

const NOT_FILED: Frame = {
  status: "not_filed",
  cause: null,
  actions: [],
  numberDuties: [],
  completed: [],
  question: null,
  reason: {
    en: "No filing message has been recorded for this domain.",
    zh: "该域名尚未记录任何备案消息。",
  },
};

/** Statuses before any approval: a provider sync can only follow an approval (research §1.2). */
const PRE_APPROVAL_STATUSES: ReadonlySet<DomainStatus> = new Set<DomainStatus>([
  "not_filed",
  "provider_review",
  "provider_returned",
  "authority_review",
  "sms_verification",
  "authority_rejected",
]);

const earliest = (a: Date | null, b: Date | null): Date | null =>
  a === null ? b : b === null ? a : a.getTime() <= b.getTime() ? a : b;

/**
 * A deadline stated in the message becomes the due date of every action it produces (PRODUCT.md,
 * "a deadline in it becomes the due date of the actions it produces"). Where a rule also sets a due
 * date (SMS 24 h, PSB 30 days) the earlier one wins: missing the real deadline costs the filing, an
 * early reminder costs nothing. `await_provider_sync` is the provider's step, never due.
 */
function draft(key: ActionKey, cause: DerivationMessage, ruleDue: Date | null = null): DraftAction {
  const dueAt = key === "await_provider_sync" ? null : earliest(ruleDue, cause.deadline);
  return { key, cause, dueAt };
}

function receivedPhrase(m: DerivationMessage): LocalizedText {
  const kind = MESSAGE_KIND_CATALOGUE[m.kind].title;
  return {
    en: `“${kind.en}” received ${formatChinaTime(m.receivedAt)}`,
    zh: `${formatChinaTime(m.receivedAt, { lang: "zh" })}收到的“${kind.zh}”`,
  };
}

function reasonFor(status: DomainStatus, m: DerivationMessage, extra?: LocalizedText): LocalizedText {
  const title = STATUS_CATALOGUE[status].title;
  const phrase = receivedPhrase(m);
  return {
    en: `${title.en}: ${phrase.en}.${extra ? ` ${extra.en}` : ""}`,
    zh: `${title.zh}：依据${phrase.zh}。${extra ? extra.zh : ""}`,
  };
}

function frameFor(
  prev: Frame,
  status: DomainStatus,
  m: DerivationMessage,
  actions: DraftAction[],
  question: FactQuestion | null = null,
): Frame {
  const extra = question === null ? undefined : askFirst(question);
  return {
    status,
    cause: m,
    actions,
    numberDuties: prev.numberDuties,
    completed: [],
    question,
    reason: reasonFor(status, m, extra),
  };
}

function askFirst(question: FactQuestion): LocalizedText {
  const q = FACT_QUESTION_CATALOGUE[question].title;
  return { en: `Please answer first: ${q.en}`, zh: `请先回答：${q.zh}` };
}

/** The approval's own steps; they end with the next status message. */
function approvalSteps(m: DerivationMessage): DraftAction[] {
  return [draft("resolve_domain_to_instance", m), draft("await_provider_sync", m)];
}

/** The duties of a newly granted number (NUMBER_DUTY_KEYS); PSB due 30 days after `m`. */
function numberDuties(m: DerivationMessage): DraftAction[] {
  return [draft("display_icp_number", m), draft("complete_psb_filing", m, addDays(m.receivedAt, PSB_FILING_WINDOW_DAYS))];
}

/** Applies one status-bearing message to the state built from the older ones. */
function applyMessage(prev: Frame, m: DerivationMessage, facts: DomainFacts): Frame {
  switch (m.kind) {
    case "filing_submitted":
      return frameFor(prev, "provider_review", m, []);
    case "provider_returned":
      return frameFor(prev, "provider_returned", m, [draft("correct_and_resubmit", m)]);
    case "submitted_to_authority":
      return frameFor(prev, "authority_review", m, []);
    case "verification_code":
      return frameFor(prev, "sms_verification", m, [
        draft("complete_sms_verification", m, addHours(m.receivedAt, SMS_VERIFICATION_WINDOW_HOURS)),
      ]);
    case "authority_rejected":
      return frameFor(prev, "authority_rejected", m, [draft("correct_and_resubmit", m)]);
    case "filing_approved":
      // A new approval grants a (new) number: its duties start again from this message.
      return { ...frameFor(prev, "approved_pending_sync", m, approvalSteps(m)), numberDuties: numberDuties(m) };
    case "provider_synced":
      return applySync(prev, m);
    case "filing_invalid": {
      const branch = invalidFilingAction(facts);
      return frameFor(prev, "rectification_required", m, [draft(branch.key, m)], branch.question);
    }
    case "icp_number_cancelled":
      // The number is gone, and with it its duties; a footer still showing it is now the problem.
      return {
        ...frameFor(prev, "cancelled", m, [
          draft("check_public_query", m),
          draft("apply_new_icp_number", m),
          draft("remove_cancelled_icp_number", m),
        ]),
        numberDuties: [],
      };
    case "access_cancelled":
      return frameFor(prev, "access_cancelled", m, [draft("add_access_at_current_provider", m)]);
    case "rectification_notice":
      return frameFor(prev, "rectification_required", m, [draft("correct_filing_information", m)]);
    case "cancellation_verification":
      return frameFor(prev, "cancellation_pending", m, [draft("confirm_cancellation", m)]);
    case "footer_notice":
    case "record_changed":
    case "retraction":
      // Never reached: informational messages and retractions are filtered out before the fold.
      return prev;
    default:
      return assertNever(m.kind);
  }
}

/**
 * `provider_synced`:
 * - after `filing_approved` (status `approved_pending_sync`): `filed`; only `await_provider_sync`
 *   completes, the other approval actions stay with their cause and due date (PRODUCT.md).
 * - with no approval recorded yet (a pre-approval status): the provider only syncs an approval MIIT
 *   has granted (research §1.2, "Approved" row), so the sync is proof of it: `filed`, with the
 *   approval's lasting duties caused by the sync. The PSB deadline counts from the sync, because the
 *   site can only go live once the result is synced [A-seed] and the 30 days run from going live
 *   [T-psb]. Nothing was waiting for a sync, so nothing is reported completed. When a number is
 *   already held (say a change filing went through review again), its duties keep their cause.
 * - otherwise (already `filed`, or a later problem notice such as `filing_invalid` or
 *   `icp_number_cancelled`): nothing changes. A sync echoes an older approval; it never outranks a
 *   newer MIIT or compliance message (research §5: "the newest MIIT message outranks provider status,
 *   because the provider status lags").
 */
function applySync(prev: Frame, m: DerivationMessage): Frame {
  if (prev.status === "approved_pending_sync" && prev.cause !== null) {
    const approval = prev.cause;
    const syncPhrase = receivedPhrase(m);
    const approvalPhrase = receivedPhrase(approval);
    return {
      status: "filed",
      cause: m,
      actions: prev.actions.filter((a) => a.key !== "await_provider_sync"),
      numberDuties: prev.numberDuties,
      completed: [{ key: "await_provider_sync", causeMessageId: approval.id }],
      question: null,
      reason: {
        en: `${STATUS_CATALOGUE.filed.title.en}: ${syncPhrase.en}, after ${approvalPhrase.en}.`,
        zh: `${STATUS_CATALOGUE.filed.title.zh}：依据${syncPhrase.zh}（此前${approvalPhrase.zh}）。`,
      },
    };
  }
  if (PRE_APPROVAL_STATUSES.has(prev.status)) {
    const steps = approvalSteps(m).filter((a) => a.key !== "await_provider_sync");
    const frame = frameFor(prev, "filed", m, steps);
    return prev.numberDuties.length ? frame : { ...frame, numberDuties: numberDuties(m) };
  }
  return prev;
}

/**
 * Informational actions stay required across later status messages (a footer fine or an unexamined
 * record change does not go away because, say, a rectification notice arrived) until a later message
 * replaces the record they are about: a new `filing_approved` (whose `display_icp_number` covers the
 * footer, and which reflects the newest record) or an `icp_number_cancelled` (the number is gone and
 * that message asks for its own public-query check). See ADR 0003.
 */
const ENDS_INFORMATIONAL_ACTIONS: ReadonlySet<MessageKind> = new Set<MessageKind>([
  "filing_approved",
  "icp_number_cancelled",
]);

function informationalAction(m: DerivationMessage): DraftAction | null {
  switch (m.kind) {
    case "footer_notice":
      return draft("fix_footer_icp_link", m);
    case "record_changed":
      return draft("check_public_query", m);
    default:
      return null;
  }
}

/**
 * Derives the domain's status, reason, required actions and the question to ask, from its facts and
 * messages. Pure and deterministic; the order of `messages` does not matter.
 */
export function deriveDomainState(
  facts: DomainFacts,
  messages: readonly DerivationMessage[],
  now: Date,
): DerivedState {
  const ordered = effectiveMessages(messages);
  const position = new Map<DerivationMessage, number>(ordered.map((m, i) => [m, i]));

  let frame = NOT_FILED;
  for (const m of ordered) {
    if (!isInformationalKind(m.kind)) frame = applyMessage(frame, m, facts);
  }

  // One action per key. When two messages produce the same key, the newer message owns it.
  const byKey = new Map<ActionKey, DraftAction>();
  const keep = (a: DraftAction): void => {
    const existing = byKey.get(a.key);
    if (existing === undefined || (position.get(a.cause) ?? -1) > (position.get(existing.cause) ?? -1)) {
      byKey.set(a.key, a);
    }
  };
  frame.actions.forEach(keep);
  frame.numberDuties.forEach(keep);

  ordered.forEach((m, i) => {
    const action = informationalAction(m);
    if (action === null) return;
    const replaced = ordered.slice(i + 1).some((later) => ENDS_INFORMATIONAL_ACTIONS.has(later.kind));
    if (!replaced) keep(action);
  });

  const actions: RequiredAction[] = [...byKey.values()].map((a) => ({
    key: a.key,
    causeMessageId: a.cause.id,
    dueAt: a.dueAt,
    urgency: actionUrgency(a.key, a.dueAt, now),
  }));

  return {
    status: frame.status,
    causeMessageId: frame.cause?.id ?? null,
    reason: frame.reason,
    actions,
    completed: frame.completed,
    question: frame.question,
  };
}

/** Only open or in-progress actions can be overdue, and only once their due date has passed. */
export function isOverdue(action: { state: ActionState; dueAt: Date | null }, now: Date): boolean {
  switch (action.state) {
    case "open":
    case "in_progress":
      return action.dueAt !== null && action.dueAt.getTime() < now.getTime();
    case "done":
    case "dismissed":
    case "superseded":
      return false;
    default:
      return assertNever(action.state);
  }
}

/**
 * What happens after the customer has done the fix a problem status asks for. The status itself
 * stays (only a message can change it), but "nothing to do" under a red badge would be wrong: the
 * fix is done and someone else's check is pending. Each key names who checks and which message
 * closes it (RECHECK_CATALOGUE has the words). See ADR 0004.
 */
export const RECHECKS = ["provider_recheck", "access_application_review", "correction_recheck", "cancellation_processing"] as const;
export type Recheck = (typeof RECHECKS)[number];

/** Which recheck follows once this status action is done; null where finishing it is not a fix. */
const RECHECK_AFTER: Partial<Record<ActionKey, Recheck>> = {
  point_domain_to_instance: "provider_recheck",
  submit_transfer_application: "access_application_review",
  transfer_filing_to_new_provider: "access_application_review",
  add_access_at_current_provider: "access_application_review",
  correct_filing_information: "correction_recheck",
  confirm_cancellation: "cancellation_processing",
};

/** Statuses whose fix, once done, waits for the provider's or the bureau's check. */
export const RECHECK_STATUSES: ReadonlySet<DomainStatus> = new Set<DomainStatus>([
  "rectification_required",
  "access_cancelled",
  "cancellation_pending",
]);

/**
 * The pending check, when the status asks for a fix and every action of that fix is finished with
 * at least one done (a fix merely dismissed is not a fix). Actions that are not the status's own
 * (the number's duties, informational ones) neither start nor stop it. The newest done action
 * decides. Pure: the caller passes the stored domain and actions.
 */
export function pendingRecheck(
  domain: { status: DomainStatus; statusCauseMessageId: string | null },
  actions: readonly { key: ActionKey; state: ActionState; causeMessageId: string | null; closedAt?: Date | null }[],
): Recheck | null {
  if (!RECHECK_STATUSES.has(domain.status)) return null;
  const own = new Set(ACTIONS_BY_STATUS[domain.status]);
  // Only the fix asked for by the message that set the status: an older episode's done action is no fix of this one.
  const fix = actions.filter(
    (a) => own.has(a.key) && a.state !== "superseded" && a.causeMessageId === domain.statusCauseMessageId,
  );
  if (fix.some((a) => a.state === "open" || a.state === "in_progress")) return null;
  const done = fix
    .filter((a) => a.state === "done" && RECHECK_AFTER[a.key] !== undefined)
    .sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0));
  const first = done[0];
  return first ? (RECHECK_AFTER[first.key] ?? null) : null;
}

/** How far a due date is from `now`, rounded the way people say it. */
export type TimeLeft =
  | { kind: "none" }
  | { kind: "left" | "overdue"; unit: "days" | "hours" | "minutes"; amount: number };

/**
 * "N days left" / "overdue by N hours": whole days from two days on (rounded down while time is
 * left, so "2 days left" never hides that it is 2 days and a few hours; rounded up once overdue,
 * so a deadline missed by 1½ days reads "overdue by 2 days"), hours under two days, minutes under an
 * hour. Exactly at the due instant counts as left (isOverdue agrees). Pure.
 */
export function timeLeft(dueAt: Date | null, now: Date): TimeLeft {
  if (dueAt === null) return { kind: "none" };
  const diff = dueAt.getTime() - now.getTime();
  const kind = diff >= 0 ? "left" : "overdue";
  const abs = Math.abs(diff);
  const round = kind === "left" ? Math.floor : Math.ceil;
  const MINUTE = 60_000;
  if (abs >= 48 * HOUR_MS) return { kind, unit: "days", amount: round(abs / (24 * HOUR_MS)) };
  if (abs >= HOUR_MS) return { kind, unit: "hours", amount: round(abs / HOUR_MS) };
  return { kind, unit: "minutes", amount: Math.max(kind === "overdue" ? 1 : 0, round(abs / MINUTE)) };
}
