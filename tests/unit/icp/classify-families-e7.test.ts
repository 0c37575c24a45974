import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-ninth blind batch (E7-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, none a copy of an E7- text (docs/classifier.md, "The E round"). Beside each family stand lookalikes that keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("E round: what is not news of this filing", () => {
  itStaysUnknown([
    "How to show your ICP number: put it in the footer of every page and link it to https://beian.miit.gov.cn.",
    "Call with the Aliyun account manager: they'll probably run an accuracy check on all our filings next quarter.",
    "《合规周刊》第12期：年底多地管局开展备案信息核查；如何正确悬挂备案号。",
    "WeChat: The filing for your Mini Program \"Hillside\" has been approved. You can now publish it.",
    "【江苏省通信管理局】您单位申请的EDI经营许可已获批准，许可证编号苏B2-20260001。",
  ]);
});

describe("E round: the provider's step, not the bureau's", () => {
  itReadsKinds([
    ["submitted_to_authority", "尊敬的客户：您的网站备案申请已经通过我司审核，并已于2026年6月1日报送浙江省通信管理局。"],
    ["provider_returned", "您好，您提交的备案信息经阿里云初审，存在以下问题需修改：1. 网站负责人证件照片模糊。"],
    ["provider_returned", "Your filing application (order HS-1) could not pass the initial review: the website name must not be a bare domain."],
    ["provider_returned", "阿里云客服说咱们备案被退了 原因是负责人手机号被别的主体用过"],
  ]);
});

describe("E round: more spellings", () => {
  itReadsKinds([
    ["provider_synced", "阿里云那边同步好了 网站能打开了"],
    ["provider_synced", "工单处理结果：经核实，客户备案（浙ICP备2026012345号-1）已于6月1日同步至我司接入系统。"],
    ["provider_synced", "Hi, your filing result (浙ICP备2026012345号-1) now shows in our system and the access record is active."],
    ["provider_returned", "2026-06-01 16:40:03 INFO icp-sync order=HS-1 domain=hillside.cn provider_status=PROVIDER_REJECTED next=customer_edit"],
    ["rectification_notice", "2026-06-01T10:00:00+08:00 WARN provider-notice kind=INFO_CHECK domain=hillside.cn icp=浙ICP备2026012345号-1 deadline=2026-06-15"],
    ["authority_rejected", "| 域名 | 当前进度 | 管局意见 |\n|---|---|---|\n| hillside.cn | 管局审核不通过 | 需提供食品经营许可证 |"],
    ["filing_approved", "WE HAVE A NUMBER 🙌 浙ICP备2026012345号-2 — the bureau signed off this morning."],
    ["footer_notice", "Provider send us message, our home page bottom not have the filing number. They ask put 浙ICP备2026012345号-1 with link."],
    ["footer_notice", "阿里云通知：首页备案号要超链接到 beian.miit.gov.cn，限期本周五。"],
    ["footer_notice", "Aliyun have written to say the ICP number isn't displayed on hillside.cn. They've given us until 30 June to put it in the footer."],
    ["footer_notice", "lol apparently \"ICP备案号\" in grey text with no link doesn't count. Aliyun wants it linked to beian.miit.gov.cn by the 28th."],
    ["filing_invalid", "Customer write: \"I receive email the filing is not valid because website not open.\""],
    ["filing_submitted", "阿里云客服来电：说咱们的备案资料他们那边收到了，已经排进初审队列。"],
    ["filing_submitted", "Customer reports the filing was lodged on 1 June; Aliyun acknowledged receipt and it is now sitting with their preliminary reviewers."],
    ["filing_submitted", "I hit submit last night. The status page now reads \"Pending provider review\"."],
    ["filing_submitted", "Dear customer, we have well received your filing materials and it is now in the queue of our first audit."],
    ["filing_submitted", "[转发] 腾讯云助手：您的ICP备案申请已进入“腾讯云审核”阶段，预计1个工作日内完成。"],
    ["submitted_to_authority", "周三 阿里云客服回电：备案已经送管局了，让等工信部短信。"],
    ["submitted_to_authority", "Standup: Aliyun finished their check yesterday and pushed it through to the Zhejiang bureau."],
    ["rectification_notice", "Translation of SMS from the Zhejiang Communications Administration: \"Verification of filing information: please check and update the information of your filing 浙ICP备2026012345号 before 30 June.\""],
    ["rectification_notice", "Dear customer, as part of the annual filing review, please update the contact information for hillside.cn by 30 June."],
    ["filing_invalid", "阿里云发邮件说我们 hillside.cn 是无效备案😵 域名解析到香港了。\n@运维 这个怎么办？迁回来还是转备案？"],
    ["record_changed", "2026-06-01 09:00 [icp-watch] 备案信息变更 domain=hillside.cn 字段=网站名称 旧值=山边 新值=山边书屋"],
    ["filing_approved", "Ticket 12: customer confirms approval SMS received 01/06/2026; filing no. 浙ICP备2026012345号-1 for hillside.cn."],
  ]);
  itStaysUnknown([
    "Our contact e-mail in the ICP filing is invalid? Can you check?",
    "If the bureau signs off next week we launch on the 20th.",
  ]);
});
