import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { findUserForAdmin, listAccountNames } from "@/lib/queries/admin-users";
import { AccessForm, PasswordForm, RoleForm } from "../user-forms";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("user");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function ManageUserPage({ params, searchParams }: Props) {
  const admin = await requirePermission("users:manage");
  const { id } = await params;
  const db = await prisma();
  const user = await findUserForAdmin(db, id);
  if (!user) notFound();
  const accounts = await listAccountNames(db);
  const { created } = await searchParams;
  const t = await getTranslations("users");
  const roles = await getTranslations("roles");
  const locale = (await getLocale()) as Locale;
  const isSelf = user.id === admin.id;
  return (
    <section className="dashboard">
      <p>
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <div className="dashboard-head">
        <h1 translate="no">{user.email}</h1>
        {created ? (
          <p className="form-status tone-ok" role="status">
            {t("created")}
          </p>
        ) : null}
      </div>
      <div className="panel">
        <h2>{t("details")}</h2>
        <dl className="facts">
          <dt>{t("name")}</dt>
          <dd translate="no">{user.name}</dd>
          <dt>{t("role")}</dt>
          <dd data-field="role">{roles(user.role)}</dd>
          <dt>{t("account")}</dt>
          <dd data-field="account" translate={user.accountName ? "no" : undefined}>{user.accountName ?? t("noAccount")}</dd>
          <dt>{t("status")}</dt>
          <dd data-field="status">
            {user.disabledAt ? t("disabledSince", { time: formatDateTime(user.disabledAt, locale) }) : t("active")}
          </dd>
          <dt>{t("lastSignIn")}</dt>
          <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("never")}</dd>
          <dt>{t("createdAt")}</dt>
          <dd>{formatDateTime(user.createdAt, locale)}</dd>
        </dl>
        {isSelf ? <p className="callout">{t("yourself")}</p> : null}
      </div>
      {/* An admin's own page offers no way to demote or disable themselves (the server refuses it too). */}
      {isSelf ? null : (
        <div className="panel">
          <h2>{t("roleSection")}</h2>
          <RoleForm userId={user.id} role={user.role} account={user.accountName} accounts={accounts} />
        </div>
      )}
      <div className="panel">
        <h2>{t("passwordSection")}</h2>
        <p className="muted">{t("passwordSectionIntro")}</p>
        <PasswordForm userId={user.id} />
      </div>
      {isSelf ? null : (
        <div className="panel">
          <h2>{t("accessSection")}</h2>
          <p className="muted">{user.disabledAt ? t("accessIntroDisabled") : t("accessIntroActive")}</p>
          <AccessForm userId={user.id} disabled={Boolean(user.disabledAt)} />
        </div>
      )}
    </section>
  );
}
