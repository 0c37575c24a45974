import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

type NavLink = { href: string; label: string };

/**
 * The main navigation: the domain list (with a customer's reports and intake channels beside
 * it), then the staff and admin pages in two collapsible groups (a <details> each, so they open
 * and close without JavaScript and fit a phone's width).
 */
export async function SiteNav({ user }: { user: Pick<CurrentUser, "role"> }) {
  const t = await getTranslations("nav");
  const ti = await getTranslations("intake.nav");
  const tApi = await getTranslations("apiReference");
  const triage = can(user.role, "inbound:triage");
  // Customers see their own items at /inbound; whoever triages has the inbox instead.
  const own: NavLink[] =
    can(user.role, "intake:manage_own") && !triage && !can(user.role, "intake:manage_any")
      ? [
          { href: "/inbound", label: ti("inbound") },
          { href: "/intake", label: ti("channels") },
        ]
      : [];
  const staff: NavLink[] = can(user.role, "accounts:review")
    ? [
        { href: "/staff", label: t("staffQueue") },
        ...(triage ? [{ href: "/staff/inbox", label: ti("inbox") }] : []),
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
    ...(can(user.role, "intake:manage_any") ? [{ href: "/intake", label: ti("channels") }] : []),
    ...(can(user.role, "accounts:manage")
      ? [
          { href: "/admin/accounts", label: t("accounts") },
          { href: "/admin/domains", label: t("adminDomains") },
        ]
      : []),
    ...(can(user.role, "users:manage") ? [{ href: "/admin/users", label: t("users") }] : []),
    ...(can(user.role, "tokens:manage") ? [{ href: "/admin/tokens", label: t("apiTokens") }] : []),
  ];
  // The API reference serves integrators: admins (who hold the tokens) in their group, agents in theirs.
  const reference: NavLink = { href: "/api-reference", label: tApi("title") };
  if (admin.length) admin.push(reference);
  else if (staff.length) staff.push(reference);
  return (
    <nav aria-label={t("main")} className="site-nav">
      <Link href="/domains">{t("domains")}</Link>
      {own.map((link) => (
        <Link key={link.href} href={link.href}>
          {link.label}
        </Link>
      ))}
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
