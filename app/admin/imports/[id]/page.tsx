import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { ImportRowOutcome } from "@/lib/generated/prisma/enums";
import { isMessageKind } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { findImportBatch, ROW_OUTCOMES } from "@/lib/queries/admin-imports";
import { actorFromUser } from "@/lib/use-cases/actor";
import { getImportProgress, importBatchDto, type StoredRowInput } from "@/lib/use-cases/import-messages";
import { localiseServerText } from "../../messages/server-text";
import { ImportProgress } from "./import-progress";
import "../../messages/admin.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("import");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ outcome?: string; page?: string }> };

export default async function ImportPage({ params, searchParams }: Props) {
  const user = await requirePermission("messages:record");
  const { id } = await params;
  const query = await searchParams;
  const outcome = ROW_OUTCOMES.find((o) => o === query.outcome) as ImportRowOutcome | undefined;
  const db = await prisma();
  const found = await findImportBatch(db, user, id, { outcome, page: Number(query.page) || 1 });
  if (!found) notFound();
  // Viewing the page is an access too: an import a stopped server left behind resumes.
  const batch = await getImportProgress(db, { actor: actorFromUser(user), batchId: id, now: new Date() });
  const t = await getTranslations("admin.imports");
  const locale = (await getLocale()) as Locale;
  const href = (o: ImportRowOutcome | undefined, page = 1) => {
    const p = new URLSearchParams();
    if (o) p.set("outcome", o);
    if (page > 1) p.set("page", String(page));
    const qs = p.toString();
    return `/admin/imports/${id}${qs ? `?${qs}` : ""}`;
  };
  return (
    <div className="stack admin-page">
      <p>
        <Link href="/admin/imports">← {t("back")}</Link>
      </p>
      <header className="panel">
        <h1>{t("batchTitle", { file: batch.fileName })}</h1>
        <p className="muted small">
          {t("uploadedBy", { time: formatDateTime(batch.createdAt, locale), email: found.batch.createdBy?.email ?? "—" })}
        </p>
        <dl className="import-summary">
          <div>
            <dt>{t("summaryTotal")}</dt>
            <dd data-testid="count-total">{batch.totalRows}</dd>
          </div>
          <div>
            <dt>{t("outcome.valid")}</dt>
            <dd data-testid="count-valid">{found.counts.valid ?? 0}</dd>
          </div>
          <div>
            <dt>{t("outcome.invalid")}</dt>
            <dd data-testid="count-invalid">{found.counts.invalid ?? 0}</dd>
          </div>
          <div>
            <dt>{t("outcome.recorded")}</dt>
            <dd data-testid="count-recorded">{found.counts.recorded ?? 0}</dd>
          </div>
          <div>
            <dt>{t("outcome.duplicate")}</dt>
            <dd data-testid="count-duplicate">{found.counts.duplicate ?? 0}</dd>
          </div>
          <div>
            <dt>{t("outcome.refused")}</dt>
            <dd data-testid="count-refused">{found.counts.refused ?? 0}</dd>
          </div>
        </dl>
      </header>
      <ImportProgress initial={importBatchDto(batch)} />
      <section className="stack" aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t("rowsHeading")}</h2>
        <nav className="button-row" aria-label={t("filterLabel")}>
          <Link href={href(undefined)} aria-current={outcome ? undefined : "page"}>
            {t("filterAll")}
          </Link>
          {ROW_OUTCOMES.map((o) => (
            <Link key={o} href={href(o)} aria-current={outcome === o ? "page" : undefined}>
              {t(`outcome.${o}`)} ({found.counts[o] ?? 0})
            </Link>
          ))}
        </nav>
        <div className="table-wrap">
          <table className="card-table">
            <thead>
              <tr>
                <th scope="col">{t("columnRow")}</th>
                <th scope="col">{t("columnOutcome")}</th>
                <th scope="col">{t("columnReason")}</th>
                <th scope="col">{t("columnInput")}</th>
              </tr>
            </thead>
            <tbody>
              {found.rows.map((row) => {
                const input = row.input as unknown as StoredRowInput;
                return (
                  <tr key={row.id} data-row={row.rowNumber} data-outcome={row.outcome}>
                    <td data-label={t("columnRow")} className="cell-primary">
                      {row.rowNumber}
                      {input.line ? <div className="muted small">{t("line", { line: input.line })}</div> : null}
                    </td>
                    <td data-label={t("columnOutcome")} className={`outcome-${row.outcome}`}>{t(`outcome.${row.outcome}`)}</td>
                    <td data-label={t("columnReason")}>{row.error ? <Reason text={row.error} locale={locale} /> : "—"}</td>
                    <td data-label={t("columnInput")} className="row-input">
                      {/* The row as the file had it: not ours to translate. */}
                      <span translate="no">
                        <strong>{input.domain}</strong> · {input.receivedAt}
                      </span>
                      {input.kind ? <> · {isMessageKind(input.kind) ? messageKindTitle(input.kind, locale) : <span lang="en">{input.kind}</span>}</> : ""}
                      <br />
                      <span translate="no">{input.text.length > 200 ? `${input.text.slice(0, 200)}…` : input.text}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {found.pageCount > 1 ? (
          <nav className="pagination" aria-label={t("pagination")}>
            {found.page > 1 ? <Link href={href(outcome, found.page - 1)}>{t("previous")}</Link> : null}
            <span>{t("page", { page: found.page, pageCount: found.pageCount })}</span>
            {found.page < found.pageCount ? <Link href={href(outcome, found.page + 1)}>{t("next")}</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

/** Why a row was refused, in the reader's language; a reason without a translation yet stays English, marked as such. */
async function Reason({ text, locale }: { text: string; locale: Locale }) {
  if (locale === "en") return <>{text}</>;
  const t = await getTranslations("admin.serverText");
  const localised = localiseServerText(text, (key, values) => t(key, values));
  return localised.complete ? <>{localised.text}</> : <span lang="en">{text}</span>;
}
