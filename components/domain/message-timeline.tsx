import { getTranslations } from "@/lib/i18n/server";
import { MessageSourceNote } from "@/components/intake/message-source";
import { formatDateTime } from "@/lib/i18n/format";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import type { DomainDetail } from "@/lib/queries/domain-detail";
import { RetractMessageForm } from "./retract-message-form";

/** The domain's messages, newest first, raw text shown as text; `canRetract` (admins) offers to retract each. */
export async function MessageTimeline({ domain, locale, canRetract = false }: { domain: DomainDetail; locale: Locale; canRetract?: boolean }) {
  const t = await getTranslations("domain");
  const retracted = new Set(domain.messages.map((m) => m.retractsMessageId).filter(Boolean));
  return (
    <>
      {domain.messages.length === 0 ? <p className="empty">{t("messagesEmpty")}</p> : null}
      {domain._count.messages > domain.messages.length ? (
        <p className="muted">{t("messagesMore", { shown: domain.messages.length, total: domain._count.messages })}</p>
      ) : null}
      <ol className="timeline">
        {domain.messages.map((message) => (
          <li key={message.id} id={`message-${message.id}`} className={retracted.has(message.id) ? "retracted" : undefined}>
            <div className="timeline-head">
              <strong>{messageKindTitle(message.kind, locale)}</strong>
              <span className="chip">{t(`channel.${message.channel}`)}</span>
              {retracted.has(message.id) ? <span className="chip">{t("retracted")}</span> : null}
            </div>
            <p className="muted small">
              {t("receivedAt", { time: formatDateTime(message.receivedAt, locale) })}
              {message.recordedBy ? ` · ${t("recordedBy", { name: message.recordedBy.name })}` : null}
              {/* Most messages were recorded by a person and have no source: no async component for those. */}
              {message.source !== null && typeof message.source === "object" ? <MessageSourceNote source={message.source} /> : null}
              {message.deadline ? ` · ${t("messageDeadline", { time: formatDateTime(message.deadline, locale) })}` : null}
            </p>
            {/* Raw text as text: React escapes it, so HTML or script in a message is shown, never run. */}
            <pre className="message-text">{message.text}</pre>
            {canRetract && message.kind !== "retraction" && !retracted.has(message.id) ? <RetractMessageForm messageId={message.id} /> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
