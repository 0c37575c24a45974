// The use cases and the importer answer in English sentences (the API's language, decision
// 0004); the record page and the import report show them in the reader's language. Each known
// sentence is matched here and named by a message key with its values; a sentence without a
// key yet is shown as written, marked as English (lang="en") by the caller.

export type ServerTextKey =
  | "nameDomain"
  | "notDateTime"
  | "notDate"
  | "inFuture"
  | "receivedInFuture"
  | "pasteText"
  | "textEmpty"
  | "textTooLong"
  | "notDomain"
  | "notDomainValue"
  | "unknownDomain"
  | "domainMissing"
  | "domainMissingAdd"
  | "unclassifiable"
  | "unclassifiableField"
  | "notIcpNumber"
  | "notIcpNumberValue"
  | "chooseEvent"
  | "alreadyRecorded"
  | "sameAsRow"
  | "notObject"
  | "unknownField"
  | "mustBeString"
  | "unknownKind"
  | "unknownChannel"
  | "fieldIsNotDate"
  | "required"
  | "nameAccount"
  | "atMostChars"
  | "alreadyTaken"
  | "unexpected";

export type ServerText = { key: ServerTextKey; values: Record<string, string> };

const PATTERNS: [RegExp, ServerTextKey, ...string[]][] = [
  [/^Name the domain\.$/, "nameDomain"],
  [/^Not a date-time \(China time, e\.g\. .+\)\.$/, "notDateTime"],
  [/^(?:receivedAt|deadline) is not a date-time\.$/, "notDateTime"],
  [/^Not a date\.$/, "notDate"],
  [/^(receivedAt|deadline) is not a date\.$/, "fieldIsNotDate", "field"],
  [/^Must not lie in the future\.$/, "inFuture"],
  [/^receivedAt lies in the future\.$/, "receivedInFuture"],
  [/^Paste the message text\.$/, "pasteText"],
  [/^Paste the message text first\.$/, "pasteText"],
  [/^The message text is empty\.$/, "textEmpty"],
  [/^The text is longer than 20,000 characters\.$/, "textTooLong"],
  [/^Not a domain name\.$/, "notDomain"],
  [/^"(.+)" is not a domain name\.$/, "notDomainValue", "value"],
  [/^Unknown domain\.$/, "unknownDomain"],
  [/^The domain (.+) does not exist\. Add it on the Domains page first\.$/, "domainMissingAdd", "domain"],
  [/^The domain (.+) does not exist\.$/, "domainMissing", "domain"],
  [/^The text could not be classified as an ICP filing message; choose its kind\.$/, "unclassifiable"],
  [/^Unclassifiable text: choose the kind\.$/, "unclassifiableField"],
  [/^Not an ICP number, e\.g\. .+\.$/, "notIcpNumber"],
  [/^"(.+)" is not an ICP number\.$/, "notIcpNumberValue", "value"],
  [/^Choose the event\.$/, "chooseEvent"],
  [/^Already recorded \(same domain, received-at and text\)\.$/, "alreadyRecorded"],
  [/^Same message as row (\d+)\.$/, "sameAsRow", "row"],
  [/^Not an object with the columns as keys\.$/, "notObject"],
  [/^Unknown field "(.+)"\. The fields are (.+)\.$/, "unknownField", "field", "fields"],
  [/^"(.+)" must be a string\.$/, "mustBeString", "field"],
  [/^(?:kind: )?Unknown message kind\.$/, "unknownKind"],
  [/^(?:channel: )?Unknown channel\.$/, "unknownChannel"],
  [/^Required\.$/, "required"],
  [/^Name the account\.$/, "nameAccount"],
  [/^At most (\d+) characters\.$/, "atMostChars", "count"],
  [/^Already taken\.$/, "alreadyTaken"],
  [/^Unexpected error\.$/, "unexpected"],
];

/** One sentence as a message key and its values; null when it has no key yet. */
export function matchServerText(text: string): ServerText | null {
  const sentence = text.trim();
  for (const [pattern, key, ...names] of PATTERNS) {
    const match = pattern.exec(sentence);
    if (match) return { key, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ""])) };
  }
  return null;
}

/**
 * A whole answer, which may join several sentences ("kind: Unknown message kind.; text: …"),
 * as its parts; a part without a key keeps its English text.
 */
export function matchServerTexts(text: string): (ServerText | { key: null; text: string })[] {
  return text
    .split(/;\s+/)
    .map((part) => matchServerText(part) ?? matchServerText(part.replace(/^[\w.]+: /, "")) ?? { key: null, text: part });
}

/** The answer in the reader's language through `t` (a translator of the admin.serverText keys), or null for a part without a key. */
export function localiseServerText(text: string, t: (key: ServerTextKey, values: Record<string, string>) => string): { text: string; complete: boolean } {
  const parts = matchServerTexts(text);
  return {
    text: parts.map((p) => (p.key === null ? p.text : t(p.key, p.values))).join("；"),
    complete: parts.every((p) => p.key !== null),
  };
}
