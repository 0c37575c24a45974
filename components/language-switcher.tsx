import { getLocale, getTranslations } from "@/lib/i18n/server";
import { setLocale } from "@/app/actions/set-locale";
import { LOCALES } from "@/lib/i18n/locales";
import { LocaleSelect } from "./locale-select";

const NAMES = { en: "English", "zh-CN": "简体中文" } as const;

// A plain form: switching language works without client JavaScript (the button); with it,
// choosing a language switches at once.
export async function LanguageSwitcher() {
  const t = await getTranslations("app");
  const current = await getLocale();
  return (
    <form action={setLocale} className="language-switcher">
      <label htmlFor="locale-select">{t("language")}</label>
      {/* Keyed by the language in force, so the select shows it after every switch. */}
      <LocaleSelect key={current} current={current} options={LOCALES.map((locale) => ({ value: locale, label: NAMES[locale] }))} />
      <button type="submit" className="secondary locale-submit">
        {t("switchLanguage")}
      </button>
    </form>
  );
}
