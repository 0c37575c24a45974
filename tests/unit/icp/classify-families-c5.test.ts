import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-seventh blind batch (C5-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, none a copy of a C5- text (docs/classifier.md, "The C round"). Beside each family stand lookalikes that keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("C round: what is not news of this filing", () => {
  itStaysUnknown([
    // Another's, named back with "their".
    "did you hear, a rival's shop is offline — a forum thread says their ICP number got revoked last week. not us, phew",
    // A review the filing is still in, in a plan.
    "等备案下来了再弄公安备案，月底前把页脚改掉，现在还在管局审核中没消息",
    // The days since the approval, a reminder's premise.
    "【腾讯云】您的网站已备案成功超过20天，请在网站开通之日起30日内办理公安联网备案。",
  ]);
  itReadsKinds([["submitted_to_authority", "腾讯云初审通过，已提交至浙江省通信管理局审核。"]]);
});

describe("C round: the event, not its neighbour", () => {
  itReadsKinds([
    ["icp_number_cancelled", "您的备案号 浙ICP备2026012345号-1 因长期未整改（空壳网站），已由浙江省通信管理局于2026年6月1日注销。"],
    ["icp_number_cancelled", "RIP 浙ICP备2026012345号-1. MIIT revoked it overnight, the public query is empty. that was the empty-shell notice we sat on."],
    ["record_changed", "订单类型：变更网站\n状态：已备案\n说明：网站 hillside.cn 的网站名称已变更为“山边书屋”，管局审核通过。"],
  ]);
  itReadsKinds([["provider_synced", "订单类型：新增网站\n状态：已备案"]]);
});

describe("C round: more spellings", () => {
  itReadsKinds([
    ["provider_returned", "Update from Kingsoft Cloud ICP team: the application for hillside.cn has been sent back to you for amendment; the authorisation letter lacks the seal."],
    ["authority_rejected", "Zhejiang CA knocked back the filing, the site name can't contain \"China\"."],
    ["authority_rejected", "voice memo: so the Zhejiang bureau turned us down, the text came at noon, something about the domain holder."],
    ["access_cancelled", "heads up - Aliyun pulled the plug on access for hillside.cn, the number is still alive but orphaned."],
    ["filing_submitted", "Baidu AI Cloud took our filing - the portal flipped to \"Under provider review\" at 16:40."],
    ["filing_submitted", "@小王 备案材料昨晚提交了 今早邮件说已受理进初审了 你先别改DNS"],
    ["footer_notice", "[Aliyun] Your ICP number 浙ICP备2026012345号 must be displayed as required. Please display it at the bottom of your home page and link it to beian.miit.gov.cn."],
    ["footer_notice", "Anyway, this came in from Aliyun: they want the filing number 浙ICP备2026012345号-1 shown at the bottom of the homepage within 15 days."],
    ["rectification_notice", "Aliyun wants us to re-verify the contact numbers on the filing by 20 June; Anna, it's your phone."],
    ["rectification_notice", "Your filing's access IP 47.x.x.x is not a resource of your account. Please update the access information by 30 June 2026."],
    ["rectification_notice", "工单：阿里云信息核查 - 接入IP非本账号资源，限2026/06/30前整改，客户已知悉"],
    ["record_changed", "Update from JD Cloud: the change order for hillside.cn is done - the access IP on the record has been updated."],
    ["record_changed", "For the ICP side, the entity address on 浙ICP备2026012345号 was amended via Aliyun and the change was approved on 1 June."],
    ["provider_synced", "Ticket closed. UCloud confirmed access sync for hillside.cn; the site opens on the mainland IP, no more not-filed page."],
    ["provider_synced", "2026-06-01 09:30:12 [beian-sync] 京东云 domain=hillside.cn icp=浙ICP备2026012345号-1 access_sync=完成"],
    ["provider_synced", "阿里云那边同步了 控制台显示已备案 域名也能打开了"],
    ["filing_approved", "终于下来了！！浙ICP备2026012345号 下周可以上线了"],
    ["filing_approved", "Translation of the SMS: \"Your website filing has passed review. Filing number: 浙ICP备2026012345号-1.\""],
    ["cancellation_verification", "the cancellation of hillside.cn needs the MIIT confirmation step now - the text goes to Grace's phone."],
    ["cancellation_verification", "{\"event\":\"icp.cancellation.pending_confirmation\",\"domain\":\"hillside.cn\",\"confirm_via\":\"MIIT SMS\"}"],
  ]);
  itStaysUnknown([
    "等备案下来了我们再上线",
    "If Aliyun pulls the plug on our access we lose the site.",
    "Please update your account information before 30 June to keep your coupons.",
  ]);
});
