import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyMessage, extractDeadlines, extractIcpNumbers, maskVerificationCodes } from "../../../lib/icp";
import { codeInClear, evaluateCorpus } from "../../../lib/icp/classify/evaluate";

/**
 * Every 4–8 digit code (not a year, an eight-digit date, a 106… sender or 12381) put in any of the wordings is masked, and
 * only the code: the masked text is the wording with "******", and nothing the classifier answers holds the code.
 */
function assertMasksEveryCode(wordings: ((code: string) => string)[]): void {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: wordings.length - 1 }), fc.stringMatching(/^[0-9]{4,8}$/), (i, code) => {
      fc.pre(!/^(?:19|20)\d{2}$/.test(code) && !/^(?:19|20)\d{2}(?:0?[1-9]|1[0-2])(?:[0-2]\d|3[01])$/.test(code) && !/^106\d{5,}$/.test(code) && code !== "12381");
      const result = classifyMessage(wordings[i]!(code));
      expect(result.maskedText).toBe(wordings[i]!("******"));
      expect(JSON.stringify(result)).not.toContain(code);
    }),
    { numRuns: 300 },
  );
}

/** Each text's code is gone from the masked text and from everything the classifier answers (optionally: it is seen as a code). */
function itMasksCodes(cases: [text: string, code: string][], { seenAsCode = false }: { seenAsCode?: boolean } = {}): void {
  it.each(cases)("masks the code in %s", (text, code) => {
    const result = classifyMessage(text);
    expect(result.maskedText).not.toContain(code);
    if (seenAsCode) expect(result.containsVerificationCode).toBe(true);
    expect(JSON.stringify(result)).not.toContain(code);
  });
}

describe("maskVerificationCodes: codes that are not next to 验证码", () => {
  it.each([
    ["【工业和信息化部】您正在进行ICP备案核验，核验码为：730215，请于24小时内完成验证。", "730215"],
    ["MIIT ICP system: code 318844 for your ICP filing SMS check.", "318844"],
    ["【工信部】请回复123456完成备案短信核验。", "123456"],
    ["【工信部】您的短信核验码 ４８３９２１，请在24小时内输入。", "４８３９２１"],
    ["483921（工信部ICP备案短信核验，24小时内有效）", "483921"],
    ["【工信部ICP备案】请在 beian.miit.gov.cn 输入 735190 完成短信核验。", "735190"],
    ["<table><tr><td>ICP备案短信核验</td><td><b>402913</b></td></tr></table>", "402913"],
    ["Verify your ICP filing at beian.miit.gov.cn: 661 902 (valid 24 hours).", "661 902"],
    ["【工信部】ICP备案核验：5531，有效期24小时。", "5531"],
  ])("masks the code in %s", (text, code) => {
    const masked = maskVerificationCodes(text);
    expect(masked).not.toContain(code);
    expect(masked).toContain("******");
    const result = classifyMessage(text);
    expect(result.containsVerificationCode).toBe(true);
    expect(JSON.stringify(result)).not.toContain(code);
  });

  it("keeps ICP numbers, dates, times, years, amounts, durations and sender numbers in a verification message", () => {
    const kept = [
      "京ICP备123456号",
      "浙ICP备 2021123456号-1",
      "京ICP证030173号-1",
      "粤B2-20090059-5",
      "2026-11-05 10:00:11",
      "２０２６年１１月５日",
      "Dec 1, 2026",
      "¥1999",
      "1999元",
      "24小时",
      "106598051001",
      "10655113",
      "106575000130",
      "12381",
      "13800138000",
      "#002#",
    ];
    const text = `【工信部】ICP备案短信核验码：483920。${kept.join("；")}。`;
    const masked = maskVerificationCodes(text);
    expect(masked).not.toContain("483920");
    for (const k of kept) expect(masked).toContain(k);
    expect(masked.split("******").length).toBe(2);
    expect(extractIcpNumbers(masked)).toEqual(["京ICP备123456号", "浙ICP备2021123456号-1", "京ICP证030173号-1", "粤B2-20090059-5"]);
  });

  it("leaves numbers alone in a text that is not a verification message", () => {
    const text = "【阿里云】您的备案订单 123456 已提交成功，请于2026年3月15日前补充资料。";
    expect(maskVerificationCodes(text)).toBe(text);
    expect(extractDeadlines(text)).toEqual([new Date("2026-03-15T15:59:59Z")]);
  });

  it("no 6-digit code survives anywhere in an MIIT verification SMS, whatever the wording around it", () => {
    const wordings = [
      (c: string) => `【工信部】${c}（ICP备案短信核验，24小时内有效）`,
      (c: string) => `12381：请在工信部网站输入本条短信核验码${c}完成备案短信核验。`,
      (c: string) => `ICP filing SMS verification from MIIT: enter ${c} at beian.miit.gov.cn within 24 hours.`,
      (c: string) => `<p>【工信部】核验：<span>${c}</span></p>`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: wordings.length - 1 }), fc.stringMatching(/^[0-9]{6}$/), (i, code) => {
        const text = wordings[i]!(code);
        const result = classifyMessage(text);
        expect(result.maskedText).toBe(wordings[i]!("******"));
        expect(JSON.stringify(result)).not.toContain(code);
      }),
      { numRuns: 300 },
    );
  });
});

describe("maskVerificationCodes: other code words, and domain names beside them (issue 11 item 4)", () => {
  it.each([
    ["【工信部】您的校验码：482913，请勿泄露。", "482913"],
    ["动态码 557102 用于ICP备案核验，5分钟内有效。", "557102"],
    ["MIIT ICP filing: code 482913, valid for 24 hours.", "482913"],
    ["Your PIN is 4829. Enter it at beian.miit.gov.cn.", "4829"],
    ["PIN: 730455 for the ICP filing SMS check.", "730455"],
    ["MIIT code: 48 29 13 (ICP filing).", "48 29 13"],
  ])("masks the code in %s", (text, code) => {
    const result = classifyMessage(text);
    expect(result.maskedText).not.toContain(code);
    expect(result.containsVerificationCode).toBe(true);
    expect(JSON.stringify(result)).not.toContain(code);
  });

  it.each([
    ["验证码已发送，请登录 www.12345.cn 查看", "www.12345.cn"],
    ["验证码请在 8888.com 输入", "8888.com"],
    ["【工信部】验证码：482913（请访问 https://beian.miit.gov.cn ）域名 9527.net 的备案", "9527.net"],
    ["请在5分钟内输入验证码，网站 5566.com.cn 的备案将继续办理", "5566.com.cn"],
    ["您的验证码为 482913，请登录 shop-2024.cn 的后台", "shop-2024.cn"],
    ["验证码 482913，网站 demo123456.cn", "demo123456.cn"],
    ["验证码 482913，网站 ５５６６．ｃｎ", "５５６６．ｃｎ"],
  ])("keeps the digits of the domain name in %s", (text, domain) => {
    expect(maskVerificationCodes(text)).toContain(domain);
  });

  it("still masks the code beside a domain name, and the domain is extracted whole", () => {
    const result = classifyMessage("【工信部】验证码：482913，域名 9527.net 的ICP备案短信核验");
    expect(result.maskedText).not.toContain("482913");
    expect(result.domains).toContain("9527.net");
  });
});

describe("maskVerificationCodes: a code to enter, wherever it stands (issue 11: codes left in clear far from 验证码)", () => {
  it.each([
    // An English chat relay: the code is "the number to enter", not next to any code word.
    ["Boss got the MIIT text for the filing. The number to enter is 316592 (valid one day), can someone do it?", "316592"],
    ["MIIT texted the owner: go to beian.miit.gov.cn and enter 752108 with the phone number before 18:00.", "752108"],
    ["Forwarding from the owner: type in 48291375 on the MIIT site to confirm the cancellation.", "48291375"],
    ["Key in ５５３１ on beian.miit.gov.cn to finish.", "５５３１"],
    // A cancellation confirmation SMS: "输入 752108 及手机号", the word 验证码 nowhere near.
    ["【工信部】您申请注销网站备案，请在beian.miit.gov.cn输入 752108 及手机号完成确认，24小时内有效。", "752108"],
    ["【工信部】取消接入确认：请登录备案系统输入７５２１０８及证件号码后六位。", "７５２１０８"],
    ["12381：您的注销申请需确认，请填写 3310 完成。", "3310"],
    ["【工信部】请在备案系统中输入以下号码完成核验：83601422", "83601422"],
  ])("masks the code in %s", (text, code) => {
    const result = classifyMessage(text);
    expect(result.maskedText).not.toContain(code);
    expect(result.containsVerificationCode).toBe(true);
    expect(JSON.stringify(result)).not.toContain(code);
  });

  it("keeps ICP numbers, dates (also 20261201), times, phone, sender and labelled order numbers in such a text", () => {
    const kept = ["京ICP备2026012345号-2", "粤B2-20090059", "20261201", "2026-12-01", "18:00", "13800138000", "10655113", "106598051001", "12381"];
    const text = `【工信部】请在beian.miit.gov.cn输入 752108 完成注销确认。${kept.join("，")}。订单号：88213456。`;
    const masked = maskVerificationCodes(text);
    expect(masked).not.toContain("752108");
    for (const k of kept) expect(masked).toContain(k);
    expect(masked).toContain("订单号：88213456");
    expect(extractIcpNumbers(masked)).toEqual(["京ICP备2026012345号-2", "粤B2-20090059"]);
  });

  it("masks a 4–8 digit code to enter in either language, whatever its digits", () => {
    const wordings = [
      (c: string) => `The number to enter is ${c} (valid one day).`,
      (c: string) => `请在beian.miit.gov.cn输入 ${c} 及手机号完成注销确认。`,
      (c: string) => `MIIT says: enter ${c} at beian.miit.gov.cn to confirm the cancellation.`,
    ];
    assertMasksEveryCode(wordings);
  });

  /** `code` is gone from the masked text and from everything the classifier answers; `kept` is still there. */
  function expectMaskedKeeping(text: string, code: string, kept: string): void {
    const masked = maskVerificationCodes(text);
    expect(masked, text).not.toContain(code);
    expect(masked, text).toContain(kept);
    expect(JSON.stringify(classifyMessage(text)), text).not.toContain(code);
  }

  it("masks the other one-time secrets a forwarded SMS carries: a parcel's pickup code, a password", () => {
    const cases = [
      ["【顺丰速运】您的快件SF1402345678901已由前台代收，取件码 4417，如有疑问请联系快递员。", "4417", "SF1402345678901"],
      ["【丰巢】凭提货码 58213906 到 3 号柜取件。", "58213906", "3 号柜"],
      ["Your parcel is in locker B-12, pickup code 7730, until Friday.", "7730", "B-12"],
      ["您的初始密码为 639045，请登录后修改。", "639045", "请登录后修改"],
      ["Temporary password: 918273 (change it after you sign in)", "918273", "change it"],
    ] as const;
    for (const [text, code, kept] of cases) expectMaskedKeeping(text, code, kept);
  });

  it("masks a code written behind a letter prefix, keeping the prefix, and leaves a B2 licence alone", () => {
    const cases = [
      ["G-482913 is your Google verification code.", "482913", "G-"],
      ["Your verification code: WX-5531. Do not share it.", "5531", "WX-"],
      ["【某平台】验证码 AB-907311，5分钟内有效。", "907311", "AB-"],
    ] as const;
    for (const [text, code, prefix] of cases) expectMaskedKeeping(text, code, `${prefix}******`);
    const licence = "经营许可证 粤B2-20090059，验证码 483920";
    expect(maskVerificationCodes(licence)).toBe("经营许可证 粤B2-20090059，验证码 ******");
  });

  it("masks a code that is not all digits right after the word that names it, and nothing else there", () => {
    const cases = [
      ["【工信部】您正在申请携号转网资格查询，授权码：T8K3Q2，有效期24小时。", "T8K3Q2", "有效期24小时"],
      ["Your domain transfer authorization code (EPP) for shop-77.com is Zx7#pQ2m-9. Keep it secret.", "Zx7#pQ2m-9", "shop-77.com"],
      ["【驿站】您的包裹已到站，取件码 6-2-4018，请于今日20:00前取件。", "6-2-4018", "20:00"],
    ] as const;
    for (const [text, code, kept] of cases) expectMaskedKeeping(text, code, kept);
    // Dates, licences, domains and an already masked code stay as they are.
    expect(maskVerificationCodes("验证码 483920，请于2026-03-15前完成，许可证 粤B2-20090059。")).toBe("验证码 ******，请于2026-03-15前完成，许可证 粤B2-20090059。");
    expect(maskVerificationCodes("Your verification code for site123.cn is valid for 24 hours.")).toBe("Your verification code for site123.cn is valid for 24 hours.");
  });

  it("masks the code a relay calls the number in the text of the SMS check", () => {
    const text = "MIIT text came in on Wang's phone — she needs to do the beian SMS check today. The number in the text is 730264, with her ID's last six.";
    expect(maskVerificationCodes(text)).not.toContain("730264");
  });
});

describe("codes written in groups", () => {
  it("masks every group of a code split 4+2, 2+4, 3+3, 4+4 or digit by digit, with no group left in clear", () => {
    const cases = [
      ["[MIIT] Website filing in progress. Check code: 5307 64. Valid 24 hours.", "5307 64"],
      ["【工信部ICP备案】核验码 61 9042，24小时内有效。", "61 9042"],
      ["the SMS verification code is 208 331, enter it with the ID's last six", "208 331"],
      ["Your one-time code is 4471 0926.", "4471 0926"],
      ["验证码 7 3 0 2，请勿泄露", "7 3 0 2"],
    ] as const;
    for (const [text, code] of cases) {
      const masked = maskVerificationCodes(text);
      for (const group of code.split(" ")) expect(masked, text).not.toMatch(new RegExp(`(?<![0-9])${group}(?![0-9])`));
      expect(masked).toContain("******");
    }
  });

  it("keeps a duration after a code: only the code is masked", () => {
    expect(maskVerificationCodes("核验码 5307，24小时内有效")).toBe("核验码 ******，24小时内有效");
  });

  it("counts a code in clear when one of its groups stands beside the mask, or when it survives folded to ASCII", () => {
    expect(codeInClear("[MIIT] Check code: ****** 64. Valid 24 hours.", "5307 64")).toBe(true);
    expect(codeInClear("核验码 730215", "７３０２１５")).toBe(true);
    expect(codeInClear("code 28 41 93", "28 41 93")).toBe(true);
    expect(codeInClear("code 284193", "28 41 93")).toBe(true);
    expect(codeInClear("[MIIT] Check code: ******. Valid 24 hours.", "5307 64")).toBe(false);
    const report = evaluateCorpus([
      { id: "X-1", text: "[MIIT] Check code: 5307 64. Valid 24 hours.", kind: "verification_code", language: "en", split: "heldout", source: "test", codes: ["5307 64"] },
    ]);
    expect(report.codeLeaks).toEqual([]);
  });
});

describe("codes a relay names loosely (Y1-: a bare 码, 确认短信, 六位数, 短信里的数字, the six digits)", () => {
  itMasksCodes([
    ["工信部会发一条带码的短信，老板那边收到的是 604217，你去网站上确认下", "604217"],
    ["客户说收到了注销的确认短信，码：８８０３１６，让我们代为操作", "８８０３１６"],
    ["运营转述：取消接入确认短信（码 57 20 19）已到，请今天处理", "57 20 19"],
    ["那条12381的短信里，六位数是 902254，你帮我填一下", "902254"],
    ["短信里的数字是 33018, 我已经填了", "33018"],
    ["我刚填了 471106，系统还没反应", "471106"],
    ["The owner forwarded the MIIT text; the six-digit number in it is 284413, please finish the check today.", "284413"],
    ["Ticket #2201: client got the cancellation SMS, digits 590 331, needs us to complete it on the MIIT portal.", "590 331"],
  ], { seenAsCode: true });

  it("masks a 4–8 digit code after a bare 码 or a loose name, whatever its digits", () => {
    const wordings = [
      (c: string) => `注销确认短信（码 ${c}）已收到，请登录备案系统确认。`,
      (c: string) => `工信部发了条带码的短信，我这边看到是 ${c}，在网站上确认一下就行`,
      (c: string) => `那条短信里面的六位数是 ${c} 对吧？`,
      (c: string) => `The six-digit number in the MIIT text is ${c}.`,
    ];
    assertMasksEveryCode(wordings);
  });

  it("leaves the numbers of a phone (号码), a QR or bar code, an order, an ICP number, a year and a domain alone", () => {
    const texts = [
      "请确认联系人手机号码 13800138000 与备案信息一致，订单号：88213456。",
      "扫码 2026 活动：二维码 5566 已失效，请确认后重试。",
      "请确认 8888.com 的备案号 京ICP备2026012345号-2 已显示在页脚，商品条码 77881234。",
      "确认收货：¥1999，2026年12月01日。",
      "Please confirm the 6-digit ticket ID: 443210 and your order no. 55667788 by 2026-12-05.",
    ];
    for (const text of texts) {
      const kept = text.match(/[0-9]{4,}/g) ?? [];
      const masked = maskVerificationCodes(text);
      for (const k of kept) expect(masked, text).toContain(k);
    }
  });
});

describe("a code of letters and digits a few words after 'enter this code' (A3-)", () => {
  itMasksCodes([
    ["To finish signing up, enter this code on the registration page: K7Q2M9. It expires in 10 minutes.", "K7Q2M9"],
    ["Use the following code in the app: 5Y8R2Q", "5Y8R2Q"],
  ]);

  it("leaves a form or page name alone when no colon introduces a code", () => {
    const text = "Please enter the code on page 2 of form B-12 by 2026-05-01.";
    expect(maskVerificationCodes(text)).toBe(text);
  });
});

describe("codes a relay gives as 'the MIIT text … it's …', and codes written full-width (B4-)", () => {
  itMasksCodes([
    ["boss forwarded the MIIT text, it's 604218, needs to go in today", "604218"],
    ["【工信部】您的注销网站备案申请已提交，请凭短信核验码Ｋ７Ｑ２９Ｍ于２４小时内完成核验。", "Ｋ７Ｑ２９Ｍ"],
  ]);
});

describe("codes a relay names in the plural, each given to whom it went (C5-)", () => {
  itMasksCodes([
    ["MIIT sent codes to both phones: the entity leader got 318407, the website leader got 662091.", "318407"],
    ["MIIT sent codes to both phones: the entity leader got 318407, the website leader got 662091.", "662091"],
  ]);
});

describe("codes in dashed groups and after 2FA (D6-)", () => {
  itMasksCodes([
    ["MIIT text for the change filing came in: code 51-09-77, enter it within 24h", "51-09-77"],
    ["Use 7310-58 to verify your email address.", "7310-58"],
    ["who has the 2FA for the shared console? never mind, got it: 604 118", "604 118"],
  ]);

  it("keeps a year and month, a hotline and an area-code number as written", () => {
    const text = "Your verification code expires after 2026-12; call 400-820-8820 or 0571-88889999 if it does not arrive.";
    expect(maskVerificationCodes(text)).toBe(text);
  });
});

describe("a 106 service number written in groups of four (H0-)", () => {
  it("keeps every group of the number to text, and still masks a code beside it", () => {
    const text = "请网站负责人按格式发送短信至 1069 0101 2381 完成年审，状态填写“无变化”。";
    expect(maskVerificationCodes(text)).toBe(text);
    expect(maskVerificationCodes("您的验证码为 4839 21，请发送至 1069 0101 2381 确认")).toBe("您的验证码为 ******，请发送至 1069 0101 2381 确认");
  });
});

describe("a password of letters and digits, as a domain's transfer password (K3-)", () => {
  itMasksCodes([
    ["【新网】您申请的域名 hillside.com 转移密码为 Qa8#vT51，请妥善保管并在转入方填写。", "Qa8#vT51"],
    ["初始密码：Hs72kq，首次登录后请修改。", "Hs72kq"],
  ]);
});

describe("a ticket's or an order's id with a letter prefix (J2-)", () => {
  it("keeps the id as written, and still masks a code with a letter prefix", () => {
    expect(maskVerificationCodes("工单 #KS-90231 回复：您好，您的备案订单已退回。")).toBe("工单 #KS-90231 回复：您好，您的备案订单已退回。");
    expect(maskVerificationCodes("G-482913 is your verification code")).toBe("G-****** is your verification code");
  });
});

describe("the origin-bound line of a one-time code SMS, @host #code (L4-)", () => {
  itMasksCodes([
    ["Your Acme sign-in code is ready. Do not share it with anyone.\n\n@login.acme.example #90417", "90417"],
    ["【某平台】登录验证请勿泄露。@m.shop-demo.cn #A7K2Q9", "A7K2Q9"],
  ]);
  it("keeps a hashtag after a mention, which holds no digit", () => {
    const text = "Thanks @example.com #launchday for the help";
    expect(maskVerificationCodes(text)).toBe(text);
  });
});

describe("a registrar's transfer code named with its kind in brackets, given after a colon further on (P8-)", () => {
  itMasksCodes([
    ["Here is the authorization (EPP) code to move hillside.net to the registrar you picked last week: Qp4$x9Lm!2", "Qp4$x9Lm!2"],
    ["Your (EPP) code for the transfer of hillside.net away from us, as requested in your ticket: 7vT#kq2M", "7vT#kq2M"],
  ]);
  it("keeps a long sentence after a code word that gives no code after its colon", () => {
    const text = "The authorization code you asked about for the transfer of hillside.net is sent by e-mail: check your inbox.";
    expect(maskVerificationCodes(text)).toBe(text);
  });
});
