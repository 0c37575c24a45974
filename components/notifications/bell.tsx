// The bell on every page: a link to the notifications page with the unread count,
// rendered on the server and kept fresh by a small poller while the page stays open.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { unreadCount } from "@/lib/notifications/inbox";
import { BellCount } from "./bell-count";

export async function NotificationBell({ userId }: { userId: string }) {
  const t = await getTranslations("notifications");
  const count = await unreadCount(await prisma(), userId);
  return (
    <Link href="/notifications" className="notification-bell" data-testid="notification-bell" aria-label={t("bellUnread", { count })}>
      <span aria-hidden="true">🔔</span>
      <BellCount key={count} initial={count} label={t("bell")} />
    </Link>
  );
}
