import { describe, expect, it } from "vitest";
import { isConfidentClassification } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the eleventh blind batch (L8-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of an L8- text (docs/classifier.md, "The L
 * round"). Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { classify, kindOf, itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("L round: a developer's CI output or tracker ticket about the footer is no notice", () => {
  itStaysUnknown([
    "[ci] icp-footer: FAIL src/layout/footer.tsx — 沪ICP备2025004411号-2 is not wrapped in a link to beian.miit.gov.cn\n[ci] 2 checks failed",
    "[lint] FAIL templates/base.html: footer must show the ICP number and link it to beian.miit.gov.cn (exit code 2)",
    "WEB-1204 备案号展示组件：页脚备案号改为从后台配置读取，链接 beian.miit.gov.cn，样式按设计稿。",
    "OPS-77 footer refactor: read the ICP number from config, link it to beian.miit.gov.cn, see the Figma mockup.",
    "Build #3318: 1 check failed — footer of index.html has no 京ICP备 number; expected a link to beian.miit.gov.cn",
  ]);

  itReadsKinds([
    ["footer_notice", "【华为云】您的网站 qingmu-books.cn 页脚未悬挂备案号，请于6月20日前在页脚添加备案号并链接至 beian.miit.gov.cn。"],
    ["footer_notice", "Dear customer, UCloud asks that songlin-tea.com display its ICP number in the page footer, linked to beian.miit.gov.cn, before 2026-06-30. Example: <a href=\"https://beian.miit.gov.cn\">浙ICP备2024012345号-1</a>"],
  ], { title: "keeps its kind: %s ← %s" });
});

describe("L round: a reason never decides, wherever it stands", () => {
  itReadsKinds([
    // 因 after the clause's subject gives the cause of the clause's own event.
    ["icp_number_cancelled", "【阿里云】您的网站 jinse-pack.cn（苏ICP备2020018822号-1）因逾期未完成核查已被江苏省通信管理局注销，网站需停止访问。"],
    ["access_cancelled", "尊敬的用户：您的网站 lvye-farm.com 因长期无法访问已被取消接入，备案号仍然保留。"],
    // The value of a reason's label is why something else happened.
    ["authority_rejected", "【广东省通信管理局】您的ICP备案申请已被驳回。驳回原因：网站负责人证件信息与实际不符。"],
    ["authority_rejected", "The Zhejiang bureau rejected our filing for hemu-ink.cn. Reason: the entity address does not match the business licence."],
    ["authority_rejected", "订单 | 状态 | 审核意见\nJDBA-20260412 | 管局驳回 | 网站名称涉及新闻信息，需前置审批"],
    // What a report does not say is named to be denied.
    ["record_changed", "MIIT texted about fengyu-art.cn: the filing information has been updated. It doesn't mention cancelled or revoked anywhere."],
  ]);

  it.each([
    // A reason alone, with no event of its own: no check notice.
    "驳回原因：主体证件地址与实际经营地址不符",
    "Reason: the website leader's phone number does not match the filed one.",
  ])("a reason alone is no notice: %s", (text) => {
    expect(kindOf(text)).not.toBe("rectification_notice");
  });

  it("a cancellation that is the reason of another clause stays a reason", () => {
    const c = classify("由于您的备案号已被注销，网站 baihe-shop.cn 目前无法访问，请重新提交备案。");
    expect(c.kind).not.toBe("rectification_notice");
  });
});

describe("L round: the same events in more spellings", () => {
  itReadsKinds([
    ["record_changed", "Got an MIIT SMS this morning: 'your ICP record information has changed' for yunshan-tea.cn. Probably the new IP we sent."],
    ["record_changed", "MIIT sms — filing info updated for 闽ICP备2021004455号-2 (haixi-boat.cn), changed field: website leader."],
    ["record_changed", "【工业和信息化部】您的ICP备案信息（浙ICP备2019087766号-3）于2026年5月28日变更，如有疑问请登录备案系统查询。"],
    ["access_cancelled", "【腾讯云】根据空壳网站核查结果，我司已于2026年5月30日取消您的网站 mingzhu-art.cn（粤ICP备2021055660号-2）的接入。"],
    ["authority_rejected", "管局又把 jiahe-food.cn 打回了，说网站名称不能带“商城”"],
    ["footer_notice", "JD Cloud texted: our homepage liuyun-art.cn does not display the filing number. Add it before June 30."],
    ["filing_submitted", "The beian for hengtai-steel.cn went in this morning on Tencent Cloud, console says 'Awaiting preliminary review'."],
    ["provider_returned", "Volcano Engine on the hexin-ai.cn beian: 'first review rejected', the legal rep's photo is blurry. Resubmit after fixing."],
    ["provider_returned", "【西部数码】您提交的 yuelu-tea.cn 备案资料需修改：网站负责人手机号无法接通，请核实后重新提交。"],
    ["provider_synced", "Alibaba Cloud now shows the approval for beichen-lab.cn in the console (status: Filed, 京ICP备2026011223号-1)."],
    ["filing_submitted", "订单号\t域名\t类型\t状态\nBA-0071\tqinghe-tea.cn\t新增网站\t平台审核中"],
    ["provider_returned", "Ticket #50321 — Baidu AI Cloud returned our filing for xinghai-edu.cn. Status: \"Pending modification\". Field: website name."],
  ]);

  itStaysUnknown([
    // Lookalikes: a rule, a footer's phone number, a wiki page, a status to come.
    "The filing rules were updated last week; see the wiki.",
    "设计稿已更新，页脚电话号码改为 400-800-1234。",
    "Please keep your filing information updated.",
  ]);
});

describe("L round: after a relayed message, a question about the next step does not undo the event", () => {
  itReadsKinds([
    ["authority_rejected", "I got an SMS that our ICP application for 'Maple Dental' (mapledental.cn) was not approved by the provincial communications administration. What do we do now?"],
    ["filing_invalid", "Huawei Cloud says our filing for bluepine.cn is an 'empty shell website' and we must fix it by June 20. What exactly do we need to do?"],
    ["filing_invalid", "腾讯云发了封“空壳网站”的邮件，说 lanting-art.cn 解析的不是他们的IP，我们去年迁到阿里云了，是不是要在阿里云那边做接入？"],
    ["record_changed", "收到工信部短信说 qiaomu.cn 的备案信息已变更，我们这边没人动过，会不会是新接入商改的？"],
  ]);

  itStaysUnknown([
    // How, why, and a doubt that the message is real keep the question.
    "I got an SMS saying our ICP number for dongfang-tea.cn was cancelled. How do we get it back?",
    "Huawei says our filing was rejected by the bureau. Why was it rejected?",
    "收到短信说 xiyu.cn 的备案号已被注销，是不是搞错了？",
    "Got an SMS asking me to confirm the cancellation of our filing. Is this legit? Do I need to do it?",
  ]);
});

describe("L round: a code after the bare word 'code' or written digit by digit is masked", () => {
  it.each([
    ["Your ICP filing has been submitted to the bureau. MIIT has sent an SMS: use code Q7R2M5 to finish the SMS verification.", "Q7R2M5"],
    ["the cancellation of the old beian needs confirming on the MIIT site, code is H4T9K2", "H4T9K2"],
    ["The MIIT message arrived with the number 3 8 2 7 1 6, I need to enter it for the SMS verification.", "3 8 2 7 1 6"],
  ])("masks the code and reads the MIIT code message: %s", (text, code) => {
    const c = classify(text);
    expect(c.maskedText).not.toContain(code);
    expect(c.containsVerificationCode).toBe(true);
    expect(["verification_code", "cancellation_verification"]).toContain(c.kind);
  });

  it.each(["The deploy failed with exit code 1 on the footer page.", "HTTP error code 502 on beian check page."])("leaves other numbers alone: %s", (text) => {
    expect(classify(text).maskedText).toBe(text);
  });

  it("a confident answer on a relayed code message stays right", () => {
    const c = classify("Your ICP filing has been submitted to MIIT. MIIT has sent an SMS to 138****1234: use code B3N8P1 to complete the SMS verification within 24 hours.");
    expect(c.kind).toBe("verification_code");
    expect(isConfidentClassification(c)).toBe(true);
  });
});
