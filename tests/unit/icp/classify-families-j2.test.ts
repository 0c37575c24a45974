import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirty-fifth blind batch (J2-…) missed that the J2 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of a J2- text (docs/classifier.md, "The J2 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("J2 round: published rules and provinces' habits are no news", () => {
  itStaysUnknown([
    "MIIT has issued new administrative measures on empty-shell websites and asks providers to check filed sites every quarter.",
    "补充：浙江管局要求页脚展示网站备案号，其他省份一般也展示网站备案号并链接到 beian.miit.gov.cn。",
  ]);
});

describe("J2 round: a ticket's id is no code", () => {
  itReadsKinds([
    ["footer_notice", "工单 #TX-55102 回复：您好，巡检发现 hillside.cn 首页已展示备案号但无法点击跳转，需链接到工信部网站，请于6月30日前修改页脚。"],
  ]);
});

describe("J2 round: payloads", () => {
  itReadsKinds([
    ["footer_notice", '{"check":"footer_icp","domain":"hillside.cn","result":"missing_link","deadline":"2026-06-30"}'],
    ["rectification_notice", '{"type":"icp_check","subtype":"accuracy","domain":"hillside.cn","items":["leader phone unreachable"],"deadline":"2026-06-30"}'],
    ["cancellation_verification", '{"event":"icp.cancel.pending_verification","domain":"hillside.cn","cancel_type":"website"}'],
    ["provider_synced", '{"event":"provider.sync.completed","domain":"hillside.cn","icp":"浙ICP备2026012345号-1","access_status":"active"}'],
    ["submitted_to_authority", '{"type":"filing.status_changed","domain":"hillside.cn","from_status":"pending_initial_review","to_status":"pending_authority_review"}'],
    ["provider_returned", '{"event":"icp.order.returned_by_provider","domain":"hillside.cn","stage":"initial_review"}'],
  ]);
});

describe("J2 round: more spellings", () => {
  itReadsKinds([
    ["provider_synced", "尊敬的客户：您的域名 hillside.cn 接入信息同步已完成，备案拦截页面已解除。"],
    ["provider_synced", "同步好了！腾讯云后台 hillside.cn 状态从“管局审核通过-待同步”变成“已接入”了。"],
    ["cancellation_verification", "Tencent says the website cancellation for hillside.cn has gone to MIIT, and the confirmation SMS reached Lin at 9am; it must be confirmed today."],
    ["cancellation_verification", "The cancellation we requested for hillside.cn is waiting on MIIT confirmation; Lin got the text this morning."],
    ["record_changed", "变更备案订单 BG2026060100001 ｜状态：已完成｜变更项：网站名称｜网站：hillside.cn"],
    ["record_changed", "[Tencent Cloud] The change record is completed, the website leader of hillside.cn is now Ms. Lin."],
    ["filing_submitted", "2026-06-01T08:00:00+08:00,Tencent Cloud,email,\"ICP filing order TC-ICP-1 received for hillside.cn; initial review in progress\""],
    ["footer_notice", "from=106903398&content=【腾讯云】网站 hillside.cn 底部备案号未加链接，请将备案号链接至beian.miit.gov.cn。&device_mark=ops"],
    ["filing_invalid", "Tencent flagged hillside.cn as a \"shell website\" in its latest scan: the domain points at a server outside the mainland."],
    ["submitted_to_authority", "Status: Pending CA review | Domain: hillside.cn | Initial review passed 2026-06-01"],
    // A record page with the approval's date and no word of a sync reports the approval; with the sync, the sync.
    ["filing_approved", "Status: Filed | ICP number: 浙ICP备2026012345号-1 | Approved on 01/06/2026 | Domain: hillside.cn"],
    ["filing_approved", "备案详情｜网站：hillside.cn｜状态：已备案｜网站备案号：浙ICP备2026012345号-1｜管局审核通过时间：2026年06月01日"],
    ["provider_synced", "备案详情｜网站：hillside.cn｜状态：已备案｜网站备案号：浙ICP备2026012345号-1｜管局结果同步时间：2026年06月02日"],
    ["footer_notice", "[Tencent Cloud] Please hang your record number in the bottom of homepage with a link to beian.miit.gov.cn; our check found your site does not hang it."],
  ]);
});
