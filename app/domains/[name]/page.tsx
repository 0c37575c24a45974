import { can } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { DomainActions } from "@/components/domain/domain-actions";
import { DomainHistory } from "@/components/domain/domain-history";
import { FilingProgress } from "@/components/domain/filing-progress";
import { FilingRecord } from "@/components/domain/filing-record";
import { LiveRefresh } from "@/components/domain/live-refresh";
import { MessageTimeline } from "@/components/domain/message-timeline";
import { ReportMessageForm } from "@/components/intake/report-form";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { normaliseDomainName } from "@/lib/domain-name";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { findDomainForUser } from "@/lib/queries/domain-detail";
import { findDomainVersion } from "@/lib/queries/domain-version";
import { scopeOf } from "@/lib/queries/scope";
import { pendingRecheck } from "@/lib/icp";

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: normaliseDomainName(decodeURIComponent(name))?.displayName ?? (await getTranslations("titles"))("domain") };
}

export default async function DomainPage({ params }: Props) {
  const user = await requirePermission("domains:read_own");
  const normalised = normaliseDomainName(decodeURIComponent((await params).name));
  if (!normalised) notFound();
  const db = await prisma();
  // Read before the page's data: a change made while it renders moves the version, so the page refreshes again.
  const version = await findDomainVersion(db, user, normalised.name);
  const domain = await findDomainForUser(db, user, normalised.name);
  // Another account's domain answers exactly like one that does not exist.
  if (!domain || !version) notFound();

  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("domain");
  const tp = await getTranslations("progress");
  const now = new Date();
  const recheck = pendingRecheck(domain, domain.actions);

  return (
    <article className="dashboard">
      <LiveRefresh version={version} domain={domain.name} />
      <p>
        <Link href="/domains">← {t("back")}</Link>
      </p>
      <header className="panel dashboard-head">
        <h1>{domain.displayName}</h1>
        {domain.displayName !== domain.name ? <p className="muted">{domain.name}</p> : null}
        {scopeOf(user).kind === "all" ? (
          <p>
            {t("account")}: {domain.account.name}
          </p>
        ) : null}
        <p>
          <StatusBadge status={domain.status} locale={locale} recheck={recheck} />{" "}
          <span className="muted small">{t("statusSince", { time: formatDateTime(domain.statusChangedAt, locale) })}</span>
        </p>
        <p className="reason-lead">{locale === "zh-CN" ? domain.reasonZh : domain.reason}</p>
      </header>

      <section aria-labelledby="progress-heading" className="panel">
        <h2 id="progress-heading">{tp("heading")}</h2>
        <FilingProgress messages={domain.messages} locale={locale} />
      </section>

      <div className="dashboard-grid">
        <section aria-labelledby="actions-heading" className="panel">
          <h2 id="actions-heading">{t("actionsHeading")}</h2>
          <DomainActions domain={domain} locale={locale} now={now} />
        </section>
        <aside className="stack">
          <section aria-labelledby="filing-heading" className="panel">
            <h2 id="filing-heading">{t("filingHeading")}</h2>
            <FilingRecord domain={domain} />
          </section>
        </aside>
      </div>

      <section aria-labelledby="messages-heading" className="panel">
        <h2 id="messages-heading">{t("messagesHeading")}</h2>
        <MessageTimeline domain={domain} locale={locale} canRetract={can(user.role, "messages:record")} />
      </section>

      {user.role === "customer" ? (
        <section className="panel">
          <ReportMessageForm domain={domain.name} domainLabel={domain.displayName} />
        </section>
      ) : null}

      <section className="panel">
        <DomainHistory
          domainId={domain.id}
          headingLevel={2}
          known={{ id: domain.id, accountId: domain.accountId, name: domain.name, displayName: domain.displayName, accountName: domain.account.name, actions: domain.actions }}
        />
      </section>
    </article>
  );
}
