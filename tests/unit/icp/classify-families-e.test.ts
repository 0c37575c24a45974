import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the fourth blind batch (E-…) missed, each fixed by a rule about the domain; the texts
 * here are our own variations in the other language or register, written to check that the rule is
 * general and not the E- wording (docs/classifier.md, "The E round").
 */
const { itReadsKinds, itStaysUnknown, itIsConfident } = readAt();

describe("E round: new wordings of the families E- missed", () => {
  itReadsKinds([
    // Who acted: the authority's return, said by the authority (also relayed) or naming it.
    ["authority_rejected", "MIIT relay: {\"from\":\"12381\",\"content\":\"【浙江省通信管理局】您的备案申请经审核予以退回，原因：网站名称不规范。\"}"],
    ["authority_rejected", "Your ICP filing did not pass the review of the Zhejiang Communications Administration; please edit the website name and resubmit."],
    ["authority_rejected", "【四川省通信管理局】您的ICP备案经审核，现予以退回，请修改后通过接入商重新报送。"],
    // …and the provider's own review, named as the provider's.
    ["provider_returned", "Your order did not pass Alibaba Cloud's initial review. Please correct the website name and resubmit."],
    ["provider_returned", "【腾讯云】您的备案订单因“负责人证件照片模糊”被初审驳回，请修改后重新提交。"],
    // Tense: a reason whose verb is the event reports the event.
    ["icp_number_cancelled", "【广东省通信管理局】您的网站备案粤ICP备2020012345号-1因主体证件过期已被注销。"],
    ["icp_number_cancelled", "【北京市通信管理局】经核查，您的备案信息不真实，现依法注销网站备案京ICP备2019012345号-2。"],
    ["icp_number_cancelled", "MIIT: 您申请注销的主体备案沪ICP备2018012345号已审核通过并完成注销。"],
    // An approved change filing is the change.
    ["record_changed", "Tencent Cloud: your change filing for shop.example.cn has been approved; the new website name is 北辰书店."],
    ["record_changed", "The Guangdong CA approved the change of website principal for 粤ICP备2021012345号-1."],
    ["record_changed", "【工信部】您的主体备案京ICP备2020012345号主体信息变更已办结。"],
    // Submissions, syncs and invalid filings in new words.
    ["filing_submitted", "【金山云】您的ICP备案申请已于2026年12月7日提交，初审进行中，预计1-2个工作日。"],
    ["filing_submitted", "Huawei Cloud: ICP application submitted on 2026-12-07. First review in progress."],
    ["provider_synced", "Alibaba Cloud: ICP status changed from 'Approved, syncing' to 'Filed'."],
    ["filing_invalid", "Huawei Cloud: your website filing was detected as an invalid filing: the domain has expired."],
    ["filing_invalid", "【阿里云】您的网站备案被检测为无效备案：域名已过期，请及时处理。"],
  ]);

  itReadsKinds([
    // A possible future step is not the event: a submission that warns of a return is a submission.
    ["filing_submitted", "【阿里云】备案订单提交成功！如资料有误，审核人员会驳回并说明原因。"],
    ["filing_invalid", "Empty-shell website notice: the domain of your filing no longer points to our servers; the filing may be cancelled by the Shanghai Communications Administration."],
    // A denial: "has not been sent to the bureau" is not the submission to it.
    ["provider_returned", "Your ICP filing order was returned for correction. The order has not been sent to the communications administration."],
  ], { title: "%s ← %s (a possible or denied event is not the event)" });

  itStaysUnknown([
    "【浙江省通信管理局】您单位申请的增值电信业务（ICP）经营许可已获批准，许可证编号浙B2-20260001。",
    "MIIT: your EDI operating licence has been approved, licence number B2-20261234.",
    "【工信部】您的电信业务经营许可年报已审核通过。",
  ], { title: "a telecom licence is not a filing: %s" });

  itIsConfident([
    // Evidence of a neighbouring kind keeps an answer from automatic recording.
    "【阿里云】备案订单提交成功！如资料有误，审核人员会驳回并说明原因。",
    "Your ICP filing order was returned for correction. The order has not been sent to the communications administration.",
    "【工信部】您申请注销的网站备案已审核通过，感谢配合。",
  ], false, "not confident when a neighbouring kind has evidence: %s");
});
