/**
 * The weaker reading: when no cue of ./cues.ts decides but the text clearly concerns a filing, the
 * event is read from the structure of a sentence instead of a spelling: an event verb of one family
 * (returned, approved, cancelled, changed, synced, submitted) in a past, perfect or passive form, the
 * actor who did it (the authority, the provider or its reviewer, a person relaying) and what it happened
 * to (the filing, the access, the record). A kind found this way has a low confidence (WEAK_WEIGHT): it is
 * never confident, so intake leaves it to a person and the record page shows it as a suggestion with the
 * verb that decided it. docs/classifier.md, "The weaker reading".
 */
import type { MessageKind } from "../kinds";

export type EventFamily = "returned" | "approved" | "cancelled" | "changed" | "synced" | "submitted";
export type Actor = "authority" | "provider" | "none";

export type EventReading = {
  kind: MessageKind;
  family: EventFamily;
  actor: Actor;
  /** Offset of the verb in the text, and the verb's words. */
  index: number;
  match: string;
};

/** How much a weak reading weighs: above the deciding bar, below every cue and the "medium" level. */
export const WEAK_WEIGHT = 0.6;

/** The text clearly concerns an ICP filing: its number, the filing words, the filing portal, the authority. */
const FILING_ANCHOR = /icp\s?[备证]|备案|\bicp\b|\bfiling\b|beian|管局|通信管理局|communications? administration|\bmiit\b|工信部/;

/** A sentence about something other than the ICP filing (another check, an account, a licence, a ticket). */
const OTHER_SUBJECT =
  /实名|账号|账户|帐号|工单|发票|退款|订单支付|付款|支付|密码|密钥|许可证|域名(?:信息)?模板|企业认证|资质|证书|ssl|\breal[- ]name\b|\baccount\b|\bticket\b|\binvoice\b|\brefund\b|\bpayment\b|\bpassword\b|\baccess ?key\b|\bapi key\b|\blicen[cs]e\b|\bcertificate\b|\bpsb\b|public security|\bpolice\b|公安|网安|互联网安全管理|\btrademark\b|\bdomain (?:name )?(?:verification|transfer|renewal|registration)\b|\bwhois\b|\bsupport\b|\bquote\b|\bprice\b|\bguide\b|\bpolicy\b|\bpolicies\b|\brules?\b|\bterms\b|\bdocumentation\b|\bhotline\b|\bblog\b|\bfaq\b|\bnews\b|\breport(?:ed|s)?\b|\bworkflow\b|\bprocess\b|\bapps?\b|app\s?备案|小程序|mini[- ]?programs?|移动应用|快应用|\bcontract\b|\bbudget\b|\bagency\b|\bdesign\b|\bproposal\b|预算|方案|\bsubscription\b|\binstance\b|\bcoupon\b|指南|政策|规则|流程|热线|客服|新闻|报道|通报|公告|教程|攻略|合同|订阅|套餐|实例/;

/** What an event may happen to: the filing, its application or order, its number, record or access, the site. */
const FILING_SUBJECT_EN = /\b(?:filing|application|order|record|icp|access|beian|result|approval)\b|[a-z0-9-]+\.(?:cn|com|net|org|top|xyz|io|co|shop|site|info)\b/;
const FILING_SUBJECT_ZH = /备案|订单|申请|接入|icp[备证]/;
/** Things in an English clause that are not the filing: "The meeting is cancel, …", "Data is already sync to the backup". */
const OTHER_THING_EN = /\b(?:meeting|call|training|interview|appointment|event|session|intern|employee|laptops?|printer|mockup|design|ticket|data|backup|database|files?|invoice|refund|payment)\b/;
/** A page the provider shows in front of an unfiled site: removing it cancels nothing. */
const TAKEN_DOWN_PAGE = /\b(?:block(?:ing)?|interception|intercept|warning|notice|placeholder|holding|not[- ]filed) page\b|\bbanner\b|拦截页|提示页|阻断页|拦截页面|提示页面/;
/** The text speaks to the holder or about our own filing (not news about filings in general). */
const ADDRESSED = /^\s*(?:just )?(?:submitted|resubmitted|filed|got|received)\b|您|贵(?:司|单位|公司)|你的|你们|我们|我司|咱们|\b(?:your|you|our|we|us)\b|icp\s?[备证]\s?\d|[a-z0-9-]+\.(?:cn|com|net|org|top|xyz|io|co|shop|site|info)\b/;
/** What a record change changes: the record or one of its fields. */
const RECORD_FIELD = /备案信息|负责人|联系|主体|名称|地址|\bip\b|接入信息|电话|手机|邮箱|证件|\brecord\b|filing information|\bcontact\b|\bphone\b|\baddress\b|\bname\b|\bprincipal\b|\bleader\b|person in charge|e-?mail|\bentity\b/;

const AUTHORITY_EN = /\bmiit\b|\bbureau\b|communications? administration|\bprovincial administration\b|\bthe authority\b|\b[a-z]+ ca\b|管局|通信管理局|工信部/;
const PROVIDER_EN =
  /alibaba|aliyun|tencent|huawei|baidu|jd cloud|volcano|ucloud|kingsoft|west\.cn|\bprovider\b|\breviewer\b|review team|(?:initial|first|preliminary|provider'?s?) review|\bhost(?:ing)?\b/;
const AUTHORITY_ZH = /管局|通信管理局|工信部|工业和信息化部/;
const PROVIDER_ZH = /初审|阿里云|腾讯云|华为云|百度|京东云|火山引擎|西部数码|ucloud|优刻得|金山云|新网|接入商|服务商|我司|平台审核/;

/** English event verbs, in a form that reports the event (past, perfect, passive, "did not pass"). */
const VERBS_EN: { family: EventFamily; pattern: RegExp }[] = [
  {
    family: "returned",
    pattern:
      /\b(?:returned|rejected|declined|refused|dismissed|bounced|turned down|sent (?:\S+ )?back|kicked (?:\S+ )?back|did not pass|didn't pass|failed(?! to)|said no to|knocked (?:\S+ )?back|(?:was|were|is|are|has been|have been) not (?:approved|accepted)|(?:has|have) not been (?:approved|accepted)|not accepted)\b/g,
  },
  { family: "approved", pattern: /\b(?:approved|went through|got through|cleared|granted|passed|okayed|signed off|(?:is|was|got) (?:finally |now )?through(?! (?:to|with|for)\b)|got the go-ahead)\b/g },
  { family: "cancelled", pattern: /\b(?:cancell?ed|revoked|deregistered|withdrawn|withdrew|removed|deleted|terminated|taken off|took (?:\S+ ){1,3}off)\b/g },
  { family: "changed", pattern: /\b(?:changed|updated|modified|amended|swapped|replaced)\b/g },
  { family: "synced", pattern: /\b(?:synced|synchroni[sz]ed|sync(?:ed)? (?:is )?(?:done|complete|finished)|imported into|pulled (?:in |over )?the (?:miit |bureau |管局 )?(?:result|approval|record))\b/g },
  { family: "submitted", pattern: /\b(?:submitted|resubmitted|sent in|lodged|went in|handed (?:in|over)|transferred|filed(?= (?:the|our|an?) (?:icp )?(?:filing|application)))\b/g },
  // Non-native English writes the base form after an auxiliary ("is approve", "has reject", "already submit",
  // "was cancel by Huawei"): the auxiliary marks the tense, the base form names the family.
  { family: "approved", pattern: /\b(?:is|was|has|have|been|already|get|got) (?:been )?(?:approve|pass)\b(?! (?:to|the|our|your|it)\b)/g },
  { family: "returned", pattern: /\b(?:is|was|has|have|been|already|get|got) (?:been )?(?:reject|return|refuse|decline)\b(?! (?:to|the|our|your|it)\b)/g },
  { family: "cancelled", pattern: /\b(?:is|was|has|have|been|already|get|got) (?:been )?(?:cancel|revoke|deregister|withdraw|remove)\b(?! (?:to|the|our|your|it)\b)/g },
  { family: "submitted", pattern: /\b(?:is|was|has|have|been|already) (?:been )?submit\b(?! (?:to|the|our|your|it)\b)/g },
  { family: "synced", pattern: /\b(?:is|was|has|have|been|already) (?:been |now )?sync\b(?! (?:the|our|your|it)\b)/g },
];
/** Chinese event verbs with the aspect that reports them (已/被/了/成功/完成), or a verb that is a result (驳回, 未通过). */
const VERBS_ZH: { family: EventFamily; pattern: RegExp }[] = [
  { family: "returned", pattern: /驳回|退回|打回|未通过|不通过|不予通过|未予通过|审核失败|没过|没通过|没有通过/g },
  { family: "approved", pattern: /(?:已|已经)[^，,。；;]{0,8}?(?:通过|获批|批准)|(?:审核|审批)通过|通过了|获得批准/g },
  { family: "cancelled", pattern: /(?:已|已经|被)[^，,。；;]{0,12}?(?:注销|取消|撤销|收回)|(?:注销|取消|撤销)(?:成功|完成|了)/g },
  { family: "changed", pattern: /(?:已|已经|被|由)[^，,。；;]{0,12}?(?:变更|修改|更新|调整)|(?:变更|修改|更新)(?:成功|完成|了)|变更(?:已)?生效/g },
  { family: "synced", pattern: /(?:已|已经)[^，,。；;]{0,8}?同步|同步(?:成功|完成|完毕|好了|了)|结果(?:拉|取|抓)(?:过来|回来|到)了?/g },
  { family: "submitted", pattern: /(?:已|已经)[^，,。；;]{0,8}?(?:提交|递交|报送)|(?:提交|递交)(?:成功|完成|了)|(?:交|送|报|转)(?:到|给)了?[^，,。；;]{0,8}?(?:管局|通信管理局)/g },
];

/** Every sentence with its offset. */
function sentences(text: string): { start: number; body: string }[] {
  const out: { start: number; body: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[。；;！!？?\n]|\.(?=\s|$)/g)) {
    out.push({ start, body: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, body: text.slice(start) });
  return out;
}

/**
 * Who did it: the actor after "by"/被/由 right after or before the verb, else the actor named last before
 * the verb in the sentence, else the first one after it.
 */
function actorOf(sentence: string, at: number, end: number, zh: boolean): Actor {
  const authority = zh ? AUTHORITY_ZH : AUTHORITY_EN;
  const provider = zh ? PROVIDER_ZH : PROVIDER_EN;
  const classify = (s: string): Actor | null => {
    const a = s.search(authority);
    const p = s.search(provider);
    if (a < 0 && p < 0) return null;
    if (a < 0) return "provider";
    if (p < 0) return "authority";
    return a > p ? "authority" : "provider";
  };
  const agent = /^\s*by\s+(.{0,60})/.exec(sentence.slice(end));
  if (agent?.[1]) {
    const who = classify(agent[1].split(/[,(]/)[0] ?? "");
    if (who) return who;
  }
  const before = sentence.slice(0, at);
  const zhAgent = /(?:被|由|经)([^，,。]{0,20})$/.exec(before);
  if (zhAgent?.[1]) {
    const who = classify(zhAgent[1]);
    if (who) return who;
  }
  // The actor named last before the verb: "the bureau returned", "Tencent's review bounced".
  let last: Actor | null = null;
  let lastAt = -1;
  for (const [who, re] of [["authority", authority], ["provider", provider]] as const) {
    for (const m of before.matchAll(new RegExp(re.source, "g"))) if (m.index > lastAt) [last, lastAt] = [who, m.index];
  }
  if (last) return last;
  // Else the first actor named after the verb ("cleared Tencent's first review … with the Guangdong CA").
  const rest = sentence.slice(end);
  const a = rest.search(authority);
  const p = rest.search(provider);
  if (a < 0 && p < 0) return "none";
  if (a < 0) return "provider";
  if (p < 0) return "authority";
  return a < p ? "authority" : "provider";
}

/** A reason clause: what it names is why an event happened. */
const REASON_EN = /\b(?:because|due to|as a result of|owing to|on the grounds that)\b[^.;!?]*/g;
const REASON_ZH = /(?:因为|由于|(?<![原起])因(?!此|而))[^，,。；;！!？?]*/g;

/** The kind an event of this family, by this actor, about this subject reports, or null when none does. */
function kindOf(family: EventFamily, actor: Actor, sentence: string, clause: string, zh: boolean): MessageKind | null {
  // W round: a reason that names the access ("…has been cancelled, because the filing had no access provider", "因长期未接入，
  // 备案号已被注销") is why the number went, not what went.
  const access = zh ? /接入/.test(sentence.replace(REASON_ZH, " ")) : /\baccess\b/.test(sentence.replace(REASON_EN, " "));
  // L4- round: also the request "to modify" the filing ("Your request to modify the ICP filing … has been approved").
  const change = zh ? /变更/.test(sentence) : /\b(?:change|modification|amendment)(?: filing| request| application)?\b|\b(?:request|application) to (?:modify|amend|update)\b/.test(sentence);
  const toAuthority = zh ? /(?:提交|递交|报送|转)(?:至|到|给)?[^，,。]{0,8}(?:管局|通信管理局)/.test(sentence) : /\bto (?:the )?(?:[a-z]+ )?(?:bureau|communications? (?:administration|bureau)|miit|管局|ca)\b/.test(sentence);
  switch (family) {
    case "returned":
      return actor === "authority" ? "authority_rejected" : "provider_returned";
    case "approved":
      // A provider's own review passed is a step, not the approval; a change filing approved is the change.
      if (actor === "provider") return null;
      // …and so is a pass in a review that is not the authority's ("passed the examination of the preliminary stage",
      // "passed the review of the internal legal team"; I round).
      if (zh ? /内部|法务/.test(sentence) : /\b(?:preliminary|internal|legal|pre-?(?:check|review|audit)|in-house)\b/.test(sentence)) return null;
      // …nor a check the filing passed (A round: "passed this year's accuracy check", 通过了年度核查): a clean check, no approval.
      if (zh ? /通过[^，,。]{0,8}(?:核查|抽查|检查|年审|核验)/.test(sentence) : /\bpassed\b[^.;]{0,30}\b(?:accuracy|spot|annual|quarterly|information|compliance|footer|content)(?: accuracy)? (?:check|inspection|verification|scan|review)\b/.test(sentence)) return null;
      return change ? "record_changed" : "filing_approved";
    case "cancelled":
      // A provider can only withdraw its access; the authority (or nobody named) cancels the number.
      if (access || actor === "provider") return "access_cancelled";
      return "icp_number_cancelled";
    case "changed":
      return RECORD_FIELD.test(clause) ? "record_changed" : null;
    case "synced":
      // Synced to the authority is the provider sending data up, not the approval reaching the provider.
      if (zh ? /同步(?:至|到|给)[^，,。]{0,8}(?:管局|通信管理局|工信部)/.test(sentence) : /\bsync(?:ed|hronized)? to (?:the )?(?:miit|bureau|communications? administration)\b/.test(sentence)) return null;
      return "provider_synced";
    case "submitted":
      return toAuthority ? "submitted_to_authority" : "filing_submitted";
  }
}

/**
 * The events the sentences of `text` (normalised, lower-cased, other filings blanked) report, in order.
 * The caller reads each at its verb (tense, negation, condition) and keeps only asserted ones.
 */
export function readEvents(text: string, original: string = text): EventReading[] {
  if (!FILING_ANCHOR.test(text) || !ADDRESSED.test(text)) return [];
  const found: EventReading[] = [];
  for (const { start, body } of sentences(text)) {
    // The subject check reads the sentence before other filings were blanked ("PSB filing submitted").
    if (OTHER_SUBJECT.test(original.slice(start, start + body.length))) continue;
    const zh = /[\u4e00-\u9fa5]{4}/.test(body.replace(/[【[][^】\]]*[】\]]/g, "").replace(/[\u4e00-\u9fa5]*icp[备证]\d+号(?:-\d+)?/g, ""));
    if (!(zh ? FILING_SUBJECT_ZH : FILING_SUBJECT_EN).test(body)) continue;
    for (const { family, pattern } of zh ? VERBS_ZH : VERBS_EN) {
      for (const m of body.matchAll(new RegExp(pattern.source, "g"))) {
        // A verb before 原因/理由/意见 or "reason" names the event's reason, it does not report it (驳回原因).
        if (/^\s*(?:的)?(?:原因|理由|意见|说明|reasons?|notice|comments?)/.test(body.slice(m.index + m[0].length))) continue;
        const actor = actorOf(body, m.index, m.index + m[0].length, zh);
        // The clause of the verb (from the last comma before it to its end): what was changed stands there.
        const after = body.slice(m.index + m[0].length).search(/[，,：:]/);
        const clause = body.slice(
          Math.max(0, ...[...body.slice(0, m.index).matchAll(/[，,：:]/g)].map((c) => c.index + 1)),
          after < 0 ? body.length : m.index + m[0].length + after,
        );
        // In English the verb's own clause names what happened ("The meeting is cancel, we talk about the ICP
        // filing next week": the meeting was cancelled); a clause that names nothing reads the sentence.
        if (!zh && OTHER_THING_EN.test(clause) && !FILING_SUBJECT_EN.test(clause)) continue;
        // A page taken down ("the block page on … has been removed", 拦截页已撤下) is the site released, not a filing cancelled (N round).
        if (family === "cancelled" && TAKEN_DOWN_PAGE.test(clause)) continue;
        const kind = kindOf(family, actor, body, clause, zh);
        if (kind) found.push({ kind, family, actor, index: start + m.index, match: m[0] });
      }
    }
  }
  return found;
}

const FAMILY_LABEL: Record<EventFamily, { en: string; zh: string }> = {
  returned: { en: "returned", zh: "退回" },
  approved: { en: "approved", zh: "通过" },
  cancelled: { en: "cancelled", zh: "取消/注销" },
  changed: { en: "changed", zh: "变更" },
  synced: { en: "synced", zh: "同步" },
  submitted: { en: "submitted", zh: "提交" },
};
const ACTOR_LABEL: Record<Actor, { en: string; zh: string }> = {
  authority: { en: " by the authority", zh: "（管局）" },
  provider: { en: " by the provider", zh: "（接入商）" },
  none: { en: "", zh: "" },
};

/** The label the record page shows for a weak reading: a suggestion, and the verb that made it. */
export function weakLabel(e: Pick<EventReading, "family" | "actor">): { en: string; zh: string } {
  return {
    en: `suggestion from the sentence: ${FAMILY_LABEL[e.family].en}${ACTOR_LABEL[e.actor].en} (no exact cue)`,
    zh: `据句子推测：${FAMILY_LABEL[e.family].zh}${ACTOR_LABEL[e.actor].zh}（无确切线索）`,
  };
}
