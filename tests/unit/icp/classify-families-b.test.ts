import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-sixth blind batch (B4-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, none a copy of a B4- text (docs/classifier.md, "The B round"). Beside each family stand lookalikes that keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("B round: another's filing is that filing's story, reasons included", () => {
  itStaysUnknown(["听说隔壁那家公司 demo-shop.cn 的备案号被注销了，好像是因为空壳网站一直没整改。"]);
  itReadsKinds([["filing_invalid", "听说隔壁那家被注销了。另外：您的网站 hillside.cn 已被判定为空壳网站，请于6月30日前整改。"]]);
});

describe("B round: an app's or a mini program's filing, its code included", () => {
  itStaysUnknown([
    "【工信部】您的支付宝小程序“山边书屋”备案信息需短信核验，核验码：604218，请于24小时内完成。",
    "【工业和信息化部】您的APP“湖畔阅读”备案已通过，APP备案号：浙ICP备2026012345号-3A。请在应用内显著位置展示备案号。",
  ]);
  itReadsKinds([["verification_code", "【工信部】您的网站备案信息需短信核验，核验码：604218，请于24小时内完成。"]]);
});

describe("B round: an agency's fast-track offer is marketing", () => {
  itStaysUnknown(["Still no ICP number? Our fast-track beian service handles the paperwork for you. Book a free call today."]);
});

describe("B round: the event, not its neighbour", () => {
  itReadsKinds([
    ["rectification_notice", "Alibaba ran a special verification on our filing and we failed it: the leader's phone is out of date. Fix by 30 June."],
    ["submitted_to_authority", "Your application passed our check this morning and was lodged with the Zhejiang CA; the bureau takes it from here."],
    ["record_changed", "Good news: the Zhejiang CA approved our amended record yesterday, the entity address now shows the new office."],
    ["filing_invalid", "您的网站 hillside.cn 被判定为空壳网站。请于2026年6月30日前处理：\n· 网站已取消接入：请提交接入备案；\n· 网站已迁出：请在新接入商处办理接入。"],
    ["provider_synced", "2026-06-01 [INFO] provider-poll domain=hillside.cn provider_state: 管局审核通过(未同步) -> 已同步 block_page=removed"],
    ["provider_synced", "CTYun caught up: the console flipped to \"Filed\" and the blocked-access page is gone from hillside.cn."],
  ]);
  itStaysUnknown([
    // The record's own page of fields is the standing record, as a public query's result is.
    "网站备案信息\n主办单位名称：杭州山边科技有限公司\n网站备案号：浙ICP备2026012345号-1\n审核通过日期：2026-03-02\n备案状态：已备案",
  ]);
});
