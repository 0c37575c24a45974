import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

type NavLink = { href: string; label: string };

/**
 * The main navigation: the domain list, then the staff and admin pages in two collapsible groups
 * (a <details> each, so they open and close without JavaScript and fit a phone's width).
 */
export async function SiteNav({ user }: { user: Pick<CurrentUser, "role"> }) {
  const t = await getTranslations("nav");
  const staff: NavLink[] = can(user.role, "accounts:review")
    ? [
        { href: "/staff", label: t("staffQueue") },
        { href: "/staff/search", label: t("staffSearch") },
        { href: "/staff/audit", label: t("staffAudit") },
        { href: "/staff/overview", label: t("staffOverview") },
      ]
    : [];
  const admin: NavLink[] = [
    ...(can(user.role, "messages:record")
      ? [
          { href: "/admin/messages", label: t("recordMessage") },
          { href: "/admin/imports", label: t("imports") },
        ]
      : []),
    ...(can(user.role, "accounts:manage")
      ? [
          { href: "/admin/accounts", label: t("accounts") },
          { href: "/admin/domains", label: t("adminDomains") },
        ]
      : []),
    ...(can(user.role, "users:manage") ? [{ href: "/admin/users", label: t("users") }] : []),
    ...(can(user.role, "tokens:manage") ? [{ href: "/admin/tokens", label: t("apiTokens") }] : []),
  ];
  return (
    <nav aria-label={t("main")} className="site-nav">
      <Link href="/domains">{t("domains")}</Link>
      {staff.length ? <NavGroup label={t("groupStaff")} links={staff} /> : null}
      {admin.length ? <NavGroup label={t("groupAdmin")} links={admin} /> : null}
    </nav>
  );
}

function NavGroup({ label, links }: { label: string; links: NavLink[] }) {
  return (
    <details className="nav-group">
      <summary>{label}</summary>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
