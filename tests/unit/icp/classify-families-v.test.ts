import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-first blind batch (V8-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a V8- text (docs/classifier.md, "The V
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown, itIsConfident } = readAt("2026-06-01T00:00:00Z");

describe("V round: a check that came back fine is no notice", () => {
  itStaysUnknown([
    "【腾讯云】您的备案（粤ICP备20261234号）本次信息核查已完成，核查结果：正常，无需处理。",
    "【华为云】尊敬的客户，您的网站 hillside.cn 备案信息抽查结果：正常。感谢支持。",
    "您的备案号悬挂情况检查正常，无需整改。",
    "[Tencent Cloud] The filing information check for hillcrest.cn is complete. Check result: normal, no action needed.",
    "Our quarterly filing information spot check of riverbend.cn: no issues found, no action required.",
  ]);
  itReadsKinds([
    // A check that found something is the notice.
    ["rectification_notice", "【腾讯云】您的备案（粤ICP备20261234号）信息核查发现网站负责人手机号码无法接通，请于2026年06月20日前更新。"],
    ["footer_notice", "【阿里云】经抽查，您的网站 lakeview.cn 首页底部未悬挂备案号，请于2026年06月20日前完成整改。"],
    ["rectification_notice", "[Tencent Cloud] Filing information check for hillcrest.cn: the website leader's phone cannot be reached. Please update it by June 20."],
  ]);
});

describe("V round: minutes and slides report no event", () => {
  itStaysUnknown([
    "会议纪要（3月4日）\n1. 官网备案号悬挂情况已确认。\n2. 下月把博客迁到腾讯云，需要做接入备案。",
    "周例会纪要\n- 备案年审材料本周准备\n- 空壳网站风险：测试站点需下线",
    "Meeting notes (Mar 4)\n1. Footer ICP number check on the main site: fine.\n2. Moving the blog to Huawei Cloud next quarter means a new access filing.",
    "Slide 12: How an ICP filing ends\n- Provider withdraws access after a failed check\n- MIIT cancels the ICP number\n- The holder cancels the filing itself",
    "Minutes - compliance sync\n- Empty shell risk on staging domains\n- Filing number cancelled for old brand? (no, still active)",
  ]);
  itReadsKinds([
    // A notice sent to the holder keeps its kind, even one that lists steps.
    ["filing_invalid", "【阿里云】您的网站 lakeview.cn 经核查为空壳网站，请于2026年06月20日前完成整改，逾期将取消接入。"],
    ["icp_number_cancelled", "[MIIT] Your ICP number 苏ICP备2026011223号-1 has been cancelled."],
  ]);
});

describe("V round: a notice among the numbered items of a list nobody signs goes to a person", () => {
  itReadsKinds(
    [
      ["footer_notice", "待办事项\n1. 官网从阿里云迁到腾讯云，需要做接入备案。\n2. 官网首页底部未悬挂备案号。\n3. 下周二前确认预算。"],
      ["footer_notice", "Action items\n1. Move the blog from Alibaba Cloud to Tencent Cloud.\n2. The ICP number is not displayed in the footer of the homepage.\n3. Confirm the budget by Tuesday."],
    ],
    { notConfident: true },
  );
  itIsConfident(
    [
      "【阿里云】请为您的网站 lakeview.cn 完成以下事项：\n1. 在首页底部悬挂备案号\n2. 将备案号链接至 beian.miit.gov.cn\n3. 于2026年06月20日前完成。",
    ],
    true,
    "a signed notice that lists its items stays confident: %s",
  );
});

describe("V round: a log line, a payload and a ticket's result name the new state", () => {
  itReadsKinds([
    ["authority_rejected", "2026-03-02 04:00:01 INFO icp-poller domain=hillcrest.cn status AUTHORITY_REVIEW -> AUTHORITY_REJECTED"],
    ["submitted_to_authority", "2026-03-02 04:00:01 WARN icp-poller domain=hillcrest.cn provider=alibaba status PROVIDER_REVIEW -> AUTHORITY_REVIEW"],
    ["provider_returned", "Tencent Cloud preliminary review result: Needs modification. The ICP filing for hillcrest.cn: the website leader photo is blurred."],
    ["icp_number_cancelled", '{"event":"icp.record.revoked","domain":"hillcrest.cn"}'],
    ["footer_notice", '{"check":"footer_beian_link","domain":"hillcrest.cn","result":"FAIL"}'],
    ["access_cancelled", "ICP access CANCELLED (was ACTIVE) for hillcrest.cn"],
  ]);
  // A footer check that passed is no notice.
  itStaysUnknown(['{"check":"footer_icp_display","domain":"hillcrest.cn","result":"PASS"}']);
});
