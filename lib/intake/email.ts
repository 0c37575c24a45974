// An e-mail handed over by a mail relay as raw MIME (Content-Type: message/rfc822), parsed by
// mailparser: multipart, transfer encodings and charsets (GBK/GB2312 included) are its job.
// An HTML-only body is read as text (mailparser's html-to-text); the HTML itself is never kept.
import { convert } from "html-to-text";
import { simpleParser } from "mailparser";

export type ParsedEmail = {
  /** The From address (or its display form when there is no address). */
  sender: string | null;
  subject: string | null;
  /** The Date header, when present and readable. */
  date: Date | null;
  messageId: string | null;
  /** The plain text body, or the HTML body read as text. */
  text: string;
};

export async function parseEmail(raw: Uint8Array): Promise<ParsedEmail> {
  const mail = await simpleParser(Buffer.from(raw), { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const from = mail.from?.value[0];
  const sender = from?.address || mail.from?.text || null;
  const date = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  let text = (mail.text ?? "").trim();
  // mailparser converts HTML to text only for a message without a text part at its root; an
  // HTML part inside multipart/mixed (next to attachments) comes back as HTML alone.
  if (!text && typeof mail.html === "string") {
    text = convert(mail.html, { wordwrap: false, selectors: [{ selector: "img", format: "skip" }, { selector: "a", options: { ignoreHref: true } }] });
  }
  text = text.replace(/\r\n/g, "\n").trim();
  return { sender, subject: mail.subject?.trim() || null, date, messageId: mail.messageId ?? null, text };
}
