import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DISPLAY_TIME_ZONE, isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "@/lib/i18n/locales";

// No locale in the URL: the user's choice (a cookie) wins, else the browser's language.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return {
    locale,
    timeZone: DISPLAY_TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
