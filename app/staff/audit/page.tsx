import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { auditEventTitle } from "@/components/domain/audit-event-title";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { isActionState, isDomainStatus, isHosting, isMessageKind, isProviderAccess } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import { messageKindTitle, statusTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { AUDIT_PAGE_SIZES, auditQueryString, findAuditEvents, KNOWN_AUDIT_EVENTS, parseAuditQuery } from "@/lib/queries/audit-log";
import { parseSource, sourceText, type SourceWords } from "@/lib/intake/source";
import { StaffNav } from "../staff-nav";
import { auditLines, type AuditVocabulary, type Json } from "./audit-lines";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("audit");

/** Target kinds with a name of their own in the log; anything else is "other". */
const TARGET_TYPES: ReadonlySet<string> = new Set(["user", "api_token", "account", "domain", "message", "action", "import_batch", "review"]);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const user = await requirePermission("audit:read_all");
  const query = parseAuditQuery(await searchParams);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("staff.audit");
  const tr = await getTranslations("roles");
  const log = await findAuditEvents(await prisma(), user, query);
  const items = log?.items ?? [];
  const filtered = Boolean(query.actor || query.account || query.domain || query.event || query.from || query.to || query.signIns);
  const eventTitles = await Promise.all(KNOWN_AUDIT_EVENTS.map(async (e) => [e, await auditEventTitle(e)] as const));
  const words = await vocabulary(locale);
  const rowTitles = new Map(await Promise.all([...new Set(items.map((i) => i.event))].map(async (e) => [e, await auditEventTitle(e)] as const)));

  return (
    <section>
      <StaffNav current="audit" />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <form method="get" action="/staff/audit" className="filters" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="actor">{t("actor")}</label>
          <input id="actor" name="actor" type="search" defaultValue={query.actor ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="account">{t("account")}</label>
          <input id="account" name="account" type="search" defaultValue={query.account ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="domain">{t("domain")}</label>
          <input id="domain" name="domain" type="search" defaultValue={query.domain ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="event">{t("event")}</label>
          <select id="event" name="event" defaultValue={query.event ?? ""}>
            <option value="">{t("anyEvent")}</option>
            {eventTitles.map(([event, title]) => (
              <option key={event} value={event}>
                {title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">{t("from")}</label>
          <input id="from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="to">{t("to")}</label>
          <input id="to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="pageSize">{t("pageSize")}</label>
          <select id="pageSize" name="pageSize" defaultValue={String(query.pageSize)}>
            {AUDIT_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkbox">
          <input id="signIns" name="signIns" type="checkbox" value="1" defaultChecked={query.signIns ?? false} />
          <label htmlFor="signIns">{t("includeSignIns")}</label>
        </div>
        <button type="submit">{t("apply")}</button>
        {filtered ? <Link href="/staff/audit">{t("clear")}</Link> : null}
      </form>

      {items.length === 0 ? (
        <p className="empty">{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="domain-table audit-table card-table">
            <caption className="muted small">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columnTime")}</th>
                <th scope="col">{t("columnEvent")}</th>
                <th scope="col">{t("columnActor")}</th>
                <th scope="col">{t("columnTarget")}</th>
                <th scope="col">{t("columnChange")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr key={row.id} data-event={row.event}>
                  <td data-label={t("columnTime")}>
                    <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale)}</time>
                  </td>
                  <th scope="row" className="cell-primary">
                    {rowTitles.get(row.event) ?? t("otherEvent")}
                  </th>
                  <td data-label={t("columnActor")}>
                    <span translate="no">{row.actorName ?? row.actorLabel}</span>
                    {row.actorName && row.actorName !== row.actorLabel ? (
                      <div className="muted small" translate="no">
                        {row.actorLabel}
                      </div>
                    ) : null}
                    <div className="muted small">{row.actorRole ? tr(row.actorRole) : t("noRole")}</div>
                    {row.ip ? <div className="muted small">{t("ip", { ip: row.ip })}</div> : null}
                  </td>
                  <td data-label={t("columnTarget")}>
                    {row.accountId && row.accountName ? (
                      <div>
                        <Link href={`/staff/accounts/${encodeURIComponent(row.accountId)}`}><span translate="no">{row.accountName}</span></Link>
                      </div>
                    ) : null}
                    {row.domainName ? (
                      <div>
                        <Link href={`/domains/${encodeURIComponent(row.domainName)}`}>{row.domainDisplayName ?? row.domainName}</Link>
                      </div>
                    ) : null}
                    {row.targetName ? <div data-field="target-user" translate="no">{row.targetName}</div> : null}
                    {!row.accountName && !row.domainName && !row.targetName ? <span className="muted small">{t(`targetType.${TARGET_TYPES.has(row.targetType) ? row.targetType : "other"}`)}</span> : null}
                  </td>
                  <td data-label={t("columnChange")}>
                    <ChangeLines lines={auditLines(row.event, row.before as Json, row.after as Json, words)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log && (log.page > 1 || log.hasNext) ? (
        <nav aria-label={t("pagination")} className="pagination">
          {log.page > 1 ? <Link href={`/staff/audit?${auditQueryString(query, { page: log.page - 1 })}`}>{t("newer")}</Link> : null}
          <span>{t("page", { page: log.page })}</span>
          {log.hasNext ? <Link href={`/staff/audit?${auditQueryString(query, { page: log.page + 1 })}`}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ROLES = new Set(["customer", "agent", "admin"]);

/** Field names and values of the log in the reader's language (audit-lines.ts does the choosing). */
async function vocabulary(locale: Locale): Promise<AuditVocabulary> {
  const t = await getTranslations("staff.audit");
  const th = await getTranslations("history");
  const tr = await getTranslations("roles");
  const to = await getTranslations("staff.outcome");
  const tc = await getTranslations("admin.channels");
  const tv = await getTranslations("intake.inbox.via");
  const ts = (await getTranslations("intake.source")) as unknown as SourceWords;
  return {
    none: th("none"),
    yes: t("yes"),
    no: t("no"),
    label: (key) => (t.has(`field.${key}`) ? t(`field.${key}` as "field.status") : null),
    value: (key, value) => {
      // An intake's source, stored as data since 2026-12 (before, an English sentence: shown as stored).
      if (key === "source") {
        const source = parseSource(value);
        return source ? sourceText(source, ts) : null;
      }
      if (typeof value !== "string") return null;
      if (ISO_INSTANT.test(value)) return formatDateTime(new Date(value), locale);
      switch (key) {
        case "status":
          return isDomainStatus(value) ? statusTitle(value, locale) : null;
        case "role":
          return ROLES.has(value) ? tr(value as "admin") : null;
        case "state":
          if (isActionState(value)) return th(`actionState.${value}`);
          return t.has(`value.state.${value}`) ? t(`value.state.${value}` as "value.state.recorded") : null;
        case "hosting":
          return isHosting(value) ? th(`hostingValue.${value}`) : null;
        case "providerAccess":
          return isProviderAccess(value) ? th(`providerAccessValue.${value}`) : null;
        case "outcome":
          // A review's outcome, or an intake decision's (lib/intake/reason.ts).
          if (to.has(value)) return to(value as "ok");
          return t.has(`value.outcome.${value}`) ? t(`value.outcome.${value}` as "value.outcome.no_domain") : null;
        case "via":
          return tv.has(value) ? tv(value as "sms") : null;
        case "kind":
          return isMessageKind(value) ? messageKindTitle(value, locale) : null;
        case "channel":
          return tc.has(value) ? tc(value as "sms") : null;
        case "reason":
          return t.has(`value.reason.${value}`) ? t(`value.reason.${value}` as "value.reason.wrong_password") : null;
        case "format":
          return value.toUpperCase();
        default:
          return null;
      }
    },
  };
}

function ChangeLines({ lines }: { lines: ReturnType<typeof auditLines> }) {
  if (!lines.length) return null;
  return (
    <ul className="small audit-change">
      {lines.map((line) => (
        <li key={line.key} data-field={line.key}>
          <span className="muted">{line.label ?? <code lang="en">{line.key}</code>}:</span>{" "}
          {line.from !== undefined ? (
            <>
              <Value text={line.from} userText={line.userText} /> → <Value text={line.to} userText={line.userText} />
            </>
          ) : (
            <Value text={line.to} userText={line.userText} />
          )}
        </li>
      ))}
    </ul>
  );
}

function Value({ text, userText }: { text: string; userText: boolean }) {
  return userText ? <span className="user-text">{text}</span> : <>{text}</>;
}
