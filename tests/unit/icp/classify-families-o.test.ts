import { describe, expect, it } from "vitest";
import { maskVerificationCodes } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the fourteenth blind batch (O1-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of an O1- text (docs/classifier.md, "The O
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("O round: another authority's filing (the CAC's algorithm filing) is never an ICP notice", () => {
  itStaysUnknown([
    "CAC notice: the generative AI service algorithm \"Bluefin Chat\" submitted by your company has been filed. Show the filing number on your login page.",
    "Cyberspace Administration: your recommendation algorithm \"Daily Picks\" is now in the list of filed algorithms; display its filing number in the app's About page.",
    "PSB notice: your network security filing for the shop app is complete. Put the filing number at the bottom of the home page.",
  ], { notConfident: true });

  itReadsKinds([
    // The ICP footer notice keeps its kind, also beside an algorithm.
    ["footer_notice", "【阿里云】您的网站 kiteworks.cn 首页底部未悬挂ICP备案号，请于6月20日前添加并链接至 beian.miit.gov.cn。"],
    ["footer_notice", "[Tencent Cloud] Your site moonhaven.cn does not display its ICP filing number in the footer. Please add it and link it to beian.miit.gov.cn by 15 June."],
  ]);
});

describe("O round: work announced to come is no event and no notice to this filing", () => {
  itStaysUnknown([
    "【浙江省通信管理局】2027年度网站备案核查工作将于3月1日起开展，请各网站主办者保持联系方式畅通，具体安排另行通知。",
    "【广东省通信管理局】全省网站备案年审将于下月启动，具体安排另行通知。",
    "[Jiangsu Communications Administration] The 2027 annual review of website filings will begin on 10 March. Details will follow.",
  ], { notConfident: true });

  itReadsKinds([
    // A review that names a filing of its own, or a review that has begun, is the notice.
    ["rectification_notice", "【浙江省通信管理局】您的网站 riverbend.cn（浙ICP备2022011223号-1）已列入年审范围，请于6月30日前登录 beian.miit.gov.cn 完成年审。"],
    // A provider's step to come ("届时") inside a notice of a submission keeps the submission.
    ["filing_submitted", "【天翼云】您的备案订单已提交，我们将在1个工作日内完成初审，初审通过后提交管局，届时工信部会发送短信核验。"],
  ]);
});

describe("O round: a lack given as the cause of another event is no notice to rectify", () => {
  itStaysUnknown([
    "李经理，那个 苏ICP备2019004455号 在工信部网站上查不到了，估计是去年核查没整改造成的，我先准备材料重新备案。",
    "The number no longer shows up on the MIIT site; I think not rectifying the footer last spring led to it. I'll start a new filing.",
  ]);

  itReadsKinds([
    // A lack stated now is still the notice.
    ["rectification_notice", "【西部数码】经核查，您的网站 tealgarden.cn 备案信息不准确，尚未整改，请于6月15日前完成整改。"],
    ["footer_notice", "【华为云】检测到您的网站 oakline.cn 首页未悬挂备案号，请尽快整改。"],
  ]);
});

describe("O round: a reason that is a lack names no subject of its own", () => {
  itReadsKinds([
    ["icp_number_cancelled", "【四川省通信管理局】您的网站备案号 蜀ICP备2020012345号-1 因长期未接入服务商已被注销。"],
    ["icp_number_cancelled", "【江苏省通信管理局】您的备案 苏ICP备2021077001号 因无接入已被注销，注销时间：2026年5月3日。"],
  ]);

  itReadsKinds([
    // A reason with a subject of its own keeps it a reason: the site is down because the number was cancelled.
    ["unknown", "您的网站因备案号已被注销，目前无法访问，请问要怎么恢复？"],
  ]);
});

describe("O round: the same event, in a payload's notice field and its event names", () => {
  itReadsKinds([
    ["access_cancelled", '{"notice":"ACCESS_REMOVED","domain":"copperleaf.cn","icpNumber":"粤ICP备2023055501号-2","provider":"JD Cloud"}'],
    ["record_changed", '{"type":"ICP_RECORD_CHANGED","icp":"浙ICP备2022099001号-1","domain":"marbleway.cn","fields":["leaderPhone"]}'],
    ["record_changed", '{"event":"record.updated","icpNumber":"沪ICP备2021000777号-3","domain":"silverfern.cn"}'],
  ]);

  itStaysUnknown([
    // A payload about an account, not the filing.
    '{"notice":"ACCOUNT_UPDATED","user":"ops@acme.example","field":"phone"}',
  ]);
});

describe("O round: the bureau's own English, machine-translated", () => {
  itReadsKinds([
    ["authority_rejected", "[Zhejiang Communications Administration] Your filing application was not passed the review. Reason: the website name is not consistent with the content. Please modify it through your access provider."],
    ["authority_rejected", "[Guangdong Communications Administration] Your record order is not pass the audit, reason: leader ID photo unclear."],
  ]);

  itReadsKinds([
    // The provider's first review, even relayed by the bureau's words, stays the provider's.
    ["provider_returned", "[Huawei Cloud] Your ICP filing order did not pass the initial review. Reason: the domain certificate holder differs from the entity. Please modify and resubmit."],
  ]);
  itStaysUnknown([
    // Not from the bureau: a person's guess.
    "I think our record application is not passed the audit yet, can someone check?",
  ]);
});

describe("O round: the same event, more spellings", () => {
  itReadsKinds([
    ["record_changed", "MIIT: new access service provider added to the filing 浙ICP备2020033221号-2 (site lumenpath.cn): Tencent Cloud. 2026/5/14."],
    ["access_cancelled", "Per your request, we have cancelled Huawei Cloud's access for shop.greyfinch.cn as of 2 May 2026. Your ICP number stays valid for now."],
    ["filing_submitted", "Hello, your ICP filing order TC-88102 for amberfield.cn was received today and has entered Tencent Cloud's initial review queue."],
    ["record_changed", "张总，新的网站负责人电话已经更新到备案里了，您可以去工信部网站查一下。"],
    ["footer_notice", "[Alibaba Cloud] Detect your website bottom not hang the ICP record number, please modify before 30 June."],
  ]);

  itStaysUnknown([
    // Nothing happened yet, or it is not the filing.
    "网站名称改好了吗？还没更新到备案里吧？",
    "We hang the record number poster in the office lobby every year.",
    "The ticket says we should cancel Huawei Cloud's access next week, not yet done.",
  ]);
});

describe("O round: a check's heading and a payload's check type are the check, unless it passed", () => {
  itReadsKinds([
    ["rectification_notice", "ICP filing information verification\nFiling: 闽ICP备2023004411号-1 (saltcove.cn)\nItem: Website leader phone\nProblem: cannot be reached\nPlease correct it by 20 June."],
    ["rectification_notice", '{"checkType":"verification","domain":"ivorygate.cn","icpNumber":"京ICP备2022003300号-1","issues":["Leader phone unreachable"],"deadline":"2026-07-01"}'],
  ]);

  itStaysUnknown([
    "ICP filing information verification completed for saltcove.cn: no problems found, nothing to correct.",
    "ICP filing information verification: all items consistent for ivorygate.cn.",
  ]);
});

describe("O round: a code in groups of two digits is masked, wherever its keyword stands", () => {
  it.each([
    ["Your one-time passcode for the renewal of the domain package (CNY 1,088.00) at JD Cloud is 47 20 93. Do not share it.", "47 20 93"],
    ["[Bank] The verification code for your card payment of CNY 3,250.00 to Tencent Cloud Computing is 19 64 28.", "19 64 28"],
  ])("masks %s", (text, code) => {
    const masked = maskVerificationCodes(text);
    expect(masked).not.toContain(code);
    expect(masked).not.toMatch(new RegExp(code.split(" ").join("\\s?")));
  });

  it("leaves amounts, dates and ICP numbers in clear", () => {
    const text = "Your passcode for the payment of CNY 2,026.12 on 2026-05-14 for 浙ICP备2020033221号 is 33 41 52.";
    const masked = maskVerificationCodes(text);
    expect(masked).toContain("2,026.12");
    expect(masked).toContain("2026-05-14");
    expect(masked).toContain("浙ICP备2020033221号");
    expect(masked).not.toContain("33 41 52");
  });
});
