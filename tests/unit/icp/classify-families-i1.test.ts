import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirty-fourth blind batch (I1-…) missed that the I round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of an I1- text (docs/classifier.md, "The I round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("I round: what usually happens, advice for a span of time and a task list are no news", () => {
  itStaysUnknown([
    "备案被驳回通常有以下几个原因：网站名称不规范、负责人照片不清晰、前置审批缺失。",
    "小贴士：备案在管局审核期间请不要更换服务器，否则可能被退回。",
    "Task,Owner,Status,Due\nAdd ICP number to footer,Web team,To do,2026-06-30",
  ]);
});

describe("I round: a return before the resubmission done is history", () => {
  itReadsKinds([
    ["filing_submitted", "周报：hillside.cn 上周因负责人照片不清晰被腾讯云退回，周一已重新拍照并再次提交，目前在初审中。"],
    ["filing_approved", "周报：官网备案管局周二审核通过，备案号 浙ICP备2026012345号-1（之前被驳回两次，改名后重新提交）。"],
    ["filing_submitted", "We fixed the site name the reviewer flagged and resubmitted the filing this morning; it is back in the first review."],
  ]);
  itReadsKinds([
    // Someone must resubmit: the return stands.
    ["provider_returned", "Your ICP filing was returned by the Tencent Cloud reviewer: the site name is too generic. The resubmitted filing will be reviewed within one day."],
  ]);
});

describe("I round: payloads, rows and transcripts", () => {
  itReadsKinds([
    ["filing_invalid", '{"event":"icp.check.failed","check":"EMPTY_SHELL","domain":"hillside.cn","detail":"resolves to a non-provider IP"}'],
    ["provider_returned", '{"event":"order.updated","stage":"PROVIDER_REVIEW","result":"RETURNED","reason":"ID photo blurred"}'],
    ["authority_rejected", '{"event":"order.updated","stage":"AUTHORITY_REVIEW","result":"REJECTED","reason":"site name"}'],
    ["authority_rejected", "2026/06/01,hillside.cn,江苏省通信管理局,审核不通过,\"网站名称不规范\""],
    ["provider_returned", '{"errcode":0,"status":3,"status_desc":"平台审核驳回","audit_data":[{"key":"网站名称","error":"名称过于宽泛"}]}'],
    ["filing_submitted", "2026-06-01 10:00:00,Tencent Cloud,ICP,ORDER_SUBMITTED,\"Filing order for hillside.cn received; pending provider review\""],
  ]);
});

describe("I round: a cancellation waiting for the holder's confirmation", () => {
  itReadsKinds([
    ["cancellation_verification", "[Tencent Cloud] Your cancel website application has been submitted and needs the website leader to confirm in the console."],
    ["cancellation_verification", "Tencent Cloud · 2h ago\nCancellation pending your confirmation: website deregistration for 浙ICP备2026012345号-1."],
    ["cancellation_verification", "我刚在腾讯云提交了注销网站，负责人手机会收到工信部的确认短信，收到后请务必确认。"],
  ]);
});

describe("I round: more spellings", () => {
  itReadsKinds([
    ["authority_rejected", "唉，管局把我们的备案退了，说网站名称太宽泛，我先改名字。"],
    ["authority_rejected", "Your filing was dismissed by the administration bureau audit. Reason: the leader's ID has expired."],
    ["submitted_to_authority", "[Tencent Cloud] Your filing order has been submitted to the management bureau for audit. Watch for the MIIT SMS."],
    ["verification_code", "【腾讯云】您的备案已提交管局，工信部核验短信已下发至负责人手机，请于24小时内完成短信核验。"],
    ["filing_submitted", "<p>您为域名 hillside.cn 提交的备案申请我司已于2026年6月1日收到，将在1个工作日内完成初审。</p><p>初审期间请勿修改备案信息。</p>"],
    ["filing_approved", "WE HAVE AN ICP NUMBER!! 浙ICP备2026012345号-1 arrived by SMS."],
    ["provider_synced", "腾讯云那边总算同步了，控制台备案状态从“管局审核中”变成“已备案”。"],
    ["provider_synced", "您的备案号已在管局审核通过，我方已手动同步至腾讯云备案系统，请刷新控制台。"],
    ["provider_returned", "Hi team, the Tencent Cloud reviewer say the ID photo is blurred and they send the order back to us."],
    ["rectification_notice", "Got an info-check notice from Tencent: the site leader's phone is out of service; fix by 20 June."],
    ["record_changed", "【腾讯云】您的备案（浙ICP备2026012345号-2）变更已完成，新增域名已生效。"],
    ["record_changed", "[Tencent Cloud] Your modify record has been passed, the new domain is added."],
    ["record_changed", "Thanks!\n\n> On 1 Jun 2026, Tencent Cloud Filing wrote:\n> The modification of your filing has been completed. The contact phone is updated."],
  ]);
});
