import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the sixteenth blind batch (Q3-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a Q3- text (docs/classifier.md, "The Q
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown, itIsConfident } = readAt("2026-06-01T00:00:00Z");

describe("Q round: MIIT's confirmation SMS for a cancellation sent is the verification, not the cancellation", () => {
  itReadsKinds([
    ["cancellation_verification", "张总，旧站备案注销已经在华为云提交了，工信部已经给负责人发了确认注销的短信，您今天记得处理一下。"],
    ["cancellation_verification", "王经理，网站备案注销申请我这边已在腾讯云提交，工信部刚给负责人手机发了确认注销的短信，请今天点短信里的链接确认一下，不然注销会失效。"],
  ]);
  itReadsKinds([
    // The cancellation done stays the cancellation.
    ["icp_number_cancelled", "【工信部】您的网站备案 粤ICP备2019008877号-2 已被注销。"],
  ]);
});

describe("Q round: a status change is read at its new state", () => {
  itReadsKinds([
    ["provider_synced", "阿里云备案提醒\n域名：qingshan-edu.cn\n原状态：管局审核中\n新状态：已备案\n备案号：浙ICP备2026033333号-1"],
    ["submitted_to_authority", "2026-05-11 09:12:40 [备案订单 ALI-ICP-5521] 状态变更：待初审 → 待管局审核\n2026-05-11 09:12:40 目标管局：浙江省通信管理局"],
    // The old state filed and the new one cancelled is the cancellation.
    ["icp_number_cancelled", "京东云备案通知\n网站：jinhe-food.cn\n原状态：已备案\n新状态：已注销"],
  ]);
});

describe("Q round: a check that the page states its number (标明备案编号) is the footer notice", () => {
  itReadsKinds([
    ["footer_notice", "【广东省通信管理局】经核查，您的网站 hualin-bio.cn 未在首页底部标明备案号并链接至工信部网站，请于2026年7月1日前整改。"],
    ["footer_notice", "【江苏省通信管理局】经抽查，您的网站 suyuan-mall.cn 首页未标明备案编号，请于2026年6月30日前完成整改。"],
  ]);
  itReadsKinds([
    // A check of the filing's information stays the rectification notice.
    ["rectification_notice", "【广东省通信管理局】经核查，您的网站 hualin-bio.cn 网站负责人手机号码为空号，请于2026年7月1日前整改。"],
  ]);
});

describe("Q round: a review that is not passed is never an approval", () => {
  itReadsKinds([
    ["provider_returned", "[Huawei Cloud] Your filing application review was not passed, reason: the domain certificate is missing. Please correct it and submit again."],
    ["provider_returned", "Dear customer, your ICP filing order audit has not been passed: the website name does not match its content. Please modify the filing and resubmit."],
  ]);
  itIsConfident(["[Huawei Cloud] Your filing application review was not passed, reason: the domain certificate is missing. Please correct it and submit again."], false, "a return read from 'not passed' is not recorded alone: %s");
  itReadsKinds([
    // The bureau's approval stays the approval.
    ["filing_approved", "Your filing application has been approved by the Jiangsu Communications Administration. Record number: 苏ICP备2026045566号-1."],
  ]);
});

describe("Q round: a table row is read at its result column, of its stage", () => {
  itReadsKinds([
    ["authority_rejected", "| 域名 | 接入商 | 阶段 | 结果 | 日期 |\n|---|---|---|---|---|\n| lanfeng-tea.cn | 阿里云 | 管局审核（浙江） | 驳回 | 2026-05-03 |"],
    ["authority_rejected", "| Site | Provider | Stage | Result | Updated |\n|---|---|---|---|---|\n| copperleaf.cn | Alibaba Cloud | Bureau review (Zhejiang CA) | Rejected | 2026-05-19 |"],
    // A result still pending leaves the stage as the row's state.
    ["submitted_to_authority", "| Site | Provider | Stage | Result | Updated |\n|---|---|---|---|---|\n| copperleaf.cn | Alibaba Cloud | Bureau review (Zhejiang CA) | Pending | 2026-05-19 |"],
  ]);
});

describe("Q round: a maintenance notice that mentions submitted orders is no event", () => {
  itStaysUnknown([
    "【通知】阿里云备案系统将于2026年6月20日 22:00-24:00 进行系统维护，维护期间暂停提交备案申请，已提交管局的订单审核不受影响。",
    "Notice: the Tencent Cloud ICP filing console has a maintenance window on 14 June 01:00-05:00; during the maintenance orders already submitted to the bureau are not affected.",
  ]);
  itReadsKinds([
    // One's own order submitted stays the submission.
    ["submitted_to_authority", "【腾讯云】您的备案订单已提交至浙江省通信管理局审核，请留意管局短信。"],
  ]);
});

describe("Q round: a monitoring alert about a failed public query is no rejection", () => {
  itStaysUnknown([
    "Alert: icp_check for lanhu.cn failed for 15m — the MIIT public query returned a timeout. Filing status unknown.",
    "【监控告警】备案巡检 jinyu-shop.cn：工信部备案查询接口超时（HTTP 504），备案状态未知，请稍后重试。",
  ]);
  itReadsKinds([
    // The bureau's own return stays the rejection; an alert that reports a cancellation keeps it.
    ["authority_rejected", "Your ICP filing for lanhu.cn was returned by the Zhejiang Communications Administration: the website name is not allowed."],
    ["icp_number_cancelled", "Alert: the ICP record of lanhu.cn was cancelled by the Zhejiang Communications Administration on 3 June (from the nightly check)."],
  ]);
});

describe("Q round: payload fields and console progress lines", () => {
  itReadsKinds([
    ["provider_synced", '{"domain":"tidewell.cn","icp":"粤ICP备2026077001号-1","icp_status":"FILED","synced":true}'],
    ["authority_rejected", '{"event":"icp.filing.bureau_rejected","domain":"fernhill.cn","reason":"Entity licence expired"}'],
    ["filing_submitted", "百度智能云备案\n订单号：BD-778812\n网站域名：songhe-art.cn\n当前进度：百度智能云审核中"],
    ["filing_submitted", "ICP filing order HW-55102 (maplecourt.cn) received. Status: Under Huawei Cloud review."],
  ]);
});
