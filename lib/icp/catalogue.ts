/**
 * Customer-facing texts for every message kind, status and action, in English and Chinese.
 * Facts come from ../shared/docs/icp-domain-research.md (cited as "research §n [source]").
 */
import type { ActionKey, DomainStatus, FactQuestion, MessageKind, StatusTone, Urgency } from "./kinds";
import type { Recheck } from "./derive";

export type LocalizedText = { en: string; zh: string };
export type CatalogueEntry = { title: LocalizedText; explanation: LocalizedText };
export type StatusEntry = CatalogueEntry & { tone: StatusTone };
export type ActionEntry = CatalogueEntry & { urgency: Urgency; link?: string };

/** The MIIT filing system; footer links must point here (research §1.4 [A-post][H-after]). */
export const MIIT_BEIAN_URL = "https://beian.miit.gov.cn";
/**
 * The MIIT public query lives on the same site (research §3 "MIIT system": public query by domain,
 * unit name or licence number [ICPC]; PRODUCT.md gives https://beian.miit.gov.cn for it). We link the
 * site root rather than a deep link, because its client-side routes change (research §3 [ICPC-40]).
 */
export const MIIT_PUBLIC_QUERY_URL = MIIT_BEIAN_URL;

export const MESSAGE_KIND_CATALOGUE: Record<MessageKind, CatalogueEntry> = {
  filing_submitted: {
    title: { en: "Filing order submitted", zh: "备案订单已提交" },
    explanation: {
      en: "The provider has received the filing order and started its first review (about 1 working day). Keep your phone on: the reviewer may call.",
      zh: "接入商已收到备案订单并开始初审（约1个工作日），请保持电话畅通，审核人员可能来电核实。",
    },
  },
  provider_returned: {
    title: { en: "Returned by the provider for changes", zh: "接入商初审驳回" },
    explanation: {
      en: "The provider's first review found problems in the filing. Fix the listed fields and resubmit.",
      zh: "接入商初审发现备案信息有问题，请按驳回原因修改后重新提交。",
    },
  },
  submitted_to_authority: {
    title: { en: "Submitted to the communications administration", zh: "已提交管局审核" },
    explanation: {
      en: "The provider passed the order to the provincial communications administration (管局). MIIT sends a verification SMS about 5 minutes later; review takes up to 20 working days.",
      zh: "接入商已将订单提交至省通信管理局。约5分钟后工信部会发送短信核验，管局审核最长20个工作日。",
    },
  },
  provider_synced: {
    title: { en: "Approval synced by the provider", zh: "接入商已同步审核结果" },
    explanation: {
      en: "The provider's filing system now shows the MIIT approval, so a domain resolved to your instance is reachable.",
      zh: "接入商备案系统已同步工信部的审核结果，解析到您实例的域名可以正常访问。",
    },
  },
  verification_code: {
    title: { en: "MIIT verification SMS", zh: "工信部短信核验" },
    explanation: {
      en: "MIIT sent a verification code. Enter it with the phone number and the last 6 digits of the ID on the MIIT site within 24 hours, or the order is returned.",
      zh: "工信部发送了验证码。请在24小时内到工信部备案系统输入验证码、手机号和证件号后6位完成核验，否则订单会被退回。",
    },
  },
  authority_rejected: {
    title: { en: "Rejected by the communications administration", zh: "管局审核驳回" },
    explanation: {
      en: "The provincial communications administration rejected the filing. Correct it and resubmit through the provider; it goes through the first review again.",
      zh: "省通信管理局驳回了备案，请修改后通过接入商重新提交，订单会重新经过初审。",
    },
  },
  filing_approved: {
    title: { en: "ICP Filing successful", zh: "备案成功" },
    explanation: {
      en: "MIIT approved the filing. The provider's system may take some time to sync the result; meanwhile you may resolve the domain to your instance.",
      zh: "工信部已审核通过备案。接入商系统同步结果需要一段时间，期间您可以先将域名解析到您的实例。",
    },
  },
  filing_invalid: {
    title: { en: "Invalid ICP Filing (empty-shell website)", zh: "空壳网站（备案无效）" },
    explanation: {
      en: "The filed domain resolves to a server outside this provider or outside the mainland, or the domain is invalid. The filing still exists but may soon be cancelled.",
      zh: "已备案域名未解析到本接入商的中国内地服务器，或域名无效。备案仍在，但可能很快被管局注销。",
    },
  },
  icp_number_cancelled: {
    title: { en: "ICP number cancelled", zh: "备案号已注销" },
    explanation: {
      en: "MIIT withdrew the ICP number. A cancellation cannot be reversed: check the public query and apply for a new number.",
      zh: "工信部已注销（收回）备案号，注销不可恢复。请在公共查询中核实并重新申请备案号。",
    },
  },
  access_cancelled: {
    title: { en: "Access cancelled (取消接入)", zh: "已取消接入" },
    explanation: {
      en: "This provider was removed from the filing. The ICP number still exists, but without an access provider it risks cancellation.",
      zh: "本接入商已从备案中取消接入。备案号仍存在，但没有接入商的备案有被注销的风险。",
    },
  },
  rectification_notice: {
    title: { en: "Filing check: correction required", zh: "备案信息核查整改通知" },
    explanation: {
      en: "A filing check found inaccurate or non-compliant information. Correct it by the stated deadline, or access may be cancelled and the number withdrawn.",
      zh: "备案信息核查发现信息不准确或不合规，请在规定时间内完成整改，否则可能被取消接入或注销备案。",
    },
  },
  footer_notice: {
    title: { en: "Footer ICP number notice", zh: "网站备案号悬挂通知" },
    explanation: {
      en: "The site's home page must show the ICP number at the bottom, linked to https://beian.miit.gov.cn, by the date in the notice.",
      zh: "须在通知规定日期前在网站首页底部悬挂备案号，并链接至 https://beian.miit.gov.cn 。",
    },
  },
  cancellation_verification: {
    title: { en: "Cancellation verification", zh: "注销备案核验" },
    explanation: {
      en: "A cancellation of this filing is waiting for your verification on the MIIT site. If you ignore it, the cancellation is aborted.",
      zh: "本备案的注销申请正在等待您在工信部网站核验，忽略将导致注销中止。",
    },
  },
  record_changed: {
    title: { en: "MIIT record changed", zh: "备案信息变更" },
    explanation: {
      en: "The MIIT record was changed (for example access added or cancelled, or details edited). Such messages can arrive 2–3 days late.",
      zh: "工信部备案信息发生了变更（例如新增或取消接入、信息修改），此类短信可能延迟2–3天到达。",
    },
  },
  retraction: {
    title: { en: "Retraction", zh: "撤回记录" },
    explanation: {
      en: "Marks an earlier recorded message as wrong; the status is worked out as if that message had never been recorded.",
      zh: "标记之前录入的某条消息有误，状态将按该消息从未录入的情况重新计算。",
    },
  },
};

export const STATUS_CATALOGUE: Record<DomainStatus, StatusEntry> = {
  not_filed: {
    tone: "neutral",
    title: { en: "Not filed", zh: "未备案" },
    explanation: { en: "No filing message has been recorded for this domain.", zh: "该域名尚无任何备案消息记录。" },
  },
  provider_review: {
    tone: "waiting",
    title: { en: "In provider review", zh: "接入商初审中" },
    explanation: { en: "The provider is reviewing the filing order.", zh: "接入商正在审核备案订单。" },
  },
  provider_returned: {
    tone: "attention",
    title: { en: "Returned by the provider", zh: "接入商初审驳回" },
    explanation: { en: "The provider returned the order for corrections.", zh: "接入商已驳回订单，需要修改。" },
  },
  authority_review: {
    tone: "waiting",
    title: { en: "In authority review", zh: "管局审核中" },
    explanation: {
      en: "The communications administration is reviewing the filing (up to 20 working days; it cannot be hurried).",
      zh: "管局正在审核备案（最长20个工作日，无法加急）。",
    },
  },
  sms_verification: {
    tone: "attention",
    title: { en: "SMS verification needed", zh: "待短信核验" },
    explanation: {
      en: "MIIT is waiting for the verification code to be entered within 24 hours.",
      zh: "工信部正在等待24小时内完成短信核验。",
    },
  },
  authority_rejected: {
    tone: "attention",
    title: { en: "Rejected by the authority", zh: "管局驳回" },
    explanation: { en: "The communications administration rejected the filing.", zh: "管局驳回了备案。" },
  },
  approved_pending_sync: {
    tone: "waiting",
    title: { en: "Approved, waiting for provider sync", zh: "已备案，待接入商同步" },
    explanation: {
      en: "MIIT approved the filing; the provider has not yet synced the result.",
      zh: "工信部已审核通过，接入商尚未同步结果。",
    },
  },
  filed: {
    tone: "ok",
    title: { en: "Filed", zh: "已备案" },
    explanation: { en: "The filing is approved and synced by the provider.", zh: "备案已通过并已同步至接入商。" },
  },
  rectification_required: {
    tone: "danger",
    title: { en: "At risk of cancellation", zh: "需整改（有注销风险）" },
    explanation: {
      en: "The filing must be corrected; if the deadline passes, access may be cancelled and the number withdrawn.",
      zh: "备案需要整改；逾期可能被取消接入并注销备案号。",
    },
  },
  access_cancelled: {
    tone: "danger",
    title: { en: "Access cancelled", zh: "已取消接入" },
    explanation: {
      en: "No provider gives access to this filing any more; the number may be cancelled.",
      zh: "该备案已无接入商接入，备案号可能被注销。",
    },
  },
  cancellation_pending: {
    tone: "attention",
    title: { en: "Cancellation pending", zh: "注销待核验" },
    explanation: { en: "A cancellation is waiting for verification.", zh: "注销申请正在等待核验。" },
  },
  cancelled: {
    tone: "danger",
    title: { en: "ICP number cancelled", zh: "备案号已注销" },
    explanation: {
      en: "The ICP number has been cancelled; the site may not be served in mainland China until a new number is granted.",
      zh: "备案号已注销，在取得新备案号之前网站不能在中国内地提供服务。",
    },
  },
};

export const ACTION_CATALOGUE: Record<ActionKey, ActionEntry> = {
  resolve_domain_to_instance: {
    urgency: "normal",
    title: { en: "Resolve the domain to your ECS instance", zh: "将域名解析到您的ECS实例" },
    explanation: {
      en: "You may do this now; the domain becomes reachable once the provider has synced the MIIT result.",
      zh: "现在即可解析；接入商同步工信部审核结果后，域名即可访问。",
    },
  },
  await_provider_sync: {
    urgency: "low",
    title: { en: "Wait for the provider's sync", zh: "等待接入商同步审核结果" },
    explanation: {
      en: "The provider's system lags MIIT (often 1–2 working days). This closes itself when the sync is recorded.",
      zh: "接入商系统会滞后于工信部（通常1–2个工作日），记录同步后此项自动完成。",
    },
  },
  display_icp_number: {
    urgency: "high",
    link: MIIT_BEIAN_URL,
    title: { en: "Show the ICP number in the site footer", zh: "在网站底部悬挂备案号" },
    explanation: {
      en: "Show the ICP number at the bottom of the home page, linked to https://beian.miit.gov.cn. Missing it can be fined CNY 5,000–10,000.",
      zh: "在网站首页底部展示备案号，并链接至 https://beian.miit.gov.cn ；未悬挂可被处以5000–10000元罚款。",
    },
  },
  complete_psb_filing: {
    // No link: the research file names no PSB portal address, and we do not guess one.
    urgency: "high",
    title: { en: "Complete the public security (PSB) filing", zh: "完成公安联网备案" },
    explanation: {
      en: "File the website with the public security bureau within 30 days, then show the PSB number too.",
      zh: "请在30日内完成公安联网备案，并在网站展示公安备案号。",
    },
  },
  check_public_query: {
    urgency: "normal",
    link: MIIT_PUBLIC_QUERY_URL,
    title: { en: "Check the MIIT public query", zh: "在工信部公共查询中核实" },
    explanation: {
      en: "Look the domain up on the MIIT public query page (https://beian.miit.gov.cn) to see what the record now says.",
      zh: "在工信部备案系统公共查询页面（https://beian.miit.gov.cn）查询该域名当前的备案信息。",
    },
  },
  apply_new_icp_number: {
    urgency: "urgent",
    title: { en: "Apply for a new ICP number immediately", zh: "立即重新申请备案号" },
    explanation: {
      en: "A cancelled number cannot be restored. File again once the public query shows no record, so the site can be reachable again.",
      zh: "已注销的备案号无法恢复。待公共查询无记录后立即重新备案，网站才能恢复访问。",
    },
  },
  point_domain_to_instance: {
    urgency: "urgent",
    title: { en: "Point the domain to your ECS instance immediately", zh: "立即将域名解析到您的ECS实例" },
    explanation: {
      en: "The filing's access with us is still active: resolve the domain to your mainland instance now and make sure the site is reachable.",
      zh: "备案仍接入在我们这里：请立即将域名解析到您的中国内地实例，并确保网站可以正常访问。",
    },
  },
  submit_transfer_application: {
    urgency: "urgent",
    title: { en: "Submit an ICP filing transfer (add access) application", zh: "立即提交接入备案申请" },
    explanation: {
      en: "The filing's access with us was cancelled: submit a transfer (add access) application now; the site is reachable once it succeeds.",
      zh: "备案在我们这里的接入已被取消：请立即提交接入备案申请，成功后网站即可访问。",
    },
  },
  transfer_filing_to_new_provider: {
    urgency: "urgent",
    title: { en: "Transfer the filing to your new provider", zh: "立即将备案接入到新的接入商" },
    explanation: {
      en: "The site is no longer on our servers: add access for the filing at your new hosting provider immediately.",
      zh: "网站已不在我们的服务器上：请立即在新的接入商处办理接入备案。",
    },
  },
  confirm_hosting_facts: {
    urgency: "urgent",
    title: { en: "Tell us where the site is hosted", zh: "请确认网站托管情况" },
    explanation: {
      en: "The right fix for an invalid filing depends on where the site is hosted and whether the filing's access with us was cancelled. Answer the question so we can tell you what to do.",
      zh: "空壳网站的处理方式取决于网站托管位置以及备案接入是否已取消，请回答问题以便我们给出处理步骤。",
    },
  },
  complete_sms_verification: {
    urgency: "urgent",
    link: MIIT_BEIAN_URL,
    title: { en: "Complete the MIIT SMS verification", zh: "完成工信部短信核验" },
    explanation: {
      en: "Enter the code, the phone number and the last 6 ID digits on the MIIT site within 24 hours of the SMS; after that the order is returned.",
      zh: "请在收到短信后24小时内，在工信部网站输入验证码、手机号和证件号后6位；逾期订单将被退回。",
    },
  },
  correct_and_resubmit: {
    urgency: "high",
    title: { en: "Correct the filing and resubmit", zh: "修改备案信息并重新提交" },
    explanation: {
      en: "Fix the fields named in the rejection and resubmit the order through the provider.",
      zh: "按驳回原因修改相应信息，并通过接入商重新提交。",
    },
  },
  add_access_at_current_provider: {
    urgency: "urgent",
    title: { en: "Add access at your current provider", zh: "在当前接入商处办理接入备案" },
    explanation: {
      en: "The number still exists but has no access provider: add access at the provider now hosting the site before the number is cancelled.",
      zh: "备案号仍在但没有接入商：请在备案号被注销前，到当前托管网站的接入商处办理接入。",
    },
  },
  correct_filing_information: {
    urgency: "high",
    title: { en: "Correct the filing information", zh: "整改备案信息" },
    explanation: {
      en: "Change the filing to match reality, restore hosting, or cancel it if unused, by the deadline in the notice.",
      zh: "在通知规定期限前变更备案信息、恢复使用服务器，或注销不再使用的备案。",
    },
  },
  fix_footer_icp_link: {
    urgency: "high",
    link: MIIT_BEIAN_URL,
    title: { en: "Fix the footer ICP number link", zh: "修正网站底部备案号链接" },
    explanation: {
      en: "Show the ICP number at the bottom of the home page linked to https://beian.miit.gov.cn, by the date in the notice.",
      zh: "在通知规定日期前于网站首页底部悬挂备案号，并链接至 https://beian.miit.gov.cn 。",
    },
  },
  confirm_cancellation: {
    urgency: "high",
    link: MIIT_BEIAN_URL,
    title: { en: "Confirm the cancellation on the MIIT site", zh: "在工信部网站确认注销" },
    explanation: {
      en: "Verify the cancellation on the MIIT site; if you ignore it, the cancellation is aborted.",
      zh: "请在工信部网站完成注销核验；忽略将导致注销中止。",
    },
  },
  remove_cancelled_icp_number: {
    urgency: "high",
    title: { en: "Take the cancelled ICP number off the site", zh: "从网站撤下已注销的备案号" },
    explanation: {
      en: "A cancelled number must not stay in the footer: showing it claims a filing that no longer exists. Remove it now, and stop serving the site in mainland China until a new number is granted.",
      zh: "已注销的备案号不得继续悬挂在网站底部，否则即是冒用已不存在的备案。请立即撤下，并在取得新备案号前停止在中国内地提供网站服务。",
    },
  },
};

/**
 * What happens once the customer's fix is done and someone else checks it (`pendingRecheck` in
 * derive.ts): who checks, and which recorded message closes it.
 */
export const RECHECK_CATALOGUE: Record<Recheck, CatalogueEntry & { closedBy: readonly MessageKind[] }> = {
  provider_recheck: {
    closedBy: [],
    title: { en: "Fix done: waiting for the provider's re-check", zh: "已整改：等待接入商复查" },
    explanation: {
      en: "You pointed the domain to your instance. The provider checks again that it resolves to its mainland servers. If the check passes, no further message comes and the notice lapses; if not, an access cancellation (取消接入) notice follows and will show here.",
      zh: "您已将域名解析到实例。接入商将复查域名是否解析到其中国内地服务器。复查通过不会再有通知，本次整改即告结束；未通过则会收到“取消接入”通知，并显示在此处。",
    },
  },
  access_application_review: {
    closedBy: ["filing_approved"],
    title: { en: "Application sent: waiting for the bureau's review", zh: "已提交申请：等待管局审核" },
    explanation: {
      en: "The access (接入备案) application goes through the provider's first review and then the communications administration. Its “ICP Filing successful” (备案成功) message closes this; a return or rejection would show here instead.",
      zh: "接入备案申请将经过接入商初审和管局审核。收到“备案成功”短信即告完成；如被驳回，也会显示在此处。",
    },
  },
  correction_recheck: {
    closedBy: ["filing_approved", "record_changed"],
    title: { en: "Correction done: waiting for the re-check", zh: "已整改：等待复查" },
    explanation: {
      en: "The provider and the communications administration check the corrected filing. A change filing ends with an “ICP Filing successful” (备案成功) message, an edited record with a “MIIT record changed” message; a check that passes without a change sends nothing, and the notice lapses.",
      zh: "接入商和管局将复查整改后的备案信息。变更备案以“备案成功”短信结束，信息修改以“备案信息变更”短信结束；复查通过且无需变更时不会再有通知，本次整改即告结束。",
    },
  },
  cancellation_processing: {
    closedBy: ["icp_number_cancelled"],
    title: { en: "Confirmed: waiting for the cancellation", zh: "已确认：等待注销完成" },
    explanation: {
      en: "You confirmed the cancellation on the MIIT site. The communications administration processes it; its “ICP number cancelled” message closes this.",
      zh: "您已在工信部网站确认注销，管局正在处理。收到“备案号已注销”短信即告完成。",
    },
  },
};

export const FACT_QUESTION_CATALOGUE: Record<FactQuestion, CatalogueEntry> = {
  hosting: {
    title: { en: "Is the website still hosted on our servers?", zh: "网站是否仍托管在我们的服务器上？" },
    explanation: {
      en: "Answer “yes” if the site still runs on one of our mainland instances, “no” if it moved to another provider.",
      zh: "如网站仍运行在我们的中国内地实例上请选择“是”，如已迁往其他接入商请选择“否”。",
    },
  },
  providerAccess: {
    title: {
      en: "Has the filing's access (transfer) with us been cancelled?",
      zh: "该备案在我们这里的接入是否已被取消？",
    },
    explanation: {
      en: "Answer “no” if the filing is still accessed through us, “yes” if its access with us was cancelled.",
      zh: "如备案仍接入在我们这里请选择“否”，如接入已被取消请选择“是”。",
    },
  },
};
