import { describe, expect, it } from "vitest";
import { isConfidentClassification } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the seventh blind batch (H4-…) missed, each fixed by a rule about the domain; the texts here are
 * our own, written after the fixes in other registers, providers, numbers and details, none a copy of an H4-
 * text (docs/classifier.md, "The H round"). Beside each family stand texts that must stay unknown.
 */
const { classify, kindOf, itReadsKinds, itStaysUnknown } = readAt("2025-06-01T00:00:00Z");

describe("H round: an event happens to the filing its sentence names first — another authority's filing is not an ICP event", () => {
  itReadsKinds([
    ["filing_approved", "公安联网备案我们上周已经办完了。ICP备案今天也审核通过了，备案号 粤ICP备2025044321号-1。"],
    ["filing_approved", "Our algorithm filing is still pending, but the ICP filing for lumen-ai.cn has been approved by the Shanghai Communications Administration."],
    ["provider_returned", "您的ICP备案申请初审未通过：网站负责人手机号与公安联网备案登记的不一致，请修改后重新提交。"],
  ]);

  itStaysUnknown([
    "您单位提交的公安联网备案（网站名称：青禾书屋）已被退回。退回原因：网站开办者信息与ICP备案主体不一致，请核对后重新提交。",
    "网安备案审核不通过，原因是ICP备案号填错了，请在全国互联网安全管理服务平台修改。",
    "Your PSB filing for qinghe-books.cn was returned: the ICP number you entered does not match the MIIT record.",
    "The Cyberspace Administration has approved the generative AI service filing of our chatbot; the ICP filing of the site is unchanged.",
    "Deep synthesis / recommendation algorithm filing approved — number 网信算备440305000000001号, please show it in the app's About page.",
    "Algorithm filing submitted to the CAC today, referencing our ICP number 京ICP备2023000111号-1.",
    "您的化妆品备案已通过审核，备案编号 粤G妆网备字2025012345，与ICP备案无关。",
    "Medical device filing approved by the Jiangsu drug administration; the ICP filing is handled separately.",
  ]);
});

describe("H round: a console table pasted as text reads as fields with their labels", () => {
  itReadsKinds([
    ["record_changed", "业务类型 | 网站 | 状态 | 变更内容\n变更网站 | lanting-tea.cn | 已完成 | 网站负责人手机号"],
    ["record_changed", "Order type | Domain | Status | Changed\nChange website | harbor-log.cn | Completed | site leader e-mail"],
    ["cancellation_verification", "注销主体 | 浙ICP备2016001234号 | 当前状态：待注销核验 | 请主体负责人尽快完成短信核验"],
    ["filing_submitted", "订单号 | 域名 | 当前状态\nBA20250601 | ziyun-art.com | 待接入商审核"],
    ["provider_synced", "Domain | ICP number | Status | Synced at\nnorthwind.cn | 沪ICP备2025007788号-1 | Filed | 2025-05-30 10:12"],
  ]);

  itStaysUnknown([
    "商品 | 数量 | 状态\n云服务器 ECS | 1 | 已完成",
    "Order type | Domain | Status\nDomain renewal | harbor-log.cn | Completed",
    "Invoice | Amount | Status\nINV-2025-118 | ¥1,200 | Completed",
    "订单类型 | 域名 | 状态\n新增网站 | lanting-tea.cn | 初审中 | 变更网站的模板请看附件？",
    "Ticket | Subject | Status\n#5512 | ICP filing question | Completed",
    // No ICP word at all: "Initial review: Rejected" with a domain is also a marketplace's or a job portal's line. Left
    // to a person (a provider's "Provider review:" label is ICP context, a bare "Initial review:" is not).
    "CT-77120 | dongpo-food.cn | Initial review: Rejected | Note: the site name contains a region word",
  ]);
});

describe("H round: a status value is a state, read at its label", () => {
  itReadsKinds([
    ["filing_submitted", "您好，qiaomu-design.cn 的备案订单已创建，当前状态：待初审。"],
    ["cancellation_verification", "注销网站申请 yunshan-old.com，订单状态：待注销核验，工信部短信已发出。"],
  ]);

  itStaysUnknown([
    "如果状态显示待初审超过三天，请联系客服？",
    "快递单号 SF1234567890，当前状态：待揽收。",
  ]);
});

describe("H round: a quoted or relayed notice is the news; the colleague's question about it is not the customer's", () => {
  itReadsKinds([
    ["provider_returned", "Got this from Tencent Cloud this morning, who handles it?\n\n> Your ICP filing order for pine-notes.cn did not pass the initial review: the site name is too generic."],
    ["filing_approved", "Marketing forwarded this: \"MIIT: your ICP filing has been approved, number 鲁ICP备2025013579号-1\". Could you check why the footer still shows the old text?"],
    ["filing_invalid", "王经理，腾讯云发了一封空壳网站的邮件，说 baili-shop.cn 没有接入他们的服务器，备案已失效。服务器是不是迁走了？"],
    ["cancellation_verification", "工信部发短信让老板确认注销 jiuli-old.cn 的备案，老板问是不是我们申请的，是的话我就去点确认了"],
    ["footer_notice", "Huawei Cloud compliance notice: the footer of kestrel.cn links the ICP number to an old URL; it must point to https://beian.miit.gov.cn. can web fix it this week?"],
  ]);

  itStaysUnknown([
    "Got this from a customer, what do we do?\n\n> How long does ICP filing approval take in Guangdong?",
    "Can you check why our ICP filing was rejected?",
    "Could someone check whether the ICP filing for pine-notes.cn has been approved?",
    "我们的备案是不是被注销了？工信部网站上查不到了",
    "See below, is this a scam?\n\n> Dear customer, pay 500 yuan to speed up your ICP filing today.",
  ]);
});

describe("H round: a pass in the provider's own review that goes on to the bureau is the provider's step", () => {
  it.each([
    ["submitted_to_authority", "Your filing for amber-lake.cn has been approved in Alibaba Cloud's preliminary review and submitted to the Zhejiang Communications Administration."],
    ["submitted_to_authority", "The application passed our pre-check and we already send it to Sichuan telecom bureau today."],
  ])("%s ← %s", (kind, text) => {
    expect(kindOf(text)).toBe(kind);
    expect(classify(text).kind).not.toBe("filing_approved");
  });

  it("an approval by the bureau stays an approval", () => {
    expect(kindOf("The ICP filing for amber-lake.cn has been approved by the Zhejiang Communications Administration, number 浙ICP备2025030303号-1.")).toBe("filing_approved");
  });
});

describe("H round: 'not the X' denies the thing itself", () => {
  itReadsKinds([
    ["rectification_notice", "Alibaba sent a filing information check for teahouse.cn: the leader's phone number is wrong. Not the empty-shell issue, just the phone. Fix it by 20 June."],
  ]);

  itStaysUnknown([
    "It's not the empty-shell problem, I think the domain just expired.",
    "我们网站不是空壳，服务器一直在阿里云。",
  ]);
});

describe("H round: English events read from their verbs and objects, base forms too", () => {
  itReadsKinds([
    ["filing_submitted", "Dear Ms. Wang, we has submit your site record application to Huawei Cloud this afternoon, the first audit take about one day."],
    ["submitted_to_authority", "Update: the bureau part started — Kingsoft sent it to the Beijing telecommunications administration on Monday."],
    ["record_changed", "Hi Tom, the change of your filing is complete, the new website leader is Ms. Li and the number is same."],
    ["record_changed", "modification filing done — the new server IP is in the record now."],
    ["provider_returned", "Hello, this is JD Cloud filing support. We checked your application and sent it back: the ID photo is blurry. Please upload again."],
    ["rectification_notice", "The provincial bureau did a check of the filing information and your record has some problems: the site leader's phone is not reachable. Please correct it before 30 June."],
    ["rectification_notice", "Baidu says our record content does not match the site — it's filed as a blog but we sell shoes now. Need to fix it by July 1."],
    ["footer_notice", "Tencent flagged that the footer links the ICP number to the wrong page; it has to link to https://beian.miit.gov.cn by Friday."],
  ]);

  itStaysUnknown([
    "We have submit the expense report to finance today.",
    "We reviewed your refund request and have returned the payment to your card.",
    "The change of the meeting room is finish, we use room 3 now.",
    "Our invoice does not match the order amount, please check.",
    "Please send the contract to the Guangdong telecom bureau sales office.",
    "The footer links the privacy policy to the old page, can someone fix it?",
  ]);
});

describe("H round: an MIIT code SMS in English", () => {
  it.each([
    "[Zhejiang Communications Administration] Your check code is 552901. You are doing the short message check of the website record; please log in to https://beian.miit.gov.cn within 24 hours.",
    "[MIIT] Verification code 730216 for your ICP filing. Log in to https://beian.miit.gov.cn to finish the SMS verification.",
  ])("verification_code, code masked: %s", (text) => {
    const c = classify(text);
    expect(c.kind).toBe("verification_code");
    expect(c.maskedText).not.toMatch(/\d{6}/);
  });

  it("a log-in code for a provider console stays unknown", () => {
    expect(kindOf("[Alibaba Cloud] Your login verification code is 481516. You are logging in to the console to manage your ICP filing.")).toBe("unknown");
  });
});

describe("H round: nothing here is confidently wrong", () => {
  it("confident answers are right on the family texts", () => {
    const texts: [string, string][] = [
      ["submitted_to_authority", "Your filing for amber-lake.cn has been approved in Alibaba Cloud's preliminary review and submitted to the Zhejiang Communications Administration."],
      ["unknown", "您单位提交的公安联网备案（网站名称：青禾书屋）已被退回。退回原因：网站开办者信息与ICP备案主体不一致，请核对后重新提交。"],
    ];
    for (const [kind, text] of texts) {
      const c = classify(text);
      if (isConfidentClassification(c)) expect(c.kind).toBe(kind);
    }
  });
});

/**
 * Our first set of H-style texts (40: every kind once in each language, 12 unknown), written after the H-round rules
 * above and measured once before anything was changed for it: 33/40 at first sight (zh 18/20, en 15/20; six
 * abstentions, no false kind, and one confidently wrong answer — a "compliance check failed" whose problem is the
 * missing footer number, read as the check). After a pass (the bare name of a check is generic; "I already submit
 * the new filing order", "treated as invalid", 从接入信息里删掉, "filing information is not correct", 变更备案办完了,
 * "record change is success") 40/40.
 */
describe("H round: our first set after the rules, and its traps", () => {
  itReadsKinds([
    ["filing_submitted", "天翼云备案助手：您为 meihe-garden.cn 提交的首次备案订单我们已收到，资料正在初审，预计1个工作日内给出结果。"],
    ["filing_submitted", "Hi Anna, I already submit the new filing order for willowbank.cn in the CTYun console this morning, now it wait the provider review."],
    ["provider_returned", "订单编号 | 域名 | 审核结果 | 备注\nWX-0412 | xiyue-art.cn | 初审驳回 | 网站名称不能使用“中国”字样"],
    ["provider_returned", "West.cn filing team here: your application for redpine.cn did not pass our first review. The ID photo is reflective, please retake it and submit again."],
    ["submitted_to_authority", "您好，shanlan-tech.com 的备案初审已通过，我们已于今天上午提交至四川省通信管理局，请留意12381的短信。"],
    ["submitted_to_authority", "FYI the application of coastline.cn is pass Huawei review, they forward it to the Fujian Communications Administration yesterday."],
    ["provider_synced", "备案号下来后阿里云那边也同步好了，控制台状态已经变成已备案，jinghu-bio.com 可以开放访问了。"],
    ["provider_synced", "Domain | Filing status | Access\nfernhill.cn | Filed | Normal\n(last sync from MIIT: 2025-05-28)"],
    ["verification_code", "【湖北省通信管理局】您的网站备案短信核验码为 583920，请于24小时内登录 beian.miit.gov.cn 完成核验，逾期备案申请将被退回。"],
    ["verification_code", "[Sichuan Communications Administration] Check code 274615 for your website filing. Please finish the short message check at beian.miit.gov.cn within 24 hours."],
    ["authority_rejected", "坏消息，江苏管局把 lianyun-edu.cn 的备案驳回了，说网站内容涉及教育培训需要前置审批。"],
    ["authority_rejected", "The Guangdong CA rejected our filing for sunpeak.cn — they say the entity address and the business licence address are different."],
    ["filing_approved", "【工信部】您的ICP备案申请已审核通过，备案号：津ICP备2025006677号-1，请在网站首页底部悬挂备案号。"],
    ["filing_approved", "Finally! MIIT approved the filing of quietbay.cn, the number is 浙ICP备2025019900号-1."],
    ["filing_invalid", "腾讯云通知：qingcha-shop.com 的备案已被判定为空壳网站，域名未解析至腾讯云中国内地服务器，请尽快处理。"],
    ["filing_invalid", "JD Cloud emailed: the filing of oakridge.cn is now treated as invalid since the domain resolves to a server in Tokyo."],
    ["icp_number_cancelled", "查了一下，hanshan-old.cn 的备案号 苏ICP备2016003344号-2 已经被注销了，工信部查询不到了。"],
    ["icp_number_cancelled", "MIIT has cancelled the ICP number of goldleaf.cn (粤ICP备2015001234号-3) because the entity was deregistered."],
    ["access_cancelled", "华为云已把 yunque-old.com 从他们的接入信息里删掉了，备案号还在，只是没有接入商了。"],
    ["access_cancelled", "Alibaba Cloud removed the access record for birchwood.cn last night; the ICP number itself is still valid."],
    ["rectification_notice", "待处理 | 备案信息核查 | 域名 mulan-tea.cn | 问题：主体负责人证件已过期 | 截止 2025/06/20"],
    ["rectification_notice", "Dear customer, the provincial bureau found your filing information is not correct: the website leader phone is empty number. Please update before 2025-06-25, otherwise the access will be cancel."],
    ["footer_notice", "天翼云提醒：liangxi-law.cn 首页底部没有展示备案号 鄂ICP备2025002211号-1，请在6月15日前补上并链接到工信部网站。"],
    ["footer_notice", "Compliance check failed for harborview.cn: the ICP number is missing from the bottom of the homepage. Please add it with a link to beian.miit.gov.cn by June 20."],
    ["cancellation_verification", "【工信部】您正在申请注销网站 xiaolou-old.cn（京ICP备2014005566号-1），核验码 618204，请确认是否注销，如非本人操作请忽略。"],
    ["cancellation_verification", "We asked Tencent to cancel the old site filing; now MIIT sent a SMS to the boss asking to confirm the deregistration of tiderock.cn. Boss please confirm today."],
    ["record_changed", "变更备案已经办完了，网站负责人换成了陈工，新的手机号也更新到备案里了，备案号不变。"],
    ["record_changed", "Your record change is success. The new email of the entity leader is in the MIIT record now, the ICP number not change."],
  ]);

  itStaysUnknown([
    "您好，您提交的公安联网备案已审核通过，公网安备编号：33010602088888号。请在网站底部ICP备案号旁展示。",
    "Your generative AI service filing with the Cyberspace Administration is under review. The ICP number of the site was checked and is fine.",
    "商品 | 规格 | 状态\nSSL证书 | 单域名 | 已签发",
    "Got this from a friend, is it real?\n\n> ICP filing in 3 days guaranteed, only 999 yuan, contact us now.",
    "请问备案变更一般要多久？我们想把网站负责人换成新同事。",
    "Can you tell me what the footer ICP number should link to? Our designer is asking.",
    "快递通知：您的包裹已到达驿站，取件码 5521，请尽快领取。",
    "The change of our office address is finish, please update the invoice title.",
    "等保备案证明已经下来了，下周拿给客户看。",
    "We submit the trademark application to CNIPA today.",
    "我们的网站不是空壳，就是访问量少，阿里云这个通知是不是误判了？",
    "Algorithm filing for the recommendation feed was rejected by the CAC: the self-assessment report is missing. Our ICP filing is not affected.",
  ]);

  it("a missing footer number named by a compliance check is the footer notice, confidently or not at all", () => {
    const c = classify("Compliance check failed for harborview.cn: the ICP number is missing from the bottom of the homepage. Please add it with a link to beian.miit.gov.cn by June 20.");
    expect(c.kind).toBe("footer_notice");
  });
});

describe("H round: traps in the words of the pass on our first set", () => {
  itStaysUnknown([
    "The ICP filing service coupon was treated as invalid at checkout.",
    "Spot check of the ICP filing team's laptops is done, all fine.",
    "The ICP filing team did a compliance check of the office Wi-Fi, passed.",
    "我们把ICP备案的测试账号从监控列表里删掉了。",
    "The ICP filing invoice information is not correct, please reissue.",
    "ICP备案代办合同已经办完了。",
    "Your ICP console password change is success.",
    "I already submit the new ICP filing service invoice order in the finance system.",
  ]);
});

/**
 * Our second set (40, 12 unknown), written after the pass on the first and measured once: 35/40 at first sight (zh
 * 18/20, en 17/20; four abstentions and one wrong kind, no false kind, 17/17 confident right). The wrong kind: a
 * cancellation application "已经提交了，工信部会…发短信核验" read as a submission (a cue read at its start now takes a
 * modal only from its head). The abstentions: a table's "Stage: Provider first review" (a stage or progress field
 * is a status), "From 12381: …" (a relay), "filing info check" and 被北京市通信管理局退回 (a province before the
 * authority). After the pass 39/40; left: the last text, whose "要改名重新走流程" reads as a guide's 流程 (letting
 * 走流程 through gave "ICP备案需要走流程，一般管局审核通过要20天" a confident approval, so the guide word stays).
 */
describe("H round: our second set, and its traps", () => {
  itReadsKinds([
    ["filing_submitted", "亲，您的备案资料我们这边已经收到啦，目前排在初审队列里，今天下班前会有审核员联系网站负责人哦～ —— 火山引擎备案客服"],
    ["filing_submitted", "Order | Domain | Stage\nICP-55012 | plumgrove.cn | Provider first review"],
    ["provider_returned", "【西部数码】您的备案订单 BA88120（域名 fengqi-wood.cn）审核结果：退回修改。原因：网站负责人照片背景不是白色。"],
    ["provider_returned", "Our reviewer has sent back the ICP order for tallpine.cn: the website name 'Best Shop' is not allowed. Please change the name and submit again."],
    ["submitted_to_authority", "订单号 | 域名 | 进度\nTY-2025-4411 | huaxi-med.cn | 已提交管局，等待管局审核"],
    ["submitted_to_authority", "Hi team, UCloud finished the first check and pushed our filing to the Henan Communications Administration this morning. Next is the SMS from 12381."],
    ["provider_synced", "刚看了下控制台，mingyue-tea.cn 的备案信息已经同步过来了，拦截页也撤了。"],
    ["provider_synced", "Volcengine says the MIIT result for brightfield.cn is synced now, the site is open without the block page."],
    ["verification_code", "转老板：【广东省通信管理局】验证码 739104，您正在进行网站备案短信核验，请于24小时内在 beian.miit.gov.cn 提交。"],
    ["verification_code", "From 12381: \"Your ICP filing verification code is 640271, valid for 24 hours, please complete at beian.miit.gov.cn\" — who has the admin login?"],
    ["authority_rejected", "Bad news: the Zhejiang Communications Administration returned our filing for glenmoor.cn. Reason: the site name looks like a company name."],
    ["filing_approved", "恭喜！qinglan-school.cn 的备案已经通过管局审核，下号了：沪ICP备2025021212号-1。"],
    ["filing_approved", "Dear customer, your ICP filing for sparrowhill.cn is approved by the Jiangsu Communications Administration. Record number: 苏ICP备2025031515号-1."],
    ["filing_invalid", "百度智能云提醒：经检测 yanyu-blog.cn 未指向百度智能云中国内地服务器，属于空壳网站，备案可能被注销。"],
    ["filing_invalid", "Alibaba Cloud: the filing of quillpoint.cn is empty-shell filing because no ECS in mainland China. Please migrate back or the access will be cancelled."],
    ["icp_number_cancelled", "【工信部】您的网站备案（闽ICP备2017012121号-1）已被注销，如需继续开办网站请重新备案。"],
    ["icp_number_cancelled", "Checked the MIIT query: the ICP number of oldharbor.cn was cancelled on 3 May, the record is gone."],
    ["access_cancelled", "腾讯云：因您的服务器已到期释放，我们已取消 qiushi-old.cn 的备案接入，备案号仍然有效。"],
    ["access_cancelled", "Heads-up: JD Cloud cancelled the access for redfern.cn after we closed the server; the ICP number is still valid."],
    ["rectification_notice", "【浙江省通信管理局】经核查，您单位备案信息中的网站负责人联系电话无法接通，请于2025年6月30日前登录备案系统更正。"],
    ["rectification_notice", "Huawei Cloud: during the filing info check we found the site leader's ID number is wrong. Please correct it in the console by June 28, otherwise access may be cancelled."],
    ["footer_notice", "检查结果 | 域名 | 说明\n未通过 | yunhe-shop.cn | 首页底部未悬挂备案号"],
    ["footer_notice", "Please put the ICP number 粤ICP备2025017777号-1 at the bottom of stonebridge.cn homepage and link it to beian.miit.gov.cn before go-live."],
    ["cancellation_verification", "注销网站的申请已经提交了，工信部会给网站负责人发短信核验，收到后请在24小时内完成，不然注销会失败。"],
    ["cancellation_verification", "MIIT texted the boss: \"You are cancelling the website filing of 京ICP备2013009999号-2, code 552288\". He forwarded it, I will confirm it tonight."],
    ["record_changed", "【工信部】您的备案信息已变更成功，变更内容：网站负责人手机号码。备案号不变。"],
    ["record_changed", "Done — the change filing went through, the new IP of whitecliff.cn is in the record now."],
  ]);

  itStaysUnknown([
    "【杭州公安】您单位网站的公安联网备案资料不完整：缺少ICP备案号截图，请补充后重新提交。",
    "Your recommendation algorithm filing was returned by the Cyberspace Administration: the ICP filing number on the form does not match the app. Please correct and resubmit.",
    "订单号 | 商品 | 状态\nDD-1201 | 云解析DNS企业版 | 已完成",
    "Got this from Tencent, what do we do?\n\n> Dear customer, your cloud server will expire in 7 days. Please renew to avoid service interruption.",
    "备案初审一般要几天啊？我们下周就要上线。",
    "Could someone explain what an empty-shell website is? Our new intern is asking.",
    "市场部的宣传册改完了，备案号那一页也更新了，明天去印。",
    "The ICP filing training for the new sales team was approved by HR, starts Monday.",
    "我们网站的ICP备案不是阿里云做的，是之前的代理公司做的，账号也不在我们这儿。",
    "Reminder: our ICP filing agency contract is done, the invoice will be sent next week.",
    "您的医疗器械网络销售备案已通过，备案凭证编号：浙药监械网备2025001号，ICP备案信息无需变更。",
    "Not an ICP thing: the PSB filing of wavecrest.cn was approved today, number 粤公网安备44030502012345号.",
    "ICP备案需要走流程，一般管局审核通过要20天。",
    "Task | Stage\nhire a designer | first review",
    "From MIIT: you can check your filing status at beian.miit.gov.cn. Who knows the password?",
    "注销网站的申请如果提交了，工信部会发短信核验吗？",
    "申请注销网站前，要先确认是否会影响业务，工信部会给负责人发短信核验。",
    "Before you apply to cancel the website filing, check the SMS phone: MIIT will send an SMS verification to the site leader.",
  ]);

  // Left unknown until the D round, when 重新走流程 (redo the process) stopped reading as a guide's 流程.
  it("a rejection whose last clause says the process must be redone", () => {
    expect(kindOf("备案被北京市通信管理局退回了，理由是网站名称和主办单位业务不相关，要改名重新走流程。")).toBe("authority_rejected");
  });
});
