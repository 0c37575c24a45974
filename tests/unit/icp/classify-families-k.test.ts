import { describe, expect, it } from "vitest";
import { isConfidentClassification } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the tenth blind batch (K7-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a K7- text (docs/classifier.md, "The K
 * round"). Beside each family stand texts that must keep their kind: a real notice that mentions a campaign, a
 * provider's notice about the footer.
 */
const { classify, itReadsKinds, itStaysUnknown, itIsConfident } = readAt("2026-06-01T00:00:00Z");

describe("K round: a report about filings in general is not a notice to this filing", () => {
  itStaysUnknown([
    "据新华社报道，今年以来各地通信管理局共清理空壳网站备案三万余个，整治工作将持续到年底。",
    "记者从省通信管理局获悉，上半年累计注销无效备案主体5200余个，关停空壳网站一千多家。",
    "Reuters: the Ministry of Industry and Information Technology said on Monday that more than 15,000 websites had their ICP filings revoked as empty shells.",
    "This month in China tech compliance: empty-shell filings cancelled, new rules for app filing, and how to rectify your filing information before the audit.",
    "Weekly digest — regulators announced last week a nationwide clean-up of inaccurate ICP filings; thousands of sites must rectify.",
    "本周合规速递：多省开展备案信息专项核查，空壳网站将被注销备案，网站主办者需及时整改。",
  ]);

  itReadsKinds([
    ["filing_invalid", "【广东省通信管理局】根据空壳网站专项清理行动要求，经核查，您的网站 yuhang-tea.cn 为空壳网站，请于2026年7月1日前完成整改，逾期将注销备案。"],
    ["rectification_notice", "【阿里云】根据近期备案信息核查专项行动，您的备案 浙ICP备2022011223号-1 主体负责人手机号无法接通，请于6月20日前登录控制台更新。"],
    ["filing_invalid", "Tencent Cloud: as part of the nationwide clean-up campaign, your site lanzhi-edu.cn was found to be an empty-shell website. Please fix it by 2026-07-15 or the filing will be cancelled."],
  ], { title: "keeps its kind: %s ← %s" });
});

describe("K round: a developer's ticket or test run about the footer's ICP number is no notice", () => {
  itStaysUnknown([
    "Feature request: let admins set the ICP filing number shown in the site footer instead of editing the template.",
    "User story: as a site owner, I want the footer to display our 备案号 linked to beian.miit.gov.cn.",
    "Bug: footer shows the ICP number twice on mobile; it is hard-coded in layout.tsx and in the CMS block.",
    "✓ e2e/footer.spec.ts › shows the ICP number 沪ICP备2024001122号\n✗ e2e/footer.spec.ts › links the ICP number to beian.miit.gov.cn\nTests: 1 failed, 12 passed",
    "需求：网站底部悬挂备案号，并链接到 beian.miit.gov.cn（测试用例见附件）",
  ]);

  itReadsKinds([
    ["footer_notice", "【腾讯云】您的网站 chunfeng.cn 底部未悬挂备案号，请于6月30日前在网站底部添加备案号并链接至 beian.miit.gov.cn。"],
    ["footer_notice", "Huawei Cloud: the ICP number in the footer of mingde-tea.com is not linked to beian.miit.gov.cn. Please fix it by June 20."],
  ], { title: "keeps its kind: %s ← %s" });
});

describe("K round: the number shown on the site, the approval long past", () => {
  itReadsKinds([
    ["footer_notice", "Baidu AI Cloud notice: the filing number shown on your website songhe-art.cn differs from the filed number 京ICP备2021009876号-2. Please correct it by 2026-06-30."],
    ["footer_notice", "Hi all, Kingsoft Cloud wrote again: luming.cn was approved back in 2024 but the number is still not in the footer. Add it and link it to beian.miit.gov.cn by the 15th."],
    ["rectification_notice", "JD Cloud: the filing information of tianyi-trade.cn does not match the business licence address. Please correct it by 2026-06-30."],
  ]);
});

describe("K round: a cancellation of the provider's access, a receipt, is no SMS step", () => {
  itReadsKinds([
    ["access_cancelled", "Subject: Confirmation - Remove Tencent Cloud as access provider\n\nYour request to cancel Tencent Cloud as the access provider for lanqiao.cn has been completed. Your ICP number stays valid."],
    ["cancellation_verification", "Your request to cancel the ICP filing of beiyu.cn is waiting for your confirmation on beian.miit.gov.cn."],
  ]);
});

describe("K round: a console that shows 已备案 is never confidently the approval", () => {
  it.each([
    "阿里云控制台刷新了，lvshan.cn 显示“已备案”，和之前工信部发的备案成功短信一致。",
    "Tencent's console now shows our filing for hexi.cn as approved, same as the MIIT SMS.",
    "百度智能云后台显示 beihu.cn 已备案成功。",
  ])("not a confident approval: %s", (text) => {
    const c = classify(text);
    expect(c.kind === "filing_approved" && isConfidentClassification(c)).toBe(false);
  });
});

describe("K round: a notice addressed to nobody is never confident", () => {
  itIsConfident([
    "Provincial communications administrations have started cancelling the filings of empty-shell websites found in this year's checks.",
    "Websites must display the ICP number in the footer and link it to beian.miit.gov.cn.",
    "各地通信管理局要求：备案信息不准确的网站须限期整改。",
  ], false, "not confident: %s");

  itIsConfident([
    "【华为云】您的网站 qingmu.cn 底部未展示备案号，请于7月1日前添加。",
    "Alibaba Cloud: the filing information of hongli.cn is inaccurate (the contact phone cannot be reached). Please correct it by 2026-06-30.",
  ], true, "still confident: %s");
});

describe("K round: the second pass — a console that shows filed, an aside of the past, a reply's subject, the bureau in more words", () => {
  itReadsKinds([
    ["provider_synced", "华为云后台刚刷新，qinghe-media.cn 的状态显示“已备案”了，网站可以访问。"],
    ["provider_synced", "Our console now lists the filing for redpine.cn as \"Filed\", same as the MIIT SMS from Friday."],
    ["provider_synced", "Hello, our system now reflects your approved filing for mulan-bakery.cn; the access is active. — UCloud support"],
    ["provider_synced", "Sync confirmed: the Huawei Cloud status for dongjiang.cn (粤ICP备2025001234号-1) is \"Filed\" as of today."],
    ["provider_synced", "Kingsoft Cloud at last: status for lvxi.cn flipped from \"Under bureau review\" to \"Filed\" this afternoon."],
    ["submitted_to_authority", "【腾讯云】您的备案订单已重新提交至管局审核（此前管局退回原因：网站名称不规范），请留意工信部核验短信。"],
    ["submitted_to_authority", "Update: Aliyun finished the first review and pushed our filing for baiyun-tea.cn to the Zhejiang bureau this morning."],
    ["submitted_to_authority", "The filing for jinling-pack.cn is now with the 管局 after Tencent's first review; no MIIT SMS yet."],
    ["submitted_to_authority", "Your ICP application has been transmitted to the provincial communications authority; its review takes up to 20 working days."],
    ["provider_returned", "Volcano Engine e-mail: \"The filing order you submitted requires changes: the website name is too generic. Please edit it and submit again.\""],
    ["icp_number_cancelled", "Re: Filing check notice\n\n> Please update the contact phone by 2026-03-01.\n\nWe missed that deadline, and this morning MIIT texted: the ICP number for songlin.cn has been cancelled."],
    ["authority_rejected", "OPS-88  Status: Authority rejected\nAlibaba Cloud passes on the administration's comment: \"Sponsor name differs from licence.\"\nDomain: qiaotou.cn"],
  ]);

  itReadsKinds([
    ["authority_rejected", "【江苏省通信管理局】您此前提交的备案申请（苏ICP备2025001122号）审核未通过，原因：网站名称不规范。"],
    ["filing_approved", "Re: ICP filing\n\nGood news, your filing for huaqiao.cn has been approved by the bureau today."],
  ], { title: "keeps its kind: %s ← %s" });
});
