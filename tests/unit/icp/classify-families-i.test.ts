import { describe, expect, it } from "vitest";
import { isConfidentClassification } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the eighth blind batch (I5-…) missed, each fixed by a rule about the domain; the texts here are
 * our own, written after the fixes in other registers, providers, numbers and details, none a copy of an I5-
 * text (docs/classifier.md, "The I round"). Beside each family stand texts that must stay unknown.
 */
const { classify, kindOf, itReadsKinds, itStaysUnknown } = readAt("2025-06-01T00:00:00Z");

describe("I round: an AI-service or algorithm filing named as 'the filing of …' is another authority's, in every reading", () => {
  itReadsKinds([
    ["filing_approved", "The filing of our recommendation algorithm is still with the CAC, but the ICP filing of mingyue-app.cn has been approved by the Zhejiang Communications Administration."],
  ]);

  itStaysUnknown([
    "Cyberspace Administration: the filing of your deep synthesis service (model: \"Inkwell\") has been approved, filing number Shanghai-Inkwell-20250301.",
    "Good news: the registration for our recommendation algorithm went through today, please add the number to the app's settings page.",
    "[CAC] The filing of your generative AI service has been approved. Please show the filing number in the service's user agreement.",
    "The filing for your algorithm service has been returned: the security self-assessment is missing.",
  ]);
});

describe("I round: an MIIT code is a filing's only when the text is about a filing, not another MIIT service", () => {
  itReadsKinds([
    ["verification_code", "【工业和信息化部】您正在进行ICP备案短信核验，验证码：528361，请在24小时内登录备案系统完成核验。"],
    ["verification_code", "[MIIT] Your ICP filing verification code is 730194. Please enter it at beian.miit.gov.cn within 24 hours."],
  ]);

  it.each([
    "【工业和信息化部】验证码：771203，您正在通过“一证通查”查询本人名下的手机号码，5分钟内有效，请勿泄露。",
    "【工信部】您的携号转网授权码为 503318，请在办理时出示，24小时内有效。",
    "[MIIT] Your code is 264019. You are checking the phone cards registered in your name. Valid for 10 minutes.",
    "【工业和信息化部】验证码 918273，您正在12300提交电信服务投诉，请勿告知他人。",
  ])("stays unknown: %s", (text) => {
    const r = classify(text);
    expect(r.kind).toBe("unknown");
    expect(r.maskedText).not.toMatch(/\d{6}/);
  });
});

describe("I round: a number on the page that is not linked to the filing system is the footer notice", () => {
  itReadsKinds([
    ["footer_notice", "Aliyun inspection: the ICP number appears at the bottom of shanhai-tea.cn, yet it is not linked to beian.miit.gov.cn. Please fix this by 10 July 2025."],
    ["footer_notice", "Our review found the ICP filing number on your site www.qiaolin.cn is displayed as plain text and isn't hyperlinked to https://beian.miit.gov.cn."],
  ]);

  itStaysUnknown([
    "The ICP number is not linked to our DNS records, it is only on the contract PDF.",
    "How do I link the ICP number to beian.miit.gov.cn in a WordPress footer?",
  ]);
});

describe("I round: MIIT's 'has passed the examination' is the approval, and its request to display the number goes with it", () => {
  itReadsKinds([
    ["filing_approved", "[MIIT] Dear user, your record application has passed the examination. Record number: 浙ICP备2025031177号-1. Please display it at the bottom of your website."],
    ["filing_approved", "【Guangdong Communications Administration】 Your filing information has passed the review, number 粤ICP备2025040012号-2, hang it in the footer."],
  ]);

  it.each([
    "[MIIT] Your filing information has passed the examination of the preliminary stage at the provider.",
    "Our record has passed the review of the internal legal team, the MIIT part has not started.",
    "The filing information has passed the examination? Please confirm with MIIT.",
  ])("not an approval: %s", (text) => {
    expect(kindOf(text)).not.toBe("filing_approved");
  });
});

describe("I round: a console row without a header that opens with a change order is that order", () => {
  itReadsKinds([
    ["record_changed", "变更网站 | 审核通过 | 变更内容：网站名称 | 备案号：闽ICP备2021004455号-3"],
    ["record_changed", "Change website | Approved | Changed: site leader phone | 京ICP备2022009988号-1"],
    ["record_changed", "变更主体 ｜ 已完成 ｜ 完成时间：2025-05-20 ｜ 苏ICP备2019007766号"],
  ]);

  itReadsKinds([
    ["filing_approved", "新增网站 | 审核通过 | 备案号：闽ICP备2021004455号-4"],
  ], { title: "a new website's row stays its own kind: %s ← %s" });

  it.each([
    "变更套餐 | 审核通过 | 云服务器 2核4G",
    "变更网站 | 待初审 | 请问变更内容填什么？",
    "Change plan | Approved | 4 vCPU / 8 GB",
  ])("stays unknown or not a change: %s", (text) => {
    expect(kindOf(text)).not.toBe("record_changed");
  });
});

describe("I round: a provider's sync told in chat, in base forms and with the block page gone", () => {
  itReadsKinds([
    ["provider_synced", "Tencent finally synchronized our ICP record, the not-filed warning is gone and the shop opens again."],
    ["provider_synced", "the filing is synchronize to tencent system already, site can visit normal now"],
    ["provider_synced", "管局短信上周就到了，今天阿里云控制台总算同步过来了，拦截页也撤了。"],
  ]);

  itStaysUnknown([
    "Huawei finally synced our calendar with the Outlook server.",
    "阿里云说审核结果会在1-2个工作日内同步过来，请耐心等待。",
    "Tencent will synchronize the filing to its system after the bureau approves it.",
  ]);
});

describe("I round: the access of a record cancelled, in English word orders", () => {
  itReadsKinds([
    ["access_cancelled", "[Huawei Cloud] Dear customer, the access of your website lanshan.cn has been cancelled; the ICP number itself is kept. Please add access with another provider."],
    ["access_cancelled", "hi, the old provider already cancel the access of our site, the beian number still there but without provider."],
  ]);

  itStaysUnknown([
    "Please cancel the access of the old website before you move it to Tencent.",
    "The access of the office building was cancelled for the holiday.",
  ]);
});

describe("I round: the authority cancelled the record, told with a pronoun", () => {
  itReadsKinds([
    ["icp_number_cancelled", "I looked up 粤ICP备2017055210号-2 in the MIIT query this morning: it is gone, the Guangdong CA cancelled it last week."],
  ]);

  itStaysUnknown([
    "Will the Guangdong CA cancel it if the site stays offline?",
    "The Guangdong CA cancelled the meeting about ICP filings.",
  ]);
});

describe("I round: a check relayed with a request to act, and the bare 'information check'", () => {
  itReadsKinds([
    ["rectification_notice", "Alibaba Cloud have one 'info check' for our filing: the phone of the entity leader is wrong, fix before 3 July or access will be cancelled."],
    ["rectification_notice", "阿里云发了个信息核查，说主体负责人电话是空号，月底前要改好。谁知道老板新手机号？"],
    ["footer_notice", "Aliyun scan says the ICP number in our footer still links to the old miitbeian address, must be beian.miit.gov.cn by Friday. @web can you fix it?"],
  ]);

  itStaysUnknown([
    "The information check of the new hires is done, all fine.",
    "Information check at the front desk: please bring your ID card.",
  ]);
});

describe("I round: console states and reviewers in other words", () => {
  itReadsKinds([
    ["cancellation_verification", "注销主体 | 备案号：鲁ICP备2018012345号 | 状态：待管局注销核验 | 请主体负责人完成核验"],
    ["filing_submitted", "备案订单号 | 域名 | 当前状态\nBA2025060300 | qingshan.cn | 阿里云审核中"],
    ["provider_returned", "Ticket #7781: our filing reviewer has rejected your application, the site name cannot contain a place name. Please edit and resubmit."],
    ["verification_code", "Verification code for your ICP filing: 482017, valid for 24 hours. Log in to the record filing system of MIIT to verify it."],
  ]);

  itStaysUnknown([
    "Your login code is 661204. You are logging in to the record keeping app of the gym.",
    "Ticket #7782: our reviewer has returned your expense report, the receipt is missing.",
    // No filing word: an order "under review" at a cloud is also a refund or a real-name order.
    "订单号 | 域名 | 当前状态\nBA2025060300 | qingshan.cn | 阿里云审核中",
  ]);
});

describe("I round: a provider's first audit that did not pass, and a provider that did 取消接入", () => {
  itReadsKinds([
    ["provider_returned", "Hello, the first audit of West.cn was not pass, the site name has a region word. Please change it and I resubmit."],
    ["access_cancelled", "FYI Aliyun did 取消接入 for the old domain qiuyu.cn last night; the number is still in the MIIT query without a provider."],
  ]);

  itStaysUnknown([
    "The first audit of the annual accounts was not passed, the auditor wants the bank statements.",
    "Aliyun will do 取消接入 next week if the site stays empty.",
  ]);
});

describe("I round: nothing here is confidently wrong", () => {
  it("traps are never confident", () => {
    for (const t of ["【工业和信息化部】验证码：771203，您正在通过“一证通查”查询本人名下的手机号码，5分钟内有效。", "[CAC] The filing of your generative AI service has been approved."]) {
      expect(isConfidentClassification(classify(t))).toBe(false);
    }
  });
});
