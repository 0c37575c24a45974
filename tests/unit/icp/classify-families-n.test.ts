import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirteenth blind batch (N0-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of an N0- text (docs/classifier.md, "The N
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("N round: a sign-in, payment or other service's code is never MIIT's filing code, even beside ICP filing", () => {
  itStaysUnknown([
    "[Tencent Cloud] Verification code 481 207. You are signing in to the ICP filing assistant. Valid for 10 minutes.",
    "Sign-in to your Huawei Cloud ICP filing console: use code 552 019 within 5 minutes.",
    "【京东云】验证码 730418，您正在登录备案管理控制台，5分钟内有效，请勿泄露。",
    "Your checkout code for the QuickBeian ICP filing package (CNY 1,280) is 904 113. It expires in 15 minutes.",
    "【备案帮】您正在支付ICP备案代办服务费 899 元，交易验证码 662190，请勿告诉他人。",
    "Use 318 774 to confirm the payment for your ICP filing service order. Do not share it.",
    "Your one-time passcode to reset the password of your ICP filing account is 407 215.",
  ], { title: "stays unknown and is never recorded alone: %s", notConfident: true });

  itReadsKinds([
    // MIIT's own filing SMS verification stays MIIT's, in both languages, even when it says where to enter the code.
    ["verification_code", "【工信部】您的ICP备案短信核验码为 381 920，请于24小时内登录 beian.miit.gov.cn 完成核验。"],
    ["verification_code", "[MIIT] Your ICP filing SMS verification code is 662 018. Please log in to the filing system within 24 hours to verify."],
    // MIIT's "logout" (注销) business in machine-translated English is a cancellation's verification.
    ["cancellation_verification", "[MIIT] You are handling the website logout business, verification code 550 361, if not your own operation please ignore."],
    ["cancellation_verification", "[Ministry of Industry] You are doing the record logout service, the verify code is 774 102, do not tell others."],
  ]);
});

describe("N round: what did not happen, a maintenance notice and a country's figures are no notice", () => {
  itStaysUnknown([
    "We sent the filing to the provincial bureau last week but no verification text from MIIT has arrived yet. Is something wrong?",
    "管局那边说已经提交了，可是到现在也没收到工信部的核验短信，是哪里出问题了？",
    "【华为云】备案系统维护通知：12月9日02:00-04:00备案控制台暂停服务，期间无法提交备案订单，已提交的订单不受影响。",
    "Scheduled maintenance: the UCloud ICP filing console will be unavailable on 14 Dec 01:00-03:00 CST. Orders already submitted are not affected.",
    "MIIT figures: 52,000 websites completed ICP filing in October, and the provincial bureaus cancelled some 9,000 empty-shell filings.",
    "工信部数据显示，10月全国新增网站备案4.2万个，各省管局注销空壳网站备案约8千个。",
    // A warning against anyone asking for the code, with no code of its own.
    "【腾讯云】您的备案订单仍在腾讯云初审中，还未提交管局，请勿理会任何来电索要短信核验码。",
    "UCloud reminder: your filing has not reached the bureau yet. Ignore any caller who asks you for the SMS code.",
  ]);

  itReadsKinds([
    // The event told plainly keeps its kind.
    ["submitted_to_authority", "【华为云】您的备案订单已提交至管局审核，请留意工信部发送的核验短信。"],
    ["filing_invalid", "MIIT notice: the filing of nanqiao-art.cn is an empty-shell filing and will be cancelled unless access is restored."],
  ]);
});

describe("N round: a check that reports a cancellation, an invalid filing or a yearly review's update is that outcome", () => {
  itReadsKinds([
    ["icp_number_cancelled", "浙江省通信管理局关于注销部分网站备案的公告：经核查，下列网站主体已注销，依法注销其备案：浙ICP备2018033412号（杭州某某网络有限公司）。"],
    ["filing_invalid", "您好，华为云在备案核查中发现您的网站 qinghe-shop.cn（苏ICP备2021044556号-1）为空壳网站：域名未解析至华为云中国内地节点，请尽快整改。"],
    ["record_changed", "【四川省通信管理局】您的网站备案川ICP备2020012345号-2年审结果：信息已更新，请在工信部备案管理系统公共查询中核对。"],
    ["icp_number_cancelled", '{"event":"beian.number.cancelled","domain":"oldshop.cn","icp_number":"浙ICP备2019011223号-1","by":"Zhejiang Communications Administration"}'],
    ["submitted_to_authority", "备案进度：提交初审 ✓ → 初审通过 ✓ → 管局审核中（当前）"],
    // The outcome spelled as the check's own wording.
    ["icp_number_cancelled", "江苏省通信管理局关于注销网站备案的通知：经核查，下列网站长期无法访问，经通知未整改，依法予以注销：苏ICP备2018077123号。"],
    ["filing_invalid", "您好，阿里云在备案核查中发现您的网站 www.yunmu-shop.cn（浙ICP备2021055667号-2）存在“空壳网站”情况：域名未解析至阿里云服务器。"],
    ["record_changed", "【浙江省通信管理局】您的网站备案浙ICP备2019044556号-1年审结果：已更新。请登录工信部备案管理系统核对。"],
    ["submitted_to_authority", "备案进度：等待初审 ✓ → 待提交管局 ✓ → 待管局审核（当前）"],
  ]);

  itReadsKinds([
    // A check that asks for a fix and reports no outcome stays a rectification notice.
    ["rectification_notice", "【阿里云】备案核查发现您的网站 lvye-tech.cn 备案信息中的负责人电话无法接通，请于7日内登录控制台修改。"],
    ["rectification_notice", "【广东省通信管理局】您的网站备案粤ICP备2019033221号-1年审结果：需整改，请核对主体联系方式后重新提交。"],
    // A progress line whose current step is still the provider's.
    ["filing_submitted", "备案进度：提交初审 ✓ → 初审中（当前） → 待提交管局"],
  ], { title: "the lookalike keeps its kind: %s ← %s" });
});

describe("N round: the same events in a JSON payload's status field and a console row's cell", () => {
  itReadsKinds([
    ["icp_number_cancelled", '{"event":"icp.number.revoked","domain":"lanhu-shop.cn","icp_number":"沪ICP备2018012222号-1"}'],
    ["submitted_to_authority", '{"type":"beian.order.updated","data":{"order":"HW-5521","from":"PROVIDER_REVIEW","to":"BUREAU_REVIEW"}}'],
    ["provider_returned", '{"code":0,"icp_order":"KS-2231","status_desc":"first review rejected","reasons":["leader photo is blurred"]}'],
    ["icp_number_cancelled", "Tencent Cloud ICP | 粤ICP备2019012345号-2 | Revoked (cancelled by bureau) | 2026-11-30"],
    ["filing_submitted", "UCloud ICP | order UC-4410 | Submitted - pending provider review | 2026-12-02"],
    ["provider_returned", "ICP order 55120 · Returned (needs revision) · 2026/11/28"],
    // A page taken down in front of the site cancels nothing; the sync decides.
    ["provider_synced", "Sorry for the wait - the bureau's result has now synced on our side, and the interception page on www.qiushui.cn has been removed."],
  ]);

  itStaysUnknown([
    // A row of another thing's status, and a payload about an account.
    "Meeting room B | Thursday | Cancelled | 2026-12-03",
    '{"event":"account.password.changed","user":"ops@lanhu.cn"}',
  ]);
});

describe("N round: the same events in more spellings (machine-translated English, provider notices)", () => {
  itReadsKinds([
    ["authority_rejected", "Your filing was rejected by the Administration, reject reason: the site name does not meet the naming rule, please modify it."],
    ["record_changed", "[MIIT] Your record information has occurred change, please log in the record system to check it."],
    ["filing_approved", "Your ICP filing has been audited pass, record number Zhe ICP Bei 2026033445 Hao-2, please hang it on the homepage."],
    ["provider_synced", "The bureau result has already synchronous to our platform, and your filing status is now filed."],
    ["access_cancelled", "【新网】您申请的取消接入已办理完成，网站 qiaolin.cn 已不再由新网接入，备案号保留。"],
    ["rectification_notice", "Huawei Cloud checked your ICP filing: the mobile number of the website leader for 苏ICP备2020011223号 could not be reached. Please correct it by 15 Dec."],
    ["footer_notice", "系统通知：您的网站首页备案号未设置超链接，请链接至beian.miit.gov.cn。"],
  ]);

  itStaysUnknown([
    // A decision that may come is still no decision, and a filing unrelated to MIIT's administration stays unknown.
    "If the contact number could be reached again, the check may be closed, said the reviewer.",
    "Your visa application was rejected by the administration office, please contact the embassy.",
  ]);
});

describe("N round: a relayed MIIT SMS followed by where to enter its code keeps the event", () => {
  itReadsKinds([
    ["verification_code", "同事把短信转给我了：“【工信部】您的ICP备案短信核验码为 550 182，请于24小时内完成核验。”这个码是填到腾讯云还是工信部网站？"],
    ["cancellation_verification", "我们在注销旧站的备案，刚收到短信：“【工信部】您正在办理网站备案注销，核验码 771 204”，这个码在哪里输入？"],
  ]);

  itStaysUnknown([
    // Asking whether the message is real, or why it came, is the writer's own question.
    "同事把短信转给我了：“【工信部】您的ICP备案短信核验码为 550 182。”我们最近没办备案，为什么会收到这个？",
  ]);
});
