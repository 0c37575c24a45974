import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the forty-first blind batch (P8-…) missed that the P8 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of a P8- text (docs/classifier.md, "The P8 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("P8 round: the provider's review and its return, in its own words", () => {
  itReadsKinds([
    // A review named as the platform's is the provider's: passed, then sent on to the bureau.
    ["submitted_to_authority", "【京东云】您的网站备案申请已通过平台审核，现已报送管局，请留意管局下发的短信。"],
    // The reviewer speaks for itself: "I had to return it to you", "we've sent it back to you".
    ["provider_returned", "Hi Ming, I checked your filing and had to return it to you in the console: the site name uses a word that is not allowed. Please rename it and submit again."],
    ["provider_returned", "We've sent your ICP filing application back to you: the photo of the website owner is blurred. Upload a clear one and resubmit."],
    // "requires modification" with what the first review found is the provider's return, not an accuracy check.
    ["provider_returned", "Your ICP filing application requires modification. The initial review found this problem: the entity certificate has expired (valid until 2025-01-31). Please upload a valid one."],
  ]);
});

describe("P8 round: the bureau's rejection and the bureau's check, in relays", () => {
  itReadsKinds([
    ["authority_rejected", "Re ticket #4471: your ICP filing application was declined at the provincial administration level (Zhejiang) on 3 May. Edit the order and resubmit."],
    ["authority_rejected", "The administration bounced it this morning. The sponsor's address on our filing does not match the licence."],
    ["authority_rejected", "管局 rejection showed up in the console an hour ago: the contact's phone number is wrong."],
    ["rectification_notice", "The provider's inspection flagged two problems with the filing for hillside.cn: the site now sells courses, which is not in the filed service content."],
  ]);
});

describe("P8 round: what happened, read past a reason, a title in quotes and a long aside", () => {
  itReadsKinds([
    // A reason after 因 ends where the event's own verb begins (已被, 被).
    ["icp_number_cancelled", "您单位主体备案号 浙ICP备20200111号 因空壳主体已被浙江省通信管理局注销，其下网站备案一并注销。"],
    // A notice named by its title ("Invalid ICP Filing" notice) that someone got is that notice.
    ["filing_invalid", "Got a Tencent Cloud \"Invalid ICP Filing\" notice for hillside.cn; we moved the site to another host in May. Do we move it back or transfer the filing?"],
    // A change on the filing, named with what changed in brackets, was approved.
    ["record_changed", "The entity name change on your filing (Hillside Trading Co., Ltd. to Hillside Media Co., Ltd.) was approved; the record now shows the new name."],
  ]);
});

describe("P8 round: a relayed event before a question about the next step is read, and left to a person", () => {
  itReadsKinds(
    [
      ["icp_number_cancelled", "刚收到工信部短信，说我们的备案号 浙ICP备20200111号-1 被注销了，现在网站打不开，要怎么重新备案？"],
      ["filing_invalid", "阿里云来邮件说 hillside.cn 是空壳网站，解析上个月挪走了。现在该怎么处理？"],
    ],
    { notConfident: true },
  );
  // Why it happened, whether it can be undone, and whether the message is real stay the writer's own questions.
  itStaysUnknown([
    "刚收到短信，说我们的备案号 浙ICP备20200111号-1 被注销了，为什么会这样，要怎么重新备案？",
    "刚收到短信，说我们的备案号 浙ICP备20200111号-1 被注销了，是真的吗？",
  ]);
});

describe("P8 round: a how-to answer's future step is no event", () => {
  itStaysUnknown([
    "关于您咨询的如何新增网站：请在控制台填写网站信息后提交，提交后需进行短信核验。",
    "您好，关于如何新增网站的问题：填写网站信息提交之后要重新进行短信核验，之后等待审核即可。",
  ]);
});
