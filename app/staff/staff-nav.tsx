import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import styles from "./staff.module.css";

const LINKS = [
  { href: "/staff", key: "queue" },
  { href: "/staff/inbox", key: "inbox" },
  { href: "/staff/search", key: "search" },
  { href: "/staff/audit", key: "audit" },
  { href: "/staff/overview", key: "overview" },
] as const;

type Key = (typeof LINKS)[number]["key"];

/** The staff pages' own navigation, marking the current page for screen readers too. */
export async function StaffNav({ current }: { current: Key | null }) {
  const t = await getTranslations("staff.nav");
  const ti = await getTranslations("intake.nav");
  // The same request's user (cached): the inbox only for those who triage it.
  const user = await getCurrentUser();
  const links = LINKS.filter((link) => link.key !== "inbox" || (user && can(user.role, "inbound:triage")));
  return (
    <nav aria-label={t("label")} className={styles.subnav}>
      {links.map((link) => (
        <Link key={link.key} href={link.href} aria-current={current === link.key ? "page" : undefined}>
          {link.key === "inbox" ? ti("inbox") : t(link.key)}
        </Link>
      ))}
    </nav>
  );
}
