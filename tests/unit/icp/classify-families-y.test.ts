import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-third blind batch (Y1-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, none a copy of a Y1- text (docs/classifier.md, "The Y round"). Beside each family stand lookalikes that must keep
 * their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("Y round: a short general statement addressed to no one, and a finding not yet confirmed", () => {
  itStaysUnknown([
    "管局：空壳主体将被集中清理。",
    "MIIT: sites without a filing will be blocked.",
    "变更备案需要重新进行短信核验。",
    "Missing ICP number in footer (automated scan, pending manual review).",
    "首页未检测到备案号（系统自动扫描，待人工复核）。",
  ]);
  itReadsKinds([
    // A check's warning on a condition is still the check, told to its holder.
    ["rectification_notice", "备案信息核查：若逾期未整改，网站将被取消接入。"],
    // An event told as done is the event.
    ["icp_number_cancelled", "工信部：备案号已被注销。"],
  ]);
});

describe("Y round: the provider's review passed and sent on, a change approved, a named provider's reviewer", () => {
  itReadsKinds([
    ["submitted_to_authority", "【天翼云】您的备案申请已审核通过，已提交浙江省通信管理局，请留意短信。"],
    ["record_changed", "【工信部】您的备案变更\n已审核通过"],
    ["provider_returned", "The China Telecom Cloud filing reviewer has returned your application (hillside.cn) for correction: the site name is too general."],
  ]);
});

describe("Y round: a filing spoken of without its name", () => {
  itReadsKinds([
    ["provider_synced", "CTYun finally picked up the approval, sync done and the block page is gone on hillside.cn."],
    ["provider_returned", "Kingsoft Cloud kicked back the application for hillside.cn, their reviewer wants a clearer ID photo."],
    ["record_changed", "网站负责人变更已经生效了，公开查询能看到新的负责人。"],
    ["record_changed", "the change of website name took effect, the public query shows the new name."],
    ["record_changed", "Your ICP filing modification (contact phone) has taken effect."],
    ["filing_approved", "太好了！浙ICP备2026012345号-1 下来了，就是 hillside.cn 那个。"],
    ["provider_synced", "备案信息同步：已完成 | 域名 hillside.cn | 同步时间 2026-06-01 09:00"],
  ]);
  itStaysUnknown([
    // A provider's name with an application of another kind is no filing.
    "CTYun rejected the invoice application, please resend the company details.",
  ]);
});
