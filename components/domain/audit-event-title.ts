import { getTranslations } from "@/lib/i18n/server";

/** "message.recorded" → "Message recorded" in the user's language; unknown events as written. */
export async function auditEventTitle(event: string): Promise<string> {
  const t = await getTranslations("staff.events");
  const key = event.replace(".", "_");
  return t.has(key as "message_recorded") ? t(key as "message_recorded") : event;
}
