import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the fortieth blind batch (O7-…) missed that the O7 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of an O7- text (docs/classifier.md, "The O7 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("O7 round: fraud warnings, MIIT's other services and postmortems report no filing's event", () => {
  itStaysUnknown([
    "【12381】提醒：有人假冒工信部工作人员，以网站备案即将被取消接入为由索要短信内容，请勿轻信。",
    "【工业和信息化部】您的携号转网申请已办理成功，新运营商服务将于次日生效。",
    "Post-mortem notes: in 2023 our old ICP number was cancelled when the company moved; this outage was a DNS mistake.",
  ]);
});

describe("O7 round: what happened, read past brackets, literal English and a future 要被", () => {
  itReadsKinds([
    ["provider_synced", "【华为云】您的网站 hillside.cn 备案信息（浙ICP备2026012345号-1）已同步至华为云备案系统，接入信息已生效。"],
    ["filing_approved", "Dear customer, your ICP filing is pass by the Zhejiang Communications Administration, number 浙ICP备2026012345号-1. Please hang the number at the bottom of the site."],
    ["filing_invalid", "阿里云来通知了，说 hillside.cn 是空壳网站，解析不在阿里云。不处理要被注销的。"],
  ]);
});
