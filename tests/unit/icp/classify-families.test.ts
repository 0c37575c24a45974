/**
 * The families of mistakes the blind batches (tests/fixtures/classifier/blind.json and blind2.json)
 * showed, each fixed by a rule about the domain (docs/classifier.md, "What the blind batch taught",
 * "What the second blind batch taught"). The texts here are new wordings of each family, not the
 * batches' texts: they check the rule, not the entry.
 */
import { describe } from "vitest";
import { readAt, type Family } from "./families";

const { itReadsKinds } = readAt();

const FAMILIES: Family[] = [
  {
    family: "the reviewer decides: passing a provider's review and moving on is a submission to the authority",
    cases: [
      ["submitted_to_authority", "【华为云】您的备案申请已通过华为云初审，现已提交至浙江省通信管理局审核，请留意工信部短信。"],
      ["submitted_to_authority", "【西部数码】您的备案已通过西部数码审核并已报送至四川省通信管理局。"],
      ["submitted_to_authority", "Volcano Engine: your filing passed our review and has been forwarded to the Communications Administration."],
      ["submitted_to_authority", "Quick update: Tencent approved our part and the filing is now waiting with the bureau."],
      ["filing_approved", "【阿里云】您的备案已通过浙江省通信管理局审核，备案号浙ICP备2026012345号-1。"],
      ["filing_approved", "Heads up: the MIIT SMS came in, our filing for abc-demo.cn passed."],
    ],
  },
  {
    family: "the filing-subject check: access, not the number; another register, not the ICP filing",
    cases: [
      ["access_cancelled", "Alibaba Cloud: access for 浙ICP备2020012345号-2 has been removed. The ICP filing number itself is still valid."],
      ["access_cancelled", "Alibaba Cloud: access for 浙ICP备2020012345号-2 was cancelled; the ICP number has not been cancelled."],
      ["access_cancelled", "【阿里云】阿里云已于2026年10月3日对浙ICP备2020012345号-2执行取消接入，备案号未被注销。"],
      ["access_cancelled", "JD Cloud dropped us as access provider for old-shop.cn last night."],
      ["icp_number_cancelled", "【工信部】您的备案号浙ICP备2020012345号已被注销。"],
      ["unknown", "【交管12123】您的非机动车备案信息已更新。"],
      ["unknown", "【腾讯云】您的域名实名认证已通过审核，现在可以提交ICP备案。"],
      ["unknown", "【公安备案】您的公安联网备案已审核通过，请在网站底部悬挂公安备案号。"],
      ["unknown", "Your PSB filing was approved. Show the PSB number beside the ICP number in the footer."],
    ],
  },
  {
    family: "English relays in the active voice: who acted decides the kind",
    cases: [
      ["provider_returned", "Tencent Cloud returned our filing for demo-c.cn — the ID photo was blurry. Need to re-upload."],
      ["authority_rejected", "Bad news — the bureau turned down our filing for demo-e.cn, site name too vague."],
      ["filing_approved", "Great, MIIT approved the filing for demo-f.cn, we got 沪ICP备2026022334号."],
      ["icp_number_cancelled", "Heads up: MIIT cancelled our ICP number 京ICP备2018012345号 yesterday, the site has to go offline."],
      ["access_cancelled", "Tencent Cloud has withdrawn its access for demo-i.cn; the filing number remains valid."],
      ["submitted_to_authority", "Baidu AI Cloud: your filing has been submitted to the Beijing Communications Administration for review."],
      ["submitted_to_authority", "The filing is with the Guangdong bureau now, Tencent sent it over yesterday."],
      ["provider_returned", "Our filing bounced at Tencent's first review, they want a clearer photo of the business licence."],
      ["filing_approved", "Congrats, demo-q.cn got its ICP number today: 京ICP备2026099887号-1."],
      ["cancellation_verification", "MIIT: you have requested cancellation of website filing 京ICP备2020011223号-2. Enter the SMS code within 24 hours to confirm."],
      ["unknown", "教你如何快速拿到备案号，ICP备案全流程指南。"],
    ],
  },
  {
    family: "a code in an MIIT message about a cancellation confirms the cancellation",
    cases: [
      ["cancellation_verification", "【工信部】您正在注销网站备案，验证码 551203，5分钟内有效。"],
      ["cancellation_verification", "MIIT: code 730119 confirms the cancellation of your ICP filing. Do not share it."],
      // 取消接入 is the third of MIIT's cancellations, confirmed by SMS like the other two.
      ["cancellation_verification", "【工信部】您的取消接入申请需要短信核验，验证码 482913。"],
      ["cancellation_verification", "【工信部ICP备案】您的主体注销申请已受理，请于48小时内登录beian.miit.gov.cn完成短信核验。"],
      ["verification_code", "【工信部】您的ICP备案短信核验码为 118273，请登录beian.miit.gov.cn完成核验。"],
      ["verification_code", "[MIIT] ICP filing SMS check code: 640022. Log in to beian.miit.gov.cn to enter it."],
    ],
  },
  {
    family: "a change filing is a submission until it is approved or in effect",
    cases: [
      ["filing_submitted", "【阿里云】您的变更备案申请已成功提交，请等待初审。"],
      ["filing_submitted", "Huawei Cloud: your change filing request was submitted successfully and is now in initial review."],
      // MIIT's operation names (变更网站, 新增接入, 注销主体…) are ICP context even without the word 备案.
      ["filing_submitted", "【腾讯云】您的变更网站申请已提交，腾讯云将在1个工作日内完成初审。"],
      // What was submitted must be the filing.
      ["unknown", "Tencent Cloud: your support ticket about ICP filing has been received. An engineer will reply within 24 hours."],
      ["record_changed", "【阿里云】您的变更备案已通过管局审核，新的备案信息已生效。"],
      ["record_changed", "【工信部】您的备案主体京ICP备2020011122号的主体负责人信息已于2026年10月8日更新。"],
    ],
  },
  {
    family: "advice, conditions and marketing that mention an event are not the event",
    cases: [
      ["unknown", "ICP filing guide: after your filing is approved, display the ICP number at the bottom of your homepage."],
      ["unknown", "Join our free webinar: how to get your ICP filing approved in 10 days."],
      ["unknown", "备案成功后，请记得在网站底部悬挂备案号。"],
      // Addressed to nobody: a regulation or a public consultation; someone else's filing.
      ["unknown", "New regulation: from 2027, ICP numbers not displayed in the footer may be cancelled by the MIIT."],
      ["unknown", "【工信部】关于开展2026年互联网信息服务备案专项核查的通知（公开稿）已发布，欢迎社会各界提出意见。"],
      ["unknown", "The ICP filing for our competitor's site was cancelled last week, just saw it in the news."],
      // A time clause in the past reports what happened: the notice stands.
      ["footer_notice", "When we checked your site on 2026-11-02, we found no ICP number in the footer. Please display it by 2026-11-20."],
      ["footer_notice", "在核查时，发现您的网站未悬挂备案号，请尽快处理。"],
    ],
  },
  {
    family: "the reviewer's word with a colon, the authority in an English relay, problems found in the first review",
    cases: [
      ["authority_rejected", "【阿里云】您的备案订单管局审核结果为：不通过。原因：网站名称不规范。"],
      ["authority_rejected", "The provincial 通信管理局 returned our filing for kk-demo.cn: the site name is not allowed."],
      ["provider_returned", "【腾讯云】您的备案初审发现问题：主办单位证件照片不清晰，请修改后重新提交。"],
      ["rectification_notice", "【阿里云】您的备案信息存在错误项：网站负责人证件号码有误，请于2026年12月20日前修改。"],
    ],
  },
  {
    family: "dates and markup between the words; full-width digits",
    cases: [
      ["filing_submitted", "<p>您的备案申请已于２０２６年１１月２０日 １０:１２提交，当前进入阿里云初审环节。</p>"],
      ["submitted_to_authority", "<div>您的备案申请已于2026年11月02日提交至广西壮族自治区通信管理局。</div>"],
    ],
  },
  {
    family: "a relay ending on a request to a colleague is not a question; a customer's how/why question is",
    cases: [
      ["verification_code", "Got the MIIT SMS for shop-x.cn, the code is 493021. Can someone put it in before noon?"],
      ["unknown", "Hi, I received an SMS saying my ICP number was cancelled. How can I restore it?"],
      ["unknown", "您好，请问我的备案号被注销了怎么恢复？"],
      ["unknown", "Why was my ICP filing rejected? We never got an explanation."],
    ],
  },
  {
    family: "second blind batch: other bodies, domain checks and general knowledge decide nothing",
    cases: [
      ["unknown", "上海市药品监督管理局：贵单位提交的进口普通化妆品备案资料已通过技术核查。"],
      ["unknown", "【阿里云】您的域名 demo-g.cn 尚未完成实名认证，完成后方可提交网站备案。"],
      ["unknown", "ICP备案小贴士：网站开通后请在底部悬挂备案号，长期无法访问的网站会被认定为空壳网站。"],
      ["unknown", "备案百科：接入商处无法访问的网站即为空壳网站，需及时整改。"],
      // The ICP authority signing with a colon is the authority.
      ["authority_rejected", "广东省通信管理局：您提交的ICP备案申请经审核不予通过，原因：网站名称不规范。"],
    ],
  },
  {
    family: "second blind batch: a code message is the code; a change filing is a change once the record changed",
    cases: [
      ["verification_code", "【工信部】您的ICP备案已提交至管局，短信核验码 583021，请于24小时内登录beian.miit.gov.cn完成核验。"],
      ["submitted_to_authority", "【阿里云】您的备案已提交至管局，工信部将发送短信核验，请留意。"],
      ["submitted_to_authority", "【阿里云】您的变更备案申请已通过阿里云初审，已提交至浙江省通信管理局。"],
      ["record_changed", "【工信部】您的变更备案申请已审核通过，备案号京ICP备2020011122号-1不变。"],
      ["record_changed", "【腾讯云】您的变更备案已审核通过，网站负责人信息已更新。"],
    ],
  },
  {
    family: "second blind batch: more spellings of each event",
    cases: [
      ["provider_synced", "Huawei Cloud: sync finished, your approved filing is now in our access system."],
      ["provider_synced", "【京东云】您的备案信息已同步完成，京东云已解除对 demo-h.cn 的访问拦截。"],
      ["access_cancelled", "【工信部】您的网站在腾讯云的接入信息已被取消，请尽快办理新的接入。"],
      ["access_cancelled", "Tencent Cloud is no longer listed as the access provider of demo-j.cn."],
      ["access_cancelled", "京东云把我们 demo-k.cn 的接入取消了，备案号还在。"],
      ["authority_rejected", "The Zhejiang bureau bounced our filing, the site name is not allowed."],
      ["authority_rejected", "【工信部】您的备案申请未通过浙江省通信管理局审核。"],
      ["provider_returned", "Alibaba Cloud's reviewer sent our filing back: the photo is blurry."],
      ["provider_returned", "【华为云】您的备案资料经初审需要修改：证件照片不清晰。"],
      ["submitted_to_authority", "Tencent pushed our filing to the Jiangsu CA this morning."],
      ["filing_approved", "The Shanghai CA approved our filing today."],
      ["icp_number_cancelled", "<p>ICP No. 鄂ICP备2019008812号</p><p>Status: Cancelled by the Hubei Communications Administration</p>"],
      ["record_changed", "【工信部】您的备案数据发生变化，详情请登录备案系统查询。"],
      ["record_changed", "MIIT SMS: the filing information of 沪ICP备2026001122号 changed on 2026-11-02."],
      ["rectification_notice", "Tencent Cloud ICP compliance check: the entity information of demo-l.cn is inconsistent with the business licence. Correct it by 2026-12-10."],
      ["filing_submitted", "Volcano Engine: your ICP order is now with our review team."],
      ["footer_notice", "Tencent sent a footer SMS again: the 备案号 on demo-m.cn's homepage has no link."],
    ],
  },
];

describe.each(FAMILIES)("classifier family: $family", ({ cases }) => {
  itReadsKinds(cases);
});
