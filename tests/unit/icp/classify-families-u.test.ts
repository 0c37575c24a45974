import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twentieth blind batch (U7-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a U7- text (docs/classifier.md, "The U
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("U round: the event outranks the instruction that follows it (an approval in literal English)", () => {
  itReadsKinds([
    ["filing_approved", "[MIIT] Your website record has audit pass, the record number is 苏ICP备2026011223号-1, please hang the record number at the bottom of the homepage."],
    ["filing_approved", "Your record application has audit passed, record number 川ICP备2026004455号-2. Please put the record number on the website footer and link to beian.miit.gov.cn."],
    ["filing_approved", "【工信部】您的网站备案已审核通过，备案号：浙ICP备2026012345号-1，请在网站首页底部悬挂备案号并链接至beian.miit.gov.cn。"],
  ]);
  itReadsKinds([
    // Without the event, the instruction is the footer notice.
    ["footer_notice", "[Alibaba Cloud] Please hang the record number 苏ICP备2026011223号-1 at the bottom of the homepage of lakeview.cn and link to beian.miit.gov.cn."],
    ["footer_notice", "【阿里云】您的网站 lakeview.cn 首页底部未悬挂备案号，请于2026年06月20日前完成整改。"],
  ]);
});

describe("U round: a help text that defines the filing addresses nobody", () => {
  itStaysUnknown([
    "What is an ICP filing?\nAn ICP filing is a registration of a website kept by MIIT. The filing is submitted through your hosting provider and approved by the provincial communications administration.",
    "Q: What is ICP beian?\nThe ICP record is a record of who runs a website hosted in mainland China; it is approved by the local communications administration.",
    "什么是ICP备案？\nICP备案是指网站主办者向工信部登记网站信息。备案通过接入商提交，由省通信管理局审核。",
    "ICP备案是指在中国大陆开办网站须向工信部申请的登记，备案申请由接入服务商提交至管局。",
  ]);
  itReadsKinds([
    // A filing of one's own, told as news, keeps its kind.
    ["filing_submitted", "Your ICP filing application for hillcrest.cn has been submitted and is waiting for Tencent Cloud's initial review."],
    ["filing_approved", "您的ICP备案已审核通过，备案号为粤ICP备2026007788号-1。"],
  ]);
});

describe("U round: another client's filing is someone else's", () => {
  itStaysUnknown([
    "Not about your domains: the filing for our other client's site pinecrest.cn was approved this morning, so we can start on your documents on Monday.",
    "FYI, another client's filing (oakbay.cn) was rejected by the bureau yesterday for the same ID issue, so please double-check your scans.",
    "和您的无关哈：另一个客户的备案今天已审核通过了，所以我们下周就能开始处理您的材料。",
  ]);
  itReadsKinds([
    // The writer's own client's filing, told to that client, keeps its kind.
    ["filing_approved", "Good news: the filing for your site pinecrest.cn was approved today, number 浙ICP备2026013579号-1."],
    ["authority_rejected", "您的网站 oakbay.cn 的备案被管局驳回，驳回原因：主体负责人证件已过期。"],
  ]);
});

describe("U round: confidence gates measured on the whole corpus (0 right confident answers dropped)", () => {
  const { itIsConfident } = readAt("2026-06-01T00:00:00Z");
  itIsConfident(
    [
      // A notice beside a word of the approval goes to a person, whatever kind it reads as.
      "【阿里云】您的网站 lakeview.cn 备案已通过，但首页底部未悬挂备案号，请于2026年06月20日前完成整改。",
      // A text that says whose filing it is not goes to a person.
      "Not for your account: the ICP filing for willowmere.cn has been approved by the Zhejiang Communications Administration, number 浙ICP备2026024680号-1.",
    ],
    false,
    "not confident: %s",
  );
  itIsConfident(["【阿里云】您的网站 lakeview.cn 首页底部未悬挂备案号，请于2026年06月20日前完成整改。"], true, "still confident: %s");
});

describe("U round: literal machine-translated English of the authority's and the provider's events", () => {
  itReadsKinds([
    ["authority_rejected", "Your record application by the Sichuan Communications Administration audit not pass. Reject reason: the website name is not consistent with the entity. Please modify through the access provider and submit again."],
    ["authority_rejected", "Your filing by the communication administration review not passed, reason: the leader's photo is unclear."],
    ["record_changed", "Your record information happened change, record number 川ICP备2026004455号-2, the entity leader phone already update. If not yourself operate please contact access provider."],
    ["access_cancelled", "[Tencent Cloud] Your website elmstead.cn access at Tencent Cloud has been cancel. The record number is still exist, please do access at other provider as soon as possible."],
    ["access_cancelled", "[MIIT] The access information of your website ashgrove.cn (ICP: 浙ICP备2026013579号-1) with Huawei Cloud Computing Technologies Co., Ltd. has been cancelled. The ICP number still exists."],
  ]);
  itStaysUnknown([
    // What would happen, or what may be done, is no event.
    "If your record information happen change, please submit a change filing through the access provider within 30 days.",
    "Can the access information of the website be cancelled with Tencent Cloud before we move? Asking for a client.",
  ]);
});

describe("U round: the empty shell is the invalid filing, however it is written", () => {
  itReadsKinds([
    // A finding (存在…问题) with a deadline to fix it is still the empty-shell notice.
    ["filing_invalid", "<p>尊敬的客户：</p><p>您在腾讯云备案的网站 <b>qingshan-tea.cn</b> 存在<strong>空壳网站</strong>问题（网站无法访问）。</p><p>请于2026年06月15日前完成整改。</p>"],
    ["filing_invalid", "您的网站 qingshan-tea.cn 存在“空壳网站”问题，请于2026年06月15日前完成整改，否则将取消接入。"],
    ["filing_invalid", '{"check_type":"EMPTY_SHELL","result":"NON_COMPLIANT","domain":"harbourlight.cn","icp_number":"粤ICP备2026007788号-1","deadline":"2026-06-20T23:59:59+08:00"}'],
  ]);
  itReadsKinds([
    // A finding of another problem keeps its kind.
    ["rectification_notice", "您的网站 qingshan-tea.cn 存在备案信息不准确问题，请于2026年06月15日前完成整改。"],
  ]);
  itStaysUnknown([
    // A check that passed is no notice.
    '{"check_type":"EMPTY_SHELL","result":"COMPLIANT","domain":"harbourlight.cn","icp_number":"粤ICP备2026007788号-1"}',
  ]);
});

describe("U round: a console breadcrumb that says when the bureau's result was synced", () => {
  itReadsKinds([
    ["provider_synced", "备案管理 > 我的备案 ｜ 网站：hongye-print.cn ｜ 接入状态：已接入 ｜ 备案状态：已备案（管局结果同步时间：2026-05-20 09:12:45）"],
    ["provider_synced", "网站：hongye-print.cn | 备案状态：已备案（同步时间：2026-05-20 09:12）"],
  ]);
});

describe("U round: other spellings of a submission, an access withdrawn and the footer duty", () => {
  itReadsKinds([
    ["filing_submitted", "just hit submit on the Huawei beian for maplegrove.cn, status says 华为云审核中"],
    ["access_cancelled", "Baidu Cloud has removed itself as access provider for riverbend.cn, the number is still there but needs a new access provider."],
    ["footer_notice", "[Tencent Cloud] Your website ICP number 苏ICP备2026011223号-1 (lakeview-books.cn) must be displayed at the bottom of the homepage and linked to https://beian.miit.gov.cn."],
  ]);
  itStaysUnknown([
    // Asked, not done.
    "should I hit submit on the Tencent beian tonight or wait for Wei's new ID photo?",
  ]);
});
