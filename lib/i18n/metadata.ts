// Page titles in the reader's language: "Domains · ICP filing dashboard" / "域名 · ICP 备案状态面板".
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";

type TitleKey =
  | "domains" | "domain" | "login" | "users" | "newUser" | "user" | "adminDomains" | "adminDomain" | "imports" | "import"
  | "recordMessage" | "tokens" | "accounts" | "overview" | "audit" | "search" | "queue" | "accountReview" | "home"
  | "outbox" | "inbound" | "deliveries" | "notifications" | "notificationSettings" | "inbox" | "apiReference" | "intake";

/** `export const generateMetadata = titled("users")` in a page. */
export function titled(key: TitleKey): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations("titles"))(key) });
}
