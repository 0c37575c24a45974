import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the thirtieth blind batch (F8-…) missed that the F round (in part) closed, each by a rule about the domain;
 * the texts here are our own, none a copy of an F8- text (docs/classifier.md, "The F round, in part").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("F round: another's filing, an app's filing", () => {
  itStaysUnknown([
    "heard another department's beian got returned by the bureau for a vague site name — let's pick a clear one",
    "Your WeChat Mini Program 'Hillside Books' filing has been approved. See the number in the admin console.",
  ]);
});

describe("F round: more spellings", () => {
  itReadsKinds([
    ["cancellation_verification", "[MIIT] A cancellation of website filing 浙ICP备2026012345号-1 has been requested. Please confirm at beian.miit.gov.cn within 24 hours."],
    ["cancellation_verification", "Cancellation pending confirmation: website filing 浙ICP备2026012345号-1 — awaiting the leader's verification."],
    ["footer_notice", "客户网站 hillside.cn 底部未悬挂 浙ICP备2026012345号-1，已通知客户在页脚展示并链接。"],
    ["access_cancelled", "客户于6月1日申请取消阿里云接入，现已完成，网站 hillside.cn 备案号保留。"],
    ["access_cancelled", "网站 hillside.cn 自6月1日起不再由我司提供接入服务，备案号保留。"],
    ["provider_returned", "6/1 下午 阿里云审核员来电：负责人手机号不是本人实名，资料退回了，要换号再提。"],
    ["provider_synced", "14:05 Aliyun completed the access-info sync for hillside.cn; 80/443 unblocked."],
    ["provider_synced", "Provider confirmation: the access record for 浙ICP备2026012345号-1 is now active in Aliyun's access system."],
    ["record_changed", "客户 hillside.cn 的变更备案（新增域名 hillside.com.cn）已完成，工信部公开查询已显示。"],
    ["record_changed", "FYI the beian modification (site name 'Hillside Store' → 'Hillside') was approved on 01/06."],
    ["filing_submitted", "[Translated SMS] Dear customer, we have received the ICP filing materials for the website \"Hillside\"; our review team will check them."],
    ["filing_approved", "Client rang at 3pm – the MIIT SMS came through, record no. 浙ICP备2026012345号-1 is live."],
    ["provider_returned", "{\"provider\":\"aliyun\",\"order\":\"HS-1\",\"status\":\"PRELIM_REJECTED\",\"next\":\"edit and resubmit\"}"],
  ]);
  itStaysUnknown(["The access-info sync will run after the bureau approves the filing."]);
});
