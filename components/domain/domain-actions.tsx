import { getTranslations } from "@/lib/i18n/server";
import { ACTION_CATALOGUE, invalidFilingAction, isOverdue, pendingRecheck, RECHECK_CATALOGUE, URGENCIES, type Urgency } from "@/lib/icp";
import { actionUrgency } from "@/lib/icp/urgency";
import { formatDateTime } from "@/lib/i18n/format";
import { actionTitle, localized, messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import type { DomainDetail } from "@/lib/queries/domain-detail";
import { ActionTracker } from "./action-tracker";
import { DueLine } from "./due-line";
import { FactsForm } from "./facts-form";

type Action = DomainDetail["actions"][number];

const URGENCY_RANK = Object.fromEntries(URGENCIES.map((u, i) => [u, i])) as Record<Urgency, number>;

/** Most urgent first (a deadline within 72 h makes an action urgent: lib/icp/urgency.ts), then the earliest due date, then the oldest. */
function byUrgency(now: Date) {
  return (a: Action, b: Action): number =>
    URGENCY_RANK[actionUrgency(a.key, a.dueAt, now)] - URGENCY_RANK[actionUrgency(b.key, b.dueAt, now)] ||
    (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
    a.createdAt.getTime() - b.createdAt.getTime();
}

export function liveActions(domain: DomainDetail, now: Date): Action[] {
  return domain.actions.filter((a) => a.state === "open" || a.state === "in_progress").sort(byUrgency(now));
}

/**
 * A domain's actions with their tracking: the required ones by urgency, then the done or
 * dismissed ones, then the superseded ones, shown apart and never hidden. Used by the
 * customer's dashboard and the support agent's account review alike.
 */
export async function DomainActions({ domain, locale, now, headingLevel = 2 }: { domain: DomainDetail; locale: Locale; now: Date; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("domain");
  const messagesById = new Map(domain.messages.map((m) => [m.id, m]));
  const live = liveActions(domain, now);
  const recheck = pendingRecheck(domain, domain.actions);
  const finished = domain.actions.filter((a) => a.state === "done" || a.state === "dismissed");
  const superseded = domain.actions.filter((a) => a.state === "superseded");
  const Heading = `h${headingLevel}` as const;
  const ItemHeading = `h${headingLevel + 1}` as "h3" | "h4";

  function renderAction(action: Action, tracked: boolean) {
    const entry = ACTION_CATALOGUE[action.key];
    const overdue = isOverdue(action, now);
    const live = action.state === "open" || action.state === "in_progress";
    // What the staff queue counts: a live action due within 72 h is urgent whatever its default.
    const urgency = live ? actionUrgency(action.key, action.dueAt, now) : entry.urgency;
    const cause = action.causeMessageId ? messagesById.get(action.causeMessageId) : undefined;
    return (
      <li key={action.id} className={`action-card${overdue ? " is-overdue" : ""}`} data-action-key={action.key} data-state={action.state}>
        <div className="action-head">
          <ItemHeading>{actionTitle(action.key, locale)}</ItemHeading>
          <span className={`urgency urgency-${urgency}`} data-urgency={urgency}>
            {t(`urgency.${urgency}`)}
          </span>
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
        {action.state === "open" || action.state === "in_progress" ? <DueLine dueAt={action.dueAt} now={now} locale={locale} t={t} /> : null}
        {action.key === "confirm_hosting_facts" && tracked && (action.state === "open" || action.state === "in_progress") ? (
          // The deciding question is asked here, inside the one action that needs it, and only the one still open.
          <FactsForm domain={domain.name} question={invalidFilingAction(domain).question ?? "hosting"} hosting={domain.hosting} providerAccess={domain.providerAccess} />
        ) : null}
        {cause ? (
          <p className="muted small">
            {t("causedBy", { message: messageKindTitle(cause.kind, locale), time: formatDateTime(cause.receivedAt, locale) })}
          </p>
        ) : null}
        {tracked ? <ActionTracker actionId={action.id} version={action.version} state={action.state} /> : null}
        {action.events.length ? (
          <details className="history">
            <summary>{t("history")}</summary>
            <ol>
              {action.events.map((event) => {
                // Staff acting for the customer are named as support (issue: account reviews).
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
    <>
      {recheck ? (
        <div className="callout recheck" data-recheck={recheck}>
          <p>
            <strong>{localized(RECHECK_CATALOGUE[recheck].title, locale)}</strong>
          </p>
          <p>{localized(RECHECK_CATALOGUE[recheck].explanation, locale)}</p>
        </div>
      ) : null}
      {live.length ? (
        <ol className="action-list live-actions">{live.map((a) => renderAction(a, true))}</ol>
      ) : recheck ? null : (
        <p className="empty">{t("noOpenActions")}</p>
      )}
      {finished.length ? (
        <>
          <Heading>{t("finishedHeading")}</Heading>
          <ol className="action-list">{finished.map((a) => renderAction(a, true))}</ol>
        </>
      ) : null}
      {superseded.length ? (
        <>
          <Heading>{t("supersededHeading")}</Heading>
          <p className="muted small">{t("supersededExplanation")}</p>
          <ol className="action-list superseded">{superseded.map((a) => renderAction(a, false))}</ol>
        </>
      ) : null}
    </>
  );
}
