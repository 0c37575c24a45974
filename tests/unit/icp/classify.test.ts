import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyMessage,
  extractDeadlines,
  extractDomains,
  extractIcpNumbers,
  maskVerificationCodes,
  type MessageKind,
} from "../../../lib/icp";
import { cst } from "./fixtures";

/** Received 2026-03-01 10:00 China time; resolves year-less and relative deadlines. */
const REF = cst("2026-03-01 10:00");

type Case = {
  name: string;
  text: string;
  kind: MessageKind | "unknown";
  icp?: string[];
  domains?: string[];
  deadline?: Date | null;
  code?: boolean;
};

const cases: Case[] = [
  // --- The three seed messages (000_3b67442d54a81a9b.txt), headings and full paragraphs ---
  { name: "seed 1 heading", text: "ICP Filing successful", kind: "filing_approved" },
  {
    name: "seed 1 paragraph (mentions the later sync without being one)",
    text: "An ICP Filing successful message sent from the Ministry of Industry and Information Technology (MIIT) indicates that your ICP Filing information has been approved by the authority. However, it takes some time for the Alibaba Cloud ICP Filing system to synchronize the MIIT review result. After the MIIT review result is synced to Alibaba Cloud, your domain name directing to the Alibaba Cloud ECS instance is accessible.",
    kind: "filing_approved",
  },
  { name: "seed 2 heading", text: "ICP number cancelled", kind: "icp_number_cancelled" },
  {
    name: "seed 2 paragraph",
    text: "If you receive a text message that says your ICP number has been cancelled, go to the Public Query page of the MIIT ICP Filing system (www.miitbeian.gov.cn) to check. If the ICP number for your domain name has been cancelled, we recommend that you apply for a new ICP number immediately to make your website accessible.",
    kind: "icp_number_cancelled",
    domains: [],
  },
  { name: "seed 3 heading", text: "Invalid ICP Filing", kind: "filing_invalid", deadline: null },
  {
    name: "seed 3 paragraph (mentions cancellation only as a risk)",
    text: "Invalid ICP Filing means the ICP Filing of a website domain name resolved to an IP address that belongs to a non-access service provider, or the domain name is not valid. The ICP Filing is still recorded in MIIT system. If you have no other service provider, the ICP number may soon be cancelled by the local communications administration. If the ICP Filing transfer has been canceled, submit an ICP Filing transfer application immediately.",
    kind: "filing_invalid",
  },
  // --- Chinese versions of the seed messages ---
  {
    name: "MIIT approval SMS (zh)",
    text: "【工信部】您的备案申请已审核通过，备案号：京ICP备2021123456号-1，备案成功。",
    kind: "filing_approved",
    icp: ["京ICP备2021123456号-1"],
  },
  {
    name: "Alibaba approval with PSB and footer reminders (zh)",
    text: "【阿里云】恭喜，您的网站example.com备案成功，备案号浙ICP备2026012345号-1。请在网站开通之日起30日内完成公安联网备案，并在网站底部悬挂备案号。",
    kind: "filing_approved",
    icp: ["浙ICP备2026012345号-1"],
    domains: ["example.com"],
    deadline: null,
  },
  {
    name: "MIIT cancellation SMS (zh)",
    text: "工信部ICP备案系统通知：您的网站备案号京ICP备2021123456号-1已被注销，请登录 https://beian.miit.gov.cn 查询。",
    kind: "icp_number_cancelled",
    icp: ["京ICP备2021123456号-1"],
    domains: [],
  },
  {
    name: "number withdrawn (已被收回, zh)",
    text: "【工信部】您的ICP备案号粤ICP备2020098765号已被收回，如有疑问请联系属地通信管理局。",
    kind: "icp_number_cancelled",
    icp: ["粤ICP备2020098765号"],
  },
  {
    name: "Alibaba empty-shell notice with a date-only deadline (zh)",
    text: "【阿里云】空壳网站核查通知：您的域名example.com已备案，但未解析到阿里云中国内地节点服务器。请于2026年3月15日前将域名解析至阿里云ECS，否则备案号可能被注销。",
    kind: "filing_invalid",
    domains: ["example.com"],
    deadline: cst("2026-03-15 23:59:59"),
  },
  {
    name: "empty-shell notice without any deadline (zh)",
    text: "尊敬的用户，经核查您的网站shop.example.cn为空壳网站，备案号沪ICP备2019001234号-3存在被注销风险。",
    kind: "filing_invalid",
    icp: ["沪ICP备2019001234号-3"],
    deadline: null,
  },
  // --- Real texts quoted in the research file ---
  {
    name: "research §2 row 10: Alibaba accuracy-check email [Blog-email]",
    text: "尊敬的阿里云用户：您的已备案域名example.com未使用阿里云中国内地节点服务器，请恢复使用阿里云服务器，或将网站取消接入。请您务必于2024-09-12 15:10:11之前完成整改，若在规定时间内未完成整改，可能会导致备案信息被取消接入或被注销。",
    kind: "rectification_notice",
    domains: ["example.com"],
    deadline: new Date("2024-09-12T07:10:11Z"),
  },
  {
    name: "research §2 row 11: footer SMS, placeholder date [Blog-SMS]",
    text: "【阿里云】尊敬的用户，您的闽ICP备17029130号需要按照相关法规要求悬挂网站备案号，请您务必在2021年x月xx日前完成网站主页底部网站备案号的悬挂和链接工作，链接须指向beian.miit.gov.cn，如您自查已正确悬挂，可忽略该短信。",
    kind: "footer_notice",
    icp: ["闽ICP备17029130号"],
    domains: [],
    deadline: null,
  },
  {
    name: "research §2 row 11 with a real date",
    text: "【阿里云】尊敬的用户，您的闽ICP备17029130号需要按照相关法规要求悬挂网站备案号，请您务必在2021年6月30日前完成网站主页底部网站备案号的悬挂和链接工作，链接须指向beian.miit.gov.cn。",
    kind: "footer_notice",
    deadline: cst("2021-06-30 23:59:59"),
  },
  {
    name: "research §2 row 4: other verifiers pending [T-sms]",
    text: "您的短信核验完成，请等待其他核验人完成核验。",
    kind: "verification_code",
    code: false,
  },
  {
    name: "research §1.4: Hubei annual review SMS [T-hubei]",
    text: "【湖北省通信管理局】根据备案年审工作要求，请于2020年4月15日前以短信形式将 #002#鄂ICP备2019123456号-1#已更新# 发送至指定号码，状态可填无变化、已更新或已注销。",
    kind: "rectification_notice",
    icp: ["鄂ICP备2019123456号-1"],
    deadline: cst("2020-04-15 23:59:59"),
  },
  // --- Verification codes ---
  {
    name: "MIIT verification SMS with code (zh)",
    text: "【工信部ICP备案】验证码：483920。您正在进行ICP备案短信核验，请于24小时内登录 https://beian.miit.gov.cn 输入验证码、手机号及证件号码后六位完成核验。",
    kind: "verification_code",
    code: true,
    domains: [],
    deadline: new Date(REF.getTime() + 24 * 3_600_000),
  },
  {
    name: "MIIT verification SMS, code first (zh)",
    text: "592013是您的工信部备案短信核验验证码，请在24小时内完成核验。发送号码：106598051001",
    kind: "verification_code",
    code: true,
  },
  {
    name: "MIIT verification SMS (en)",
    text: "[MIIT] Your ICP filing verification code is 592013. Complete the SMS verification at https://beian.miit.gov.cn within 24 hours.",
    kind: "verification_code",
    code: true,
  },
  {
    name: "cancellation verification with code (zh)",
    text: "【工信部】您正在申请注销网站备案（京ICP备2021123456号-2），验证码：605112，请在24小时内登录beian.miit.gov.cn完成核验，逾期未核验注销申请将被终止。",
    kind: "cancellation_verification",
    icp: ["京ICP备2021123456号-2"],
    code: true,
  },
  {
    name: "cancellation verification (en)",
    text: "MIIT: a cancellation request for ICP filing 京ICP备2021123456号 is waiting for your verification on https://beian.miit.gov.cn. Ignore this message to abort the cancellation.",
    kind: "cancellation_verification",
    icp: ["京ICP备2021123456号"],
  },
  // --- The rest of the catalogue ---
  {
    name: "access cancelled (zh)",
    text: "【工信部】您的网站（京ICP备2021123456号-1）已被取消接入，接入商：阿里云计算有限公司。请尽快在当前服务商办理接入备案，否则备案号可能被注销。",
    kind: "access_cancelled",
  },
  {
    name: "access cancelled (en)",
    text: "Tencent Cloud: the access for your ICP filing 粤B2-20090059-5 has been cancelled. Add access at your current provider before the number is cancelled.",
    kind: "access_cancelled",
    icp: ["粤B2-20090059-5"],
  },
  {
    name: "authority rejected (zh, Tencent)",
    text: "【腾讯云】您的备案订单（example.cn）管局审核驳回，驳回原因：网站名称不符合要求。请修改后重新提交。",
    kind: "authority_rejected",
    domains: ["example.cn"],
  },
  {
    name: "authority rejected (en)",
    text: "Your ICP filing was rejected by the communications administration. Reason: the website name does not meet the requirements.",
    kind: "authority_rejected",
  },
  {
    name: "provider first review rejected (zh, Alibaba)",
    text: "【阿里云】您的ICP备案订单初审驳回，原因：域名持有者与主办单位名称不一致，请修改后重新提交。",
    kind: "provider_returned",
  },
  {
    name: "provider returned (en, Huawei)",
    text: "Huawei Cloud: your ICP filing application did not pass the initial review and has been returned for correction: the ID scan is unclear.",
    kind: "provider_returned",
  },
  {
    name: "order submitted (zh, Alibaba)",
    text: "【阿里云】您的ICP备案订单已提交成功，我们将在1个工作日内完成初审，请保持电话畅通。",
    kind: "filing_submitted",
    deadline: null,
  },
  {
    name: "order submitted (en)",
    text: "Your ICP filing application has been submitted. Alibaba Cloud will complete the initial review within 1 working day.",
    kind: "filing_submitted",
  },
  {
    name: "submitted to the authority (zh, Tencent)",
    text: "【腾讯云】您的备案订单已提交至管局审核，工信部将在5分钟内向您发送短信核验，请留意。",
    kind: "submitted_to_authority",
  },
  {
    name: "submitted to the authority (en)",
    text: "Your ICP filing order has been submitted to the communications administration for review. Review takes up to 20 working days.",
    kind: "submitted_to_authority",
  },
  {
    name: "provider synced (zh)",
    text: "【阿里云】您的备案（京ICP备2021123456号-1）管局审核结果已同步至阿里云备案系统，网站可正常访问。",
    kind: "provider_synced",
  },
  {
    name: "provider synced (en)",
    text: "The MIIT approval for example.com has been synced to the Alibaba Cloud ICP filing system.",
    kind: "provider_synced",
    domains: ["example.com"],
  },
  {
    name: "approval (en, provider email)",
    text: "Congratulations! Your ICP filing has been approved by the MIIT. ICP number: 沪ICP备2026001234号-1. Please display it in your website footer.",
    kind: "filing_approved",
    icp: ["沪ICP备2026001234号-1"],
  },
  {
    name: "rectification with contacts check and date-only deadline (zh, Tencent)",
    text: "【腾讯云】备案信息核查通知：您的网站example.com的主体负责人联系方式核验未通过，请于2026年3月15日前完成整改。",
    kind: "rectification_notice",
    deadline: cst("2026-03-15 23:59:59"),
  },
  {
    name: "rectification (en, before ISO date)",
    text: "Alibaba Cloud ICP filing information check: the filing information of example.com is inaccurate. Please complete rectification before 2026-03-15, otherwise the ICP filing access may be cancelled.",
    kind: "rectification_notice",
    deadline: cst("2026-03-15 23:59:59"),
  },
  {
    name: "rectification (en, by day month year)",
    text: "Please correct the filing information for example.com by 15 March 2026 or the ICP number may be cancelled.",
    kind: "rectification_notice",
    deadline: cst("2026-03-15 23:59:59"),
  },
  {
    name: "footer notice (en, month day year)",
    text: "Please display your ICP number 京ICP备2021123456号-1 at the bottom of your home page, linked to https://beian.miit.gov.cn, no later than March 31, 2026.",
    kind: "footer_notice",
    deadline: cst("2026-03-31 23:59:59"),
  },
  {
    name: "record changed (zh)",
    text: "【工信部】您的ICP备案信息已变更，如非本人操作，请登录beian.miit.gov.cn查询。",
    kind: "record_changed",
  },
  {
    name: "record changed (en)",
    text: "MIIT notice: the ICP filing record for example.com has been changed. Check the public query for details.",
    kind: "record_changed",
  },
  {
    name: "IDN domain in an access-cancelled SMS",
    text: "您的域名例子.中国已被取消接入，请尽快处理。",
    kind: "access_cancelled",
    domains: ["例子.中国"],
  },
  {
    name: "licence number (ICP证)",
    text: "【工信部】您的网站备案号京ICP证030173号-1已注销。",
    kind: "icp_number_cancelled",
    icp: ["京ICP证030173号-1"],
  },
  // --- HTML and scripts: matched as plain text, returned verbatim ---
  {
    name: "HTML email with a script",
    text: "<p>【阿里云】您的网站<b>shop.example.cn</b>备案成功</p><script>alert('备案号已注销')</script>",
    kind: "filing_approved",
    domains: ["shop.example.cn"],
  },
  {
    name: "HTML with entities and a tagged deadline",
    text: "<div>空壳网站通知&nbsp;:&nbsp;请于<strong>2026-04-01</strong>前处理 example.org</div>",
    kind: "filing_invalid",
    domains: ["example.org"],
    deadline: cst("2026-04-01 23:59:59"),
  },
  // --- Not MIIT messages, or not understood: "unknown" ---
  {
    name: "PSB approval",
    text: "【全国互联网安全管理服务平台】您的网站example.com公安联网备案已审核通过，公网安备号：京公网安备11010502030143号。",
    kind: "unknown",
    icp: [],
  },
  {
    name: "PSB approval (en)",
    text: "Your Public Security Bureau (PSB) filing for example.com has been approved.",
    kind: "unknown",
  },
  {
    name: "WHOIS record",
    text: "Domain Name: EXAMPLE.COM\nRegistry Expiry Date: 2026-03-15T04:00:00Z\nRegistrar: Alibaba Cloud Computing Ltd.",
    kind: "unknown",
  },
  {
    name: "domain expiry notice (zh)",
    text: "【阿里云】您的域名example.com将于2026-03-15到期，请及时续费，以免影响网站访问。",
    kind: "unknown",
  },
  { name: "bank verification code", text: "【招商银行】验证码：483920，您尾号1234的账户正在进行快捷支付，请勿泄露。", kind: "unknown", code: true },
  { name: "another service's code (en)", text: "Your Google verification code is 123456", kind: "unknown", code: true },
  { name: "marketing mentioning 备案", text: "【腾讯云】备案专享优惠：云服务器2核4G首年99元，限时抢购！", kind: "unknown" },
  { name: "marketing with 备案成功后", text: "备案成功后即享8折优惠，详情见 https://cloud.tencent.com/act", kind: "unknown", domains: [] },
  { name: "empty", text: "", kind: "unknown" },
  { name: "whitespace", text: "  \n\t  ", kind: "unknown" },
  { name: "random English", text: "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", kind: "unknown" },
  { name: "random Chinese", text: "今天天气不错，我们下午三点开会。", kind: "unknown" },
  { name: "a question about filing", text: "请问ICP备案需要多长时间？", kind: "unknown" },
];

describe("classifyMessage: realistic texts", () => {
  it("has at least 35 cases, at least 6 unknown", () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    expect(cases.filter((c) => c.kind === "unknown").length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$name → $kind", (c) => {
    const result = classifyMessage(c.text, { referenceDate: REF });
    expect(result.kind).toBe(c.kind);
    if (c.kind === "unknown") expect(result.confidence).toBe(0);
    else {
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
    if (c.icp) expect(result.icpNumbers).toEqual(c.icp);
    if (c.domains) expect(result.domains).toEqual(c.domains);
    if (c.deadline !== undefined) expect(result.deadline).toEqual(c.deadline);
    if (c.code !== undefined) expect(result.containsVerificationCode).toBe(c.code);
    expect(result.deadline).toEqual(result.deadlines[0] ?? null);
  });
});

describe("classifyMessage: confidence", () => {
  it("a rectification notice without a deadline is less certain than one with", () => {
    const without = classifyMessage("【阿里云】备案信息核查：您的网站example.com的备案信息不准确，请尽快整改。");
    const withDeadline = classifyMessage("【阿里云】备案信息核查：您的网站example.com的备案信息不准确，请于2026年3月15日前整改。");
    expect(without.kind).toBe("rectification_notice");
    expect(withDeadline.kind).toBe("rectification_notice");
    expect(without.confidence).toBeLessThan(withDeadline.confidence);
  });
});

describe("classifyMessage: HTML is kept verbatim", () => {
  it("returns maskedText equal to the input when there is no code, tags and script included", () => {
    const text = "<p>备案成功</p><script>document.cookie</script><img src=x onerror=alert(1)>";
    const result = classifyMessage(text);
    expect(result.maskedText).toBe(text);
    expect(result.kind).toBe("filing_approved");
  });
  it("does not take words inside <script> as the message", () => {
    expect(classifyMessage("<script>var s = '备案成功';</script>").kind).toBe("unknown");
  });
  it("masks a code inside markup", () => {
    const result = classifyMessage("<div>工信部备案验证码：<b>483920</b></div>");
    expect(result.maskedText).toBe("<div>工信部备案验证码：<b>******</b></div>");
    expect(result.kind).toBe("verification_code");
  });
});

describe("maskVerificationCodes", () => {
  const codeTexts: [string, string][] = [
    ["【工信部】验证码：483920，请于24小时内完成核验。", "483920"],
    ["验证码为 123456", "123456"],
    ["您的ICP备案短信验证码是：654321。", "654321"],
    ["592013是您的工信部备案验证码", "592013"],
    ["Your verification code is 778899.", "778899"],
    ["Verification code: 112 233", "112 233"],
    ["948576 is your MIIT verification code", "948576"],
    ["校验码 4821，五分钟内有效", "4821"],
    ["验证码：１２３４５６（工信部）", "１２３４５６"],
    ["验证码（6位）：483920", "483920"],
    ["Your ICP verification code (valid for 24 hours) is 735190.", "735190"],
  ];
  it.each(codeTexts)("masks the code in %s", (text, code) => {
    const masked = maskVerificationCodes(text);
    expect(masked).not.toContain(code);
    expect(masked).toContain("******");
    const result = classifyMessage(text);
    expect(result.containsVerificationCode).toBe(true);
    expect(JSON.stringify(result)).not.toContain(code);
  });

  it("masks a code that happens to start with 106 (only longer sender numbers are kept)", () => {
    expect(maskVerificationCodes("验证码：106123")).toBe("验证码：******");
  });

  it("uses the same mask whatever the code length", () => {
    expect(maskVerificationCodes("验证码：4821")).toBe("验证码：******");
    expect(maskVerificationCodes("验证码：482193")).toBe("验证码：******");
  });

  it("leaves ICP numbers, phone numbers, dates and times untouched", () => {
    const text =
      "【工信部】验证码：483920。网站备案号浙ICP备123456号-1、京ICP备2021123456号，请于2024-09-12 15:10:11之前核验，发送号码106598051001、10655113、106575000130、12381，客服电话13800138000。";
    const masked = maskVerificationCodes(text);
    expect(masked).not.toContain("483920");
    for (const kept of ["浙ICP备123456号-1", "京ICP备2021123456号", "2024-09-12 15:10:11", "106598051001", "10655113", "106575000130", "12381", "13800138000"]) {
      expect(masked).toContain(kept);
    }
    expect(masked.replace("******", "483920")).toBe(text);
  });

  it("does not mask years or dates that follow the keyword", () => {
    expect(maskVerificationCodes("验证码将于2026年3月15日失效")).toBe("验证码将于2026年3月15日失效");
    expect(maskVerificationCodes("verification code expires 2026-03-15")).toBe("verification code expires 2026-03-15");
    expect(maskVerificationCodes("验证码有效期24小时")).toBe("验证码有效期24小时");
  });

  it("leaves text without a code unchanged", () => {
    const text = "【阿里云】您的网站备案成功，备案号京ICP备2021123456号-1。";
    expect(maskVerificationCodes(text)).toBe(text);
    expect(classifyMessage(text).containsVerificationCode).toBe(false);
  });

  it("masks every code in a text with several", () => {
    const masked = maskVerificationCodes("验证码：111222；校验码：333444");
    expect(masked).toBe("验证码：******；校验码：******");
  });
});

describe("extractIcpNumbers", () => {
  it("finds entity, website, licence and B2 numbers in canonical form", () => {
    const text = "京ICP备2021123456号，京ICP备2021123456号-1，京ICP证030173号，京ICP证030173号-1，粤B2-20090059-5，陕ICP备15002899号-4";
    expect(extractIcpNumbers(text)).toEqual([
      "京ICP备2021123456号",
      "京ICP备2021123456号-1",
      "京ICP证030173号",
      "京ICP证030173号-1",
      "粤B2-20090059-5",
      "陕ICP备15002899号-4",
    ]);
  });
  it("normalises full-width digits, a lower-case icp and stray spaces; deduplicates", () => {
    expect(extractIcpNumbers("京icp备２０２１１２３４５６号－１ 和 京ICP备 2021123456号-1")).toEqual(["京ICP备2021123456号-1"]);
  });
  it("ignores PSB numbers, masked numbers and non-provinces", () => {
    expect(extractIcpNumbers("京公网安备11010502030143号 京ICP备2024***7号-4 美ICP备2021123456号")).toEqual([]);
  });
});

describe("extractDomains", () => {
  it("finds ASCII domains in Chinese and English prose, lower-cased, without government or provider hosts", () => {
    expect(
      extractDomains("您的域名Example.COM未解析，请访问 https://beian.miit.gov.cn 或 www.miitbeian.gov.cn、beian.aliyun.com，另见 https://www.shop-1.example.net/path?a=1"),
    ).toEqual(["example.com", "www.shop-1.example.net"]);
  });
  it("finds IDN names and punycode", () => {
    expect(extractDomains("您的域名例子.中国 与 xn--fiqs8s.xn--fiqs8s 以及 测试.com")).toEqual(["xn--fiqs8s.xn--fiqs8s", "例子.中国", "测试.com"]);
  });
  it("ignores e-mail addresses, file names, versions and numbers", () => {
    expect(extractDomains("联系 admin@example.com，附件 report.pdf、index.html，版本 v1.2.3，金额 1.50 元")).toEqual([]);
  });
});

describe("extractDeadlines", () => {
  it("reads a date and time as China time", () => {
    expect(extractDeadlines("请您务必于2024-09-12 15:10:11之前完成整改")).toEqual([new Date("2024-09-12T07:10:11Z")]);
  });
  it.each([
    ["2026年3月15日前完成"],
    ["请于2026/3/15前完成"],
    ["截止日期：2026.03.15"],
    ["Please fix it before 2026-03-15."],
    ["Please fix it by 15 March 2026."],
    ["Deadline: March 15, 2026"],
    ["Complete it no later than 15th Mar 2026."],
  ])("reads a date-only deadline as 23:59:59 China time: %s", (text) => {
    expect(extractDeadlines(text)).toEqual([new Date("2026-03-15T15:59:59Z")]);
  });
  it("ignores dates that are not deadlines (received, sent, submitted)", () => {
    expect(extractDeadlines("您于2026-01-05提交的备案已受理。发送时间：2026-01-06 10:00")).toEqual([]);
    expect(extractDeadlines("Received on 2026-01-05. Sent 6 January 2026.")).toEqual([]);
  });
  it("resolves a year-less date with the reference date, rolling over the new year", () => {
    expect(extractDeadlines("请于3月15日前完成整改", cst("2026-03-01 10:00"))).toEqual([cst("2026-03-15 23:59:59")]);
    expect(extractDeadlines("请于1月10日前完成整改", cst("2026-12-20 10:00"))).toEqual([cst("2027-01-10 23:59:59")]);
    expect(extractDeadlines("请于3月15日前完成整改")).toEqual([]);
  });
  it("resolves relative deadlines only with a reference date, never working days", () => {
    expect(extractDeadlines("请于24小时内完成核验", REF)).toEqual([new Date(REF.getTime() + 24 * 3_600_000)]);
    expect(extractDeadlines("Please complete it within 10 days.", REF)).toEqual([new Date(REF.getTime() + 10 * 86_400_000)]);
    expect(extractDeadlines("请于24小时内完成核验")).toEqual([]);
    expect(extractDeadlines("请在5个工作日内完成整改", REF)).toEqual([]);
  });
  it("returns every deadline, earliest first, and rejects impossible dates", () => {
    const result = classifyMessage("请于2026年4月1日前整改备案信息；如需延期，最晚不晚于2026年3月20日前申请。2026年2月30日前无效。");
    expect(result.deadlines).toEqual([cst("2026-03-20 23:59:59"), cst("2026-04-01 23:59:59")]);
    expect(result.deadline).toEqual(cst("2026-03-20 23:59:59"));
  });
});

describe("classifyMessage: does not invent a kind from weak signals", () => {
  it.each([
    ["a prerequisite, not an approval", "您的备案订单已提交至管局审核，须经管局审核通过方可开通网站访问。", "submitted_to_authority"],
    ["a requirement, not an approval", "备案需通过管局审核，请耐心等待。", "unknown"],
    ["an instruction after approval", "ICP备案成功后，请及时完成公安备案。", "unknown"],
    ["a condition (en)", "Once your ICP filing is approved, show the number on your site.", "unknown"],
    ["a conditional access cancellation", "如已取消接入，请在新服务商处办理接入备案。", "unknown"],
    ["advice to cancel inside an empty-shell notice", "空壳网站核查：如您不再使用该网站，请申请注销备案并确认。", "filing_invalid"],
    ["a threat of cancellation inside a check notice", "备案信息核查：若逾期未整改，备案号将被注销。", "rectification_notice"],
    ["information synced to the authority is not the provider sync", "您的ICP备案变更信息已同步至管局。", "unknown"],
    ["a provider contact self-check code is not the MIIT SMS", "【腾讯云】您正在进行备案联系方式核验，验证码 246810，请勿泄露。", "unknown"],
  ] as const)("%s", (_name, text, kind) => {
    expect(classifyMessage(text).kind).toBe(kind);
  });
});

describe("maskVerificationCodes: property", () => {
  const templates = [
    (c: string) => `【工信部】您的ICP备案验证码：${c}，请于24小时内在 https://beian.miit.gov.cn 完成核验。`,
    (c: string) => `${c}是您的工信部备案短信核验验证码，发送号码106598051001。`,
    (c: string) => `[MIIT] Your ICP filing verification code is ${c}. Do not share it.`,
    (c: string) => `<p>验证码 <b>${c}</b></p>`,
  ];
  it("no code survives in maskedText or anywhere in the classification", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: templates.length - 1 }), fc.stringMatching(/^[0-9]{4,6}$/), (i, code) => {
        fc.pre(code !== "12381");
        const template = templates[i] ?? templates[0]!;
        const result = classifyMessage(template(code));
        expect(result.maskedText).toBe(template("******"));
        expect(result.containsVerificationCode).toBe(true);
        const fields = [result.kind, result.icpNumbers, result.domains, result.deadlines, result.deadline];
        expect(JSON.stringify(fields)).not.toContain(code);
      }),
      { numRuns: 300 },
    );
  });
});
