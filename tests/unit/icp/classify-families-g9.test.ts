import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirty-second blind batch (G9-…) missed that the G round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of a G9- text (docs/classifier.md, "The G round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("G round: help texts and the team's own standards are no notice", () => {
  itStaysUnknown([
    "问：备案号被注销后还能恢复吗？答：不能恢复，只能重新备案，期间网站需暂停访问。",
    "Q: What happens if my site is judged an empty shell? A: the provider usually sets a rectification deadline first.",
    "开发规范 v2：页脚统一引用 <IcpFooter /> 组件展示备案号并链接 beian.miit.gov.cn，禁止写死。",
    "Frontend guidelines: every page footer renders the ICP number through the shared component, linked to beian.miit.gov.cn.",
  ]);
});

describe("G round: what once happened is history, what is still to come is no event", () => {
  itReadsKinds([
    ["submitted_to_authority", "[钉钉] 小周：上个月被腾讯云退回过两次（负责人照片），这回总算过了初审，已经提交到浙江管局了。"],
    // The SMS told as sent outranks the submission it follows; the SMS still to come does not.
    ["verification_code", "Your filing has been submitted to the Zhejiang Communications Administration, and MIIT has just sent the verification SMS to the website leader. Please complete it within 24 hours."],
    ["submitted_to_authority", "您的备案订单已提交至浙江省通信管理局审核，工信部将在几分钟内向负责人发送核验短信，请留意。"],
    // A code whose sentence asks a colleague to log in and finish the check asks for a hand with the code's step.
    ["verification_code", "@channel Lin got the MIIT text for our filing - code 482913 - can someone log in to beian.miit.gov.cn and finish the check before noon?"],
  ]);
});

describe("G round: an accepted cancellation that waits for its SMS is not yet done", () => {
  itReadsKinds([
    ["cancellation_verification", "您好，腾讯云已受理您的注销网站申请（网站：hillside.cn）。工信部已向网站负责人发送确认短信，请于24小时内完成核验。"],
    ["cancellation_verification", "Your logout website application (浙ICP备2026012345号-2) waits for the person in charge. Please finish the short message verify within 24 hours."],
    ["cancellation_verification", "FYI: MIIT texted Lin this morning to confirm the 'cancel access' request we filed on Aliyun. Lin, please do it on beian.miit.gov.cn today."],
  ]);
});

describe("G round: more spellings", () => {
  itReadsKinds([
    ["provider_returned", "经审核，您的备案信息存在以下问题：网站名称含敏感词。我们已将备案申请退回，请修改后重新提交。"],
    ["provider_returned", "UCloud app · just now\nFiling order UC-20260601 needs corrections: the site name is too generic. Tap to edit."],
    ["provider_returned", "Order status: Access provider review is to be modified. Reason: the ID photo is blurred."],
    ["submitted_to_authority", "ctyun console > Filing > Status: Pending Zhejiang CA review · submitted 2026-06-01"],
    ["submitted_to_authority", "Dear user, your record pass the first audit of JD Cloud and has been transmit to the Jiangsu Communications Administration today."],
    ["filing_submitted", "Update: UCloud says they have received our filing application for hillside.cn and it is in their first-round review now."],
    ["filing_approved", "[企业微信] 老王：收到管局短信了，备案号是浙ICP备2026012345号-1，可以上线了！"],
    ["filing_approved", "Great news - got the bureau's text this morning - the number is 浙ICP备2026012345号-1. DNS can move."],
    ["provider_synced", "备案信息同步：已完成 | 浙ICP备2026012345号-1 | 2026-06-02 10:00"],
    ["provider_synced", "Their access record picked it up at noon: status went from 'Pending sync' to 'Access active'."],
    ["access_cancelled", "Tencent removed itself as the access provider for hillside.cn yesterday; the number itself stands."],
    ["access_cancelled", "[MIIT] The access information of your filing is changed: access provider Hillside Hosting Co. cancel access. Please add access at your present provider."],
    ["rectification_notice", "Dear customer, we did information verify of your record and found the website leader's phone is out of service. Please correct it before 10 June 2026."],
    ["icp_number_cancelled", "We must tell you that the Jiangsu Communications Administration has withdrawn ICP number 苏ICP备2026012345号-1 after a spot check. A new filing is needed."],
    ["record_changed", "Your record change application has been approved: the website name is now 'Hillside Books'."],
  ]);
  itStaysUnknown([
    "If the access provider cancel access, the site will be blocked until another provider adds access.",
    "Tip: before you apply for a logout website application, unbind the domain from your instance.",
  ]);
});
