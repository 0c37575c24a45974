import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKind } from "@/lib/icp";
import { wordDecision, wordRecordError, type ReasonWording, type RecordErrorWording } from "@/lib/intake/reason";
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
  const tDetail = await getTranslations("intake.reasonDetail");
  const tError = await getTranslations("intake.recordError");
  const separator = locale === "zh-CN" ? "、" : ", ";
  const kindTitle = (kind: MessageKind) => messageKindTitle(kind, locale);
  const wording: ReasonWording = { t: (key, values) => tDetail(key, values), kindTitle, separator };
  const errorWording: RecordErrorWording = { t: (key, values) => tError(key, values), kindTitle, separator };
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
                {staff ? <ReasonDetail item={item} wording={wording} errorWording={errorWording} /> : null}
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

/**
 * What staff see beside the reason: a rule's decision with its particulars, or a failed
 * recording's error (its code, the kind tried, the fields it named), in the reader's language.
 * An item stored before the particulars were data holds an English sentence: a rule's is left
 * out (the code's message says the same), a failed recording's is shown as the use case worded
 * it, marked English.
 */
function ReasonDetail({ item, wording, errorWording }: { item: InboundItemDto; wording: ReasonWording; errorWording: RecordErrorWording }) {
  if (item.reasonParams) {
    const words = wordDecision(item.reasonCode, item.reasonParams, wording);
    return words ? <span className="muted"> ({words})</span> : null;
  }
  if (item.reasonCode === "record_failed" && item.recordError) {
    return <span className="muted"> ({wordRecordError(item.recordError, errorWording)})</span>;
  }
  if (item.reasonCode === "record_failed" && item.reason) {
    return (
      <span className="muted">
        {" "}
        (<span lang="en">{item.reason}</span>)
      </span>
    );
  }
  return null;
}
