// The bell on every page: rendered on the server with the unread count, kept fresh by the
// client part (bell-count.tsx) while the page stays open.
import { getTranslations } from "@/lib/i18n/server";
import { prisma } from "@/lib/db";
import { unreadCount } from "@/lib/notifications/inbox";
import { BellLink } from "./bell-count";

export async function NotificationBell({ userId }: { userId: string }) {
  const t = await getTranslations("notifications");
  const count = await unreadCount(await prisma(), userId);
  // "#" stands for the count, filled in by the client as it changes.
  return <BellLink key={count} initial={count} label={t("bell")} unreadLabel={t("bellUnread", { count: "#" })} />;
}
