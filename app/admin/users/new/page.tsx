import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { listAccountNames } from "@/lib/queries/admin-users";
import { CreateUserForm } from "../user-forms";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("newUser");

export default async function NewUserPage() {
  await requirePermission("users:manage");
  const accounts = await listAccountNames(await prisma());
  const t = await getTranslations("users");
  return (
    <section className="panel narrow">
      <p>
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p>{t("newIntro")}</p>
      <CreateUserForm accounts={accounts} />
    </section>
  );
}
