import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { InboundList } from "@/components/intake/inbound-list";
import { ReportMessageForm } from "@/components/intake/report-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { listInbound } from "@/lib/intake/triage";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("inbound");

/** A customer's own inbound items (forwarded or reported) and what became of each. */
export default async function CustomerInboundPage() {
  const user = await requireUser();
  if (can(user.role, "inbound:triage")) {
    // Staff have the inbox itself.
    redirect("/staff/inbox");
  }
  if (user.role !== "customer" || !user.accountId) notFound();
  const items = await listInbound(await prisma(), user, {});
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("intake.customer");
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/intake">{t("toChannels")}</Link>
      </p>
      <div className="panel">
        <ReportMessageForm />
      </div>
      <InboundList items={items} locale={locale} staff={false} />
    </section>
  );
}
