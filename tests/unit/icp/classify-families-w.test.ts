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

describe("W round: a status changed to filed is the sync; the old state before the arrow is history", () => {
  itReadsKinds([
    ["provider_synced", "2026-05-03 02:00:11 icp-sync: domain=lakeview.cn 备案状态 管局审核通过 → 已备案，icp=沪ICP备2026001122号-1"],
    ["provider_synced", "Filing status for hillside.cn: approved -> filed (synced from the bureau)"],
    ["provider_synced", "2026-05-03T02:00:11Z INFO icp-sync domain=hillside.cn state=AUTHORITY_APPROVED->FILED"],
    // A status value is read whole: 管局审核通过 is no "管局审核" (in review).
    ["filing_approved", "当前状态：管局审核通过"],
  ]);
  itStaysUnknown([
    // No change of state: a status table's column names.
    "domain,state,updated_at -> see the icp-sync docs",
  ]);
});

describe("W round: MIIT's literal English calls the filing a record", () => {
  itReadsKinds([
    ["filing_approved", "[MIIT] Your record has been approved, the record number is Zhe ICP Bei 2026012345-1, please hang the record number at the bottom of the website."],
    ["filing_approved", "Your record was approved; record number: 浙ICP备2026012345号-1."],
  ]);
  itStaysUnknown(["Your DNS record has been approved and is now live."]);
});

describe("W round: a reason that names the access does not make a number's cancellation the access's", () => {
  itReadsKinds([
    ["icp_number_cancelled", "We were informed that the ICP number 浙ICP备2026012345号-1 linked to your domain hillside-bookshop.cn has been cancelled by the Zhejiang Communications Administration, because no access provider had served it for a long time."],
    ["icp_number_cancelled", "因长期无接入服务商，您的网站备案号浙ICP备2026012345号-1已被注销。"],
    // The access itself withdrawn keeps its kind, whatever the reason.
    ["access_cancelled", "因超期未完成空壳整改，您的网站 hillside.cn 已被取消接入。"],
    ["access_cancelled", "Access for hillside.cn has been withdrawn because the site stayed an empty shell."],
  ]);
});

describe("W round: other spellings of the return, the rejection, the submission and the footer duty", () => {
  itReadsKinds([
    // A that after a verb of finding opens what was found, no relative clause.
    ["provider_returned", "Our reviewers checked your ICP filing application and determined that it needs corrections before it can go to the bureau. Please correct the entity address and resubmit."],
    ["authority_rejected", "Your website record audit was not passed by the Zhejiang Communications Administration. Reason: the website name does not match the content."],
    ["submitted_to_authority", "2026-05-03T02:00:11Z INFO icp-order order=HZ-2231 domain=hillside.cn state=PROVIDER_PASSED->SUBMITTED_TO_AUTHORITY"],
    ["footer_notice", "【天翼云】您的网站 hillside.cn 首页底部未按规定展示备案号，请于2026年6月30日前完成整改。"],
  ]);
  itStaysUnknown(["Tip: a filing that needs corrections may be returned by the provider."]);
});

describe("W round: a text that carries the code and asks who enters it is the code's message", () => {
  itReadsKinds([
    ["verification_code", "The MIIT SMS for hillside.cn came in, code 604 218 — should I enter it on beian.miit.gov.cn or will you?"],
    ["verification_code", "工信部12381发来备案核验码 604218，谁来填一下？"],
  ]);
  itStaysUnknown([
    // A doubt about the message keeps the writer's question.
    "Got a code 604218 from 12381 but we never applied for anything — do I enter it?",
    "收到一个验证码 604218，说是工信部的，这是真的吗？谁来填？",
  ]);
});
