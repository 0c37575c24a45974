import { describe, expect, it } from "vitest";
import { readAt } from "./families";

/**
 * The families the ninth blind batch (J6-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, written after the fixes in other registers, providers, numbers and details, none a copy of a J6- text
 * (docs/classifier.md, "The J round"). Beside each family stand texts that must stay unknown or keep their kind.
 */
const { kindOf, itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("J round: a relay in more spellings, and the question after it asks a colleague", () => {
  itReadsKinds([
    ["footer_notice", "Heads-up: Xinnet says the ICP number in our footer at lvye-shop.cn is not linked to https://beian.miit.gov.cn, fix by Friday. Can someone update the template?"],
    ["access_cancelled", "Per Aliyun: the access for qingshan.cn has been cancelled because the site moved to another host. Who updates the DNS?"],
    ["provider_returned", "FW from UCloud: \"Your ICP filing for beiwan.cn has been returned for correction: the ID scan is blurred.\" Can HR send a new scan?"],
    ["filing_approved", "My boss receive SMS from MIIT, it say the filing of hongyu.cn is approved. Should I tell the designer?"],
    ["provider_returned", "JD Cloud first review failed for mingtai.cn: the site name is too generic. @anna can you pick a new name by Monday?"],
    ["access_cancelled", "转发一下腾讯云的：“您的网站 lanmei.cn 接入已取消。” 这是咱们去年那个测试站吧？"],
    ["rectification_notice", "华为云发邮件说我们备案的主体负责人手机号是空号，下周五之前要改，谁来处理一下？"],
    ["verification_code", "工信部刚发了条短信，备案短信核验的验证码是 604218，要在网站上填，你看谁来弄？"],
    ["icp_number_cancelled", "工信部那边显示我们的备案已经被注销了😭 网站也打不开了，要重新备案吗？"],
  ]);

  itStaysUnknown([
    "@support why was my filing rejected by the first review?",
    "Our filing was returned by the first review. How can I fix it?",
    "Per Huawei: how long does the bureau review take?",
    "阿里云发邮件说备案被驳回了，为什么会这样？",
    "我的备案号被注销了，谁能帮我恢复？",
    "备案号被注销了😭 要重新备案吗？",
    "工信部刚发了条短信，说是验证码 503112，你看这是不是诈骗？",
    "腾讯云发了个通知，说备案可能会被取消接入，谁知道为什么？",
    "Huawei reviewer send back the contract draft, @li can you fix page 3?",
  ]);
});

describe("J round: English verbs in base form and their filing objects", () => {
  itReadsKinds([
    ["authority_rejected", "Sad news, the Zhejiang bureau reject our filing on 3 Dec, the reason is the site name has English only."],
    ["icp_number_cancelled", "Bad news: the government cancel our ICP number last week, now taohua-tea.cn is blocked."],
    ["access_cancelled", "Aliyun cancel the access of our site lvyuan.cn because the server was released."],
    ["provider_returned", "[Xinnet] Your ICP application has been dismissed by the initial review. Reason: the entity name is wrong."],
    ["submitted_to_authority", "Good news, UCloud already pass the first check and they send your record to the Shanghai communication bureau yesterday."],
    ["submitted_to_authority", "[Xinnet] Your filing order has passed the first trial and has been submitted to the Administration Bureau. The bureau takes 1-20 working days."],
    ["filing_approved", "We're officially filed now 🎉 The SMS from MIIT came this morning for taohe.cn."],
    ["filing_approved", "Great, the site is now officially filed, number in the SMS from MIIT."],
    ["provider_synced", "FYI: Xinnet confirmed the record for yunlan.cn is now synced on their side."],
    ["record_changed", "Your filing modification request (order 55102) has been approved. The entity's phone number has been updated."],
    ["footer_notice", "Baidu check found your site bottom still links to miitbeian.gov.cn, please change the link to https://beian.miit.gov.cn."],
    ["filing_invalid", "Ticket #771 — Your ICP filing for guoyu.cn was marked invalid (empty shell) in the latest check."],
  ]);

  itStaysUnknown([
    "If the bureau reject your filing, you must start the ICP filing again.",
    "The bureau will reject the filing if the website name is English only.",
    "If we not fix it, the government will cancel our ICP number.",
    "Aliyun will cancel the access of our site next week if the server is not renewed.",
    "The lawsuit has been dismissed, nothing to do with the ICP filing.",
    "We will send the beian to the administration bureau after the first check.",
    "Our DNS record for yunlan.cn is now synced with Cloudflare.",
    "Our site bottom links to the privacy policy page.",
    "The contract is officially filed with legal.",
    "Ticket #771 — your invoice for the ICP filing service was marked invalid.",
    "Tencent cancel the meeting about our ICP filing.",
    "Sorry, the bureau refuse to answer our phone about the beian.",
    "Per Huawei: the ICP filing will be submitted to the bureau next week.",
  ]);

  itReadsKinds([
    ["filing_submitted", "We filed the ICP application with Tencent today."],
    ["filing_approved", "Your ICP filing for taohe.cn has been approved."],
  ], { title: "keeps its kind: %s ← %s" });
});

describe("J round: Chinese findings, details in brackets, the cancellation's confirmation, console rows of cancellations", () => {
  itReadsKinds([
    ["filing_invalid", "【华为云】经核查，您的备案网站 ruixin.cn 存在空壳网站情况，请于2026年12月20日前整改，逾期将取消接入。"],
    ["provider_synced", "您好，管局审核通过的备案信息（浙ICP备2026011111号-1，域名 qinghe.cn）已同步至阿里云备案系统。"],
    ["cancellation_verification", "浙江省通信管理局：收到您的注销主体申请，请主体负责人登录工信部备案系统进行注销确认。"],
    ["cancellation_verification", "Per Tencent: the entity cancellation we requested now needs the owner to confirm it on the MIIT system."],
    ["icp_number_cancelled", "业务类型：注销网站 | 域名：old-lan.cn | 状态：已完成"],
    ["access_cancelled", "Order type: Cancel access | Site: moyu.cn | Status: Completed"],
  ]);

  itStaysUnknown([
    "如存在空壳网站，将被取消接入。",
    "您的域名（qinghe.cn）解析记录已同步。",
  ]);

  it.each([
    ["业务类型：注销网站 | 域名：old-lan.cn | 状态：待核验", "icp_number_cancelled"],
    ["进行注销确认后，备案号将失效。", "cancellation_verification"],
  ])("is not %s's kind: %s", (text, notKind) => {
    expect(kindOf(text)).not.toBe(notKind);
  });
});

describe("J round: a code change about the footer is the developers' news, not a notice", () => {
  itStaysUnknown([
    "[shop/frontend] Merge request !88 merged: show the ICP number in the footer",
    "fix(footer): link the ICP number to beian.miit.gov.cn",
    "Commit 9f3a2b1 by lin: add 备案号 to the page footer",
    "PR #55 opened: hang the ICP filing number at the bottom of the homepage. 2 files changed.",
    "[acme/web] Issue #12 opened: ICP number missing in footer",
  ]);

  itReadsKinds([["footer_notice", "Aliyun says our footer at mobai.cn is missing the ICP number, please add it by the 10th."]], { title: "keeps its kind: %s ← %s" });
});
