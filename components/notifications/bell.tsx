// The bell on every page: rendered on the server with the unread count (read with the user,
// lib/auth/session.ts), kept fresh by the client part (bell-count.tsx) while the page stays open.
import { getTranslations } from "@/lib/i18n/server";
import { unreadNotificationsOfCurrentUser } from "@/lib/auth/session";
import { BellLink } from "./bell-count";

export async function NotificationBell() {
  const t = await getTranslations("notifications");
  const count = await unreadNotificationsOfCurrentUser();
  // "#" stands for the count, filled in by the client as it changes.
  return <BellLink key={count} initial={count} label={t("bell")} unreadLabel={t("bellUnread", { count: "#" })} />;
}
