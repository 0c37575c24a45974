import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirty-sixth blind batch (K3-…) missed that the K3 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of a K3- text (docs/classifier.md, "The K3 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("K3 round: a reminder and an advert are no news", () => {
  itStaysUnknown([
    "@小王 明天记得把官网备案提交了，材料都在共享盘里，提交前先发我看一眼",
    "<h2>备案无忧</h2><p>专业顾问全程代办，最快5个工作日拿到备案号！购买主机加送域名一年。</p>",
  ]);
});

describe("K3 round: MIIT's SMS step told as under way", () => {
  itReadsKinds([
    ["verification_code", "您的备案订单已进入工信部短信核验环节，工信部已向网站负责人手机（139****8812）发送核验短信，请于24小时内完成核验。"],
    ["verification_code", "Filing order TC-0601: MIIT SMS verification in progress. A verification code has been sent to the website leader."],
    ["verification_code", "Got the verification SMS from 12381 at last, code 550173; Lin will key it in this afternoon."],
  ]);
  itStaysUnknown(["【12381】您举报的垃圾短信已受理，举报编号202606010001，感谢您的支持。"]);
});

describe("K3 round: more spellings", () => {
  itReadsKinds([
    ["provider_returned", "Hello, your beian order come back from the reviewer today, the domain owner name is not the company name. Please modify and submit again."],
    ["provider_returned", "> 【腾讯云】您的备案订单已提交，等待审核。\n---\n更新：审核员来电说营业执照是旧版，订单已经被他们退回了，要重新上传。"],
    ["filing_submitted", "备案进度：③ 接入商初审 ⏳ 审核中"],
    ["submitted_to_authority", "2026-06-01T09:00:00+08:00 actor=system order=TC-ICP-1 event=forwarded_to_provincial_ca result=ok"],
    ["submitted_to_authority", "The filing order for hillside.cn has been approved in our initial check and forwarded to the Zhejiang provincial administration today."],
    ["filing_approved", "🎉 We got the beian!! the MIIT text came at noon — 浙ICP备2026012345号-1 for hillside.cn."],
    ["filing_approved", "2026-06-01,hillside.cn,Tencent,approved,\"浙ICP备2026012345号-1\",\"console not synced yet\""],
    ["provider_synced", "2026-06-02 08:00:00 | system | sync_access_record | domain=hillside.cn | before=approved_pending_sync | after=filed | 来源=管局结果同步"],
    ["filing_invalid", "您好，您在本公司的备案 浙ICP备2026012345号-1 已失效：域名已解析至境外服务器。"],
    ["icp_number_cancelled", "So our ICP number for hillside.cn is gone — cancelled by the Zhejiang CA after the empty-shell warning we ignored."],
    ["access_cancelled", "As requested in your ticket, we have completed the cancellation of Tencent Cloud access for your filing 浙ICP备2026012345号-1."],
    ["cancellation_verification", "系统收到针对备案主体“杭州山丘科技有限公司”的注销主体申请，请主体负责人登录控制台确认本次注销。"],
    ["footer_notice", "工单回复：您的网站 hillside.cn 已显示备案号，但未添加链接，备案号需链接至 https://beian.miit.gov.cn，请于6月30日前处理。"],
    ["footer_notice", "[Tencent Cloud] Please add the ICP number to the bottom of your home page and link it to beian.miit.gov.cn before 30 June."],
    ["footer_notice", "腾讯云发短信说官网底部没挂备案号😅 要在6月30号前补上，链接指向beian.miit.gov.cn，@小林 今天能加上吗"],
  ]);
});
