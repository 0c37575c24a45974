import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/parse-file";
import { listImportBatches } from "@/lib/queries/admin-imports";
import { UploadForm } from "./upload-form";
import "../messages/admin.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("imports");

export default async function ImportsPage() {
  const user = await requirePermission("messages:record");
  const t = await getTranslations("admin.imports");
  const locale = (await getLocale()) as Locale;
  const batches = await listImportBatches(await prisma(), user);
  return (
    <div className="stack admin-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <details className="panel">
        <summary>{t("formatHeading")}</summary>
        <p>{t.rich("formatColumns", { columns: IMPORT_COLUMNS.join(", "), c: (chunks) => <code translate="no">{chunks}</code> })}</p>
        <p>{t("formatDates")}</p>
        <p>{t("formatLimits", { max: MAX_IMPORT_BYTES / 1024 / 1024, rows: MAX_IMPORT_ROWS })}</p>
        <pre className="message-text">{`domain,receivedAt,text,kind,channel,deadline
example.cn,2026-11-20 10:00,"ICP Filing successful: example.cn 京ICP备2026123456号-1",,sms,
例子.中国,2026-11-21T02:00:00Z,"您的网站已被取消接入",access_cancelled,email,2026-12-01`}</pre>
      </details>
      <UploadForm maxMegabytes={MAX_IMPORT_BYTES / 1024 / 1024} />
      <h2>{t("recentHeading")}</h2>
      {batches.length ? (
        <div className="table-wrap">
          <table className="card-table">
            <thead>
              <tr>
                <th scope="col">{t("columnFile")}</th>
                <th scope="col">{t("columnUploaded")}</th>
                <th scope="col">{t("columnState")}</th>
                <th scope="col">{t("columnRows")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <td data-label={t("columnFile")} className="cell-primary">
                    <Link href={`/admin/imports/${b.id}`}>{b.fileName}</Link>
                  </td>
                  <td data-label={t("columnUploaded")}>
                    {formatDateTime(b.createdAt, locale)}
                    <br />
                    <span className="muted small">{b.createdBy?.email ?? "—"}</span>
                  </td>
                  <td data-label={t("columnState")}>{t(`state.${b.state}`)}</td>
                  <td data-label={t("columnRows")}>{t("rowsSummary", { total: b.totalRows, recorded: b.recordedRows, duplicate: b.duplicateRows, refused: b.refusedRows })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t("none")}</p>
      )}
    </div>
  );
}
