import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the forty-second blind batch (Q9-…) missed that the Q9 round closed, each by a rule about the domain;
 * the texts here are our own, none a copy of a Q9- text (docs/classifier.md, "The Q9 round").
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("Q9 round: news of a campaign and a description of the process report no filing's event", () => {
  itStaysUnknown([
    "近日，多地通信管理局开展备案信息专项核查，重点清理空壳网站。据介绍，对核查发现的空壳网站将注销其备案。",
    "SHANGHAI — Provincial regulators have been told to check 'empty shell' websites, whose ICP filings stay on record after hosting ends. Such filings may be cancelled, the ministry said.",
    "Here is how the process works: we prepare the documents, the provider reviews them, then the bureau approves and you show the ICP number in your footer, linked to https://beian.miit.gov.cn.",
  ]);
});

describe("Q9 round: what a console or a provider says happened, in its own words", () => {
  itReadsKinds([
    // A sync that takes about a day is still to come: the approval is the news.
    ["filing_approved", "备案状态：已备案\n您的备案申请已于2026年3月2日通过浙江省通信管理局审核。\n网站备案号：浙ICP备2026001122号-1\n审核结果同步至阿里云约需1个工作日。"],
    ["access_cancelled", "因您的云服务器已到期释放，京东云已于2026年04月08日对网站 hillside.cn（浙ICP备2026001122号-1）取消接入。备案号未被注销。"],
    ["provider_returned", "ICP filing order JD2026041101\nStatus: Provider review – modification required\nReviewer comments: the site name must not contain the word 'China'."],
    ["record_changed", "The modification of your ICP filing 浙ICP备2026001122号-1 (site: hillside.cn) has been completed. Updated field: website leader's e-mail."],
    ["filing_submitted", "FYI the ICP filing for hillside.cn is in. Submitted it on the Tencent Cloud portal this morning and they confirmed receipt."],
    ["cancellation_verification", "Hi Lin, we've filed the cancellation for the old site old-promo.cn. MIIT now needs the website leader to confirm it: an SMS with a code will reach her phone, to enter on beian.miit.gov.cn."],
  ]);
});

describe("Q9 round: accuracy checks named by what does not match or has expired", () => {
  itReadsKinds([
    ["rectification_notice", "【京东云】您的备案 浙ICP备2026001122号 网站负责人身份证件已过有效期，请于2026-06-30前提交变更备案。"],
    ["rectification_notice", "【华为云】您的备案 浙ICP备2026001122号 主办单位通讯地址与营业执照登记地址不一致，请于2026.06.30前提交变更备案。"],
    ["rectification_notice", "Tencent sent an ICP check notice for hillside.cn: the site sells tea but the filing says it is a blog. We must fix it before 2026-06-30."],
  ]);
});

describe("Q9 round: a code relayed to the boss, and a pasted SMS before the customer's next-step question", () => {
  itReadsKinds([
    ["verification_code", "老板，工信部刚发了备案核验短信，码是 604218，要在24小时内去 beian.miit.gov.cn 填，我现在去弄吗？"],
    ["verification_code", "Customer wrote: \"Got this from 12381: Your ICP filing verification code is 604218. Complete it within 24 hours at beian.miit.gov.cn. What do I do with it?\""],
  ]);
});
