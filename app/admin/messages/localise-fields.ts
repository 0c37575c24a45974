import "server-only";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { localiseServerText } from "./server-text";

/** A use case's field messages (English sentences) in the reader's language, where they have a key. */
export async function localiseFields(fields: Record<string, string>): Promise<Record<string, string>> {
  if ((await getLocale()) === "en") return fields;
  const t = await getTranslations("admin.serverText");
  return Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, localiseServerText(text, (key, values) => t(key, values)).text]));
}
