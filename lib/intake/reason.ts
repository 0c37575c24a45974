// Why an inbound item waits, as data: a code (InboundItem.reasonCode) and, for a decision of
// the intake rules, its parameters (the kind the text read like, the domains it named), kept
// as JSON in InboundItem.reason. Pages word them from messages in the reader's language
// (intake.reasonDetail); the API's `reason` is the same words in English. A rejection's reason
// is what the agent typed, a failed recording's the use case's English error; rows stored
// before the parameters were data hold an English sentence, which pages leave out (the
// code's message says the same). Pure: callers pass the translator.
import { isMessageKind, type MessageKind } from "@/lib/icp";

export type ReasonCode =
  | "recording"
  | "no_domain"
  | "several_domains"
  | "foreign_domain"
  | "not_confident"
  | "duplicate_message"
  | "record_failed"
  | "rejected";

/** A rule's decision's particulars; a domain of another account is never named. */
export type ReasonParams = { kind?: MessageKind; domains?: string[] };

const RULE_REASONS: ReadonlySet<string> = new Set(["no_domain", "several_domains", "foreign_domain", "not_confident", "duplicate_message"]);

/** What InboundItem.reason stores for a rule's decision. */
export function storeReasonParams(params: ReasonParams): string {
  return JSON.stringify(params);
}

export type StoredReason =
  /** A rule's decision, with its parameters. */
  | { type: "params"; params: ReasonParams }
  /** A rule's decision stored as an English sentence (before parameters were data). */
  | { type: "legacy"; text: string }
  /** A rejection: the words the agent typed. */
  | { type: "typed"; text: string }
  /** A failed recording: the use case's error, in English. */
  | { type: "error"; text: string }
  | { type: "none" };

function parseParams(text: string): ReasonParams | null {
  if (!text.startsWith("{")) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    const v = value as Record<string, unknown>;
    const params: ReasonParams = {};
    if (typeof v.kind === "string" && isMessageKind(v.kind)) params.kind = v.kind;
    if (Array.isArray(v.domains)) params.domains = v.domains.filter((d): d is string => typeof d === "string");
    return params;
  } catch {
    return null;
  }
}

/** InboundItem's reasonCode and reason, read back. */
export function readStoredReason(code: string | null, reason: string | null): StoredReason {
  if (code === "rejected") return reason ? { type: "typed", text: reason } : { type: "none" };
  if (code === "record_failed") return reason ? { type: "error", text: reason } : { type: "none" };
  if (!code || !RULE_REASONS.has(code)) return { type: "none" };
  if (!reason) return { type: "params", params: {} };
  const params = parseParams(reason);
  return params ? { type: "params", params } : { type: "legacy", text: reason };
}

/** The message keys of intake.reasonDetail. */
export type ReasonDetailKey =
  | "no_domain"
  | "several_domains"
  | "foreign_domain"
  | "foreign_domain_unnamed"
  | "not_confident"
  | "unclassified"
  | "duplicate_message";

/** Which sentence a rule's decision is, and with what; null for a code that is no rule's. */
export function reasonDetail(code: string, params: ReasonParams): { key: ReasonDetailKey; kind: MessageKind | null; domains: string[] } | null {
  const domains = params.domains ?? [];
  const kind = params.kind ?? null;
  switch (code) {
    case "no_domain":
    case "duplicate_message":
      return { key: code, kind, domains };
    case "several_domains":
      return { key: "several_domains", kind, domains };
    case "foreign_domain":
      return { key: domains.length ? "foreign_domain" : "foreign_domain_unnamed", kind, domains };
    case "not_confident":
      return { key: kind ? "not_confident" : "unclassified", kind, domains };
    default:
      return null;
  }
}

export type ReasonWording = {
  /** A translator over intake.reasonDetail. */
  t: (key: ReasonDetailKey, values: { kind: string; domains: string }) => string;
  kindTitle: (kind: MessageKind) => string;
  /** Between two domain names: ", " in English, "、" in Chinese. */
  separator: string;
};

/** A rule's decision in words; null for a code that is no rule's. */
export function wordDecision(code: string | null, params: ReasonParams, words: ReasonWording): string | null {
  const detail = code ? reasonDetail(code, params) : null;
  if (!detail) return null;
  return words.t(detail.key, { kind: detail.kind ? words.kindTitle(detail.kind) : "", domains: detail.domains.join(words.separator) });
}

/** A stored reason in words, when it is a rule's decision with its parameters; otherwise null. */
export function wordReason(code: string | null, reason: string | null, words: ReasonWording): string | null {
  const stored = readStoredReason(code, reason);
  return stored.type === "params" ? wordDecision(code, stored.params, words) : null;
}
