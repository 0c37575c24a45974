import "server-only";

// A message with values formatted once per process, not once per request. next-intl keeps
// its compiled messages for one request only, so a page that formats "3 days left" or
// "10,000 domains" compiles each such message again on every view (docs/benchmarks.md,
// "customer pages, compact rows"). The catalogues never change while the server runs, and a
// message's text depends only on the locale and the values; these are numbers and strings
// (no dates, whose text would depend on the time zone), so the same call always reads the same.

const remembered = new Map<string, string>();
/** Distinct calls kept: the values of a list (counts, spans of days) repeat; anything beyond starts over. */
const LIMIT = 5000;

/** `format()`'s text for (`locale`, `key`, `values`), computed the first time this process sees them. */
export function rememberedText(locale: string, key: string, values: Record<string, string | number>, format: () => string): string {
  let id = `${locale}\u0000${key}`;
  for (const name in values) id += `\u0000${name}\u0001${values[name]}`;
  let text = remembered.get(id);
  if (text === undefined) {
    text = format();
    if (remembered.size >= LIMIT) remembered.clear();
    remembered.set(id, text);
  }
  return text;
}
