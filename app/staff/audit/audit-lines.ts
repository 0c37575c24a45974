// An audit entry's before and after as lines a person reads: only what changed, field names
// and values in the reader's language, no bookkeeping (versions, internal ids, a derived
// reason's English text), and words people typed (names, notes, e-mails, a rejection's
// reason) kept as typed.
// Pure: the page passes the translations in.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type AuditLine = {
  key: string;
  /** Null when the field has no translated name (a field added since): shown as its key. */
  label: string | null;
  /** Absent when only one side recorded the field: a value, not a change. */
  from?: string;
  to: string;
  /** Words a person typed or named (a note, a name, an e-mail): shown as written. */
  userText: boolean;
};

export type AuditVocabulary = {
  label: (key: string) => string | null;
  /** A value in words (a status, a role, a state, a time); null to show it as it is. */
  value: (key: string, value: Json) => string | null;
  none: string;
  yes: string;
  no: string;
};

/** Fields never shown: bookkeeping and ids (the names beside them are shown instead). */
const HIDDEN = new Set(["version"]);
const isHidden = (event: string, key: string) =>
  HIDDEN.has(key) || /Id$/.test(key) || (event === "message.recorded" && key === "reason");
/**
 * English sentences derived from a code shown beside them, which entries written before the
 * code's particulars were data still hold: an intake decision's reason (`outcome`, `kind`
 * and `domains` say it now), and the pending item's reason a confirmation or rejection
 * recorded as its before.
 */
const derivedBefore = (event: string, key: string) => key === "reason" && (event === "inbound.confirmed" || event === "inbound.rejected");
const derivedAfter = (event: string, key: string) => key === "reason" && event === "inbound.received";
/** Fields whose values are what a person typed or chose to call something. */
const USER_TEXT = new Set(["note", "name", "displayName", "email", "fileName", "url", "account", "domain", "domains", "prefix", "source", "agent"]);
const isUserText = (event: string, key: string) => USER_TEXT.has(key) || (event === "inbound.rejected" && key === "reason");

const record = (v: Json | undefined): Record<string, Json> | null => (v && typeof v === "object" && !Array.isArray(v) ? v : null);

function without(side: Record<string, Json> | null, drop: (key: string) => boolean): Record<string, Json> | null {
  if (!side || !Object.keys(side).some(drop)) return side;
  return Object.fromEntries(Object.entries(side).filter(([key]) => !drop(key)));
}

function show(key: string, value: Json | undefined, words: AuditVocabulary): string {
  if (value === null || value === undefined) return words.none;
  const named = words.value(key, value);
  if (named !== null) return named;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length ? value.map((v) => show(key, v, words)).join(", ") : words.none;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function auditLines(event: string, before: Json | null, after: Json | null, words: AuditVocabulary): AuditLine[] {
  const b = without(record(before), (key) => derivedBefore(event, key));
  const a = without(record(after), (key) => derivedAfter(event, key));
  if (!b && !a) {
    if (before === null && after === null) return [];
    return [{ key: "value", label: null, from: show("value", before, words), to: show("value", after, words), userText: false }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const lines: AuditLine[] = [];
  for (const key of keys) {
    if (isHidden(event, key)) continue;
    const both = b !== null && a !== null && key in b && key in a;
    const from = b?.[key];
    const to = a?.[key];
    // Values both sides record unchanged are not changes.
    if (both && JSON.stringify(from) === JSON.stringify(to)) continue;
    const shown = a && key in a ? to : from;
    // A value stored as data (an intake's source) is worded by the vocabulary, not typed by anyone.
    const line: AuditLine = { key, label: words.label(key), to: show(key, shown, words), userText: isUserText(event, key) && record(shown) === null };
    if (both) line.from = show(key, from, words);
    lines.push(line);
  }
  return lines;
}
