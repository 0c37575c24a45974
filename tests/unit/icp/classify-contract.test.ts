import { describe, expect, it } from "vitest";
import { classifyMessage, isConfidentClassification, type Classification } from "../../../lib/icp";

/**
 * The classifier's result contract that intake and the admin's record page build on: a confidence
 * with its level, the deciding cue, a runner-up, and a strict "confident enough to act alone".
 */
describe("Classification contract", () => {
  it("a classified text names its deciding cue, with a label in both languages and the matched words", () => {
    const result = classifyMessage("【工信部】您的网站备案号京ICP备2021123456号-1已被注销，请登录 https://beian.miit.gov.cn 查询。");
    expect(result.kind).toBe("icp_number_cancelled");
    expect(result.decidedBy).not.toBeNull();
    expect(result.decidedBy?.kind).toBe("icp_number_cancelled");
    expect(result.decidedBy?.id).toMatch(/^icp_number_cancelled\./);
    expect(result.decidedBy?.label.en.length).toBeGreaterThan(0);
    expect(result.decidedBy?.label.zh).toMatch(/\p{Script=Han}/u);
    expect(result.decidedBy?.match).toMatch(/注销/);
    expect(result.confidenceLevel).toBe("high");
    expect(isConfidentClassification(result)).toBe(true);
  });

  it("unknown has no cue, level none, confidence 0, and is never confident", () => {
    const result = classifyMessage("今天天气不错，我们下午三点开会。");
    expect(result).toMatchObject({ kind: "unknown", confidence: 0, confidenceLevel: "none", decidedBy: null, runnerUp: null });
    expect(isConfidentClassification(result)).toBe(false);
  });

  it("the matched words never carry a verification code", () => {
    const result = classifyMessage("【工信部】您的ICP备案验证码：483920，请于24小时内完成短信核验。");
    expect(result.kind).toBe("verification_code");
    expect(JSON.stringify(result.decidedBy)).not.toContain("483920");
  });

  const base: Classification = {
    kind: "filing_approved",
    confidence: 0.95,
    confidenceLevel: "high",
    decidedBy: { id: "filing_approved.x", kind: "filing_approved", label: { en: "x", zh: "x" }, match: "备案成功" },
    runnerUp: null,
    caution: null,
    icpNumbers: [],
    domains: [],
    deadlines: [],
    deadline: null,
    maskedText: "",
    containsVerificationCode: false,
  };

  it.each([
    ["a low confidence", { confidence: 0.6, confidenceLevel: "low" as const }],
    ["a medium confidence", { confidence: 0.75, confidenceLevel: "medium" as const }],
    ["a close runner-up (two events)", { runnerUp: { kind: "icp_number_cancelled" as const, confidence: 0.9 } }],
    ["no deciding cue", { decidedBy: null }],
    ["a cue of another kind", { decidedBy: { ...base.decidedBy!, kind: "access_cancelled" as const } }],
    ["unknown", { kind: "unknown" as const, confidence: 0, confidenceLevel: "none" as const, decidedBy: null }],
    ["NaN confidence", { confidence: Number.NaN }],
    ["a caution (the text also speaks of a change)", { caution: "an approval that also speaks of a change or a sync" }],
    ["a suggestion of the weaker reading", { confidence: 0.9, decidedBy: { ...base.decidedBy!, id: "weak.filing_approved.approved.none" } }],
  ])("is strict: %s is not confident", (_name, change) => {
    expect(isConfidentClassification({ ...base, ...change })).toBe(false);
  });

  it("a high confidence with a distant runner-up is confident", () => {
    expect(isConfidentClassification(base)).toBe(true);
    expect(isConfidentClassification({ ...base, runnerUp: { kind: "footer_notice", confidence: 0.5 } })).toBe(true);
  });
});
