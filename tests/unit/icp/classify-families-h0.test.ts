import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirty-third blind batch (H0-…) missed that the H round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of an H0- text (docs/classifier.md, "The H round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("H round: listicles and markdown tickets are no news", () => {
  itStaysUnknown([
    "7 common mistakes that get an ICP filing returned: 1) a generic site name; 2) a blurry ID photo; 3) the wrong filing type.",
    "3个常见原因导致备案被驳回：1）网站名称不规范；2）负责人手机号不实名；3）前置审批缺失。",
    "## Feature request: ICP number in the footer\nSite owners in China need the ICP number linked to beian.miit.gov.cn; add a theme setting for it.",
  ]);
});

describe("H round: a service number in groups is no code", () => {
  itReadsKinds([
    ["rectification_notice", "【浙江省通信管理局】2026年度备案年审已开始，请网站负责人于5月10日前按格式发送短信至 1069 0101 2381 完成年审，逾期将责令整改。"],
  ]);
});

describe("H round: a clause's own subject keeps its verb", () => {
  itReadsKinds([
    ["filing_invalid", "Heads-up: Tencent Cloud says your filing entity is now an empty shell entity — no sites or access records remain since the old blog was removed."],
  ]);
});

describe("H round: a cancellation asked to be consented to", () => {
  itReadsKinds([
    ["cancellation_verification", "【腾讯云】您的备案 浙ICP备2026012345号-1 收到注销网站申请，请登录控制台确认是否同意注销，如非本人操作请联系客服。"],
    ["cancellation_verification", "有人为您的网站 hillside.cn 提交了取消接入申请。请于24小时内回复“确认取消接入”，逾期申请将撤回。"],
    ["cancellation_verification", "腾讯云备案 › 订单 | 类型：注销网站 | 域名 hillside.cn | 状态：待短信核验"],
    ["cancellation_verification", "MIIT code for the cancel-website order arrived: 552019. Do we want to go ahead with closing the old site? Need an answer by noon."],
  ]);
});

describe("H round: more spellings", () => {
  itReadsKinds([
    ["filing_approved", "- 官网备案已通过：浙ICP备2026012345号-1\n- TODO：页脚加备案号"],
    ["filing_approved", "we got the number!! 浙ICP备2026012345号-1 — the MIIT SMS came at 9am."],
    ["submitted_to_authority", "UCloud: first review passed, now with 管局."],
    ["submitted_to_authority", "Update: JD Cloud checked the documents and lodged our filing with the Zhejiang authority today."],
    ["authority_rejected", "Status: red. The Jiangsu authority declined the filing on 2 June because the site name was too generic."],
    ["authority_rejected", "bureau rejected the application again, site name"],
    ["filing_submitted", "beian order in, ucloud reviewing"],
    ["filing_submitted", "OPS-77 · Li commented: the filing for hillside.cn went into Tencent Cloud's initial review today."],
    ["filing_submitted", "Dear Customer, we confirm receipt of your ICP filing order HS-1 for hillside.cn. It has entered first-level review."],
    ["filing_submitted", "[Tencent Cloud] Your ICP filing application (Order No. 88812) has been submitted. Our reviewer will call you."],
    ["footer_notice", "Hi Lee, provider notice: your website bottom have no beian number, please add it with link to beian.miit.gov.cn."],
    ["rectification_notice", "Client alert – Tencent info-check on your filing: the leader's phone is unreachable. Fix it by 10 June."],
    ["record_changed", "Dear user, your record modify is finish. The website leader is now Ms. Lin."],
    ["icp_number_cancelled", "FYI: the bureau texted us that our ICP filing number has been cancelled; we will file again."],
  ]);
  itStaysUnknown(["Once we get the number we will add it to the footer."]);
});
