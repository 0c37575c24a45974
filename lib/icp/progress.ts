/**
 * The filing's progress as the provider consoles show it (提交 → 初审 → 短信核验 → 管局审核 →
 * 备案成功 → 同步), derived from the recorded messages alone. Pure: no database, no clock.
 *
 * It follows the same messages and order as deriveDomainState (retractions removed, same tie
 * rules), so the stepper and the status never disagree: a status of the filing path has its step
 * current, a problem status has its off-ramp, `filed` has every step done (tested as a property).
 */
import { effectiveMessages, type DerivationMessage } from "./derive";
import { assertNever, isInformationalKind, type DomainStatus } from "./kinds";

export const PROGRESS_STEPS = ["submitted", "provider_review", "sms_verification", "bureau_review", "approved", "synced"] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

/** Where the filing left the path. */
export const OFF_RAMPS = ["returned", "rejected", "invalid", "rectification", "access_cancelled", "cancellation_pending", "cancelled"] as const;
export type OffRamp = (typeof OFF_RAMPS)[number];

export type StepState = "done" | "current" | "upcoming";
export type FilingProgress = {
  /** Every step in order; `at` is when the step was reached, null where no message dates it. */
  steps: { key: ProgressStep; state: StepState; at: Date | null }[];
  offRamp: null | { key: OffRamp; at: Date; messageId: string };
  /** Approved and synced, with no problem since. */
  complete: boolean;
};

const INDEX: Record<ProgressStep, number> = Object.fromEntries(PROGRESS_STEPS.map((s, i) => [s, i])) as Record<ProgressStep, number>;
const AFTER_APPROVAL: ReadonlySet<OffRamp> = new Set<OffRamp>(["invalid", "rectification", "access_cancelled", "cancellation_pending", "cancelled"]);

export function deriveFilingProgress(messages: readonly DerivationMessage[]): FilingProgress {
  let at: Record<ProgressStep, Date | null> = emptyDates();
  /** Index of the step in progress; PROGRESS_STEPS.length once complete. */
  let frontier = 0;
  let offRamp = null as FilingProgress["offRamp"];

  for (const m of effectiveMessages(messages)) {
    if (isInformationalKind(m.kind)) continue;
    const t = m.receivedAt;
    const leave = (key: OffRamp): FilingProgress["offRamp"] => ({ key, at: t, messageId: m.id });
    switch (m.kind) {
      case "filing_submitted":
        // A new order starts the path again.
        at = { ...emptyDates(), submitted: t, provider_review: t };
        frontier = INDEX.provider_review;
        offRamp = null;
        break;
      case "provider_returned":
        frontier = INDEX.provider_review;
        offRamp = leave("returned");
        break;
      case "verification_code":
        at.sms_verification = t;
        frontier = INDEX.sms_verification;
        offRamp = null;
        break;
      case "submitted_to_authority":
        // The provider passed its review and handed the order to the bureau; MIIT's SMS follows.
        // A code SMS recorded later moves the current step back to the verification.
        at.bureau_review = t;
        frontier = INDEX.bureau_review;
        offRamp = null;
        break;
      case "authority_rejected":
        frontier = INDEX.bureau_review;
        offRamp = leave("rejected");
        break;
      case "filing_approved":
        at = { ...at, approved: t, synced: null };
        frontier = INDEX.synced;
        offRamp = null;
        break;
      case "provider_synced":
        // As in derivation: a sync completes an approval or a pre-approval stage, and never
        // outranks a later problem notice.
        if (offRamp && AFTER_APPROVAL.has(offRamp.key)) break;
        if (frontier >= PROGRESS_STEPS.length) break;
        at.synced = t;
        frontier = PROGRESS_STEPS.length;
        offRamp = null;
        break;
      case "filing_invalid":
        offRamp = leave("invalid");
        break;
      case "rectification_notice":
        offRamp = leave("rectification");
        break;
      case "access_cancelled":
        offRamp = leave("access_cancelled");
        break;
      case "cancellation_verification":
        offRamp = leave("cancellation_pending");
        break;
      case "icp_number_cancelled":
        offRamp = leave("cancelled");
        break;
      case "retraction":
        break;
      default:
        assertNever(m.kind);
    }
  }

  const finalOffRamp = offRamp;
  const steps = PROGRESS_STEPS.map((key, i) => {
    const state: StepState = i < frontier ? "done" : i === frontier ? "current" : "upcoming";
    return { key, state, at: state === "upcoming" ? null : at[key] };
  });
  return { steps, offRamp: finalOffRamp, complete: frontier >= PROGRESS_STEPS.length && finalOffRamp === null };
}

function emptyDates(): Record<ProgressStep, Date | null> {
  return { submitted: null, provider_review: null, sms_verification: null, bureau_review: null, approved: null, synced: null };
}

/** The off-ramp a status stands for, or null for a status on the filing path (used by tests and the page). */
export function offRampForStatus(status: DomainStatus): OffRamp | "invalid_or_rectification" | null {
  switch (status) {
    case "provider_returned":
      return "returned";
    case "authority_rejected":
      return "rejected";
    case "rectification_required":
      return "invalid_or_rectification";
    case "access_cancelled":
      return "access_cancelled";
    case "cancellation_pending":
      return "cancellation_pending";
    case "cancelled":
      return "cancelled";
    case "not_filed":
    case "provider_review":
    case "authority_review":
    case "sms_verification":
    case "approved_pending_sync":
    case "filed":
      return null;
    default:
      return assertNever(status);
  }
}
