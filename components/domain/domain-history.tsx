import { getLocale, getTranslations } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isActionKey, isActionState, isDomainStatus, isHosting, isMessageKind, isProviderAccess, type ActionKey } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import { actionTitle, messageKindTitle, statusTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { findDomainHistory, type AuditRow, type KnownDomain } from "@/lib/queries/audit-log";
import { auditEventTitle } from "./audit-event-title";

type Json = Prisma.JsonValue | null;
/** `userText`: words a person typed (a note), shown as written, in whatever language they used. */
type Line = { label: string; from?: string; to: string; userText?: boolean };
type T = Awaited<ReturnType<typeof getTranslations<"history">>>;

const record = (v: Json): Record<string, Json> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Json>) : {});
const text = (v: Json | undefined): string | null => (typeof v === "string" && v.length ? v : null);

/**
 * One audit entry as lines a person reads: translated field names and values (status, kind,
 * action and answer names, not their keys), only what changed, and no bookkeeping fields
 * (versions, unchanged values, internal ids).
 */
function describe(row: AuditRow, locale: Locale, t: T, actionKeys: Map<string, ActionKey>): { title?: string; lines: Line[] } {
  const b = record(row.before);
  const a = record(row.after);
  const lines: Line[] = [];
  const status = (v: Json | undefined) => (isDomainStatus(v) ? statusTitle(v, locale) : null);
  const changed = (key: string, label: string, show: (v: Json | undefined) => string | null) => {
    const from = show(b[key]);
    const to = show(a[key]);
    if (to === null && from === null) return;
    if (key in b && key in a && from === to) return;
    lines.push(key in b ? { label, from: from ?? t("none"), to: to ?? t("none") } : { label, to: to ?? t("none") });
  };
  switch (row.event) {
    case "message.recorded": {
      const kind = isMessageKind(a.kind) ? messageKindTitle(a.kind, locale) : undefined;
      const received = text(a.receivedAt);
      if (received) lines.push({ label: t("received"), to: formatDateTime(new Date(received), locale) });
      changed("status", t("status"), status);
      changed("icpNumber", t("icpNumber"), text);
      return { title: kind ? t("messageRecorded", { kind }) : undefined, lines };
    }
    case "action.updated": {
      const key = row.targetId ? actionKeys.get(row.targetId) : undefined;
      const state = (v: Json | undefined) => (isActionState(v) ? t(`actionState.${v}`) : null);
      changed("state", t("state"), state);
      const note = text(a.note);
      if (note) lines.push({ label: t("note"), to: note, userText: true });
      return { title: key ? actionTitle(key, locale) : undefined, lines };
    }
    case "domain.facts_answered":
      changed("hosting", t("hosting"), (v) => (isHosting(v) ? t(`hostingValue.${v}`) : null));
      changed("providerAccess", t("providerAccess"), (v) => (isProviderAccess(v) ? t(`providerAccessValue.${v}`) : null));
      if (isDomainStatus(a.status) && a.status !== b.status && "status" in b) changed("status", t("status"), status);
      else if (isDomainStatus(a.status)) lines.push({ label: t("status"), to: statusTitle(a.status, locale) });
      return { lines };
    case "domain.created":
      if (text(a.account)) lines.push({ label: t("account"), to: text(a.account)! });
      return { lines };
    case "domain.moved":
      changed("account", t("account"), text);
      return { lines };
    case "domain.filing_updated":
      changed("icpNumber", t("icpNumber"), text);
      changed("icpEntityNumber", t("icpEntityNumber"), text);
      changed("filingType", t("filingType"), text);
      changed("providerStage", t("providerStage"), text);
      return { lines };
    default:
      return { lines };
  }
}

/**
 * The history of one domain, newest first, written for people: what happened in words, who
 * did it named one way everywhere (the customer sees their own people by name and staff as
 * "Support"; staff see every name), and only what changed. Renders nothing for a caller who may
 * not see the domain. Usage on a dashboard: `<DomainHistory domainId={domain.id} />`; a page that
 * has read the domain with its account and all its actions passes them as `known`, and they are
 * not read again (four statements fewer per dashboard).
 */
export async function DomainHistory({
  domainId,
  headingLevel,
  known,
}: {
  domainId: string;
  headingLevel?: 2 | 3 | 4;
  known?: KnownDomain & { actions: { id: string; key: string }[] };
}) {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = await prisma();
  const rows = await findDomainHistory(db, user, domainId, known);
  if (!rows) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("history");
  const actionIds = rows.filter((r) => r.event === "action.updated" && r.targetId).map((r) => r.targetId!);
  const actions = !actionIds.length
    ? []
    : known?.id === domainId
      ? known.actions
      : await db.action.findMany({ where: { id: { in: actionIds }, domainId }, select: { id: true, key: true } });
  const actionKeys = new Map(actions.filter((x) => isActionKey(x.key)).map((x) => [x.id, x.key as ActionKey]));
  const titles = new Map(await Promise.all([...new Set(rows.map((r) => r.event))].map(async (e) => [e, await auditEventTitle(e)] as const)));
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;
  const who = (row: AuditRow): string => {
    if (row.actorLabel === "system" || !row.actorRole) return t("bySystem");
    if (row.actorLabel === "support") return t("bySupportTeam");
    const name = row.actorName ?? row.actorLabel;
    return row.actorRole === "customer" ? t("byPerson", { name }) : t("bySupport", { name });
  };
  return (
    <div className="domain-history">
      {Heading ? <Heading>{t("heading")}</Heading> : null}
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="timeline">
          {rows.map((row) => {
            const { title, lines } = describe(row, locale, t, actionKeys);
            return (
              <li key={row.id} data-event={row.event}>
                <div className="timeline-head">
                  <strong>{title ?? titles.get(row.event) ?? t("otherEvent")}</strong>
                </div>
                <p className="muted small">
                  <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale)}</time> · {who(row)}
                </p>
                {lines.length ? (
                  <ul className="small audit-change">
                    {lines.map((line) => (
                      <li key={line.label}>
                        <span className="muted">{line.label}:</span>{" "}
                        {line.userText ? <q className="user-text">{line.to}</q> : line.from !== undefined ? `${line.from} → ${line.to}` : line.to}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
