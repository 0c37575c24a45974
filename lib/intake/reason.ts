// Why an inbound item waits, as data: a code (InboundItem.reasonCode) and, for a decision of
// the intake rules, its parameters (the kind the text read like, the domains it named), kept
// as JSON in InboundItem.reason. Pages word them from messages in the reader's language
// (intake.reasonDetail); the API's `reason` is the same words in English. A rejection's reason
// is what the agent typed. A failed recording's is the use case's error as data too: its code
// (lib/errors.ts), the kind it was recorded as and the fields the error named, with the use
// case's English sentence beside them for the API (intake.recordError words it). Rows stored
// before the parameters were data hold an English sentence: for a rule's decision pages leave
// it out (the code's message says the same), a failed recording's error they show as it is,
// marked English. Pure: callers pass the translator.
import { ERROR_CODES, type ErrorCode } from "@/lib/errors";
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
  /** A failed recording: the use case's error in English, with its code and particulars (null for rows stored before). */
  | { type: "error"; text: string; error: RecordError | null }
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
  if (code === "record_failed") {
    if (!reason) return { type: "none" };
    const stored = parseRecordError(reason);
    return stored ? { type: "error", text: stored.message, error: stored.error } : { type: "error", text: reason, error: null };
  }
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

/** Why recording failed: the use case's error code (AppError.code), or internal_error for anything unexpected. */
export type RecordErrorCode = ErrorCode | "internal_error";

export const RECORD_ERROR_CODES = [...ERROR_CODES, "internal_error"] as const satisfies readonly RecordErrorCode[];
const isRecordErrorCode = (code: string): code is RecordErrorCode => (RECORD_ERROR_CODES as readonly string[]).includes(code);

/** The fields of recordMessage's input an error can name (AppError.fields); others are not kept. */
export const RECORD_ERROR_FIELDS = ["domain", "text", "receivedAt", "kind", "deadline", "icpNumbers", "retractsMessageId"] as const;
export type RecordErrorField = (typeof RECORD_ERROR_FIELDS)[number];
const isRecordErrorField = (name: string): name is RecordErrorField => (RECORD_ERROR_FIELDS as readonly string[]).includes(name);

/** A failed recording's particulars: the error's code, the kind it was recorded as, the fields the error named. */
export type RecordError = { code: RecordErrorCode; kind?: MessageKind; fields?: readonly RecordErrorField[] };

/** The longest English sentence kept with a failed recording's code. */
const MAX_ERROR_MESSAGE = 500;

/** What InboundItem.reason stores for a failed recording: its particulars and the use case's English sentence. */
export function storeRecordError(error: { code: RecordErrorCode; kind?: MessageKind | null; fields?: readonly string[] }, message: string): string {
  const fields = [...new Set((error.fields ?? []).filter(isRecordErrorField))];
  return JSON.stringify({
    error: error.code,
    ...(error.kind ? { kind: error.kind } : {}),
    ...(fields.length ? { fields } : {}),
    message: message.slice(0, MAX_ERROR_MESSAGE),
  });
}

function parseRecordError(text: string): { error: RecordError; message: string } | null {
  if (!text.startsWith("{")) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    const v = value as Record<string, unknown>;
    if (typeof v.error !== "string" || !isRecordErrorCode(v.error) || typeof v.message !== "string") return null;
    const error: RecordError = { code: v.error };
    if (typeof v.kind === "string" && isMessageKind(v.kind)) error.kind = v.kind;
    if (Array.isArray(v.fields)) {
      const fields = v.fields.filter((f): f is RecordErrorField => typeof f === "string" && isRecordErrorField(f));
      if (fields.length) error.fields = fields;
    }
    return { error, message: v.message };
  } catch {
    return null;
  }
}

/** The message keys of intake.recordError. */
export type RecordErrorKey = `code.${RecordErrorCode}` | `field.${RecordErrorField}` | "withFields" | "asKind";

export type RecordErrorWording = {
  /** A translator over intake.recordError. */
  t: (key: RecordErrorKey, values?: { error?: string; fields?: string; kind?: string }) => string;
  kindTitle: (kind: MessageKind) => string;
  /** Between two field names: ", " in English, "、" in Chinese. */
  separator: string;
};

/** A failed recording's error in words: what the code means, the fields it named, the kind it was recorded as. */
export function wordRecordError(error: RecordError, words: RecordErrorWording): string {
  let text = words.t(`code.${error.code}`);
  if (error.fields?.length) text = words.t("withFields", { error: text, fields: error.fields.map((f) => words.t(`field.${f}`)).join(words.separator) });
  if (error.kind) text = words.t("asKind", { error: text, kind: words.kindTitle(error.kind) });
  return text;
}
