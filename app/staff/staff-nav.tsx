import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "./staff.module.css";

const LINKS = [
  { href: "/staff", key: "queue" },
  { href: "/staff/search", key: "search" },
  { href: "/staff/audit", key: "audit" },
  { href: "/staff/overview", key: "overview" },
] as const;

/** The staff pages' own navigation, marking the current page for screen readers too. */
export async function StaffNav({ current }: { current: (typeof LINKS)[number]["key"] | null }) {
  const t = await getTranslations("staff.nav");
  return (
    <nav aria-label={t("label")} className={styles.subnav}>
      {LINKS.map((link) => (
        <Link key={link.key} href={link.href} aria-current={current === link.key ? "page" : undefined}>
          {t(link.key)}
        </Link>
      ))}
    </nav>
  );
}
