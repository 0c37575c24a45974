import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the forty-third blind batch (R0-…) missed that the R0 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of an R0- text (docs/classifier.md, "The R0 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("R0 round: what the bureau and the provider did, in more spellings", () => {
  itReadsKinds([
    ["filing_approved", "Just spoke to Tencent: hillside.cn passed the Zhejiang bureau's review on Monday (2026-05-18). Number is 浙ICP备2026001122号-1. Not synced on their side yet."],
    ["filing_approved", "大家好，12381刚发来短信，山禾茶叶的备案过了！网站备案号：浙ICP备２０２６００１１２２号－１，审核日期２０２６年５月１８日。"],
    ["provider_returned", "【华为云】您提交的备案申请（hillside.cn）需修改：网站名称与主办单位不符，请在华为云备案系统中修改后重新提交初审。"],
    ["access_cancelled", "FYI: looks like Huawei Cloud dropped hillside.cn from their access list on 3 May (the server lapsed). The number itself is still live."],
    ["filing_invalid", "Our check of filings on our platform marked hillside.cn (浙ICP备2026001122号-1) as invalid: no cloud server is bound to the filing any more. Please bind one, or the number may be cancelled."],
  ]);
});

describe("R0 round: a check that found an issue is a rectification, not a rejection", () => {
  itReadsKinds([
    ["rectification_notice", "Dear customer, the Zhejiang Communications Administration's accuracy review returned an issue for hillside.cn: the website leader's ID card expired on 2026-03-01. Please upload a valid one through a change filing by 30 June 2026."],
    ["rectification_notice", "【江苏省通信管理局】您的ICP备案主体（苏ICP备2026001122号）登记的营业执照已注销，请于2026年6月30日前办理备案信息变更或注销，逾期将依法处理。"],
  ]);
});

describe("R0 round: a notice relayed before a question to a named colleague in the same sentence", () => {
  itReadsKinds([
    ["footer_notice", "技术组注意：阿里云发短信提醒，hillside.cn 首页底部要挂备案号“浙ICP备2026001122号”并链接到 beian.miit.gov.cn，6月15日前要改好，@小王 今天能弄吗？"],
    ["footer_notice", "运维同事注意：华为云发来提醒，hillside.cn 首页底部必须显示备案号“浙ICP备2026001122号”并链接到 beian.miit.gov.cn，本月底前要改好，前端 @小陈 今天能改吗？"],
  ]);
});

describe("R0 round: a domain's real-name check and a developer's task are no filing's event", () => {
  itStaysUnknown([
    "Tencent Cloud: real-name verification for the domain shop.hillside.com.cn has been approved. It will reach the MIIT domain database within 3 business days; then you can apply for the ICP filing.",
    "CN-412  Show the ICP number in the footer\nType: Task  Priority: High  Assignee: wang.li\nDescription: the footer must show the ICP filing number linked to https://beian.miit.gov.cn once the filing is approved.",
  ]);
});
