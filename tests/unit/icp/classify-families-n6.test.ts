import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirty-ninth blind batch (N6-…) missed that the N6 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of an N6- text (docs/classifier.md, "The N6 round").
 */
const { itReadsKinds } = readAt("2026-06-01T00:00:00Z");

describe("N6 round: a check named by the display it checks is the footer notice", () => {
  itReadsKinds([
    ["footer_notice", "【备案号显示核查】网站：hillside.cn 结果：首页未展示备案号 要求：在页面底部标明“浙ICP备2026012345号-1”并链接工信部网站 期限：2026-06-30"],
  ]);
});

describe("N6 round: a promise to write again if needed is no announcement", () => {
  itReadsKinds([
    ["filing_submitted", "【新网】您的备案资料已成功提交，我司将在1个工作日内完成初审，如有问题会另行通知。"],
  ]);
});

describe("N6 round: the site's number in brackets before 的取消接入", () => {
  itReadsKinds([
    ["access_cancelled", "根据您的申请，我司已完成网站 hillside.cn（浙ICP备2026012345号-1）的取消接入，备案号仍保留。"],
  ]);
});

describe("N6 round: a reviewer who had to reject an order named by its number", () => {
  itReadsKinds([
    ["provider_returned", "Hi Lin, this is the ICP filing team at Volcano Engine. Our reviewer had to return order HS-0601-77 this morning: the ID photo is blurred. Please upload a new one."],
  ]);
});
