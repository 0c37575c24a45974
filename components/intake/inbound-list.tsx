import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import type { InboundItemDto } from "@/lib/intake/triage";
import { TriageForms } from "./triage-forms";

/**
 * Inbound items, newest first. Everything in an item came from outside (an SMS, an e-mail, a
 * paste): it is rendered as text only, never as HTML.
 */
export async function InboundList({
  items,
  locale,
  staff,
  domainsByAccount = {},
}: {
  items: InboundItemDto[];
  locale: Locale;
  staff: boolean;
  domainsByAccount?: Record<string, string[]>;
}) {
  const t = await getTranslations("intake.inbox");
  const tReason = await getTranslations("intake.reasons");
  if (items.length === 0) return <p className="empty">{t("empty")}</p>;
  // One list of suggestions per account, however many of its items are pending.
  const listId = (accountId: string) => `account-domains-${accountId}`;
  return (
    <>
      {staff
        ? Object.entries(domainsByAccount).map(([accountId, names]) => (
            <datalist key={accountId} id={listId(accountId)}>
              {names.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          ))
        : null}
      <ol className="timeline inbound-list">
        {items.map((item) => (
          <li key={item.id} id={`item-${item.id}`} data-state={item.state} data-testid="inbound-item">
            <div className="timeline-head">
              <strong>{t(`state.${item.state}`)}</strong>
              <span className="chip">{t(`via.${item.via}`)}</span>
              {item.kind ? <span className="chip">{messageKindTitle(item.kind, locale)}</span> : null}
              {item.domain ? (
                <Link href={`/domains/${item.domain}`} className="chip">
                  {item.domain}
                </Link>
              ) : null}
            </div>
            <p className="muted small">
              {staff ? `${item.account} · ` : null}
              {item.channel ? `${t("channel", { name: item.channel.name })} · ` : null}
              {item.sender ? `${t("sender", { sender: item.sender })} · ` : null}
              {item.reportedBy ? `${t("reportedBy", { name: item.reportedBy })} · ` : null}
              {t("receivedAt", { time: formatDateTime(new Date(item.receivedAt), locale) })}
            </p>
            {item.state === "pending" && item.reasonCode ? (
              <p className="small">
                {tReason(item.reasonCode as "no_domain")}
                {staff && item.reason ? <span className="muted"> ({item.reason})</span> : null}
              </p>
            ) : null}
            {item.state === "rejected" ? (
              <p className="small">{t("rejectedBecause", { reason: item.reason ?? "", name: item.decidedBy ?? "" })}</p>
            ) : null}
            {item.state === "recorded" && item.decidedBy ? <p className="small muted">{t("confirmedBy", { name: item.decidedBy })}</p> : null}
            {item.subject ? <p className="small">{item.subject}</p> : null}
            <pre className="message-text">{item.text}</pre>
            {staff && item.state === "pending" ? (
              <TriageForms itemId={item.id} domain={item.domain} kind={item.kind} listId={domainsByAccount[item.accountId] ? listId(item.accountId) : undefined} />
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
