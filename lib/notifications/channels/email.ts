// E-mail channel over SMTP (nodemailer): SMTP_URL=smtp://user:pass@host:port and
// MAIL_FROM. Without SMTP_URL (the embedded demo) the e-mail is kept in the database,
// where an admin reads it on the Outbox page, so nothing is lost.
import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SendOutcome } from "./types";

export type Email = { deliveryId: string; eventId: string; to: string; locale: string; subject: string; text: string; html: string };

let cached: { url: string; transporter: Transporter } | undefined;

/** Milliseconds. Without them nodemailer waits 2 min to connect, 30 s for the greeting and 10 min of silence, holding a delivery slot that long. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

/**
 * SMTP_URL with the timeouts added unless the URL sets them itself. nodemailer reads a URL's
 * query as transport options (`?connectionTimeout=5000`, `?tls.rejectUnauthorized=false`), but
 * ignores options passed beside a URL, so they go into the URL.
 */
export function transportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function transporterFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(transportUrl(url)) };
  return cached.transporter;
}

export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_FROM?.trim() || "ICP filing dashboard <no-reply@localhost>";
}

function host(): string {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? "http://localhost").hostname || "localhost";
  } catch {
    return "localhost";
  }
}

export async function send(db: Pick<PrismaClient, "outboxEmail">, email: Email, env: NodeJS.ProcessEnv = process.env): Promise<SendOutcome> {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) {
    await db.outboxEmail.createMany({
      data: [{ deliveryId: email.deliveryId, to: email.to, subject: email.subject, text: email.text, html: email.html, locale: email.locale }],
      skipDuplicates: true,
    });
    return { outcome: "sent", detail: "kept in the Outbox (no SMTP_URL)" };
  }
  try {
    const info = await transporterFor(smtpUrl).sendMail({
      from: mailFrom(env),
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      // One Message-ID per delivery: a receiver can recognise a resend after a crash.
      messageId: `<${email.deliveryId}@${host()}>`,
      headers: { "X-ICP-Event-Id": email.eventId, "Content-Language": email.locale },
    });
    const code = Number(/^(\d{3})/.exec(info.response ?? "")?.[1] ?? 250);
    return { outcome: "sent", responseCode: code, detail: info.response };
  } catch (error) {
    const err = error as { responseCode?: number; message?: string };
    const code = typeof err.responseCode === "number" ? err.responseCode : null;
    // 5xx from the SMTP server is permanent (bad address); anything else is retried.
    if (code !== null && code >= 500) return { outcome: "refused", responseCode: code, error: err.message ?? String(error) };
    return { outcome: "failed", responseCode: code, error: err.message ?? String(error) };
  }
}
