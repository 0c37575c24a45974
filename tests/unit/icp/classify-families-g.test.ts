import { describe, expect, it } from "vitest";
import { isConfidentClassification } from "@/lib/icp/classify";
import { readAt } from "./families";

/**
 * The families the sixth blind batch (G-…) missed, each fixed by a rule about the domain; the texts here are
 * our own, written after the fixes in other registers, providers, numbers and details, none a copy of a G-
 * text (docs/classifier.md, "The G round"). Beside each family stand texts that must stay unknown.
 */
const { classify, itReadsKinds, itStaysUnknown } = readAt("2025-06-01T00:00:00Z");

describe("G round: a public-security (PSB/公安) filing is not an ICP event unless the text also reports one", () => {
  itReadsKinds([
    ["filing_approved", "您的ICP备案已通过管局审核，备案号 浙ICP备2025012345号-1，请于30日内完成公安联网备案。"],
    ["filing_approved", "PSB filing done. Also, MIIT approved our ICP filing this morning (京ICP备2025011111号-1)."],
  ]);

  itStaysUnknown([
    "【浙江公安】您单位网站的联网备案已审核通过，公网安备33010602012345号，请在首页底部展示。",
    "您的网安备案资料已被驳回，请修改网站服务信息后重新提交。",
    "Heads up: the PSB filing for shop.lumen.cn was rejected by the Hangzhou police, they want a new photo of the site leader.",
    "Public security registration for nimbus-ai.cn approved today, number 沪公网安备31011502000111号.",
    "您在全国互联网安全管理服务平台提交的备案申请已提交成功，请等待公安机关审核。",
    "Police registration of ok-mall.cn submitted via beian.mps.gov.cn, waiting for review.",
  ]);
});

describe("G round: each event read from its verb and object in other words (our own texts, both languages)", () => {
  itReadsKinds([
    ["cancellation_verification", "工信部刚发短信，让我们确认注销 wenzhou-tea.cn 的网站备案，今天之内要去 beian.miit.gov.cn 点确认。"],
    ["cancellation_verification", "MIIT sent the owner a text to confirm cancellation of the entity filing for 沪ICP备2019012345号. She will do it tonight."],
    ["cancellation_verification", "【工信部】您正在办理网站注销业务（浙ICP备2018023456号-2），请核实是否要注销，如非本人操作请忽略。"],
    ["cancellation_verification", "工信部短信来了，问是不是要注销 old-shop.cn 的备案，需要在网站上点确认，老板今天出差。"],
    ["cancellation_verification", "The deregistration request for our 2018 entity filing is waiting on the SMS confirmation from MIIT; Jin has the phone."],
    ["provider_synced", "Baidu AI Cloud: the approved filing of hexa-cloud.cn was imported into our access system today, the block is gone."],
    ["provider_synced", "京东云：备案结果已在我司系统同步完毕，网站可正常访问。"],
    ["provider_synced", "Sync status: completed · Filing 粤ICP备2025033333号-1 · Domain mirrorfox.cn"],
    ["provider_synced", "the MIIT approval is now synced to the Tencent console, site is reachable again"],
    ["provider_synced", "Alibaba Cloud console now shows the site as filed and the 'not filed' page is gone, we can point DNS back."],
    ["provider_synced", "华为云那边已经把管局结果拉过来了，拦截页撤了，网站能打开。"],
    ["record_changed", "Modify filing for larkstone.cn completed — the emergency contact phone is now 139****1234."],
    ["record_changed", "变更备案批了，主体负责人已经换成王总了。"],
    ["record_changed", "The change request for 京ICP备2022011111号-1 is done: website name changed to \"Larkstone Studio\"."],
    ["record_changed", "工信部查询结果已经更新了，主体负责人电话换成了新号码，变更备案完成。"],
    ["record_changed", "MIIT record now shows the new server IP for 120.55.x.x after the access change went through."],
    ["submitted_to_authority", "UCloud's first review is passed and they transferred our filing to the Sichuan communications bureau this morning."],
    ["submitted_to_authority", "阿里云初审过了，昨天送到广东管局了，等管局审核。"],
    ["submitted_to_authority", "【西部数码】您的备案订单已审核通过并报送四川省通信管理局，请留意工信部短信。"],
    ["submitted_to_authority", "Passed Alibaba's check. It's with the Zhejiang CA now, 10-20 working days."],
    ["submitted_to_authority", "Tencent has finished their part and pushed the filing on to the Shanghai bureau, so now it's the 管局's clock."],
    ["submitted_to_authority", "初审通过啦，华为云已经帮我们报到北京市通信管理局了，接下来等工信部短信。"],
    ["filing_submitted", "Status: Submitted — awaiting provider review | Order 55102 | New entity"],
    ["filing_submitted", "The filing for greyowl.cn went in via Kingsoft Cloud yesterday; it's queued for their first review."],
    ["filing_submitted", "[UCloud] Dear user, your record application has been submitted successfully, UCloud will carry out the first trial within 1 working day."],
    ["filing_submitted", "新网那边显示订单已提交，等他们初审，预计明天有结果。"],
    ["verification_code", "[Ministry of Industry and Information Technology] Your ICP filing verification code is 553190, valid 24 hours."],
    ["verification_code", "Boss forwarded this from 12381: \"您的ICP备案短信核验码为 448812，24小时内有效\" — can someone log in and enter it?"],
    ["verification_code", "12381 just sent the site owner a verification code for the filing, she'll read it out on the call — code 902114."],
    ["verification_code", "【工业和信息化部】您的ICP备案短信核验验证码：551208，请于24小时内登录备案系统完成核验。"],
    ["footer_notice", "[Tencent Cloud] Notice: please display the record number at the bottom of the home page of nettle.cn and link it to beian.miit.gov.cn."],
    ["footer_notice", "Audit finding: ICP number shown as plain text, not linked to https://beian.miit.gov.cn. Please fix by 30 June."],
    ["footer_notice", "The Huawei scan says our home page doesn't show the ICP number at the bottom; the dev team should add it and link it to beian.miit.gov.cn."],
    ["footer_notice", "阿里云提醒：网站首页底部要展示备案号并链接到工信部网站，截止本月底。"],
    ["rectification_notice", "[Alibaba Cloud] During the filing information verification, the following items failed: site leader ID expired, entity address invalid. Please submit a change by 2025-09-01."],
    ["rectification_notice", "Dear user, your record information has problems: the main contact mobile cannot be connected. Please rectify before 2025-08-10."],
    ["rectification_notice", "备案核查：您的备案主体营业执照已被吊销，与实际情况不符，请于10个工作日内变更或注销备案。"],
    ["rectification_notice", "【百度智能云】备案信息核查：您的网站负责人证件已过期，请于2025年7月20日前更新备案信息。"],
    ["rectification_notice", "Volcano Engine compliance: the contact email on your filing bounces. Please correct it within 10 working days."],
    ["filing_approved", "您好，贵单位网站的备案已于2025年3月2日通过浙江省通信管理局审核，备案号 浙ICP备2025012121号-1。"],
    ["filing_approved", "Approved: the Jiangsu Communications Administration approved the filing of wave-tools.cn today. Tencent Cloud will sync the result in 1-2 days."],
    ["filing_approved", "Filing is through! 湘ICP备2025008877号-1 came in from the Hunan bureau this afternoon."],
    ["filing_approved", "【工信部】尊敬的用户，您的网站备案申请已通过审核，备案号为：闽ICP备2025019988号-1。"],
    ["access_cancelled", "Tencent did the \"cancel access\" on our filing yesterday because we moved to AWS HK. ICP number is still valid."],
    ["access_cancelled", "腾讯云已经把 mingshan.cn 的接入取消了，服务器退订了，备案号暂时还在。"],
    ["provider_returned", "天翼云初审把我们退回来了，说网站名称太像企业名称，要改成和内容相关的。"],
    ["provider_returned", "Kingsoft Cloud's reviewer kicked the application back: the ID scan is cut off at the edge. Need a new scan by Friday."],
    ["authority_rejected", "管局把备案退回了，原因是前置审批缺少文网文，阿里云说这个不是他们能改的。"],
    ["authority_rejected", "Bad news: the Hubei Communications Administration did not approve our filing, they say the site is a forum and needs a special permit."],
    ["icp_number_cancelled", "Our ICP number 浙ICP备2016012345号 was cancelled by the Zhejiang bureau after the spot check, the site is offline."],
    ["icp_number_cancelled", "老站的备案号已经被注销了，工信部网站上查不到了。"],
    ["filing_invalid", "Heads-up from JD Cloud: pinefield.cn is flagged as an empty shell site since nothing is hosted with them anymore."],
    ["filing_invalid", "阿里云来邮件：您的备案 沪ICP备2021034567号-1 因网站无法访问，已被认定为空壳网站。"],
  ]);
});

describe("G round: texts in the same words that must stay unknown", () => {
  itStaysUnknown([
    "Your public security filing for tide-lab.cn has been approved; please put the 公网安备 number in the footer.",
    "公安联网备案审核未通过：网站服务类型与实际不符，请登录全国互联网安全管理服务平台修改。",
    "FYI the PSB record for ming-ink.cn got bounced by the Xuhui police, they say the site leader photo is blurry.",
    "网安备案那边已经提交了，等派出所审核，跟 ICP 没关系。",
    "Reminder from the school: the classroom change request is completed.",
    "Our SSL certificate order for bellpine.cn was synced to the Huawei certificate system.",
    "The marketing team confirmed the cancellation of the spring campaign.",
    "Volcano Engine will sync the MIIT result within 2 working days after approval.",
    "Huawei will do the cancel access next week if the server is not renewed.",
    "以后要是不用这个站了，再去工信部确认是否注销就行。",
    "Webinar: how to confirm the cancellation of an ICP filing (Thursday 3pm)",
    "Your PSB filing for orbitfin.cn was returned: the service type is wrong. Fix it on beian.mps.gov.cn.",
    "公安备案通过了，公网安备号已经放到页脚了。",
    "The Alibaba Cloud invoice for the ICP filing service was approved by finance.",
    "MIIT will start a new round of filing checks in July according to the news.",
    "Can we submit the ICP filing before the domain is transferred?",
    "备案需要哪些材料？我们是个人网站。",
    "Our trademark application was rejected by CNIPA, the ICP filing is unaffected.",
    "If the bureau rejects the filing again we'll move the site to Hong Kong.",
    "The DNS change for orbitfin.cn is completed and synced to all resolvers.",
    "公安联网备案已经在全国互联网安全管理服务平台提交，等分局审核。",
    "The accounting team confirmed the cancellation of the old server contract.",
    "Webinar recap: how the MIIT sync works and why approved filings take 1-2 days to show up.",
    "The bureau result will be synced to the Huawei system within 1-2 working days after approval.",
    "Our database is now synced to the Tencent system, backups run hourly.",
    "Huawei Cloud may cancel access for sites whose servers expire; read the FAQ.",
    "Please do not confirm the cancellation unless you applied for it.",
    "如未申请注销，请勿确认，并联系接入服务商。",
    "Tencent's scanner says our SSL certificate expires next week, can someone renew it?",
    "Client forwarded this from their bank: \"Your payment code is 554411\" — can someone check?",
    "您的营业执照已注销，请到市场监管局办理相关手续。",
    "Change request for the office Wi-Fi is done, new password on the board.",
    "交到管局之前，请先检查资料是否完整。",
    "The record number at the bottom of the patient page is the hospital's internal ID.",
    "The interception page is a feature of our firewall product, see the guide.",
    "公安联网备案的网站负责人信息已经改成小王了。",
    "PSB registration of kite-lab.cn submitted on beian.mps.gov.cn, waiting for the police.",
    "要是管局驳回了，我们就换个网站名称再提交。",
  ]);
});

describe("G round: a provider that will sync has not synced", () => {
  it("an approval that says the result will reach the provider is the approval, and a person looks", () => {
    const c = classify("Good news: the Shandong Communications Administration approved the filing for reedbank.cn today. Baidu AI Cloud will sync the result in 1-2 working days.");
    expect(c.kind).toBe("filing_approved");
    // An approval that speaks of a sync carries a caution.
    expect(isConfidentClassification(c)).toBe(false);
  });

  it("a pass that goes on to the bureau in the same clause is the provider's review and the submission", () => {
    const c = classify("【新网】您的备案订单已初审完毕、审核通过并提交至山东省通信管理局，请留意工信部短信。");
    expect(c.kind).toBe("submitted_to_authority");
  });
});

describe("G round: the weaker reading reads base forms after an auxiliary and more event verbs, in the verb's own clause", () => {
  itReadsKinds([
    ["filing_approved", "boss, our beian for lotus-garden.cn get approve yesterday, number 粤ICP备2025066661号-1"],
    ["provider_returned", "the filing for sun-mart.cn was reject by Huawei initial review, they said the photo not clear"],
    ["icp_number_cancelled", "our old ICP for redkite.cn is revoke by MIIT last night, site cannot open"],
    ["filing_submitted", "the filing order for grape.cn is already submit, now we wait Tencent"],
    ["provider_synced", "the MIIT result already sync, console show normal now for bluemoon.cn"],
    ["record_changed", "the ICP record of fenix.cn: leader phone swapped to the new number, MIIT shows it"],
    ["submitted_to_authority", "Kingsoft handed over our filing to the Fujian communications bureau on Tuesday."],
    ["provider_synced", "JD Cloud pulled the bureau result for greatwall-tea.cn and the block page is off."],
  ]);

  itStaysUnknown([
    "The new intern is approve by HR, she starts Monday with the ICP team.",
    "Our refund for the filing service was reject by Alibaba finance.",
    "The meeting is cancel, we talk about the ICP filing next week.",
    "I already submit the ticket about the ICP filing, waiting support reply.",
    "The design mockup is through, we can show the ICP number in the footer later.",
    "Data is already sync to the backup server, ICP filing not affected.",
    "The office printer was replaced; the ICP filing folder is on the shared drive.",
    "HR handed over the laptops, ICP filing papers are in the second drawer.",
  ]);

  it("a suggestion from the sentence is never confident", () => {
    const c = classify("boss, our beian for lotus-garden.cn get approve yesterday, number 粤ICP备2025066661号-1");
    expect(c.decidedBy?.id.startsWith("weak.")).toBe(true);
    expect(isConfidentClassification(c)).toBe(false);
  });
});

/**
 * A third set of our own texts, written after the rules above (33/40 at first sight: six abstentions and one false
 * kind, a checklist "updated by legal"); the wordings its misses showed are read now. The West.cn reviewer's
 * "sent the order back" without any ICP word stays unknown (no ICP context).
 */
describe("G round: our third set, every kind once in each language, and its traps", () => {
  itReadsKinds([
    ["filing_submitted", "Sent the ICP application for harbourlight.cn through the Huawei Cloud console at 10:40, order HW-55190. Their team picks it up tomorrow."],
    ["filing_submitted", "备案材料今天下午传完了，订单号 TX-88123，在腾讯云那边排队初审。"],
    ["provider_returned", "【京东云】您的备案订单初审未通过：网站负责人手持证件照片模糊，请重新上传后提交。"],
    ["submitted_to_authority", "Tencent passed it on to the Guangxi bureau on 12 May, we're in the 20-working-day window now."],
    ["submitted_to_authority", "【天翼云】您的备案申请已通过初审，已提交至贵州省通信管理局，请保持电话畅通。"],
    ["authority_rejected", "The Shaanxi bureau bounced the filing: they want a residence permit because the leader's ID is from another province."],
    ["authority_rejected", "管局审核没过，理由是网站名称涉及“中国”字样，得改名重新走一遍。"],
    ["filing_approved", "Finally! MIIT SMS came in: the filing for plumtree.cn is approved, number 苏ICP备2025077712号-1."],
    ["filing_approved", "【江西省通信管理局】您的ICP备案申请已审核通过，备案号：赣ICP备2025011234号-1。"],
    ["provider_synced", "Tencent has the approval in its system now, the 'site not filed' page is gone and the CDN is serving."],
    ["provider_synced", "阿里云控制台已经显示“已备案”了，拦截解除，可以上线了。"],
    ["record_changed", "The Zhejiang bureau has updated our record: new website leader is Chen Yu, mobile ends 8812."],
    ["record_changed", "变更已生效：网站 IP 地址改为 121.40.x.x，工信部系统已更新。"],
    ["verification_code", "MIIT just texted the website leader the verification code 604418 for the new filing, someone needs to enter it on beian.miit.gov.cn today."],
    ["verification_code", "【工信部】您正在进行ICP备案信息核验，验证码 339021，5分钟内有效。"],
    ["cancellation_verification", "12381 sent an SMS asking us to confirm that we want to deregister oldmall.cn. Please confirm on beian.miit.gov.cn by Friday."],
    ["cancellation_verification", "【工信部】您提交的取消接入申请需要短信核验，请登录备案系统完成确认。"],
    ["icp_number_cancelled", "Heads up: the ICP number for seaview-hotel.cn was cancelled by MIIT this morning, the site is now showing the block page."],
    ["icp_number_cancelled", "【广东省通信管理局】您的网站备案（粤ICP备2015012345号-3）已被注销，如有疑问请联系接入商。"],
    ["access_cancelled", "Alibaba Cloud removed our access for yardline.cn after the ECS was released. ICP number still valid."],
    ["access_cancelled", "华为云通知：mountain-ink.cn 的接入已被取消，原因是服务器到期未续费。"],
    ["filing_invalid", "JD Cloud says 京ICP备2020012121号-2 is now an empty shell filing since nothing resolves to their servers."],
    ["filing_invalid", "【腾讯云】检测到您的网站长期无法访问，已被判定为空壳网站，请尽快处理。"],
    ["rectification_notice", "Baidu AI Cloud compliance check: the entity address on our filing no longer exists. We have to fix it by 30 July."],
    ["rectification_notice", "【火山引擎】备案核查发现您的主体负责人手机号为空号，请于2025年8月1日前完成整改。"],
    ["footer_notice", "Alibaba's scan found the footer of lanternfish.cn lacks the ICP number link to beian.miit.gov.cn — fix by end of month."],
    ["footer_notice", "【华为云】请在网站首页底部中间位置悬挂备案号并链接至工信部网站，7日内完成。"],
  ]);

  itStaysUnknown([
    "The MIIT filing system is down for maintenance on Saturday night.",
    "Our PSB filing was approved by the Futian police, number 粤公网安备44030402001234号.",
    "Can the bureau approve a filing in less than a week?",
    "管局审核一般要多久？我们昨天提交的。",
    "Tencent approved our budget request for the ICP consulting project.",
    "如果备案被注销了，网站会被拦截吗",
    "The ICP filing checklist was updated by legal, see the wiki.",
    "Alibaba Cloud's SSL certificate for harbourlight.cn was issued and synced to the CDN.",
    "Reminder: team lunch is cancelled today, ICP filing review moved to 3pm.",
    "公安备案那边退回了，说服务类型选错了，明天重新提交。",
    "Tips: how to get your ICP filing approved fast (5-minute read)",
    "Our 2019 filing was rejected twice before it passed, good times.",
  ]);
});

/**
 * A fourth set of our own texts, written after everything above: 32/40 at first sight (the same 32/40 as on the
 * F-round classifier; all seven known misses English, one false kind, a brochure's "change request … completed"),
 * nothing confidently wrong. Its misses were states with an actor ("pending at the Sichuan Communications
 * Administration", "sitting at \"Pending provider review\""), a review that "came back negative", "verify the
 * cancellation", "flagged a mismatch", "must sit at the bottom", "went live", "wants the entity leader to".
 */
describe("G round: our fourth set, and traps for the states and objects it taught", () => {
  itReadsKinds([
    ["filing_submitted", "Just pushed the ICP order for quillworks.cn in the Tencent Cloud console; it's sitting at \"Pending provider review\"."],
    ["filing_submitted", "火山引擎的备案订单提交成功了，订单号 VE-20251102，等他们一个工作日内初审。"],
    ["provider_returned", "Alibaba Cloud's first review came back negative for sunbay.cn: the photo background isn't the official curtain."],
    ["provider_returned", "初审被驳回了，百度智能云说主体证件地址跟填的不一致，改完再提交。"],
    ["submitted_to_authority", "Huawei Cloud finished the first review and our filing is now pending at the Sichuan Communications Administration."],
    ["submitted_to_authority", "【腾讯云】您的备案已提交至管局，管局审核时间约1-20个工作日，请耐心等待。"],
    ["authority_rejected", "The Beijing CA refused the filing because the site's content needs a news permit. Tencent says we can't fix this on their side."],
    ["authority_rejected", "【北京市通信管理局】您的备案申请审核未通过，原因：网站名称不符合要求。"],
    ["filing_approved", "Approved by MIIT today — 津ICP备2025003344号-1 for harbor-tech.cn. Footer update next."],
    ["filing_approved", "好消息，管局审核通过了，备案号下来了：京ICP备2025045566号-1。"],
    ["provider_synced", "The MIIT approval reached UCloud's system overnight and the block on our IP is lifted."],
    ["provider_synced", "【华为云】您的备案信息已同步至华为云，网站访问限制已解除。"],
    ["record_changed", "Our record change went live: the site's contact email is now ops@quillworks.cn in MIIT's system."],
    ["record_changed", "【工信部】您的备案信息已变更，变更内容：网站负责人手机号码。"],
    ["verification_code", "The filing verification code from 12381 is 731950, please pass it to the site leader before 5pm."],
    ["verification_code", "【工信部】验证码：820416，您正在办理ICP备案，请勿泄露。"],
    ["cancellation_verification", "MIIT wants the entity leader to verify the cancellation of 沪ICP备2017033333号 via SMS link before it's processed."],
    ["cancellation_verification", "您申请的注销网站业务需完成短信核验，请在24小时内登录工信部备案系统核验。"],
    ["icp_number_cancelled", "Our filing 渝ICP备2019022222号-1 got revoked by the Chongqing bureau during the empty-shell sweep."],
    ["icp_number_cancelled", "工信部通知：您的主体备案已被注销，备案号 鲁ICP备2016012345号 不再有效。"],
    ["access_cancelled", "Kingsoft Cloud cancelled access for our filing after we moved servers; the number itself is fine."],
    ["access_cancelled", "【金山云】我司已取消 ludong.cn 的备案接入，请尽快将网站接入新的服务商。"],
    ["filing_invalid", "The Alibaba notice says tealeaf.cn's filing is invalid because the site has been unreachable for 90 days."],
    ["filing_invalid", "您的网站已被认定为空壳网站，请在15日内重新接入或注销备案。"],
    ["rectification_notice", "JD Cloud flagged a mismatch between the filed site name and the page title of ninebells.cn; they want it corrected by 20 Aug."],
    ["rectification_notice", "【阿里云】备案信息核查：您的网站内容与备案信息不一致，请于7月30日前完成整改。"],
    ["footer_notice", "Reminder from Huawei: the ICP number on dawnlab.cn must sit at the bottom centre and link to beian.miit.gov.cn."],
    ["footer_notice", "网站底部没有挂备案号，阿里云要求一周内补上并链接到工信部。"],
  ]);

  itStaysUnknown([
    "We got the ICP approval for the Qingdao office lease extension.",
    "Our PSB filing was returned by the Chaoyang police; fix the service type on the PSB portal.",
    "Can MIIT cancel an ICP number without telling us?",
    "备案被注销了怎么办？",
    "Tencent Cloud synced our object storage bucket to Guangzhou.",
    "The sales team's change request for the ICP brochure is completed.",
    "If the Guangdong bureau approves it next week we launch on the 15th.",
    "工信部将于下月开展ICP备案信息专项核查，请各接入服务商做好准备。",
    "Last month the provider returned our filing twice; now it's all sorted.",
    "Webinar: everything about ICP filing approval in 2025",
    "我们的等保备案已经审核通过了，证书下周寄到。",
    "Your Alibaba Cloud account real-name verification has been approved.",
    "The COVID test for the ICP team lead came back negative, he's back Monday.",
    "Please verify the cancellation of the Alibaba Cloud ECS order before the refund, not related to the ICP filing.",
    "Finance flagged a mismatch in the ICP filing service invoice amount.",
    "The ICP number should sit at the bottom? Or in the header? Which is right?",
    "The boss wants the team to finish the ICP filing guide by Friday.",
    "The PSB filing is now pending at the Futian public security bureau.",
    "Our ICP marketing brochure change is live on the website.",
  ]);
});
