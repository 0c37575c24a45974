import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { InboundList } from "@/components/intake/inbound-list";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { ZInboundQuery } from "@/lib/intake/triage";
import { findStaffInbox } from "@/lib/queries/staff-inbox";
import { StaffNav } from "../staff-nav";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("inbox");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The triage inbox: what arrived by intake or report and was not recorded automatically. */
export default async function InboxPage({ searchParams }: Props) {
  const user = await requirePermission("inbound:triage");
  const params = await searchParams;
  const query = ZInboundQuery.parse({ state: first(params.state) ?? "pending", account: first(params.account), channel: first(params.channel) });
  const { items, channels, domainsByAccount } = await findStaffInbox(await prisma(), user, query);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("intake.inbox");
  return (
    <section className="stack">
      <StaffNav current="inbox" />
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" action="/staff/inbox" className="filters" role="search">
        <div className="field">
          <label htmlFor="inbox-state">{t("filterState")}</label>
          <select id="inbox-state" name="state" defaultValue={query.state ?? ""}>
            <option value="pending">{t("state.pending")}</option>
            <option value="recorded">{t("state.recorded")}</option>
            <option value="rejected">{t("state.rejected")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-account">{t("filterAccount")}</label>
          <input id="inbox-account" name="account" defaultValue={query.account ?? ""} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="inbox-channel">{t("filterChannel")}</label>
          <select id="inbox-channel" name="channel" defaultValue={query.channel ?? ""}>
            <option value="">{t("anyChannel")}</option>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.account} · {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
        <Link href="/intake">{t("toChannels")}</Link>
      </form>
      <InboundList items={items} locale={locale} staff domainsByAccount={domainsByAccount} />
    </section>
  );
}
