import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { normaliseDomainName } from "@/lib/domain-name";
import type { Locale } from "@/lib/i18n/locales";
import { accountNames } from "@/lib/queries/admin-accounts";
import { findDomainRecordForAdmin } from "@/lib/queries/admin-domains";
import { FilingForm, MoveDomainForm } from "../domain-forms";
import "../../messages/admin.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("adminDomain");

type Props = { params: Promise<{ name: string }> };

export default async function AdminDomainPage({ params }: Props) {
  const user = await requirePermission("accounts:manage");
  const normalised = normaliseDomainName(decodeURIComponent((await params).name));
  if (!normalised) notFound();
  const db = await prisma();
  const [domain, accounts] = await Promise.all([findDomainRecordForAdmin(db, user, normalised.name), accountNames(db, user)]);
  if (!domain) notFound();
  const t = await getTranslations("admin.domains");
  const locale = (await getLocale()) as Locale;
  const encoded = encodeURIComponent(domain.name);
  return (
    <div className="stack admin-page">
      <p>
        <Link href="/admin/domains">← {t("back")}</Link>
      </p>
      <header className="panel">
        <h1>{domain.displayName}</h1>
        {domain.displayName !== domain.name ? <p className="muted">{domain.name}</p> : null}
        <p>
          {t("account")}: {domain.account.name} · <StatusBadge status={domain.status} locale={locale} /> ·{" "}
          {t("messageCount", { count: domain._count.messages })}
        </p>
        <p className="button-row">
          <Link href={`/domains/${encoded}`}>{t("dashboardLink")}</Link>
          <Link href={`/admin/messages?domain=${encoded}`}>{t("recordLink")}</Link>
        </p>
      </header>
      <section className="panel" aria-labelledby="move-heading">
        <h2 id="move-heading">{t("moveHeading")}</h2>
        <MoveDomainForm domain={domain.name} accountId={domain.account.id} accounts={accounts} />
      </section>
      <section className="panel" aria-labelledby="filing-heading">
        <h2 id="filing-heading">{t("filingHeading")}</h2>
        <p className="muted small">{t("filingIntro")}</p>
        <FilingForm
          domain={domain.name}
          filing={{
            icpNumber: domain.icpNumber ?? "",
            icpEntityNumber: domain.icpEntityNumber ?? "",
            filingType: domain.filingType ?? "",
            providerStage: domain.providerStage ?? "",
          }}
        />
      </section>
    </div>
  );
}
