import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/set-locale";
import { LOCALES } from "@/lib/i18n/locales";

const NAMES = { en: "English", "zh-CN": "简体中文" } as const;

// A plain form: switching language works without client JavaScript.
export async function LanguageSwitcher() {
  const t = await getTranslations("app");
  const current = await getLocale();
  return (
    <form action={setLocale} className="language-switcher">
      <label htmlFor="locale-select">{t("language")}</label>
      <select id="locale-select" name="locale" defaultValue={current}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {NAMES[locale]}
          </option>
        ))}
      </select>
      <button type="submit">{t("switchLanguage")}</button>
    </form>
  );
}
