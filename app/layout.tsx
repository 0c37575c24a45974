import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "@/lib/i18n/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import { LanguageSwitcher } from "@/components/language-switcher";
import { NotificationBell } from "@/components/notifications/bell";
import { SignOutButton } from "@/components/sign-out-button";
import { SiteNav } from "@/components/site-nav";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("titles");
  const app = t("app");
  return {
    title: { default: app, template: `%s · ${app}` },
    description: "Where each domain's ICP filing stands and what to do next.",
    applicationName: app,
    // Served from public/ (scripts/make-icons.mjs renders the PNGs from icon.svg).
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
    },
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0a58ca" };

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
          {user ? <SiteNav user={user} /> : null}
          <div className="header-tools">
            <LanguageSwitcher />
            {user ? <NotificationBell /> : null}
            {user ? (
              <span className="whoami">
                {t("app.signedInAs", { email: user.email, role: t(`roles.${user.role}`) })}{" "}
                <SignOutButton label={t("app.signOut")} />
              </span>
            ) : null}
          </div>
        </header>
        <main id="main">
          {/* Only what the client components rendered on every page read (lib/i18n/client-messages.ts);
              each folder's layout hands over its own pages' (components/segment-messages.tsx). Without
              `messages`, next-intl puts every message into every page's payload. */}
          <NextIntlClientProvider messages={clientMessages(await getMessages())}>{children}</NextIntlClientProvider>
        </main>
        <footer className="site-footer">{t("app.timeZoneNote")}</footer>
      </body>
    </html>
  );
}
