import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { findDomainHistory } from "@/lib/queries/audit-log";
import { AuditChange } from "./audit-change";
import { auditEventTitle } from "./audit-event-title";

/**
 * The audit history of one domain, newest first: who recorded messages, changed actions or
 * answered questions, with before and after. The customer sees their own domains' history
 * with staff named as support; staff see it as in the audit log. Renders nothing for a
 * caller who may not see the domain. Usage on a dashboard: `<DomainHistory domainId={domain.id} />`.
 */
export async function DomainHistory({ domainId, headingLevel }: { domainId: string; headingLevel?: 2 | 3 | 4 }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const rows = await findDomainHistory(await prisma(), user, domainId);
  if (!rows) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("staff.history");
  const titles = new Map(await Promise.all([...new Set(rows.map((r) => r.event))].map(async (e) => [e, await auditEventTitle(e)] as const)));
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;
  return (
    <div className="domain-history">
      {Heading ? <Heading>{t("heading")}</Heading> : null}
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="timeline">
          {rows.map((row) => (
            <li key={row.id} data-event={row.event}>
              <div className="timeline-head">
                <strong>{titles.get(row.event) ?? row.event}</strong>
              </div>
              <p className="muted small">
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale)}</time> ·{" "}
                {row.actorLabel === "system"
                  ? t("bySystem")
                  : row.actorLabel === "support"
                    ? t("bySupportTeam")
                    : row.actorRole && row.actorRole !== "customer"
                      ? t("bySupport", { name: row.actorLabel })
                      : t("byPerson", { name: row.actorLabel })}
              </p>
              <AuditChange before={row.before} after={row.after} locale={locale} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
