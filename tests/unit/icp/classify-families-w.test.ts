import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-second blind batch (W9-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a W9- text (docs/classifier.md, "The W
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("W round: a public query's result listed as fields tells no event", () => {
  itStaysUnknown([
    "ICP查询结果：域名 hillside.cn | 主办单位：杭州山边科技有限公司 | 备案号：浙ICP备2026012345号-1 | 审核通过日期：2026-03-02",
    "备案查询结果：网站名称 湖畔书屋 | 备案号：苏ICP备2025098765号-2 | 审核通过时间：2025-11-20 | 限制接入：否",
    "ICP lookup result: domain=lakeview.cn; licence=沪ICP备2026001122号-1; approved on 2026-02-14; access restricted: no",
  ]);
  itReadsKinds([
    // A message addressed to the holder keeps its kind.
    ["filing_approved", "【工信部】您的网站 hillside.cn 备案已审核通过，备案号：浙ICP备2026012345号-1。"],
  ]);
});

describe("W round: another's filing heard of is no event of ours", () => {
  itStaysUnknown([
    "Read on a forum that some guy's ICP number got revoked after his phone changed. Hope ours is ok.",
    "Heard that someone's ICP filing was cancelled because the site sat empty for months, wild.",
    "A friend's ICP number has been cancelled last week, apparently over an empty site — should we worry?",
  ]);
  itReadsKinds([
    ["icp_number_cancelled", "[MIIT] Your ICP number 苏ICP备2026011223号-1 has been cancelled."],
  ]);
});

describe("W round: a query job's error log line tells no event", () => {
  itStaysUnknown([
    "2026-05-02T04:10:00Z ERROR beian-check: lookup failed for domain=hillside.cn (HTTP 403 from WAF), retrying later",
    "2026-05-02 04:10:00 WARN icp-status: query for lakeview.cn timed out; status unknown",
  ]);
  itReadsKinds([
    // A log line that states a new state keeps it.
    ["authority_rejected", "2026-05-02T04:10:00Z INFO icp-sync domain=hillside.cn status AUTHORITY_REVIEW -> AUTHORITY_REJECTED"],
  ]);
});

describe("W round: a footer check that passed is no notice", () => {
  itStaysUnknown([
    "<li>Footer ICP check for <b>hillside.cn</b>: <span class=\"ok\">PASS</span> — 浙ICP备2026012345号-1 found and linked to beian.miit.gov.cn</li>",
    "Footer check for lakeview.cn: OK, 沪ICP备2026001122号-1 displayed at the bottom of the home page.",
  ]);
  itReadsKinds([
    ["footer_notice", "Footer check for lakeview.cn: FAIL — the ICP number is missing from the footer, please display it."],
  ]);
});
