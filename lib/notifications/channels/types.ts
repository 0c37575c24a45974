// What every channel's send() answers; the worker logs it as one delivery attempt.
export type SendOutcome =
  /** Accepted by the channel (an SMTP server, a bot, the database). */
  | { outcome: "sent"; responseCode?: number | null; detail?: string }
  /** Failed, worth retrying (network error, timeout, 5xx, 429). */
  | { outcome: "failed"; responseCode?: number | null; error: string }
  /** Failed for good (a refused address, a 4xx, no e-mail address): not retried. */
  | { outcome: "refused"; responseCode?: number | null; error: string };

export function outcomeOfStatus(status: number, body: string): SendOutcome {
  if (status >= 200 && status < 300) return { outcome: "sent", responseCode: status };
  const error = `HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ""}`;
  if (status === 429 || status >= 500 || status === 408) return { outcome: "failed", responseCode: status, error };
  return { outcome: "refused", responseCode: status, error };
}
