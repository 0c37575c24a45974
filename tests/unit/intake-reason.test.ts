// An inbound item's reason is a code and its parameters, worded in the reader's language from
// messages/*.json; the English a row held before stays out of the pages.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import {
  RECORD_ERROR_CODES,
  RECORD_ERROR_FIELDS,
  readStoredReason,
  storeReasonParams,
  storeRecordError,
  wordDecision,
  wordReason,
  wordRecordError,
  type ReasonCode,
  type ReasonParams,
  type ReasonWording,
  type RecordError,
  type RecordErrorCode,
  type RecordErrorWording,
} from "@/lib/intake/reason";
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

const chineseErrors: RecordErrorWording = {
  t: createTranslator({ locale: "zh-CN", messages: zh, namespace: "intake.recordError" }),
  kindTitle: (kind) => messageKindTitle(kind, "zh-CN"),
  separator: "、",
};
const englishErrors: RecordErrorWording = {
  t: createTranslator({ locale: "en", messages: en, namespace: "intake.recordError" }),
  kindTitle: (kind) => messageKindTitle(kind, "en"),
  separator: ", ",
};

// Every error code of lib/errors.ts is a code a failed recording can store (a compile error otherwise).
const everyCode: [Exclude<RecordErrorCode, (typeof RECORD_ERROR_CODES)[number]>] extends [never] ? true : false = true;

describe("a failed recording's error, worded", () => {
  const retraction = "A retraction must name the message it retracts.";

  it("is stored as its code, the kind tried and the fields named, beside the use case's English sentence", () => {
    expect(everyCode).toBe(true);
    const stored = storeRecordError({ code: "unprocessable", kind: "retraction", fields: ["retractsMessageId", "somethingElse"] }, retraction);
    expect(readStoredReason("record_failed", stored)).toEqual({
      type: "error",
      text: retraction,
      error: { code: "unprocessable", kind: "retraction", fields: ["retractsMessageId"] },
    });
    expect(readStoredReason("record_failed", storeRecordError({ code: "internal_error", kind: null }, "Recording failed unexpectedly; try again."))).toEqual({
      type: "error",
      text: "Recording failed unexpectedly; try again.",
      error: { code: "internal_error" },
    });
    // A row stored before the error was data keeps its English sentence, with no code.
    expect(readStoredReason("record_failed", retraction)).toEqual({ type: "error", text: retraction, error: null });
    expect(readStoredReason("record_failed", '{"error":"no_such_code","message":"x"}')).toEqual({ type: "error", text: '{"error":"no_such_code","message":"x"}', error: null });
  });

  it("reads in English and in Chinese: the code, the fields it named, the kind it was recorded as", () => {
    const error = { code: "unprocessable", kind: "retraction", fields: ["retractsMessageId"] } as const;
    const kindEn = messageKindTitle("retraction", "en");
    const kindZh = messageKindTitle("retraction", "zh-CN");
    expect(wordRecordError(error, englishErrors)).toBe(`As “${kindEn}”: The message breaks a rule of recording. Check: the message it retracts.`);
    expect(wordRecordError(error, chineseErrors)).toBe(`按“${kindZh}”记录：消息不符合记录规则。请检查：所撤回的消息。`);
    expect(wordRecordError({ code: "not_found", fields: ["domain", "kind"] }, chineseErrors)).toBe("在此账户中找不到该域名或消息提到的其他内容。请检查：域名、类型。");
    expect(wordRecordError({ code: "unavailable" }, englishErrors)).toBe("The database was busy; try again in a moment.");
    expect(wordRecordError({ code: "internal_error" }, chineseErrors)).toBe("记录意外失败，请重试。");
  });

  it.each(RECORD_ERROR_CODES)("%s has words in both languages, the Chinese without English", (code) => {
    const error: RecordError = { code, kind: "filing_approved", fields: [...RECORD_ERROR_FIELDS] };
    const zhWords = wordRecordError(error, chineseErrors);
    const enWords = wordRecordError(error, englishErrors);
    expect(latin(zhWords)).toEqual([]);
    expect(enWords).not.toContain("intake.recordError");
    expect(zhWords).not.toBe(enWords);
  });

  it("the API's reason stays the use case's English sentence, for new rows and old", () => {
    expect(reasonInEnglish("record_failed", storeRecordError({ code: "unprocessable", kind: "retraction", fields: ["retractsMessageId"] }, retraction))).toBe(retraction);
    expect(reasonInEnglish("record_failed", retraction)).toBe(retraction);
  });
});
