// lib/i18n/server.ts remembers plain messages (no values) per locale and namespace for the life of
// the process; everything else goes to next-intl each time.
import { beforeEach, describe, expect, it, vi } from "vitest";

let locale = "en";
const calls: string[] = [];
const catalogue: Record<string, Record<string, string>> = {
  en: { "domains.columnDomain": "Domain", "domains.count": "{total} domains" },
  "zh-CN": { "domains.columnDomain": "域名", "domains.count": "{total} 个域名" },
};

vi.mock("next-intl/server", () => ({
  getLocale: async () => locale,
  getMessages: async () => ({}),
  getTranslations: async (namespace?: string) => {
    const t = (key: string, values?: Record<string, unknown>) => {
      calls.push(`${locale} ${namespace}.${key}${values ? " " + JSON.stringify(values) : ""}`);
      const message = catalogue[locale]![`${namespace}.${key}`] ?? `${namespace}.${key}`;
      return values ? message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name])) : message;
    };
    return Object.assign(t, { rich: () => "rich", markup: () => "markup", raw: () => "raw", has: () => true });
  },
}));

const { getTranslations } = await import("@/lib/i18n/server");

describe("the server translator", () => {
  beforeEach(() => {
    calls.length = 0;
    locale = "en";
  });

  it("formats a plain message once per locale and namespace, then reads it back", async () => {
    const t = await getTranslations("domains");
    expect(t("columnDomain")).toBe("Domain");
    expect(t("columnDomain")).toBe("Domain");
    expect((await getTranslations("domains"))("columnDomain")).toBe("Domain");
    expect(calls.filter((c) => c.includes("columnDomain"))).toHaveLength(1);

    locale = "zh-CN";
    expect((await getTranslations("domains"))("columnDomain")).toBe("域名");
    expect(calls.filter((c) => c.includes("columnDomain"))).toHaveLength(2);
  });

  it("formats a message with values every time", async () => {
    const t = await getTranslations("domains");
    expect(t("count", { total: 3 })).toBe("3 domains");
    expect(t("count", { total: 4 })).toBe("4 domains");
    expect(calls).toEqual(['en domains.count {"total":3}', 'en domains.count {"total":4}']);
  });

  it("hands rich, markup, raw and has to next-intl", async () => {
    const t = await getTranslations("domains");
    expect([t.rich("x" as never, {} as never), t.markup("x" as never, {} as never), t.raw("x" as never), t.has("x" as never)]).toEqual(["rich", "markup", "raw", true]);
  });
});
