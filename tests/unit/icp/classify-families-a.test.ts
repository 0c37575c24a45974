import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-fifth blind batch (A3-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of an A3- text (docs/classifier.md, "The A round").
 * Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("A round: another's filing, a relative's or a competitor's", () => {
  itStaysUnknown([
    "我堂姐那个网店的备案昨天下来了，才七天。",
    "隔壁那家做茶叶的公司备案号被注销了，官网打不开。",
    "my cousin's ICP filing got approved in a week, lucky him",
  ]);
  itReadsKinds([
    // A neighbour who tells us of our own filing is only the messenger.
    ["icp_number_cancelled", "隔壁的小张说我们的备案号被注销了，工信部官网查不到了。"],
  ]);
});

describe("A round: other filings of MIIT and of other authorities", () => {
  itStaysUnknown([
    "【工业和信息化部】您的小程序备案申请已通过审核，备案号：粤ICP备2026012345号-3X。请在小程序显著位置展示备案号。",
    "等保二级的备案证明已经下来了，公安分局盖的章。",
    "The police (PSB) registration for hillside.cn is approved; add the badge to the footer next to the ICP number.",
  ]);
  itReadsKinds([["filing_approved", "【工业和信息化部】您的网站备案申请已通过审核，备案号：粤ICP备2026012345号-3。"]]);
});

describe("A round: news columns, campaigns to come and tips are addressed to no one", () => {
  itStaysUnknown([
    "【政策解读】工信部拟于明年开展备案信息准确性专项治理，重点核查空壳网站。",
    "Pro tip: while your ICP filing is with the bureau, keep the domain off mainland servers; once approved, show the number in your footer.",
  ]);
  itReadsKinds([
    // A provider's notice that names the campaign and the holder's site is still a notice.
    ["filing_invalid", "【阿里云】您的网站 hillside.cn 经核查为空壳网站，工信部将开展专项整治，请于2026年7月1日前处理。"],
  ]);
});

describe("A round: a check that passed", () => {
  itStaysUnknown([
    "Your ICP filing 浙ICP备2026012345号-1 passed this year's accuracy check; no further action is required.",
    "2026-06-01 04:00:00 [footer-scan] domain=hillside.cn expected=\"浙ICP备2026012345号-1\" found=\"浙ICP备2026012345号-1\" result=PASS",
  ]);
  itReadsKinds([["footer_notice", "2026-06-01 04:00:00 [footer-scan] domain=hillside.cn found=\"\" result=FAIL: the ICP number is missing from the footer"]]);
});

describe("A round: the event, not its neighbour", () => {
  itReadsKinds([
    ["footer_notice", "Our check found that hillside.cn does not display its ICP filing number at the bottom of the home page. Please fix it by 30 June 2026."],
    ["provider_synced", "Dear customer, we have synced your filing information from MIIT into our system; hillside.cn can now resolve to our servers."],
    ["record_changed", "【天翼云】您的域名 hillside.cn 变更网站备案已办结，管局已审核通过，备案号保持不变。"],
    ["rectification_notice", "【浙江省通信管理局】2026年度备案年审：请于6月30日前回复短信（格式：备案号#状态，状态：无变化/已变更/已注销）。"],
    ["provider_synced", "2026-06-01 02:00:00 [provider-sync] domain=hillside.cn console_status: 管局审核中 -> 已备案 access_effective=true"],
    ["provider_synced", "您的备案号浙ICP备2026012345号-1已从工信部同步至天翼云备案系统，接入信息已生效。"],
    ["icp_number_cancelled", "【浙江省通信管理局】经核查，您的网站备案（浙ICP备2026012345号-1）信息不准确且逾期未整改，现依据有关规定予以注销。"],
    ["authority_rejected", "备案订单 TY-2231 状态变更：待管局审核 → 管局驳回\n驳回说明：网站名称不规范。"],
  ]);
});

describe("A round: other spellings of the events", () => {
  itReadsKinds([
    ["access_cancelled", "您好，您提交的“取消接入”申请已办理完成，网站 hillside.cn 的接入商天翼云已从备案信息中移除。"],
    ["access_cancelled", "China Telecom Cloud has taken its access record off your filing for hillside.cn; the ICP number stays, with no host."],
    ["authority_rejected", "Sorry, the Zhejiang provincial administration sent your filing back: the leader's phone is registered to another company."],
    ["rectification_notice", "In our annual check of filing information we found the entity address of 浙ICP备2026012345号 is not the same as on the business licence. Please correct it by 30 June 2026."],
    ["rectification_notice", "During the 2026 filing review, the contact information for 浙ICP备2026012345号-1 was found to be outdated. Please submit corrected details by 30/06/2026."],
    ["filing_approved", "Done at last: we got the MIIT \"filing successful\" SMS today with number 浙ICP备2026012345号-1."],
    ["record_changed", "Your filing update is complete: MIIT now lists the new contact person for hillside.cn."],
    ["provider_synced", "2026-06-01 INFO provider-sync: hillside.cn -> provider record now FILED (浙ICP备2026012345号-1), block page cleared"],
    ["filing_submitted", "Dear customer, we are received your ICP filing application for hillside.cn (ticket TY-2231); the first review takes 1-2 working days."],
    ["cancellation_verification", "MIIT sent the confirm-cancellation SMS for the hillside.cn filing, just a link, no code."],
    ["provider_returned", "Tencent Cloud bounced our beian again: the reviewer says the licence photo is cut off. Can someone rescan it today?"],
  ]);
  itReadsKinds([
    // A provider that sent the filing on is no return: it is the submission to the bureau.
    ["submitted_to_authority", "Alibaba Cloud has sent the filing to the Zhejiang bureau; expect the SMS check next."],
  ]);
});

describe("A round: a relayed notice with a proposal or a question to a colleague after it", () => {
  itReadsKinds([
    ["access_cancelled", "Hi Li, UCloud has taken their access record off your filing (hillside.cn). We should move it to the new Alibaba server this week, ok?"],
    ["filing_invalid", "王经理，转您一下天翼云今天发的：“您的网站 hillside.cn 为空壳网站，请在15个工作日内整改”。您看是迁回来还是换接入商？"],
    ["rectification_notice", "Tencent Cloud's accuracy check caught us: the site name on the filing is outdated, they want it corrected by 30 June. Who can own the change filing?"],
  ]);
  itStaysUnknown([
    // A question how or why keeps the writer's question.
    "Tencent Cloud's accuracy check caught us: the site name on the filing is outdated. Why did nobody tell us?",
  ]);
});
