import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the B round left (B4-…'s unknowns), each closed by a rule about the domain; the texts here are our own,
 * none a copy of a B4- text (docs/classifier.md, "The B round, finished"). Beside each family stand lookalikes that keep
 * their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("B round, finished: a question about the next step after the event told", () => {
  itReadsKinds([
    ["authority_rejected", "The Zhejiang Communications Administration rejected our filing this morning. Lin, can you rename the site before Friday?"],
    ["filing_approved", "小李，工信部的短信刚到：备案已通过审核，备案号浙ICP备2026012345号-1。那公安备案是不是也得接着办？"],
    ["cancellation_verification", "老王：注销那个旧站的申请工信部要核验，短信原文：「您正在办理注销网站备案，请在24小时内以 ****** 为校验码完成确认」，我这边直接帮您填了可以吗？"],
  ]);
  itStaysUnknown([
    "The bureau rejected our filing this morning. Why would they do that?",
    "We submitted to the bureau a week ago and still no SMS from MIIT. Is that normal or did something go wrong?",
    "管局把我们的备案驳回了。这种情况怎么申诉？",
  ]);
});

describe("B round, finished: more spellings of the same events", () => {
  itReadsKinds([
    ["authority_rejected", "ugh, the Jiangsu bureau knocked it back again, the site name has to match the content"],
    ["provider_returned", "Tencent's pre-check kicked our application back: the leader's photo was too dark."],
    ["provider_returned", "Voice note: the Huawei reviewer rejected it back to 'to be modified', I just need to resubmit with the new licence scan."],
    ["submitted_to_authority", "Aliyun says our application is with the Zhejiang authority now; nothing for us to do until MIIT texts."],
    ["filing_approved", "we're filed!! number is 浙ICP备2026012345号-1, the MIIT text came at 8am"],
    ["filing_approved", "ICP number issued for hillside.cn (浙ICP备2026012345号-1), approved by the Zhejiang CA on 2 June."],
    ["icp_number_cancelled", "FYI the ICP filing for hillside.cn (浙ICP备2026012345号-1) was struck off by the Zhejiang CA on Monday."],
    ["access_cancelled", "JD Cloud has finish the cancel access for hillside.cn, the record number is keep but no access provider now."],
    ["access_cancelled", "heads up: Kingsoft dropped us as an access provider for hillside.cn after the server expired."],
    ["access_cancelled", "【工业和信息化部】您的网站 hillside.cn 的接入信息已由接入服务商“杭州某某网络科技有限公司”取消，请尽快办理新增接入。"],
    ["access_cancelled", "2026-06-01T09:00:00+08:00 INFO poll provider=jdcloud domain=hillside.cn icp=浙ICP备2026012345号-1 access: active -> cancelled"],
    ["filing_submitted", "Dear customer, your ICP filing application for hillside.cn has been commit successfully, first audit in 1-2 working day."],
    ["filing_submitted", "Confirmed: the filing application for hillside.cn came into our review queue at 10:05 (ticket #HS-1203)."],
    ["filing_submitted", "您为域名 hillside.cn 填写的备案信息已于2026年6月1日 10:05 提交至我司备案审核中心，我司将尽快初审。"],
    ["record_changed", "Your modification request (order MOD-2026-0601) for hillside.cn has been completed; the ICP number stays the same."],
    ["record_changed", "换负责人的变更备案今天收到短信提示变更成功，管局那边已经是新名字了。"],
    ["provider_synced", "Volcano Engine: the record for hillside.cn has been propagated to our access system; traffic is now allowed."],
    ["rectification_notice", "Action needed by 2026-06-30: your ICP record for hillside.cn lists an old sponsor address – please file a correction."],
    ["cancellation_verification", "【ICP备案】您提交的注销网站（浙ICP备2026012345号-1）申请需本人确认，请于24小时内在工信部备案系统完成核验。"],
  ]);
  itStaysUnknown([
    "Our change filing might be knocked back if the address proof is blurry, so rescan it first.",
    "If Aliyun kicks the application back we will lose another week.",
  ]);
});

describe("B round, finished: a footer that needs no edit is no footer notice", () => {
  itReadsKinds([
    ["record_changed", "您提交的变更网站申请已审核通过，网站负责人已由“周某”变更为“钱某”。备案号保持不变，无需修改网站底部备案号。"],
    ["record_changed", "the change filing went through, the new legal rep shows on the record. ICP number unchanged, so no footer edits needed"],
    ["footer_notice", "经检查，您的网站 hillside.cn 未在首页底部悬挂备案号，请于6月30日前整改。"],
  ]);
});
