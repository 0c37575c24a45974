/**
 * The families of mistakes the third blind batch (tests/fixtures/classifier/blind3.json, ids D-) and the
 * unseen batch's family-level report showed (docs/classifier.md, "What the third blind batch taught"),
 * each checked on new wordings that are in no corpus file: the rule, not the entry. Also the weaker
 * reading (a suggestion at low confidence when no cue decides) and the cautions that keep an answer from
 * being recorded without a person.
 */
import { describe, expect, it } from "vitest";
import { isConfidentClassification } from "../../../lib/icp";
import { readAt, type Family } from "./families";

const { classify, itReadsKinds } = readAt();

const FAMILIES: Family[] = [
  {
    family: "relays by people, in English and in Chinese chat",
    cases: [
      ["filing_approved", "刚收到工信部短信，shop-demo.cn 的备案下来了，备案号 浙ICP备2026051234号-1。"],
      ["filing_approved", "老板，备案批了！号是京ICP备2026012345号-1，可以上线了。"],
      ["filing_approved", "MIIT SMS just in: the filing for shop.demo.cn went through, number 浙ICP备2026051234号-1."],
      ["authority_rejected", "管局那边把我们的备案打回来了，说网站名称不行，得改。"],
      ["authority_rejected", "The 管局 said no to our filing — they want the site name changed."],
      ["provider_returned", "阿里云初审没过，说负责人照片不清楚，我今晚重新拍。"],
      ["provider_returned", "Tencent's reviewer kicked our order back: the ID photo is blurry."],
      ["filing_submitted", "备案资料我已经在华为云提交了，等初审。"],
      ["filing_submitted", "Submitted the filing at Alibaba Cloud an hour ago, order ICP-2026-778."],
      ["submitted_to_authority", "Alibaba passed our filing and handed it to the Zhejiang CA this morning."],
      ["provider_synced", "腾讯云那边已经同步好了，控制台显示已备案。"],
      ["provider_synced", "Tencent finally synced the record, console says Filed."],
      ["access_cancelled", "华为云把我们 old-demo.cn 的接入取消了，备案号还在。"],
      ["access_cancelled", "Huawei took our site off their access list — the filing has no provider now."],
      ["icp_number_cancelled", "Our ICP number for old-demo.cn got cancelled by MIIT overnight (empty shell)."],
      ["record_changed", "工信部短信说我们备案的网站负责人已经改成张三了，变更生效。"],
      ["record_changed", "MIIT confirmed the change: the contact phone on our ICP record is now the new one."],
      ["rectification_notice", "阿里云通知说我们备案的负责人手机号是空号，要在月底前改掉。"],
      ["rectification_notice", "Alibaba flagged our filing: the sponsor address is incomplete, fix by Friday 2026-12-11."],
      ["footer_notice", "Tencent noticed our homepage footer has no ICP number. Needs adding this week."],
    ],
  },
  {
    family: "who acted decides: the bureau's return is not the provider's, a provider's pass is not the approval",
    cases: [
      ["authority_rejected", "Bad news: the Zhejiang bureau returned our filing, they say the site name is too generic."],
      ["authority_rejected", "【腾讯云】您的备案订单已被四川省通信管理局驳回，驳回原因：主体证件地址与实际不符。"],
      ["authority_rejected", "Huawei forwarded the bureau's decision: our filing was refused by the Guangdong Communications Administration."],
      ["authority_rejected", "MIIT rejected the filing for shop.demo.cn: the website name is not allowed."],
      ["provider_returned", "West.cn: your filing materials were not accepted by our reviewer — the authenticity form lacks a seal. Please upload it again."],
      ["provider_returned", "Kingsoft Cloud ICP: The initial review of order KS-0091 found problems. The order has been returned to you."],
      ["provider_returned", "【新网】您提交的备案信息审核未通过，请根据审核意见修改后再次提交。"],
      ["submitted_to_authority", "Filing for shop.demo.cn cleared Huawei's review and has been forwarded to the MIIT system."],
      ["submitted_to_authority", "【百度智能云】您的备案已通过百度智能云初审，现已报送北京市通信管理局审核。"],
      ["filing_approved", "Good news — the Shanghai Communications Administration approved our filing, number 沪ICP备2026012345号-1."],
    ],
  },
  {
    family: "a cancellation and its SMS step: the cancellation's verification, not the submission or a plain code",
    cases: [
      ["cancellation_verification", "Tencent Cloud: Your application to cancel the website filing has been submitted to MIIT. The website owner will receive an SMS to confirm the cancellation."],
      ["cancellation_verification", "The deregistration of our old site is waiting for the owner's SMS confirmation on the MIIT side."],
      ["cancellation_verification", "【阿里云】您的取消接入申请已提交，工信部将向网站负责人发送短信，请按短信提示完成确认。"],
      ["cancellation_verification", "【华为云】您提交的取消接入申请需网站负责人进行短信核验，请在24小时内完成。"],
      ["cancellation_verification", "Heads-up: the owner got an MIIT SMS for the website deregistration — the number to enter is 316592 (valid one day)."],
      ["cancellation_verification", "【工信部】您的注销主体申请需短信确认，请访问beian.miit.gov.cn，输入３１６５９２完成。"],
    ],
  },
  {
    family: "a record change: in effect, by whoever made it; a change filing still under review is a submission",
    cases: [
      ["record_changed", "【工信部】您的网站备案京ICP备2026012345号-1的网站名称已变更为“禾页文化”。"],
      ["record_changed", "MIIT: The filing information of 粤ICP备2026012345号-1 has been modified. Please check at beian.miit.gov.cn."],
      ["record_changed", "Tencent Cloud: Your ICP filing information change is complete. New server IP: 1.2.3.4."],
      ["record_changed", "The bureau updated our filing record today — the entity address now shows the new office."],
      ["record_changed", "【工信部ICP备案】您的网站备案信息已由接入服务商变更，如有疑问请联系接入服务商。"],
      ["record_changed", "Heads up: the change filing for shop.demo.cn went through, MIIT now lists the new contact phone."],
      ["submitted_to_authority", "【华为云】您的变更备案已通过华为云初审并提交至湖北省通信管理局，管局审核期间备案信息不可修改。"],
    ],
  },
  {
    family: "submissions, resubmissions and the provider's queue",
    cases: [
      ["filing_submitted", "Just resubmitted the ICP filing for shop.demo.cn at Tencent after fixing the photo."],
      ["filing_submitted", "Filed the ICP application for shop.demo.cn with Tencent this morning; waiting for their first review."],
      ["filing_submitted", "<p>Dear customer,</p><p>Your ICP filing order <b>JD-0042</b> was received and is pending initial review.</p>"],
      ["filing_submitted", "Volcano Engine: your ICP filing has been resubmitted and is back in our review queue."],
      ["filing_submitted", "【新网】您的备案申请已成功提交，订单号XW-77812，初审将在1个工作日内完成。"],
    ],
  },
  {
    family: "status lines: the value of a status field is the event, the authority named in it decides",
    cases: [
      ["provider_returned", "<table><tr><td>Order</td><td>ICP-2026-0912</td></tr><tr><td>Status</td><td>Returned for modification</td></tr><tr><td>Comment</td><td>ID photo unclear</td></tr></table>"],
      ["provider_returned", "Status: Rejected (initial review). Reason: the website name does not match the content. ICP filing order ICP-7781."],
      ["provider_returned", "Dear customer, after review we are unable to proceed with your ICP filing application: the sponsor's ID has expired. Please update and resubmit."],
      ["authority_rejected", "Status: Rejected by the Guangdong Communications Administration. Reason: the website name is not allowed."],
      ["record_changed", "Status: Change completed. The new website principal of 粤ICP备2026012345号-1 is Wang Fang."],
      ["record_changed", "【腾讯云】您的备案信息变更已完成，变更内容：网站负责人电话。"],
      ["filing_submitted", "Status: Submitted. Your ICP filing order ICP-2026-0912 is in the queue for initial review."],
      ["filing_submitted", "Thanks, we've got your ICP filing materials and our team will review them within one business day. — UCloud ICP"],
      ["submitted_to_authority", "Status: Pending MIIT review. Your filing passed the initial review on 2026-11-30."],
      ["access_cancelled", "Status: Access removed. 沪ICP备2026012345号-1 no longer has an access provider."],
      ["icp_number_cancelled", "Status: Cancelled. 沪ICP备2026012345号-1 was cancelled on 2026-11-30."],
      ["unknown", "ICP filing service order ICP-SVC-11. Payment status: received. Thank you!"],
      ["unknown", "【腾讯云】您的工单状态：已受理。问题：备案进度咨询。"],
      ["unknown", "Server status: changed to running. ICP filing unaffected."],
      ["unknown", "Meeting about the ICP filing — status: cancelled."],
    ],
  },
  {
    family: "not an ICP filing event: licences, other registers, other things submitted, approved or synced, advice, plans and history",
    cases: [
      ["unknown", "【工业和信息化部】您申请的增值电信业务经营许可证（EDI）已审批通过，许可证编号：京B2-20261234。"],
      ["unknown", "MIIT approved our EDI licence application today, licence number B2-20261234."],
      ["unknown", "The bureau returned our B2 licence application; the registered capital is too low."],
      ["unknown", "【工信部】您的电信业务经营许可证年检已通过。"],
      ["unknown", "【公安机关】您的网站公安备案已注销，如有疑问请联系属地公安。"],
      ["unknown", "Your Public Security filing for demo-shop.cn has been approved."],
      ["unknown", "Your refund request for the ICP filing service has been approved."],
      ["unknown", "Your trademark application was approved; you can now use it in your ICP filing."],
      ["unknown", "Our budget for the ICP filing agency was approved."],
      ["unknown", "我已经在阿里云提交了工单，问备案要多久。"],
      ["unknown", "域名已经同步好了，备案还没开始。"],
      ["unknown", "Tencent synced the DNS records; ICP filing unaffected."],
      ["unknown", "公司地址已经改成新地址了，下个月记得做备案变更。"],
      ["unknown", "MIIT confirmed the change of the filing rules for apps next year."],
      ["unknown", "备案流程：提交资料、初审、管局审核、审核通过后下发备案号。"],
      ["unknown", "MIIT cancelled 3,000 ICP filings of empty-shell sites last month, according to a report."],
      ["unknown", "Last year our ICP filing was rejected twice; this year we used an agency."],
      ["unknown", "If the bureau rejects it, we'll try again with a different name."],
      ["unknown", "Planning to submit the ICP filing next week once the ID scans are ready."],
      ["unknown", "【工信部】关于开展2026年互联网信息服务备案专项核查的通知：各接入服务商应于12月前完成自查。"],
      ["unknown", "Your ICP filing agency contract was cancelled at your request."],
      ["unknown", "【工信部】2026年全国互联网信息服务备案情况通报：共注销空壳网站备案12万个。"],
      ["unknown", "Your app's MIIT App filing (APP备案) passed review."],
    ],
  },
];

describe.each(FAMILIES)("classifier family (D- and the unseen batch): $family", ({ cases }) => {
  itReadsKinds(cases);
});

describe("the weaker reading: a suggestion when no cue decides", () => {
  it.each([
    ["provider_returned", "Hi all, Alibaba's reviewer declined our filing for shop.demo.cn this morning — the ID photo was blurry. I'll redo it."],
    ["icp_number_cancelled", "MIIT deregistered shop.demo.cn's ICP number last night."],
  ])("suggests %s at low confidence, names the verb, and leaves it to a person: %s", (kind, text) => {
    const result = classify(text);
    expect(result.kind).toBe(kind);
    expect(result.confidenceLevel).toBe("low");
    expect(result.decidedBy?.id).toMatch(/^weak\./);
    expect(result.decidedBy?.label.en).toMatch(/suggestion/);
    expect(result.decidedBy?.label.zh).toMatch(/推测/);
    expect(result.decidedBy?.match.length).toBeGreaterThan(0);
    expect(isConfidentClassification(result)).toBe(false);
  });
});

describe("cautions: a neighbour kind's words keep an answer from intake's automatic recording", () => {
  it.each([
    ["an approval that speaks of a change", "【阿里云】您的备案已通过管局审核。如需变更备案信息，请在控制台提交变更申请。", "filing_approved"],
    ["a provider's return that names the authority", "【阿里云】您的备案初审未通过，请修改后重新提交，通过后将提交管局审核。", "provider_returned"],
  ])("%s", (_name, text, kind) => {
    const result = classify(text);
    expect(result.kind).toBe(kind);
    expect(result.caution).not.toBeNull();
    expect(isConfidentClassification(result)).toBe(false);
  });

  it("an answer without a neighbour's words stays confident", () => {
    const result = classify("【工信部】您的备案号京ICP备2026012345号-1已被注销。");
    expect(result.caution).toBeNull();
    expect(isConfidentClassification(result)).toBe(true);
  });
});
