import { describe, expect, it } from "vitest";
import { classifyMessage } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the eighteenth blind batch (S5-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of an S5- text (docs/classifier.md, "The S
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("S round: a reason after the event is not what it happened to", () => {
  itReadsKinds([
    ["icp_number_cancelled", "Hi, the Zhejiang Communications Administration confirmed that your ICP number 浙ICP备2021004455号-1 was revoked on 2026-03-10 because the site had no access provider for six months."],
    ["icp_number_cancelled", "Update: our number 粤ICP备2020011223号 was cancelled on 12 May due to the access being withdrawn by Tencent."],
    ["icp_number_cancelled", "您好，经与江苏省通信管理局确认，您的备案号苏ICP备2021001234号-3已于2026年3月2日被注销，因为网站长期没有接入服务商。"],
  ]);
  itReadsKinds([
    // What was cancelled is the access: it stays the access, whatever the reason says.
    ["access_cancelled", "Access for your site 浙ICP备2021004455号-1 was cancelled because the server was released; the ICP number itself is still valid."],
    ["access_cancelled", "Huawei Cloud cancelled its access for lumen.cn because the ECS expired."],
  ]);
});

describe("S round: what one's own look-up of the public record lists is no approval", () => {
  itStaysUnknown([
    "I looked up qingshan.cn on beian.miit.gov.cn and it lists 沪ICP备2024012345号-1, approved 2024-11-02. Noting it for the audit file.",
    "We searched the MIIT public query for hemu.cn: it shows 浙ICP备2023007788号-2, approved on 2023-05-06.",
    "我在工信部备案系统查了一下 qingshan.cn，显示 沪ICP备2024012345号-1，审核通过日期 2024-11-02，记录一下备查。",
  ]);
  itReadsKinds([
    // A provider telling the holder the approval it found, and a cancellation found by a look-up, keep their kinds.
    ["filing_approved", "Hello, we checked the MIIT public query for you: your filing was approved on 3 March 2026 with number 苏ICP备2026011223号-1."],
    ["icp_number_cancelled", "I checked the public query: the Shanghai CA cancelled our number on Oct 2."],
    ["filing_approved", "【广东省通信管理局】您的网站备案申请已审核通过，备案号为粤ICP备2026012345号-1，审核通过日期2026年5月12日。"],
  ]);
});

describe("S round: a relay's comment after the quote is not the event", () => {
  itReadsKinds([
    ["authority_rejected", 'Received this on the owner\'s phone, translated: "Your ICP filing has been rejected by the Zhejiang Communications Administration." Did Alibaba send the wrong documents? What should we do?'],
    ["record_changed", 'Fwd: "The filing information of 京ICP备2024005566号-1 has been changed." – probably the IP update Huawei did last week. Nothing to do?'],
    ["record_changed", 'Fwd: "Your website filing 浙ICP备2023001122号-3 has added a second access provider." – the CDN move, I guess. OK?'],
    ["access_cancelled", 'From Tencent Cloud: "Access for your website has been cancelled (取消接入)." – nobody here requested that. Please look into it.'],
    ["rectification_notice", "Forwarding the Huawei Cloud 'filing information check' e-mail – the leader's phone on record is out of service, fix needed by 30 Jun 2026. Who has the console login?"],
  ]);
  itStaysUnknown([
    // A comment that asks why, takes the message for a scam or denies what it presupposes keeps the question; so does a
    // question of one's own with no message relayed.
    'Fwd: "Your ICP filing has been approved." – why did we get this? We never applied.',
    'Fwd: "Your ICP number has been cancelled." – is this a scam?',
    "Who should we ask to check whether our ICP filing was rejected?",
  ]);
});

describe("S round: a payload's coded type or audit names the event", () => {
  itReadsKinds([
    ["filing_invalid", '{"alertType":"EMPTY_SHELL_SITE","icp":"浙ICP备2024001122号-2","domain":"hexin.cn"}'],
    ["filing_invalid", '{"type":"INVALID_FILING","icpNo":"苏ICP备2023009988号-1","reason":"domain not resolved"}'],
    ["provider_returned", '{"state":4,"status_desc":"平台审核驳回","audit_data":[{"key_name":"site_leader_phone","error":"Phone number cannot be reached"}]}'],
  ]);
  itStaysUnknown([
    // A marketplace's audit of a product title and a shell company in a credit check are no filing's.
    '{"status":3,"status_desc":"平台审核驳回","audit_data":[{"key_name":"goods_title","error":"Title contains restricted words"}]}',
    '{"riskType":"EMPTY_SHELL_COMPANY","entity":"华创贸易有限公司","source":"企业信用"}',
  ]);
});

describe("S round: the footer notice in other spellings (the number before 悬挂, 'hung')", () => {
  itReadsKinds([
    ["footer_notice", "【腾讯云】您的网站 lanxi.cn 备案号 苏ICP备2024012345号-1 未按要求在首页悬挂，请于2026年7月1日前完成整改。"],
    ["footer_notice", "【华为云】您的网站备案号京ＩＣＰ备２０２４０５５６６号－２未按规定悬挂，请尽快处理。"],
    ["footer_notice", "[Tencent Cloud] The record number of your website qiao.cn is not hung on the homepage. Please hang it and link it to beian.miit.gov.cn by 2026-09-01."],
    ["footer_notice", "Please hang the filing number on your home page and link it to the MIIT site."],
  ]);
  itStaysUnknown(["Please hang the banner on the home page before the launch.", "您的网站公安备案号未按规定悬挂，请于7月1日前处理。"]);
});

describe("S round: entering the provider's review is the submission received", () => {
  itReadsKinds([
    ["filing_submitted", "【阿里云】您的备案订单（域名 hemu.cn）已进入阿里云初审环节，预计1-2个工作日完成。"],
    ["filing_submitted", "【京东云】您提交的网站备案申请已进入京东云审核阶段，请保持电话畅通。"],
    ["filing_submitted", "[Huawei Cloud] Your ICP filing for qianli.cn has entered Huawei Cloud's review stage; expect a result within 1 working day."],
    // The bureau's review is the authority's stage.
    ["submitted_to_authority", "【腾讯云】您的备案申请已进入管局审核阶段，请留意工信部短信。"],
  ]);
  itStaysUnknown(["您的备案将在资料齐全后进入阿里云审核阶段。"]);
});

describe("S round: a request to the reader after the event is told is no question about it", () => {
  itReadsKinds([
    ["provider_returned", "张总，阿里云那边把我们的备案退回来了，说网站名称不能带“商城”。您方便今天改个名字发我吗？我这边马上重新提交。"],
    ["provider_returned", "Hi Mei, our filing was returned by Tencent: the leader's ID photo must be in colour. Could you send me a new scan today? I'll resubmit right after."],
  ]);
  itStaysUnknown([
    "阿里云那边把备案退回来了，怎么改才能通过？",
    "您方便今天帮我查一下备案有没有被退回吗？",
    "我们的备案被退回了吗？您方便发我一下截图吗？",
  ]);
});

describe("S round: a sync log's imported result is the sync", () => {
  itReadsKinds([
    ["provider_synced", "2026-05-02 10:14 ICP order HW-22810 sync: bureau result imported, status Under review → Filed"],
    ["provider_synced", "2026-05-02 10:14 订单 AL-ICP-3321 同步：管局审核结果已导入，状态 管局审核中 → 已备案"],
  ]);
  itStaysUnknown(["2026-05-02 10:14 CRM sync: contacts imported, status Pending → Done", "2026-05-02 10:14 ICP order HW-22810 sync: bureau result import failed, will retry in 10 minutes"]);
});

describe("S round: a tag question over a code asks to confirm what is there", () => {
  const zh = "刘总，工信部刚给您发了核验短信，验证码 427913 是吧？麻烦今天登录 beian.miit.gov.cn 填一下。";
  itReadsKinds([
    ["verification_code", zh],
    ["verification_code", "Mr. Li, the MIIT SMS gave you the code 582046, right? Please enter it at beian.miit.gov.cn today."],
  ]);
  it("masks the code it confirms", () => {
    expect(classifyMessage(zh).maskedText).not.toContain("427913");
  });
  // A tag question over an event, and a question whether a code came, stay questions.
  itStaysUnknown(["王总，您收到工信部的验证码了吗？", "我们的备案被管局驳回了，对吧？"]);
});

describe("S round: a provider's access named as removed or cancelled is ICP context", () => {
  itReadsKinds([
    ["access_cancelled", "Hi, as you asked, we have cancelled Alibaba Cloud's access for hemu.cn. The ICP number remains valid."],
    ["access_cancelled", "Your website has been removed from Tencent Cloud access (access cancelled). Please add access elsewhere."],
  ]);
  itStaysUnknown(["Guest Wi-Fi access cancelled for the weekend."]);
});

describe("S round: a filed IP that differs from the one in use is the rectification", () => {
  itReadsKinds([
    ["rectification_notice", "【阿里云】您的网站 hexi.cn 备案信息中的服务器IP与实际解析IP不一致，请于2026年9月30日前提交变更备案。"],
    ["rectification_notice", "The access IP in the filing for hexi.cn does not match the IP actually in use; please submit a change filing by 30 Sep 2026."],
  ]);
  itStaysUnknown(["您的网站备案信息中的接入IP与实际使用IP一致，无需处理。"]);
});
