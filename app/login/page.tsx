import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LoginForm } from "./login-form";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("login");

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const t = await getTranslations("login");
  const initialError = error === "RateLimited" ? t("rateLimited") : error === "ServiceUnavailable" ? t("unavailable") : error ? t("failed") : null;
  return (
    <section className="panel narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <LoginForm callbackUrl={target} initialError={initialError} />
    </section>
  );
}
