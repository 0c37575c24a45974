import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the nineteenth blind batch (T6-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a T6- text (docs/classifier.md, "The T
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("T round: what the holder may still do to an order is no return", () => {
  itReadsKinds([
    ["filing_submitted", "【腾讯云】您的备案订单TX2026031188已提交成功，腾讯云将在1个工作日内完成初审。初审开始前如需修改资料，可在控制台撤回订单后重新提交。"],
    ["filing_submitted", "【华为云】您的ICP备案申请已提交，等待华为云审核。若需修改，可在审核开始前撤回申请。"],
    ["filing_submitted", "Your ICP filing order has been submitted and is waiting for Huawei Cloud's initial review. If you need to make changes before the review starts, you can withdraw the order in the console."],
  ]);
  itReadsKinds([
    // A review that found something to change is the return, however it is spelled.
    ["provider_returned", "【腾讯云】您的备案订单初审未通过，网站名称需修改后重新提交。"],
    ["provider_returned", "初审结果：需修改（网站负责人证件照片模糊）"],
  ]);
});

describe("T round: a cancellation order's SMS step is the cancellation's verification", () => {
  itReadsKinds([
    ["cancellation_verification", "业务类型：注销主体 | 域名：qiaomu-old.cn | 状态：待短信核验 | 工信部已向主体负责人发送核验短信，请在24小时内完成核验。"],
    ["cancellation_verification", "订单类型：取消接入 ｜ 状态：待短信核验 ｜ 工信部已向网站负责人发送核验短信"],
    ["cancellation_verification", "Order type: Cancel website | Domain: fernhill.cn | Status: awaiting SMS verification | MIIT has sent the verification SMS to the website leader."],
  ]);
  itReadsKinds([
    // A new filing's order at the same step is the filing's own SMS verification.
    ["verification_code", "订单类型：新增网站 ｜ 域名：qiaomu.cn ｜ 状态：待短信核验 ｜ 工信部已向网站负责人发送核验短信，请在24小时内完成核验。"],
  ]);
});

describe("T round: a help text's list of duties is no notice", () => {
  itStaysUnknown([
    "备案通过后还要做哪些事？\n一、在网站首页底部展示备案号，并链接到 https://beian.miit.gov.cn；\n二、30日内办理公安联网备案；\n——摘自阿里云帮助中心《备案后须知》",
    "What do I need to do after my ICP filing is approved?\n1. Display the ICP number at the bottom of your home page, linked to https://beian.miit.gov.cn.\n2. Complete the PSB filing within 30 days.\n(From the Tencent Cloud help center)",
    "【帮助文档】备案成功后，请在网站首页底部悬挂备案号并链接至 beian.miit.gov.cn，否则可能被要求整改。",
  ]);
  itReadsKinds([
    // A notice to this site that links to a help page is still the notice.
    ["footer_notice", "【阿里云】经检查，您的网站 songlin.cn 首页底部未悬挂备案号，请于7日内整改，操作方法详见帮助文档。"],
    // A provider's signed reminder that links to the MIIT site still speaks to its customer.
    ["footer_notice", "[UCloud] Reminder: per the regulations, please hang the record number at the bottom of the site's home page and link it to https://beian.miit.gov.cn by 30 June 2026."],
  ]);
});

describe("T round: a payload's event field names the event", () => {
  itReadsKinds([
    ["filing_approved", '{"event":"icp.filing_approved","domain":"birchway.cn","icp_number":"浙ICP备2026012345号-1","source":"sms"}'],
    ["provider_synced", '{"event":"ICP_RESULT_SYNCED","domain":"maplewood.cn","provider":"腾讯云","status":"已备案"}'],
    ["provider_synced", '{"type":"filing.sync_completed","domain":"qingshui.cn","synced_at":"2026-05-03 10:00:00"}'],
    ["access_cancelled", '{"event":"icp.access_removed","provider":"Huawei Cloud","domain":"oakline.cn","reason":"rectification overdue"}'],
    ["access_cancelled", '{"事件":"接入已取消","域名":"songhe.cn","接入商":"华为云","说明":"备案号仍有效"}'],
    ["footer_notice", '{"event":"footer.icp_number_missing","domain":"pinecrest.cn","expected":"苏ICP备2024001122号-1","found":null}'],
    ["cancellation_verification", '{"event":"icp.cancel_website.sms_verification","domain":"duskfield.cn","expires_at":"2026-05-02T10:00:00+08:00"}'],
    ["submitted_to_authority", '{"type":"filing.status_changed","domain":"riverbend.cn","from":"PROVIDER_REVIEW","to":"AUTHORITY_REVIEW"}'],
    ["submitted_to_authority", '{"type":"icp.status_changed","domain":"larkspur.cn","previous":"FIRST_AUDIT","current":"SUBMITTED_TO_MIIT"}'],
    ["provider_returned", '{"event":"icp_order.updated","domain":"copperleaf.cn","state":"PROVIDER_RETURNED","reasons":[{"field":"site_name","message":"too generic"}]}'],
    ["record_changed", '{"from":"12381","content":"【工信部】您的备案信息发生变动，变动时间：2026-04-12，请登录beian.miit.gov.cn核对。"}'],
  ]);
  itStaysUnknown([
    // An event field that names something else, or a check that passed, is no filing event.
    '{"event":"domain.renewed","domain":"birchway.cn","icp_number":"浙ICP备2026012345号-1","expires":"2027-05-01"}',
    '{"event":"icp.footer_check_passed","domain":"pinecrest.cn","expected":"苏ICP备2024001122号-1","found":"苏ICP备2024001122号-1"}',
    '{"type":"ssl.certificate_expiring","domain":"oakline.cn","icp":"沪ICP备2021000888号-1","days_left":14}',
  ]);
});

describe("T round: a support ticket's header is the channel, not what the event happened to", () => {
  itReadsKinds([
    ["authority_rejected", "Ticket #40522 (Tencent Cloud) — The Guangdong Communications Administration has returned the application for duskfield.cn: the site name does not match the content."],
    ["provider_synced", "Ticket #71230 (Huawei Cloud) — Resolved.\nOur ICP system has now received the approval from the Jiangsu bureau for fernhill.cn and the order status is 'Filed'."],
    ["access_cancelled", "Ticket #88810 — As requested we have cancelled Tencent Cloud as the access provider for pinecrest.cn (粤ICP备2020012345号-2) today."],
  ]);
  itStaysUnknown([
    // A ticket that only asks is the customer's question.
    "Ticket #55120 (Alibaba Cloud) — Customer asks: how long does the Zhejiang bureau usually take to review a new filing?",
    "Ticket #30011 — Open. Why was our ICP filing returned by the bureau?",
  ]);
});

describe("T round: a log line's state change names the new state", () => {
  itReadsKinds([
    ["access_cancelled", "2026-05-02 10:12:44 INFO icp-feed domain=fernhill.cn access_status ACTIVE -> CANCELLED"],
    ["access_cancelled", "[provider-sync] pinecrest.cn access_status: active → removed (取消接入 done by Tencent Cloud)"],
  ]);
  itStaysUnknown([
    // Another state's change is not the access's.
    "2026-05-02 10:12:44 INFO billing domain=fernhill.cn invoice_status PENDING -> CANCELLED",
  ]);
});

describe("T round: a doubt before the quoted original does not unsay it", () => {
  itReadsKinds([
    ["filing_approved", "这条短信靠谱吗？控制台里还显示审核中。\n原文：“【工信部】您的网站备案已通过审核，网站备案号：苏ICP备2026020202号-1”"],
    ["access_cancelled", "工信部说我们在华为云的接入被取消了，可我们没申请过啊？服务器还在华为云。原文：【工信部】您的网站(songhe.cn)已取消接入，接入商：华为云计算技术有限公司。"],
    ["submitted_to_authority", "转一下刚收到的通知👇\n【腾讯云】尊敬的客户，您的备案申请已提交管局，当前状态：管局审核中。\n那就是等管局了对吧？"],
    ["submitted_to_authority", "转一下刚收到的消息：\n【华为云】您的备案申请已提交至江苏省通信管理局审核。\n这下就是等管局了吧？大概要多久？"],
    ["filing_approved", 'What does this mean? Our console still says under review.\nOriginal: "【MIIT】Your website filing has been approved, filing number 京ICP备2026030303号-1"'],
  ]);
  itStaysUnknown([
    // A doubt that calls the original a scam, says it is not ours, or asks why keeps the question.
    "这条短信是诈骗吗？原文：【工信部】您的网站已取消接入，接入商：华为云。",
    "为什么会收到这个？我们根本没申请过备案。原文：“【工信部】您的网站备案已通过审核，网站备案号：苏ICP备2026020202号-1”",
    'Is this a scam? Original: "【MIIT】Your website filing has been approved, filing number 京ICP备2026030303号-1"',
  ]);
});

describe("T round: a comment below a quoted notice guesses the next step", () => {
  itReadsKinds([
    ["filing_invalid", "> Empty shell website — the domain name quillmark.cn does not resolve to a Tencent Cloud server.\n\nThat's the site we moved off Tencent last year. I guess we re-point it to the CVM?"],
  ]);
  itStaysUnknown([
    "> Empty shell website — the domain name quillmark.cn does not resolve to a Tencent Cloud server.\n\nWhy would Tencent send this? How do we fix it?",
  ]);
});

describe("T round: other spellings of the event", () => {
  itReadsKinds([
    ["provider_returned", "Hello, our reviewer has sent your filing back for changes: the website leader's ID photo is blurred. Please upload it again.\n— Huawei Cloud ICP team"],
    ["access_cancelled", "The SMS this morning was Tencent Cloud cancelling access for fernhill.cn, the CVM expired in April."],
    ["record_changed", "【工信部】您的备案信息有变动，变动时间：2026-05-10，请登录beian.miit.gov.cn核对。"],
  ]);
  itStaysUnknown([
    // A change that may happen, and a cancellation to come, are not events.
    "如备案信息有变动，请及时登录 beian.miit.gov.cn 办理变更。",
  ]);
});
