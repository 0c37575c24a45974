/**
 * The vocabulary of the ICP domain core: message kinds, domain statuses, action keys and the
 * small enums around them. Every key here is part of the public API (PRODUCT.md, "Deriving
 * status and actions": "Status keys and action keys below are part of the API: use them as
 * written"), so they are string unions shared by server, API and UI.
 */

export const MESSAGE_KINDS = [
  // Provider-side events (PRODUCT.md: "Provider-side events are recorded by staff like messages,
  // with channel `provider`").
  "filing_submitted",
  "provider_returned",
  "submitted_to_authority",
  "provider_synced",
  // MIIT messages and the provider's compliance notices about the MIIT record.
  "verification_code",
  "authority_rejected",
  "filing_approved",
  "filing_invalid",
  "icp_number_cancelled",
  "access_cancelled",
  "rectification_notice",
  "footer_notice",
  "cancellation_verification",
  "record_changed",
  // A record saying an earlier message was wrong (PRODUCT.md: "a wrong one is retracted by a new
  // record that says so"). It carries `retractsMessageId`.
  "retraction",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Kinds recorded from the provider's own pipeline; their channel is always `provider`. */
export const PROVIDER_EVENT_KINDS = [
  "filing_submitted",
  "provider_returned",
  "submitted_to_authority",
  "provider_synced",
] as const satisfies readonly MessageKind[];
export type ProviderEventKind = (typeof PROVIDER_EVENT_KINDS)[number];

/**
 * Kinds that arrive as messages to the owner: MIIT/管局 SMS (verification code, approval,
 * cancellation, record changed…) and the provider's compliance notices about the MIIT record
 * (empty-shell, rectification, footer; research §2 rows 9–11). The brief calls all of them
 * "MIIT messages" because they are about the MIIT record; `retraction` is neither.
 */
export const MIIT_KINDS = [
  "verification_code",
  "authority_rejected",
  "filing_approved",
  "filing_invalid",
  "icp_number_cancelled",
  "access_cancelled",
  "rectification_notice",
  "footer_notice",
  "cancellation_verification",
  "record_changed",
] as const satisfies readonly MessageKind[];
export type MiitKind = (typeof MIIT_KINDS)[number];

/**
 * Informational kinds never change the status; they only add their action (PRODUCT.md, wider
 * catalogue: `footer_notice` "unchanged", `record_changed` "unchanged (informational)").
 */
export const INFORMATIONAL_KINDS = ["footer_notice", "record_changed"] as const satisfies readonly MessageKind[];
export type InformationalKind = (typeof INFORMATIONAL_KINDS)[number];

export const DOMAIN_STATUSES = [
  "not_filed",
  "provider_review",
  "provider_returned",
  "authority_review",
  "sms_verification",
  "authority_rejected",
  "approved_pending_sync",
  "filed",
  "rectification_required",
  "access_cancelled",
  "cancellation_pending",
  "cancelled",
] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

export const ACTION_KEYS = [
  "resolve_domain_to_instance",
  "await_provider_sync",
  "display_icp_number",
  "complete_psb_filing",
  "check_public_query",
  "apply_new_icp_number",
  "point_domain_to_instance",
  "submit_transfer_application",
  "transfer_filing_to_new_provider",
  "confirm_hosting_facts",
  "complete_sms_verification",
  "correct_and_resubmit",
  "add_access_at_current_provider",
  "correct_filing_information",
  "fix_footer_icp_link",
  "confirm_cancellation",
  "remove_cancelled_icp_number",
] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

export const CHANNELS = ["sms", "email", "console", "letter", "provider"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Is the site still on this provider's servers? Decides the `filing_invalid` branch. */
export const HOSTING_VALUES = ["provider", "elsewhere", "unknown"] as const;
export type Hosting = (typeof HOSTING_VALUES)[number];

/** Has the filing's access (transfer) with this provider been cancelled? */
export const PROVIDER_ACCESS_VALUES = ["active", "cancelled", "unknown"] as const;
export type ProviderAccess = (typeof PROVIDER_ACCESS_VALUES)[number];

export const ACTION_STATES = ["open", "in_progress", "done", "dismissed", "superseded"] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** Ordered from most to least pressing. */
export const URGENCIES = ["urgent", "high", "normal", "low"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const STATUS_TONES = ["ok", "waiting", "attention", "danger", "neutral"] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

/** The two facts the customer may be asked about (PRODUCT.md, `filing_invalid` row). */
export const FACT_QUESTIONS = ["hosting", "providerAccess"] as const;
export type FactQuestion = (typeof FACT_QUESTIONS)[number];

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

export const isMessageKind = (value: unknown): value is MessageKind => isOneOf(MESSAGE_KINDS, value);
export const isDomainStatus = (value: unknown): value is DomainStatus => isOneOf(DOMAIN_STATUSES, value);
export const isActionKey = (value: unknown): value is ActionKey => isOneOf(ACTION_KEYS, value);
export const isHosting = (value: unknown): value is Hosting => isOneOf(HOSTING_VALUES, value);
export const isProviderAccess = (value: unknown): value is ProviderAccess =>
  isOneOf(PROVIDER_ACCESS_VALUES, value);
export const isActionState = (value: unknown): value is ActionState => isOneOf(ACTION_STATES, value);

export const isProviderEventKind = (kind: MessageKind): kind is ProviderEventKind =>
  isOneOf(PROVIDER_EVENT_KINDS, kind);
export const isInformationalKind = (kind: MessageKind): kind is InformationalKind =>
  isOneOf(INFORMATIONAL_KINDS, kind);

/** Used by a caller for exhaustive switches: `default: return assertNever(x)`. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

/**
 * The channel a message of this kind normally arrives on, as the default for the recording form.
 * Provider events are always `provider` (PRODUCT.md). MIIT/管局 messages are SMS (research §2:
 * "MIIT/管局 SMS goes to the leaders' numbers"); the provider's rectification notice is an email
 * in the real example [Blog-email], the footer notice an SMS [Blog-SMS], the empty-shell notice
 * "email/SMS" (research §2 row 9; we default to email, the admin may change it).
 */
export function defaultChannelForKind(kind: MessageKind): Channel {
  if (isProviderEventKind(kind)) return "provider";
  switch (kind) {
    case "verification_code":
    case "authority_rejected":
    case "filing_approved":
    case "icp_number_cancelled":
    case "access_cancelled":
    case "footer_notice":
    case "cancellation_verification":
    case "record_changed":
      return "sms";
    case "filing_invalid":
    case "rectification_notice":
      return "email";
    case "retraction":
      return "console";
    default:
      return assertNever(kind);
  }
}
