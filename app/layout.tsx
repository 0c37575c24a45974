import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language-switcher";
import { SignOutButton } from "@/components/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ICP filing dashboard", template: "%s · ICP filing dashboard" },
  description: "Where each domain's ICP filing stands and what to do next.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations();
  const user = await getCurrentUser();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            {t("app.name")}
          </Link>
          {user ? (
            <nav aria-label={t("nav.main")}>
              <Link href="/domains">{t("nav.domains")}</Link>
              {can(user.role, "users:manage") ? <Link href="/admin/users">{t("nav.users")}</Link> : null}
              {can(user.role, "messages:record") ? (
                <>
                  <Link href="/admin/messages">{t("nav.recordMessage")}</Link>
                  <Link href="/admin/imports">{t("nav.imports")}</Link>
                </>
              ) : null}
              {can(user.role, "accounts:manage") ? (
                <>
                  <Link href="/admin/accounts">{t("nav.accounts")}</Link>
                  <Link href="/admin/domains">{t("nav.adminDomains")}</Link>
                </>
              ) : null}
              {can(user.role, "tokens:manage") ? <Link href="/admin/tokens">{t("nav.apiTokens")}</Link> : null}
              {can(user.role, "accounts:review") ? (
                <>
                  <Link href="/staff">{t("nav.staffQueue")}</Link>
                  <Link href="/staff/search">{t("nav.staffSearch")}</Link>
                  <Link href="/staff/audit">{t("nav.staffAudit")}</Link>
                  <Link href="/staff/overview">{t("nav.staffOverview")}</Link>
                </>
              ) : null}
            </nav>
          ) : null}
          <div className="header-tools">
            <LanguageSwitcher />
            {user ? (
              <span className="whoami">
                {t("app.signedInAs", { email: user.email, role: t(`roles.${user.role}`) })}{" "}
                <SignOutButton label={t("app.signOut")} />
              </span>
            ) : null}
          </div>
        </header>
        <main id="main">
          <NextIntlClientProvider>{children}</NextIntlClientProvider>
        </main>
        <footer className="site-footer">{t("app.timeZoneNote")}</footer>
      </body>
    </html>
  );
}
