// lib/i18n/server.ts: one translator per locale and namespace for the life of the process, whose
// texts read exactly as next-intl's own, with plain messages and text-only values remembered.
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/locales";

let locale = "en";
const catalogues: Record<string, object> = { en, "zh-CN": zh };

vi.mock("next-intl/server", () => ({
  getLocale: async () => locale,
  getMessages: async () => catalogues[locale],
  getTranslations: async () => {
    throw new Error("the object form is not used here");
  },
}));

const { getTranslations, remembering, REMEMBERED_LIMIT } = await import("@/lib/i18n/server");

/** next-intl's own translator for one request, to compare with. */
const own = (namespace: string) => createTranslator({ locale, messages: catalogues[locale] as never, namespace: namespace as never, timeZone: DISPLAY_TIME_ZONE }) as unknown as (key: string, values?: unknown) => string;

type T = Awaited<ReturnType<typeof getTranslations>>;

/** A counting stand-in for next-intl's translator. */
function counted() {
  const calls: string[] = [];
  const base = Object.assign(
    (key: string, values?: Record<string, unknown>) => {
      calls.push(values ? `${key} ${JSON.stringify(values)}` : key);
      return values ? `${key}:${Object.values(values).map(String).join(",")}` : key.toUpperCase();
    },
    { rich: () => "rich", markup: () => "markup", raw: () => "raw", has: () => true },
  );
  return { calls, base: base as unknown as T };
}

describe("the server translator", () => {
  beforeEach(() => {
    locale = "en";
  });

  it("reads exactly as next-intl's own, in both languages, plain, plural and nested values", async () => {
    for (const lang of ["en", "zh-CN"]) {
      locale = lang;
      const t = await getTranslations("domain");
      const d = await getTranslations("domains");
      for (const count of [0, 1, 2, 17, 10000]) {
        expect(t("span.days", { count })).toBe(own("domain")("span.days", { count }));
        expect(d("count", { total: count })).toBe(own("domains")("count", { total: count }));
      }
      const span = t("span.hours", { count: 3 });
      expect(t("left", { span })).toBe(own("domain")("left", { span }));
      expect(d("columnDomain")).toBe(own("domains")("columnDomain"));
    }
    locale = "en";
    const en1 = (await getTranslations("domains"))("columnDomain");
    locale = "zh-CN";
    expect((await getTranslations("domains"))("columnDomain")).not.toBe(en1);
  });

  it("is the same translator on every request of a locale and namespace", async () => {
    expect(await getTranslations("domains")).toBe(await getTranslations("domains"));
    const enT = await getTranslations("domains");
    locale = "zh-CN";
    expect(await getTranslations("domains")).not.toBe(enT);
  });

  it("formats a plain message and a message with text-only values once, then reads them back", () => {
    const { calls, base } = counted();
    const t = remembering(base, new Map());
    expect([t("a" as never), t("a" as never)]).toEqual(["A", "A"]);
    expect([t("b" as never, { n: 3 } as never), t("b" as never, { n: 3 } as never), t("b" as never, { n: 4 } as never)]).toEqual(["b:3", "b:3", "b:4"]);
    // The number 3 and the string "3" may format differently (plural rules): kept apart.
    expect(t("b" as never, { n: "3" } as never)).toBe("b:3");
    expect(calls).toEqual(["a", 'b {"n":3}', 'b {"n":4}', 'b {"n":"3"}']);
  });

  it("formats values with dates or elements each time, and hands rich, markup, raw and has over", () => {
    const { calls, base } = counted();
    const t = remembering(base, new Map());
    const at = new Date("2026-12-01T00:00:00Z");
    t("c" as never, { at } as never);
    t("c" as never, { at } as never);
    expect(calls).toHaveLength(2);
    expect([t.rich("x" as never, {} as never), t.markup("x" as never, {} as never), t.raw("x" as never), t.has("x" as never)]).toEqual(["rich", "markup", "raw", true]);
  });

  it("keeps at most REMEMBERED_LIMIT texts, starting over when full", () => {
    const { calls, base } = counted();
    const memory = new Map<string, string>();
    const t = remembering(base, memory);
    for (let n = 0; n <= REMEMBERED_LIMIT; n++) t("b" as never, { n } as never);
    expect(memory.size).toBeLessThanOrEqual(REMEMBERED_LIMIT);
    t("b" as never, { n: 0 } as never);
    expect(calls).toHaveLength(REMEMBERED_LIMIT + 2);
  });
});
