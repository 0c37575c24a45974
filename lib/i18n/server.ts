import "server-only";
import { getLocale, getMessages, getTranslations as nextIntlTranslations } from "next-intl/server";

export { getLocale, getMessages };

// next-intl's server translator, with its plain messages (no values) remembered for the life of
// the process. A page calls t("columnDomain") once per cell and row; next-intl formats the message
// anew each time (about 8 µs even from its cache, 20 µs on a request's first use), which for a
// 25-row table was a tenth of the page's server time (docs/benchmarks.md). The catalogues never
// change while the server runs, so a message without values always reads the same in a locale.
// Calls with values, and t.rich / t.markup / t.raw / t.has, go to next-intl unchanged.

const plain = new Map<string, Map<string, string>>();

type Translator = Awaited<ReturnType<typeof nextIntlTranslations>>;

export const getTranslations = (async (namespace?: unknown) => {
  // The object form ({ locale, namespace }) is next-intl's own, unremembered.
  if (namespace !== undefined && typeof namespace !== "string") return nextIntlTranslations(namespace as never);
  const [t, locale] = await Promise.all([nextIntlTranslations(namespace as never), getLocale()]);
  const scope = `${locale}\u0000${namespace ?? ""}`;
  let remembered = plain.get(scope);
  if (!remembered) plain.set(scope, (remembered = new Map()));
  const memo = remembered;
  const translate = ((key: string, values?: unknown, formats?: unknown) => {
    if (values !== undefined || formats !== undefined) return (t as (k: string, v?: unknown, f?: unknown) => string)(key, values, formats);
    let text = memo.get(key);
    if (text === undefined) {
      text = (t as (k: string) => string)(key);
      memo.set(key, text);
    }
    return text;
  }) as unknown as Translator;
  return Object.assign(translate, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has });
}) as typeof nextIntlTranslations;
