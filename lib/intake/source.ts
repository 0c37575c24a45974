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

/** The source in English, for the audit log and the API. */
export function describeSource(source: MessageSource): string {
  const base =
    source.via === "sms"
      ? `SMS forwarded from ${source.sender ?? "an unknown number"}`
      : source.via === "email"
        ? `E-mail from ${source.sender ?? "an unknown sender"}`
        : `Reported by ${source.reportedBy ?? "the customer"}`;
  const via = source.channel ? ` via intake '${source.channel}'` : "";
  const confirmed = source.confirmedBy ? `, confirmed by ${source.confirmedBy}` : "";
  return `${base}${via}${confirmed}`;
}

export function parseSource(value: unknown): MessageSource | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.via !== "sms" && v.via !== "email" && v.via !== "report") return null;
  const str = (x: unknown): string | null => (typeof x === "string" ? x : null);
  return { via: v.via, sender: str(v.sender), channel: str(v.channel), reportedBy: str(v.reportedBy), confirmedBy: str(v.confirmedBy) };
}
