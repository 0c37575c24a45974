// An audit entry's before and after as lines a person reads: only what changed, field names
// and values in the reader's language, no bookkeeping (versions, internal ids, the derived
// reason's English text), and words people typed (names, notes, e-mails) kept as typed.
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
/** Fields whose values are what a person typed or chose to call something. */
const USER_TEXT = new Set(["note", "name", "displayName", "email", "fileName", "url", "account", "domain", "prefix", "source", "agent"]);

const record = (v: Json | undefined): Record<string, Json> | null => (v && typeof v === "object" && !Array.isArray(v) ? v : null);

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
  const b = record(before);
  const a = record(after);
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
    const line: AuditLine = { key, label: words.label(key), to: show(key, a && key in a ? to : from, words), userText: USER_TEXT.has(key) };
    if (both) line.from = show(key, from, words);
    lines.push(line);
  }
  return lines;
}
