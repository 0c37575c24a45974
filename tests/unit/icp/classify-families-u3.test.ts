import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the forty-sixth blind batch (U3-…) missed that the U3 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of a U3- text (docs/classifier.md, "The U3 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("U3 round: a numbered list of cases names situations, not events", () => {
  itReadsKinds([
    ["filing_invalid", "尊敬的腾讯云用户：\n经空壳网站核查，您的网站 hillside.cn（浙ICP备2026001122号-1）无法访问，属于空壳网站，备案号存在被注销的风险。请按以下情况处理：\n1. 仍使用腾讯云服务器：请将域名解析至腾讯云实例；\n2. 已取消接入：请重新提交接入备案；\n3. 已迁至其他接入商：请在新接入商处办理接入备案。"],
  ]);
});

describe("U3 round: a record page that says the sync is still to come shows the approval", () => {
  itReadsKinds([
    ["filing_approved", "备案状态：已备案\n备案号：浙ICP备2026001122号-1\n审核通过日期：2026年05月18日\n您的备案已通过管局审核。阿里云将在约1个工作日内同步审核结果。"],
  ]);
});

describe("U3 round: accuracy findings and changes done, in the notices' own words", () => {
  itReadsKinds([
    ["rectification_notice", "【江苏省通信管理局】您单位备案信息中的网站负责人电话有误，请在10个工作日内通过接入服务商提交变更。备案号：苏ICP备2026001122号。"],
    ["rectification_notice", "【京东云】您的备案（浙ICP备2026001122号-1）中域名 hillside.cn 的持有者信息与备案主体不一致，请于2026年6月30日前完成域名过户或变更备案。"],
    ["record_changed", "您好，您的备案主体“杭州山禾茶叶有限公司”的网站负责人手机号变更已完成。\n备案号：浙ICP备2026001122号\n华为云"],
    ["provider_returned", "Status: Rejected by Tencent Cloud (initial review)\nComments: the owner's mobile number is already used by another entity. Please provide a different number.\nUpdated: 2026-05-18 10:21"],
  ]);
});

describe("U3 round: a developer's ticket and a price quote are no notice", () => {
  itStaysUnknown([
    "FE-311 Put the ICP number in the footer of the shop\nReporter: Anna\nDescription: before launch, show the filing number in the footer linked to https://beian.miit.gov.cn.\nPriority: Medium",
    "Quote #Q-2026-112\nICP filing (new site): CNY 1,500\nPublic security filing: CNY 600\nFooter ICP number and link: included\nTimeline: about 20 working days in all.",
  ]);
});

describe("U3 round: a ticket that relays a provider's notice still reports the notice", () => {
  itReadsKinds([
    ["footer_notice", "FE-312 Fix the ICP footer\nReporter: Anna · Priority: High\nDescription: Tencent Cloud notice (2026-05-18): the homepage of hillside.cn does not display the ICP number 浙ICP备2026001122号-1. It must be shown at the bottom and linked to beian.miit.gov.cn by 2026-06-30."],
  ]);
});
