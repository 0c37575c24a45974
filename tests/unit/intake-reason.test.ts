// An inbound item's reason is a code and its parameters, worded in the reader's language from
// messages/*.json; the English a row held before stays out of the pages.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import { readStoredReason, storeReasonParams, wordDecision, wordReason, type ReasonCode, type ReasonParams, type ReasonWording } from "@/lib/intake/reason";
import { reasonInEnglish } from "@/lib/intake/reason-english";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

const chinese: ReasonWording = {
  t: createTranslator({ locale: "zh-CN", messages: zh, namespace: "intake.reasonDetail" }),
  kindTitle: (kind) => messageKindTitle(kind, "zh-CN"),
  separator: "、",
};
const english: ReasonWording = {
  t: createTranslator({ locale: "en", messages: en, namespace: "intake.reasonDetail" }),
  kindTitle: (kind) => messageKindTitle(kind, "en"),
  separator: ", ",
};

/** Latin words left once domain names (and ICP, a product word the pages allow) are taken out. */
const latin = (text: string) => (text.replace(/\b[\p{L}\d-]+(\.[\p{L}\d-]+)+\b/gu, " ").match(/[A-Za-z]{2,}/g) ?? []).filter((w) => w !== "ICP");

describe("an inbound item's reason, worded", () => {
  const cases: [ReasonCode, ReasonParams][] = [
    ["not_confident", { kind: "verification_code" }],
    ["not_confident", {}],
    ["no_domain", {}],
    ["several_domains", { domains: ["acme-cloud.com", "acme-mall.cn"] }],
    ["foreign_domain", { domains: ["unknown-site.cn"] }],
    ["foreign_domain", {}],
    ["duplicate_message", { kind: "filing_approved" }],
  ];

  it.each(cases)("%s %j reads in Chinese, with its particulars and no English", (code, params) => {
    const words = wordReason(code, storeReasonParams(params), chinese)!;
    expect(words).toBeTruthy();
    expect(latin(words)).toEqual([]);
    for (const domain of params.domains ?? []) expect(words).toContain(domain);
    if (params.kind && code === "not_confident") expect(words).toContain(messageKindTitle(params.kind, "zh-CN"));
  });

  it("names the kind it read like and the domains it named, in each language", () => {
    expect(wordDecision("not_confident", { kind: "verification_code" }, english)).toBe(
      `The text reads like “${messageKindTitle("verification_code", "en")}”, but not surely enough to record it unseen.`,
    );
    expect(wordDecision("several_domains", { domains: ["a.cn", "b.cn"] }, chinese)).toBe("文本提到了此账户的多个域名（a.cn、b.cn）。");
    expect(wordDecision("several_domains", { domains: ["a.cn", "b.cn"] }, english)).toBe("The text names several of this account's domains (a.cn, b.cn).");
    // Another account's domain is not named: the rules keep no name for it.
    expect(wordDecision("foreign_domain", {}, chinese)).toBe("文本提到的域名或备案号不属于此账户。");
    expect(wordDecision("rejected", {}, chinese)).toBeNull();
  });

  it("tells a rule's parameters from an old English sentence, typed words and an error", () => {
    expect(readStoredReason("not_confident", '{"kind":"verification_code"}')).toEqual({ type: "params", params: { kind: "verification_code" } });
    expect(readStoredReason("not_confident", '{"kind":"no_such_kind","domains":["a.cn",3]}')).toEqual({ type: "params", params: { domains: ["a.cn"] } });
    const old = 'The text reads like "verification_code", but not surely enough to record it unseen.';
    expect(readStoredReason("not_confident", old)).toEqual({ type: "legacy", text: old });
    expect(wordReason("not_confident", old, chinese)).toBeNull();
    expect(readStoredReason("rejected", "{not json, typed}")).toEqual({ type: "typed", text: "{not json, typed}" });
    expect(readStoredReason("record_failed", "A retraction must name the message it retracts.")).toMatchObject({ type: "error" });
    expect(readStoredReason("recording", null)).toEqual({ type: "none" });
    expect(readStoredReason(null, null)).toEqual({ type: "none" });
  });

  it("the API's reason stays an English sentence, or the words as stored", () => {
    expect(reasonInEnglish("no_domain", storeReasonParams({}))).toBe("The text names none of this account's domains or ICP numbers.");
    expect(reasonInEnglish("foreign_domain", storeReasonParams({ domains: ["x.cn", "y.cn"] }))).toBe("The text names x.cn, y.cn, which is not one of this account's domains.");
    expect(reasonInEnglish("not_confident", "An old sentence.")).toBe("An old sentence.");
    expect(reasonInEnglish("rejected", "Not about a filing.")).toBe("Not about a filing.");
    expect(reasonInEnglish("recording", null)).toBeNull();
  });
});
