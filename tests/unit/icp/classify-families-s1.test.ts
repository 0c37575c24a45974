import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the forty-fourth blind batch (S1-…) missed that the S1 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of an S1- text (docs/classifier.md, "The S1 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("S1 round: a status changed from one quoted state to another is the new state; the old one is history", () => {
  itReadsKinds([
    ["provider_synced", "【天翼云】您的备案订单状态已由“管局审核通过，等待同步”变更为“已备案”，接入信息已生效。备案号：浙ICP备2026001122号-1"],
    ["provider_synced", "Sync's complete on Tencent Cloud's side as of 09:15. The console for hillside.cn went from \"Approved, pending sync\" to \"Filed\" and the site opens from Hangzhou now."],
  ]);
});

describe("S1 round: the provider's system holding the approved record, and the block lifted, are the sync", () => {
  itReadsKinds([
    ["provider_synced", "Checked on our side: the approved record (浙ICP备2026001122号-1) is now in our access system and the block on ports 80/443 has been removed for hillside.cn."],
    ["provider_synced", "Good news: Huawei Cloud's console has caught up. The filing for hillside.cn now shows \"Filed\" with the access record active, so the site opens from the mainland."],
  ]);
});

describe("S1 round: more spellings of what the provider and the bureau did", () => {
  itReadsKinds([
    ["submitted_to_authority", "【金山云】您的ICP备案申请初审已通过，现已推送至工信部备案系统，等待浙江省通信管理局审核。"],
    ["record_changed", "备案变更搞定了：浙ICP备2026001122号-1 的主办单位通讯地址已经改成新办公室的地址，工信部官网上也能查到了。"],
    ["record_changed", "Hi Ann, the modification to your record (浙ICP备2026001122号-1) was completed on 2026-05-20: the home URL is now https://www.hillside.cn."],
    ["access_cancelled", "As the rectification deadline of 2026-05-10 passed without action, the access of ICP filing 浙ICP备2026001122号-1 (hillside.cn) on our platform was cancelled on 2026-05-20."],
    ["access_cancelled", "Quick update: the \"Cancel Huawei Cloud as service provider\" request for the old Hangzhou site went through; status is now \"Access cancelled\". The number stays valid until another host adds access."],
    ["provider_returned", "Agent (Huawei Cloud Support): I looked at your order. Our first-round reviewer returned it on 05/20 because the domain's real-name check is not finished. Once it is, please resubmit from the console."],
    ["cancellation_verification", "The ministry texted Lin a code (604218) to confirm deregistering the website under 浙ICP备2026001122号-2. Can you do it today?"],
  ]);
});

describe("S1 round: an accuracy check in English, named by what does not match", () => {
  itReadsKinds([
    ["rectification_notice", "Got a correction notice from the Zhejiang bureau via Tencent: the site name for hillside.cn doesn't match what the site shows. Deadline to fix is 2026/06/30."],
    ["rectification_notice", "This is JD Cloud compliance. Our periodic check shows that the website leader's phone number on file for 浙ICP备2026001122号 belongs to someone else. Please update it or submit a change by 2026-06-30 23:59."],
  ]);
});

describe("S1 round: a code relayed before a question that asks who holds what the next step needs", () => {
  itReadsKinds([
    ["verification_code", "Got the code for the beian: 604218. It expires 24h from 09:00 this morning. Who has the website leader's ID number? We need it to verify on the MIIT site."],
  ]);
});

describe("S1 round: the public-security platform's return, and a registrar's advice after a transfer, are no ICP event", () => {
  itStaysUnknown([
    "全国互联网安全管理服务平台：您提交的网站备案申请（hillside.cn）已被退回，退回原因：网站负责人信息不完整，请修改后重新提交。",
    "【西部数码】您的域名 hillside.cn 转移密码为：Ab3#k9Lm2，请妥善保管。域名转出后请注意同步更新网站备案信息。",
  ]);
});
