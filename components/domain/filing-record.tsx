import { getTranslations } from "@/lib/i18n/server";
import { MIIT_PUBLIC_QUERY_URL } from "@/lib/icp";
import type { DomainDetail } from "@/lib/queries/domain-detail";

export async function FilingRecord({ domain }: { domain: DomainDetail }) {
  const t = await getTranslations("domain");
  return (
    <>
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
    </>
  );
}
