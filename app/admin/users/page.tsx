import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { listUsers } from "@/lib/queries/admin-users";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("users");

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function UsersPage({ searchParams }: Props) {
  await requirePermission("users:manage");
  const { page } = await searchParams;
  const requested = Number.parseInt(typeof page === "string" ? page : "1", 10);
  const list = await listUsers(await prisma(), Number.isFinite(requested) ? requested : 1);
  const t = await getTranslations("users");
  const roles = await getTranslations("roles");
  const locale = (await getLocale()) as Locale;
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/admin/users/new">{t("create")}</Link>
      </p>
      <p className="muted">{t("count", { total: list.total })}</p>
      <div className="table-wrap">
        <table className="card-table">
          <thead>
            <tr>
              <th scope="col">{t("columnEmail")}</th>
              <th scope="col">{t("columnName")}</th>
              <th scope="col">{t("columnRole")}</th>
              <th scope="col">{t("columnAccount")}</th>
              <th scope="col">{t("columnStatus")}</th>
              <th scope="col">{t("columnLastSignIn")}</th>
              <th scope="col">
                <span className="skip-link">{t("manage")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((user) => (
              <tr key={user.id} data-user={user.email}>
                <td data-label={t("columnEmail")} className="cell-primary">{user.email}</td>
                <td data-label={t("columnName")}>{user.name}</td>
                <td data-label={t("columnRole")}>{roles(user.role)}</td>
                <td data-label={t("columnAccount")}>{user.accountName ?? t("noAccount")}</td>
                <td data-label={t("columnStatus")}>
                  <span className={`status-badge ${user.disabledAt ? "tone-danger" : "tone-ok"}`}>{user.disabledAt ? t("disabled") : t("active")}</span>
                </td>
                <td data-label={t("columnLastSignIn")}>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("never")}</td>
                <td>
                  <Link href={`/admin/users/${encodeURIComponent(user.id)}`} aria-label={t("manageLabel", { email: user.email })}>
                    {t("manage")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="pagination">
          {list.page > 1 ? <Link href={`/admin/users?page=${list.page - 1}`}>{t("previous")}</Link> : null}
          <span>{t("page", { page: list.page, pageCount: list.pageCount })}</span>
          {list.page < list.pageCount ? <Link href={`/admin/users?page=${list.page + 1}`}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
