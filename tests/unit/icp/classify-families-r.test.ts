import { describe, expect, it } from "vitest";
import { classifyMessage } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the seventeenth blind batch (R4-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of an R4- text (docs/classifier.md, "The R
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("R round: a payload's notice naming the revocation outranks its reason", () => {
  itReadsKinds([
    ["icp_number_cancelled", '{"event":"ICP filing number revoked","icpNo":"浙ICP备2020011223号-3","reason":"empty shell site, no hosting provider","date":"2026-03-04"}'],
    ["icp_number_cancelled", '{"title":"ICP number cancelled","licence":"苏ICP备2019004455号","cause":"invalid filing (shell website)"}'],
  ]);
  itReadsKinds([
    // A warning that names the empty shell, with no revocation, stays the empty-shell notice.
    ["filing_invalid", '{"notice":"empty shell warning","icpNo":"浙ICP备2020011223号-3","reason":"no access provider"}'],
  ]);
});

describe("R round: an HTML tag <code> is markup, not the word code", () => {
  const footer =
    '<p>We found that <b>lanting-tea.cn</b> has no ICP number at the bottom of its pages.</p><p>Please add <code>&lt;a href="https://beian.miit.gov.cn"&gt;浙ICP备2025001122号-1&lt;/a&gt;</code> by <b>June 30, 2026</b>.</p><p>— UCloud</p>';
  itReadsKinds([["footer_notice", footer]]);
  it("masks nothing in the footer notice (the year after </code> is no code)", () => {
    expect(classifyMessage(footer).maskedText).not.toContain("******");
  });
  itReadsKinds([
    // MIIT's code in HTML stays the code.
    ["verification_code", "<p>【工信部】您的ICP备案短信核验码为<b>508213</b>，请在24小时内登录beian.miit.gov.cn完成核验。</p>"],
  ]);
});

describe("R round: a yearly review's result 状态：已更新 is the change", () => {
  itReadsKinds([
    ["record_changed", "【浙江省通信管理局】备案年审结果：浙ICP备2021003344号-2，状态：已更新"],
    ["record_changed", "四川省通信管理局备案核查结果：蜀ICP备2020005566号 状态：已变更"],
  ]);
  itReadsKinds([
    // A yearly review that asks for something stays the rectification notice.
    ["rectification_notice", "【浙江省通信管理局】请于2026年6月30日前完成备案年审，逾期将影响您的网站备案 浙ICP备2021003344号-2。"],
  ]);
});

describe("R round: an SMS template with #placeholders# is no notice", () => {
  itStaysUnknown([
    "江苏省备案年审：请按 #备案号#负责人姓名# 的格式编辑短信回复本号码，年审期间为2021年3月1日至5月31日。",
    "浙江省备案核查短信模板：#网站名称#备案号#核查结果#，请勿直接回复。",
  ]);
  itReadsKinds([
    // A topic hashtag in front of a real notice is no placeholder.
    ["icp_number_cancelled", "#ICP备案# 【工信部】您的网站备案 粤ICP备2019003344号-1 已被注销。"],
  ]);
});

describe("R round: a help text explaining what a message means is no event", () => {
  itStaysUnknown([
    'A "filing approved" notification means your ICP number is now active and should be shown in the footer.',
    "“备案已注销”的短信是指您的备案号已被收回，需要重新办理备案。",
    "An access cancelled message means your provider has withdrawn access; move the site to a provider that files it again.",
  ]);
  itReadsKinds([
    // The event told first, then what it means, stays the event.
    ["icp_number_cancelled", "[MIIT] Your ICP number 粤ICP备2018001122号 has been cancelled. This means the site can no longer be reached in mainland China."],
  ]);
});

describe("R round: machine-translated MIIT and provider English, 'already' + bare verb is a past event", () => {
  itReadsKinds([
    ["submitted_to_authority", "[Huawei Cloud] Your record application already submit to communication administration audit, please patiently wait."],
    // 管局 word for word is "Tube Bureau".
    ["submitted_to_authority", "[Huawei Cloud] Your website record first trial pass, already submit to Tube Bureau examine, please keep the phone open."],
    ["icp_number_cancelled", "[MIIT] Your website record number 浙ICP备2016004433号 already be cancel by Zhejiang communication management bureau."],
    ["filing_approved", "[MIIT] Dear user, your website record already audit pass, record number 浙ICP备2026005678号, please hang it at the site bottom."],
    ["record_changed", "[MIIT] Your record information already change, please log in beian.miit.gov.cn check the latest information."],
    ["authority_rejected", "[MIIT] Your record application has been Zhejiang Province Communication Administration return, reason: site name not match the entity."],
    ["provider_synced", "[Tencent Cloud] Your record result already synchronize to Tencent Cloud, status change to record completed."],
    ["access_cancelled", "[MIIT] Your website has been access provider cancel access, please as soon as possible contact a new access provider."],
  ]);
  itReadsKinds(
    [["provider_returned", "[Kingsoft Cloud] Your record order audit not passed. Reason: the leader photo is blurry. Please modify and submit again."]],
    { notConfident: true },
  );
  itStaysUnknown([
    // Not done yet, asked, or a rule: no event.
    "Your record application not yet submit to communication administration audit, please first finish the provider check.",
    "Is my record already audit pass?",
    "If record information need change, please log in the console and submit a change application.",
  ]);
});

describe("R round: the hash format quoted in a notice sent to the holder keeps the notice", () => {
  itReadsKinds([
    ["rectification_notice", "【江苏省通信管理局】您的网站苏ICP备2020001188号-1需参加年度备案年审，请于6月30日前按“#备案号#负责人姓名#”格式回复短信。"],
  ]);
});

describe("R round: a payload's coded state is its value", () => {
  itReadsKinds([
    ["submitted_to_authority", '{"order":"ALI-ICP-88231","state":"AWAITING_GOV_REVIEW","province":"Zhejiang","domain":"qiaomu-shop.cn"}'],
    ["filing_submitted", '{"order":"BD-ICP-7710","domain":"yunhe-tech.cn","status":"PENDING_FIRST_AUDIT"}'],
    ["provider_returned", '{"code":4,"status_desc":"接入商审核驳回","domain":"yunhe-tech.cn","reason":"网站名称不符合规范"}'],
  ]);
  itReadsKinds([
    // The bureau's rejection in the same field stays the bureau's.
    ["authority_rejected", '{"code":5,"status_desc":"管局审核驳回","domain":"yunhe-tech.cn","reason":"主体地址不在本省"}'],
  ]);
  itStaysUnknown([
    // A state of the payment is no state of the filing.
    '{"order":"BD-ICP-7710","domain":"yunhe-tech.cn","status":"WAITING_PAYMENT"}',
  ]);
});
