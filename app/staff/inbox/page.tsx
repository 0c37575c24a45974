import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { InboundList } from "@/components/intake/inbound-list";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { listIntakeChannels } from "@/lib/intake/channels";
import { listInbound, ZInboundQuery } from "@/lib/intake/triage";
import { StaffNav } from "../staff-nav";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("inbox");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Names suggested per account: enough for a person to pick from, not the whole of a large account. */
const DOMAIN_SUGGESTIONS = 1000;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The triage inbox: what arrived by intake or report and was not recorded automatically. */
export default async function InboxPage({ searchParams }: Props) {
  const user = await requirePermission("inbound:triage");
  const params = await searchParams;
  const query = ZInboundQuery.parse({ state: first(params.state) ?? "pending", account: first(params.account), channel: first(params.channel) });
  const db = await prisma();
  const [items, channels] = await Promise.all([listInbound(db, user, query), listIntakeChannels(db, user)]);
  const accountIds = [...new Set(items.filter((i) => i.state === "pending").map((i) => i.accountId))];
  // Suggestions for the domain field, per account of a pending item (the field takes any name;
  // the server checks it belongs to the item's account).
  const suggestions = await Promise.all(
    accountIds.map((accountId) =>
      db.domain.findMany({ where: { accountId }, select: { name: true }, orderBy: { name: "asc" }, take: DOMAIN_SUGGESTIONS }),
    ),
  );
  const domainsByAccount: Record<string, string[]> = Object.fromEntries(accountIds.map((id, i) => [id, suggestions[i]!.map((d) => d.name)]));
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
