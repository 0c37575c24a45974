import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { listAccountsForAdmin } from "@/lib/queries/admin-accounts";
import { CreateAccountForm, RenameAccountForm } from "./account-forms";
import "../messages/admin.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("accounts");

export default async function AccountsPage() {
  const user = await requirePermission("accounts:manage");
  const t = await getTranslations("admin.accounts");
  const locale = (await getLocale()) as Locale;
  const accounts = await listAccountsForAdmin(await prisma(), user);
  return (
    <div className="stack admin-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <CreateAccountForm />
      <div className="table-wrap">
        <table className="card-table">
          <thead>
            <tr>
              <th scope="col">{t("columnName")}</th>
              <th scope="col">{t("columnDomains")}</th>
              <th scope="col">{t("columnUsers")}</th>
              <th scope="col">{t("columnCreated")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-account={account.name}>
                <td data-label={t("columnName")} className="cell-primary">
                  <RenameAccountForm accountId={account.id} name={account.name} />
                </td>
                <td data-label={t("columnDomains")}>
                  <Link href={`/admin/domains?account=${account.id}`}>{t("domainCount", { count: account._count.domains })}</Link>
                </td>
                <td data-label={t("columnUsers")}>{account._count.users}</td>
                <td data-label={t("columnCreated")}>{formatDateTime(account.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
