import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { formatChinaInput } from "@/lib/import/format";
import { ProviderEventForm } from "./provider-event-form";
import { RecordForm } from "./record-form";
import "./admin.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("recordMessage");

type Props = { searchParams: Promise<{ domain?: string | string[] }> };

export default async function RecordMessagePage({ searchParams }: Props) {
  await requirePermission("messages:record");
  const t = await getTranslations("admin.record");
  const { domain } = await searchParams;
  const now = formatChinaInput(new Date());
  return (
    <div className="stack admin-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p className="small">
        <Link href="/admin/imports">{t("bulkLink")}</Link>
      </p>
      <RecordForm defaultReceivedAt={now} defaultDomain={typeof domain === "string" ? domain : ""} />
      <h2>{t("providerHeading")}</h2>
      <p className="muted">{t("providerIntro")}</p>
      <ProviderEventForm defaultReceivedAt={now} />
    </div>
  );
}
