import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { normaliseDomainName } from "@/lib/domain-name";
import { ACTION_CATALOGUE, isOverdue, MIIT_PUBLIC_QUERY_URL, URGENCIES, type Urgency } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import { actionTitle, localized, messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { findDomainForUser, type DomainDetail } from "@/lib/queries/domain-detail";
import { scopeOf } from "@/lib/queries/scope";
import { ActionTracker } from "./action-tracker";
import { FactsForm } from "./facts-form";

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: normaliseDomainName(decodeURIComponent(name))?.displayName ?? "Domain" };
}

type Action = DomainDetail["actions"][number];

const URGENCY_RANK = Object.fromEntries(URGENCIES.map((u, i) => [u, i])) as Record<Urgency, number>;

/** Most urgent first, then the earliest due date, then the oldest. */
function byUrgency(a: Action, b: Action): number {
  return (
    URGENCY_RANK[ACTION_CATALOGUE[a.key].urgency] - URGENCY_RANK[ACTION_CATALOGUE[b.key].urgency] ||
    (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
    a.createdAt.getTime() - b.createdAt.getTime()
  );
}

export default async function DomainPage({ params }: Props) {
  const user = await requirePermission("domains:read_own");
  const normalised = normaliseDomainName(decodeURIComponent((await params).name));
  if (!normalised) notFound();
  const domain = await findDomainForUser(await prisma(), user, normalised.name);
  // Another account's domain answers exactly like one that does not exist.
  if (!domain) notFound();

  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("domain");
  const now = new Date();
  const messagesById = new Map(domain.messages.map((m) => [m.id, m]));
  const live = domain.actions.filter((a) => a.state === "open" || a.state === "in_progress").sort(byUrgency);
  const finished = domain.actions.filter((a) => a.state === "done" || a.state === "dismissed");
  const superseded = domain.actions.filter((a) => a.state === "superseded");
  const questionNeeded = live.some((a) => a.key === "confirm_hosting_facts");
  const retracted = new Set(domain.messages.map((m) => m.retractsMessageId).filter(Boolean));
  const staffView = scopeOf(user).kind === "all";

  function renderAction(action: Action, tracked: boolean) {
    const entry = ACTION_CATALOGUE[action.key];
    const overdue = isOverdue(action, now);
    const cause = action.causeMessageId ? messagesById.get(action.causeMessageId) : undefined;
    return (
      <li key={action.id} className={`action-card${overdue ? " is-overdue" : ""}`} data-action-key={action.key} data-state={action.state}>
        <div className="action-head">
          <h3>{actionTitle(action.key, locale)}</h3>
          <span className={`urgency urgency-${entry.urgency}`}>{t(`urgency.${entry.urgency}`)}</span>
          <span className="action-state">{t("stateLabel", { state: t(`state.${action.state}`) })}</span>
        </div>
        <p>{localized(entry.explanation, locale)}</p>
        {entry.link ? (
          <p>
            <a href={entry.link} rel="noopener noreferrer" target="_blank">
              {t("openLink", { host: new URL(entry.link).host })}
            </a>
          </p>
        ) : null}
        {action.dueAt ? (
          <p className={overdue ? "due overdue-tag" : "due"}>
            {overdue ? `${t("overdue")} · ` : null}
            {t("due", { time: formatDateTime(action.dueAt, locale) })}
          </p>
        ) : null}
        {cause ? (
          <p className="muted small">{t("causedBy", { message: messageKindTitle(cause.kind, locale), time: formatDateTime(cause.receivedAt, locale) })}</p>
        ) : null}
        {tracked ? <ActionTracker actionId={action.id} version={action.version} state={action.state} /> : null}
        {action.events.length ? (
          <details className="history">
            <summary>{t("history")}</summary>
            <ol>
              {action.events.map((event) => {
                const who = !event.actor
                  ? t("bySystem")
                  : event.actorRole && event.actorRole !== "customer"
                    ? t("bySupport", { name: event.actor.name })
                    : t("byPerson", { name: event.actor.name });
                return (
                  <li key={event.id}>
                    <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, locale)}</time>{" "}
                    {event.toState && event.fromState
                      ? t("historyChanged", { from: t(`state.${event.fromState}`), to: t(`state.${event.toState}`) })
                      : event.toState
                        ? t("historyCreated")
                        : t("historyNote")}{" "}
                    {who}
                    {event.note ? <blockquote className="note">{event.note}</blockquote> : null}
                  </li>
                );
              })}
            </ol>
          </details>
        ) : null}
      </li>
    );
  }

  return (
    <article className="dashboard">
      <p>
        <Link href="/domains">← {t("back")}</Link>
      </p>
      <header className="panel dashboard-head">
        <h1>{domain.displayName}</h1>
        {domain.displayName !== domain.name ? <p className="muted">{domain.name}</p> : null}
        {staffView ? (
          <p>
            {t("account")}: {domain.account.name}
          </p>
        ) : null}
        <p>
          <StatusBadge status={domain.status} locale={locale} />{" "}
          <span className="muted small">{t("statusSince", { time: formatDateTime(domain.statusChangedAt, locale) })}</span>
        </p>
        <p className="reason-lead">{locale === "zh-CN" ? domain.reasonZh : domain.reason}</p>
      </header>

      <div className="dashboard-grid">
        <section aria-labelledby="actions-heading" className="panel">
          <h2 id="actions-heading">{t("actionsHeading")}</h2>
          {live.length ? <ol className="action-list live-actions">{live.map((a) => renderAction(a, true))}</ol> : <p className="empty">{t("noOpenActions")}</p>}
          {finished.length ? (
            <>
              <h2>{t("finishedHeading")}</h2>
              <ol className="action-list">{finished.map((a) => renderAction(a, true))}</ol>
            </>
          ) : null}
          {superseded.length ? (
            <>
              <h2>{t("supersededHeading")}</h2>
              <p className="muted small">{t("supersededExplanation")}</p>
              <ol className="action-list superseded">{superseded.map((a) => renderAction(a, false))}</ol>
            </>
          ) : null}
        </section>

        <aside className="stack">
          <section aria-labelledby="questions-heading" className="panel">
            <h2 id="questions-heading">{t("questionsHeading")}</h2>
            <FactsForm domain={domain.name} hosting={domain.hosting} providerAccess={domain.providerAccess} needed={questionNeeded} />
          </section>
          <section aria-labelledby="filing-heading" className="panel">
            <h2 id="filing-heading">{t("filingHeading")}</h2>
            <dl className="facts">
              <dt>{t("icpNumber")}</dt>
              <dd>{domain.icpNumber ?? t("unknownValue")}</dd>
              <dt>{t("icpEntityNumber")}</dt>
              <dd>{domain.icpEntityNumber ?? t("unknownValue")}</dd>
              <dt>{t("filingType")}</dt>
              <dd>{domain.filingType ?? t("unknownValue")}</dd>
              <dt>{t("providerStage")}</dt>
              <dd>{domain.providerStage ?? t("unknownValue")}</dd>
            </dl>
            <p>
              <a href={MIIT_PUBLIC_QUERY_URL} rel="noopener noreferrer" target="_blank">
                {t("publicQuery")}
              </a>
            </p>
          </section>
        </aside>
      </div>

      <section aria-labelledby="messages-heading" className="panel">
        <h2 id="messages-heading">{t("messagesHeading")}</h2>
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
                {message.deadline ? ` · ${t("messageDeadline", { time: formatDateTime(message.deadline, locale) })}` : null}
              </p>
              {/* Raw text as text: React escapes it, so HTML or script in a message is shown, never run. */}
              <pre className="message-text">{message.text}</pre>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
