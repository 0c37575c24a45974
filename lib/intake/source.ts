// Where an automatically recorded message came from: stored on the message (Message.source)
// and in its audit event, shown in the timeline in the reader's language.
export type MessageSource = {
  via: "sms" | "email" | "report";
  /** The SMS sender number or the e-mail's From address. */
  sender: string | null;
  /** The intake channel's name; null for a customer's report. */
  channel: string | null;
  /** Who reported it (a customer's report) or confirmed it in the inbox. */
  reportedBy: string | null;
  confirmedBy: string | null;
};

/** The messages of `intake.source`, as a translator of that namespace gives them. */
export type SourceWords = (key: "sms" | "email" | "report" | "unknownSender" | "via" | "confirmed", values?: Record<string, string>) => string;

/**
 * Where the message came from, in the reader's language ("SMS forwarded from 106…, via intake
 * 'Li's phone'"): the timeline's note and the audit log's value, from the same messages.
 */
export function sourceText(source: MessageSource, t: SourceWords): string {
  const sender = source.sender ?? t("unknownSender");
  return [
    source.via === "sms" ? t("sms", { sender }) : source.via === "email" ? t("email", { sender }) : t("report", { name: source.reportedBy ?? "" }),
    source.channel ? t("via", { channel: source.channel }) : null,
    source.confirmedBy ? t("confirmed", { name: source.confirmedBy }) : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export function parseSource(value: unknown): MessageSource | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.via !== "sms" && v.via !== "email" && v.via !== "report") return null;
  const str = (x: unknown): string | null => (typeof x === "string" ? x : null);
  return { via: v.via, sender: str(v.sender), channel: str(v.channel), reportedBy: str(v.reportedBy), confirmedBy: str(v.confirmedBy) };
}
