import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the fifteenth blind batch (P2-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a P2- text (docs/classifier.md, "The P
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown, itIsConfident } = readAt("2026-06-01T00:00:00Z");

describe("P round: a cancellation waiting for its confirmation is the verification, not the cancellation", () => {
  itReadsKinds([
    ["cancellation_verification", "【腾讯云】您提交的注销主体申请（浙ICP备2021034567号）已进入工信部短信核验阶段，请主体负责人在24小时内按短信提示完成注销确认。"],
    ["cancellation_verification", "【华为云】您的取消接入申请已提交工信部核验，请于24小时内登录 beian.miit.gov.cn 完成注销确认，逾期申请自动作废。"],
    ["cancellation_verification", "【工信部ICP备案】您好，您的网站 苏ICP备2020011223号-2 正在申请注销，请登录 beian.miit.gov.cn 进行确认。"],
  ]);
  itReadsKinds([
    // The cancellation done stays the cancellation.
    ["icp_number_cancelled", "【浙江省通信管理局】您的网站备案 浙ICP备2020011223号-1 已完成注销，注销时间：2026年5月12日。"],
    ["icp_number_cancelled", "【工信部】您的主体备案 粤ICP备2019008877号 已被注销。"],
  ]);
});

describe("P round: a spot check of the footer number is the footer notice", () => {
  itReadsKinds([
    ["footer_notice", "【天翼云】根据浙江省通信管理局备案号悬挂情况抽查，您的网站 lantern-hill.cn 首页未悬挂备案号，请于6月25日前完成整改。"],
    ["footer_notice", "【京东云】据北京市通信管理局网站备案号悬挂情况核查结果，您的网站 bluebrook.cn 备案号未链接至工信部网站，请尽快处理。"],
  ]);
  itReadsKinds([
    // A check of the filing's information, not its number on the page, stays the rectification notice.
    ["rectification_notice", "【天翼云】根据浙江省通信管理局备案信息抽查结果，您的网站 lantern-hill.cn 网站负责人电话无法接通，请于6月25日前完成整改。"],
  ]);
});

describe("P round: the approval synced to the provider, and the block page it lifts, are the sync", () => {
  itReadsKinds([
    ["provider_synced", "Hello, the bureau's approval for 苏ICP备2026001122号-1 has been synchronized to Tencent Cloud, and the access restriction page for quillstone.cn has been removed."],
    ["provider_synced", "【天翼云备案中心】您的备案订单管局审核结果已于2026年5月20日同步至天翼云，备案状态已更新。"],
    ["provider_synced", "跟您说一声，京东云后台的备案状态刚同步成“已备案”了，网站可以正常访问了。"],
  ]);
  itReadsKinds([
    // Access itself withdrawn stays the access cancelled.
    ["access_cancelled", "Dear customer, access for marigold-way.cn has been cancelled by Huawei Cloud at your request on 3 May 2026."],
  ]);
  itStaysUnknown([
    // A result still to sync is no sync.
    "备案审核结果什么时候能同步到天翼云？",
  ]);
});

describe("P round: reviewed by the provider and submitted to the bureau is the submission", () => {
  itReadsKinds([
    ["submitted_to_authority", "【西部数码】您的备案信息（网站：copperfield.cn）已由西部数码审核通过，并于2026年5月8日提交至四川省通信管理局，请留意管局短信。"],
    ["submitted_to_authority", "尊敬的用户：您的备案订单经移动云审核通过，已于5月9日报送至湖南省通信管理局审核，请保持电话畅通。"],
  ]);
  itReadsKinds([
    // Passed by the bureau stays the approval.
    ["filing_approved", "【江苏省通信管理局】您的备案申请已由江苏省通信管理局审核通过，备案号：苏ICP备2026012345号-1。"],
    ["filing_approved", "您的网站备案经管局审核通过，备案号 浙ICP备2026012121号-1 已下发。"],
  ]);
});

describe("P round: a public security (PSB) filing's return is not MIIT's rejection", () => {
  itStaysUnknown([
    "The public security bureau sent back our network security filing for harborlight.cn because the site's security contact is missing. I'll fill it in on beian.gov.cn tomorrow.",
    "Heads-up: the Public Security Bureau rejected the internet security filing for ashgrove.cn, the server address was wrong.",
  ]);
  itReadsKinds([
    // The ICP bureau's return keeps its kind.
    ["authority_rejected", "Your ICP filing for harborlight.cn was returned by the Zhejiang Communications Administration. Reason: the website name is not allowed. Please modify it and resubmit through Alibaba Cloud."],
  ]);
});

describe("P round: someone else's filing looked up is no event", () => {
  itStaysUnknown([
    "我查了一下竞争对手 brightmall.cn 的备案，备案号 粤ICP备2020099887号-1，审核通过时间是2020年10月，是企业备案。",
    "I looked up a competitor's ICP filing: 京ICP备2019012345号-3, approved in March 2019, registered to a company.",
    "顺手查了下友商的备案，他们已经注销了，难怪网站打不开。",
  ]);
  itReadsKinds([
    // One's own approval that names a competitor only in passing keeps its kind.
    ["filing_approved", "【浙江省通信管理局】您的网站备案已审核通过，备案号：浙ICP备2026023456号-1。"],
  ]);
});

describe("P round: OCR'd Chinese with a space between the words", () => {
  itReadsKinds([
    ["record_changed", "【工信部ICP备案】 您 的 备案 信息 已 变更 ， 网站 负责人 由 “张三” 变更 为 “李四” 。 备案号 ： 苏ICP备2021077001号-1"],
    ["cancellation_verification", "【工信部ICP备案】 您 的 网站 苏ICP备2020011223号-2 正在 申请 注销 ， 请 登录 beian.miit.gov.cn 进 行 确 认 。"],
  ]);
  itStaysUnknown([
    // Spaced out all the same, it is still someone's question.
    "请 问 备案 信息 变更 要 多久 ？",
  ]);
  itReadsKinds([
    // A label and its value apart ("主办单位 上海…") is no OCR spacing and reads as before.
    ["filing_approved", "备案结果：审核通过 主办单位 杭州云杉科技有限公司 备案号 浙ICP备2026031234号-1"],
  ]);
});

describe("P round: a forwarded e-mail or a translated relay is the notice it quotes", () => {
  itReadsKinds([
    ["authority_rejected", "Tom, see the return below. Could you get a new ID photo from the director?\n\n-----Original Message-----\nFrom: ICP Service <icp@westdigital.example>\nSent: Tuesday, 12 May 2026 10:02\nSubject: Filing returned\n\nYour filing for fernbrook.cn was returned by the Sichuan Communications Administration. Reason: the ID photo is blurred. Please upload a clear photo and resubmit."],
    ["icp_number_cancelled", "Forwarding what our director got yesterday, translated: \"Your ICP number 苏ICP备2022033445号-1 has been cancelled.\" Can you check it?"],
  ]);
  itStaysUnknown([
    // A question about the filing itself, not a relay.
    "Why was our ICP number cancelled? Nobody told us.",
  ]);
});

describe("P round: more spellings of known notices", () => {
  itReadsKinds([
    ["access_cancelled", "Hi, as asked in ticket TC-20260501-88 we have cancelled Tencent Cloud's access for 粤ICP备2023011223号-1 (ridgeview.cn) today."],
    ["provider_returned", "【百度智能云】您的备案订单经百度智能云审核，需要修改后重新提交：网站名称与内容不符。"],
    ["footer_notice", "[Huawei Cloud] Your ICP number 苏ICP备2026012345号 must be displayed on your website. Put it at the bottom of the home page and link it to beian.miit.gov.cn by 30 June."],
    ["footer_notice", "[Tencent Cloud] The footer ICP number of pinecrest.cn shows the wrong number. Please change it to 粤ICP备2026044556号-1 by 20 June."],
    ["verification_code", "hi it's Sam, the ministry text arrived, the code is 551903, we need to enter it on the beian site within 24 hours"],
  ]);
  itStaysUnknown([
    // A ticket closed, a footer's look, another ministry's code.
    "Your ticket TC-20260501-88 has been closed. Thank you for contacting Tencent Cloud.",
    "Our footer record number shows the wrong font size on mobile, fixing it today.",
    "The ministry text from the tax office says my refund code is 551903.",
  ]);
  itIsConfident([
    // A return whose fix is asked for is still confident.
    "【百度智能云】您的备案订单经百度智能云审核，需要修改后重新提交：网站名称与内容不符。",
  ], true, "confident: %s");
});
