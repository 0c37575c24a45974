import "server-only";
import { _createCache, _createIntlFormatters, createTranslator } from "next-intl";
import { getLocale, getMessages, getTranslations as nextIntlTranslations } from "next-intl/server";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/locales";

export { getLocale, getMessages };

// The server translator, kept for the life of the process rather than one request.
//
// next-intl's getTranslations builds a translator per request, with a cache of compiled
// messages that lives as long as the request: every view of a page compiles each message with
// values ("3 days left", "10,000 domains") again, and formats every plain one again (about
// 8 µs a call even from its cache). A page calls t() once per cell and row, which for a 25-row
// table was a tenth of its server time (docs/benchmarks.md). But nothing a translation reads
// changes while the server runs: the catalogues are files, the time zone is the display time
// zone (i18n/request.ts), and no formats or error handlers are configured per request. So:
// - one translator per locale and namespace, on one process-wide cache of compiled messages;
// - a plain message's text, and a message's text for values that are only strings and numbers,
//   remembered per locale and namespace (a list's values repeat: counts, spans of days; the
//   memory is bounded and starts over when full). Values with dates or elements are formatted
//   each time, from the compiled message.

type Translator = Awaited<ReturnType<typeof nextIntlTranslations>>;
type Format = (key: string, values?: unknown, formats?: unknown) => string;

/** Distinct (key, values) texts kept per locale and namespace before that memory starts over. */
export const REMEMBERED_LIMIT = 5000;

/** Text-only values: the same call always reads the same. Null for anything else (dates, elements, functions). */
function valuesKey(values: unknown): string | null {
  if (values === null || typeof values !== "object") return null;
  let id = "";
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "string" && typeof value !== "number") return null;
    id += `\u0000${name}\u0001${typeof value === "number" ? "n" : "s"}${value}`;
  }
  return id;
}

/**
 * `base` with its texts remembered in `memory`: plain messages and messages whose values are
 * strings and numbers are formatted once; everything else, and rich / markup / raw / has, goes
 * to `base` each time.
 */
export function remembering(base: Translator, memory: Map<string, string>): Translator {
  const format = base as unknown as Format;
  const translate = ((key: string, values?: unknown, formats?: unknown) => {
    if (formats !== undefined) return format(key, values, formats);
    const id = values === undefined ? key : valuesKey(values);
    if (id === null) return format(key, values);
    const full = values === undefined ? id : key + id;
    let text = memory.get(full);
    if (text === undefined) {
      text = format(key, values);
      if (memory.size >= REMEMBERED_LIMIT) memory.clear();
      memory.set(full, text);
    }
    return text;
  }) as unknown as Translator;
  return Object.assign(translate, { rich: base.rich, markup: base.markup, raw: base.raw, has: base.has });
}

const compiled = _createCache();
const formatters = _createIntlFormatters(compiled);
/** Per catalogue (the same object for the life of a production server; a new one after a reload in development). */
const translators = new WeakMap<object, Map<string, Translator>>();

export const getTranslations = (async (namespace?: unknown) => {
  // The object form ({ locale, namespace }) is next-intl's own, per request.
  if (namespace !== undefined && typeof namespace !== "string") return nextIntlTranslations(namespace as never);
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  let ofCatalogue = translators.get(messages);
  if (!ofCatalogue) translators.set(messages, (ofCatalogue = new Map()));
  const scope = `${locale}\u0000${namespace ?? ""}`;
  let translator = ofCatalogue.get(scope);
  if (!translator) {
    const base = createTranslator({
      locale,
      messages: messages as never,
      namespace: namespace as never,
      timeZone: DISPLAY_TIME_ZONE,
      _cache: compiled,
      _formatters: formatters,
    }) as unknown as Translator;
    translator = remembering(base, new Map());
    ofCatalogue.set(scope, translator);
  }
  return translator;
}) as typeof nextIntlTranslations;
