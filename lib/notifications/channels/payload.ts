// The facts a webhook carries about an event, in both languages: the same for every
// kind of webhook, which each channel file shapes into its bot's own format.
export type WebhookMessage = {
  eventId: string;
  event: string;
  category: string;
  urgent: boolean;
  domain: string | null;
  actionKey: string | null;
  url: string | null;
  createdAt: string;
  en: { title: string; body: string };
  zh: { title: string; body: string };
};

export type WebhookTarget = { id: string; url: string; secret: string | null };

/** Chinese first (the bots' users read it), then English. */
export function botText(message: WebhookMessage): string {
  return [
    message.zh.title,
    message.zh.body,
    "",
    message.en.title,
    message.en.body,
    ...(message.url ? ["", message.url] : []),
  ].join("\n");
}
