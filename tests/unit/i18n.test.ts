import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/i18n/format";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [null, "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["en-US,en;q=0.9,zh;q=0.8", "en"],
    ["fr-FR,zh-TW;q=0.5", "zh-CN"],
    ["de;q=1, en;q=0", "en"],
    ["garbage", "en"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("formatDateTime", () => {
  it("shows China Standard Time with the zone named, whatever the machine's zone", () => {
    const instant = new Date("2026-11-20T02:05:00Z");
    expect(formatDateTime(instant, "en")).toBe("2026-11-20 10:05 CST");
    expect(formatDateTime(instant, "zh-CN")).toBe("2026-11-20 10:05 北京时间");
    expect(formatDateTime(new Date("2026-11-20T16:30:00Z"), "en")).toBe("2026-11-21 00:30 CST");
  });
});

describe("message catalogues", () => {
  type Tree = { [key: string]: string | Tree };
  const keys = (tree: Tree, prefix = ""): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
  it("have the same keys in English and Chinese, none empty", () => {
    const en = JSON.parse(readFileSync("messages/en.json", "utf8")) as Tree;
    const zh = JSON.parse(readFileSync("messages/zh-CN.json", "utf8")) as Tree;
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    const values = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : values(v)));
    expect([...values(en), ...values(zh)].every((v) => v.trim().length > 0)).toBe(true);
  });
});

describe("Chinese terms", () => {
  it("use one word each for account (账户) and provider (接入商)", () => {
    const zh = readFileSync("messages/zh-CN.json", "utf8");
    const catalogue = readFileSync("lib/icp/catalogue.ts", "utf8");
    for (const text of [zh, catalogue]) {
      expect(text).not.toMatch(/账号/);
      expect(text).not.toMatch(/服务商/);
    }
  });
});
