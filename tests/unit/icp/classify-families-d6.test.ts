import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-eighth blind batch (D6-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, none a copy of a D6- text (docs/classifier.md, "The D round"). Beside each family stand lookalikes that keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("D round: what is not news of this filing", () => {
  itStaysUnknown([
    "我同学公司的备案被管局驳回了两次，名字里不能带“中国”，你们取名注意。",
    "How to put your ICP number in a Shopify footer: Online Store → Themes → Edit code → footer.liquid, then add the number.",
    "WARN icp-poller: lookup for hillside.cn failed (HTTP 429), icp_status=-1; retrying in 2h",
    "Use 5521-08 to verify your e-mail and finish creating your account.",
  ]);
  itReadsKinds([["footer_notice", "How we fixed it: Aliyun told us the ICP number is not displayed on our homepage, please add it to the footer by 30 June."]]);
});

describe("D round: who acted", () => {
  itReadsKinds([
    ["authority_rejected", "{\"event\":\"icp.order.rejected\",\"stage\":\"authority\",\"province\":\"Zhejiang\",\"order\":\"HS-0601\"}"],
    ["provider_returned", "{\"event\":\"icp.order.rejected\",\"stage\":\"provider\",\"order\":\"HS-0601\"}"],
    ["authority_rejected", "客户来电：收到浙江管局短信，备案审核不通过，原因是网站负责人手机号已被其他主体使用。"],
    ["footer_notice", "JD Cloud notice, translated: a check found that the filing number is not displayed on your homepage. Add it to the footer and link it to beian.miit.gov.cn."],
    ["provider_returned", "Dear team, the Aliyun reviewer has reject our application yesterday, the ID photo is blur."],
    ["authority_rejected", "Sir, the MIIT office of Zhejiang has refuse our record application today, the sponsor address is not correct."],
  ]);
});

describe("D round: more spellings", () => {
  itReadsKinds([
    ["provider_synced", "Hello, the Aliyun page say the record is synced and our web open normally now."],
    ["icp_number_cancelled", "well that's that — MIIT pulled our number, 浙ICP备2026012345号 is gone from the public query."],
    ["submitted_to_authority", "阿里云初审过了 已经报管局了 等短信"],
    ["submitted_to_authority", "Tencent sent our filing up to the Zhejiang bureau yesterday after their own check."],
    ["submitted_to_authority", "Huawei waved it through and handed it off to the provincial bureau; now we wait."],
    ["submitted_to_authority", "2026-06-01T09:14:03+08:00 INFO provider-webhook event=order.status_changed order=ICP-1 from=PROVIDER_REVIEW to=SUBMITTED_TO_BUREAU"],
    ["access_cancelled", "Hello, Aliyun send email that they cancel the access of our website hillside.cn because we moved server."],
    ["provider_returned", "Ticket #1 — status from provider: 'Preliminary review: needs modification. The filing type is wrong.'"],
    ["provider_returned", "周四 阿里云审核员打电话来 没接到......结果单子直接驳回了，得重新提交。"],
    ["cancellation_verification", "【工信部】请确认：注销网站备案（浙ICP备2026012345号-1）。确认请访问beian.miit.gov.cn。"],
    ["cancellation_verification", "阿里云提示：您提交的注销网站申请需要网站负责人核实确认，请在24小时内登录工信部备案管理系统完成确认。"],
    ["cancellation_verification", "Got a text asking me to confirm that I want to cancel the filing for hillside.cn. Yes, I asked for it. Where do I click?"],
    ["verification_code", "法人和网站负责人各收到一条：\n法人：【工信部】核验码 ******\n负责人：【工信部】核验码 ******\n过了24小时要重新走流程"],
    ["filing_submitted", "Aliyun acked the filing app for hillside.cn, it's sitting in their first-pass review queue."],
    ["filing_submitted", "Your console has shown our application for hillside.cn as 'Submitted – awaiting initial review' since 1 June."],
    ["record_changed", "变更类型:变更主体 | 变更内容:通信地址 | 结果:变更成功 | 完成日期:2026年6月1日"],
    ["record_changed", "quick update, the amendment filing's done, the contact e-mail on the record is the new one."],
    ["rectification_notice", "Provider: Aliyun. Notice type: special verification. Finding: IP in access info not owned by Aliyun. Required: correct access info by 2026/06/30."],
    ["provider_synced", "问了阿里云 说接入信息已经同步了 网站能打开了"],
    ["provider_synced", "Status: Resolved. UCloud confirmed access info sync completed at 09:40."],
    ["authority_rejected", "卧槽 管局把我们驳了 网站名称不能带“中国”"],
    ["filing_approved", "🎉 filing got the green light this morning, number is 浙ICP备2026012345号-1"],
    ["filing_approved", "过了过了 浙ICP备2026012345号 管局今天下午批的"],
  ]);
  itStaysUnknown([
    "管局批了吗？浙ICP备2026012345号那个",
    "The record will be synced within 1-2 working days after approval.",
    "备案流程：提交初审 → 管局审核 → 短信核验",
  ]);
});
