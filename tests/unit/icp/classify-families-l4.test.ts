import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirty-seventh and thirty-eighth blind batches (L4-…, M5-…) missed that the L4 round closed, each by
 * a rule about the domain; the texts here are our own, none a copy of a batch text (docs/classifier.md, "The L4 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("L4 round: another authority's filing named with its algorithm in quotes", () => {
  itStaysUnknown([
    "关于杭州山岚网络科技有限公司的通知：贵单位提交的“短视频推荐算法”备案已通过审核，备案编号：网信算备330106000000000000011号。",
    "您单位申报的「搜索排序算法」备案材料已收到，审核通过后将另行通知。",
  ]);
});

describe("L4 round: minutes under a bracketed title, and how the filing works", () => {
  itStaysUnknown([
    "【产品部周会纪要 2026-05-20】\n- 回顾了 hillside.cn 去年被取消接入的经过；\n- 待办：所有备案整改通知当日转给法务。",
    "How the ICP filing process works: submit with your provider, pass its review, confirm the MIIT SMS, wait for the bureau, then show the number in your footer.",
  ]);
});

describe("L4 round: a reminder that says of itself that it is general", () => {
  itStaysUnknown([
    "温馨提示：网站长期无法访问可能被认定为空壳网站并取消接入。本提醒为一般性告知，不代表您的网站存在问题。",
    "Reminder: sites without the ICP number in the footer may be asked to rectify. This is a general reminder and does not mean your website has a problem.",
  ]);
});

describe("L4 round: a ticket still to do", () => {
  itStaysUnknown([
    "SHOP-881 File ICP for hillside.cn\nDone when: order submitted to Tencent Cloud and the principal knows about the MIIT SMS.\nStatus: To Do",
  ]);
});

describe("L4 round: the provider's pass that goes on to the bureau on a named day, and a request to modify approved", () => {
  itReadsKinds([
    ["submitted_to_authority", "【天翼云】您的备案申请已审核通过，并于5月28日提交至浙江省通信管理局审核，请留意工信部短信。"],
    ["record_changed", "Your request to modify the ICP filing for hillside.cn has been approved by the Zhejiang Communications Administration. The site leader's phone number was updated."],
  ]);
});

describe("L4 round: a sentence that opens on the check done is no condition", () => {
  itReadsKinds([
    ["filing_invalid", "Dear customer, after inspection, your filed website hillside.cn is an empty shell website: it no longer resolves to our servers. Please restore access by 30 June."],
    ["filing_invalid", "Upon review, the website hillside.cn under your ICP filing is an empty-shell site."],
  ]);
});

describe("L4 round: a prospect tells of its own filing", () => {
  itStaysUnknown([
    "Sales call, 28 May: the prospect said their old host cancelled access to their site last year; they want a quote for hosting in Hangzhou.",
    "拜访记录：意向客户说他们之前的备案号被注销过，想了解我们的代备案服务。",
  ]);
});
