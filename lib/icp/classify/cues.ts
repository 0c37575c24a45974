/**
 * The cues per kind: the many spellings of each event or notice, each with a weight (how surely
 * it names the kind when read as meant) and a mode. An `event` cue (the number was cancelled, the
 * order was submitted) decides only when asserted; a `notice` cue (check, rectify, display the
 * number) also decides as an instruction; a `fact` cue (the MIIT code itself) decides in any reading
 * but a question. Cues match the normalised, lower-cased text (full-width
 * folded to ASCII, HTML removed, codes already masked). docs/classifier.md explains the design.
 */
import type { MessageKind } from "../kinds";

/** `fact`: decides however the clause reads (a masked code in an MIIT message is the event itself). */
export type CueMode = "event" | "notice" | "fact";

export type CueContext = {
  /** The text contains a (masked) verification code. */
  hasCode: boolean;
  /** The sender or the wording is MIIT or a communications? administration. */
  fromAuthority: boolean;
  /** Wording of MIIT's own ICP system (工信部, 管局, beian.miit, 12381, ICP备案 …). */
  miitContext: boolean;
};

export type Cue = {
  id: string;
  kind: MessageKind;
  mode: CueMode;
  weight: number;
  label: { en: string; zh: string };
  pattern: RegExp;
  /** Extra condition on the whole text. */
  when?: (ctx: CueContext, text: string) => boolean;
  /** A match containing this is not the cue ("access … has been cancelled" is not the number). */
  unless?: RegExp;
  /**
   * The filing-subject check: when the clause before the match (with the match) names this, the
   * event happened to something else than the ICP filing ("域名实名认证审核通过" is the domain's
   * real-name check; "Access for 粤ICP备…号 was cancelled" is the access, not the number).
   */
  notAbout?: RegExp;
  /**
   * The event is named at the start of the match and what follows is its pending step ("注销申请
   * 已提交，工信部将发送短信核验"): read the clause at the start only. Otherwise a match that runs
   * over a clause break is read where it ends, at its verb.
   */
  readAtStart?: boolean;
  /**
   * A word that names the kind of notice but not its subject ("整改", "rectify"): a notice cue that
   * names the problem (the footer number) outranks it.
   */
  generic?: boolean;
};

/** Any clause character: not a sentence end. */
const C = "[^。；;！!？?\\n]";
/** Within a clause and not past a comma. */
const W = "[^。；;！!？?\\n，,:：]";
/** An English clause character: a full stop only inside a name ("example.com"). */
const E = "(?:[^.!?;；\\n]|\\.(?=\\S)|(?<=\\bno)\\.)";
/** The cloud providers by name, in Chinese and, lower-cased, in English ("Tencent Cloud", "aliyun", "Volcano Engine"). */
export const ZH_CLOUD = "(?:阿里云|腾讯云|华为云|百度智能云|百度云|京东云|火山引擎|西部数码|天翼云|金山云|新网|ucloud|优刻得)";
export const EN_CLOUD = "(?:alibaba|aliyun|tencent|huawei|baidu|jd|ucloud|volcano(?: engine)?|volcengine|kingsoft|ctyun|xinnet|west\\.cn)";
/** A provider, or the provider speaking of itself. */
const ZH_PROVIDER = `(?:${ZH_CLOUD}|接入商|平台|我司|我们)`;
const EN_PROVIDER = "(?:alibaba cloud|tencent cloud|huawei cloud|baidu ai cloud|jd cloud|volcano engine|ucloud|west\\.cn|the provider|our|us)";
const AUTHORITY_ZH = "(?:管局|通信管理局|工信部|工业和信息化部)";
/** The authority in English, or in Chinese inside an English relay ("the 管局 (not Alibaba) rejected it"). */
export const PROVINCE_EN =
  "(?:beijing|tianjin|shanghai|chongqing|hebei|shanxi|liaoning|jilin|heilongjiang|jiangsu|zhejiang|anhui|fujian|jiangxi|shandong|henan|hubei|hunan|guangdong|hainan|sichuan|guizhou|yunnan|shaanxi|gansu|qinghai|inner mongolia|guangxi|tibet|ningxia|xinjiang)";
// R round: machine-translated MIIT English writes 管局 word for word ("Tube Bureau") and 通信管理局 as "communication
// management bureau".
const AUTHORITY_EN =
  "(?:(?:the )?tube bureau(?![a-z])|(?:the )?(?:[a-z]+ )?(?:province |provincial )?communications? management bureau(?![a-z])|(?:the )?(?:provincial |local )?(?:administration bureau|management bureau|communications? administration|communications? bureau|communications? authority|telecom(?:munications?)? (?:administration|bureau)|authority|miit|bureau)(?![a-z])|(?:the )?provincial administration(?![a-z])|(?:the )?" + PROVINCE_EN + " (?:provincial )?(?:ca|bureau|administration|authority|管局)(?![a-z])|(?:the )?[a-z]+ (?:provincial |municipal )?(?:communications?|telecom(?:munications?)?) (?:administration|bureau)(?![a-z])|(?:the )?(?:管局|通信管理局|工信部))";
/**
 * A provider as the one who acted, in an English relay ("Tencent Cloud returned our filing", "Huawei has
 * withdrawn its access"): what the provider did is a provider-side event.
 */
const PROVIDER_ACTOR_EN =
  "(?:alibaba cloud|aliyun|alibaba|tencent(?: cloud)?|huawei(?: cloud)?|baidu(?: ai)?(?: cloud)?|jd cloud|volcano engine|volcengine|ucloud|kingsoft(?: cloud)?|ctyun|china telecom cloud|west\\.cn|the provider|our provider|the access provider)";
/** The authority's own act, active voice: "MIIT cancelled our ICP number", "the bureau approved the filing". */
const AUTHORITY_ACTOR_EN = "(?:(?:the )?miit office(?: of [a-z]+)?|(?:the )?tube bureau|(?:the )?(?:[a-z]+ )?(?:province |provincial )?communications? management bureau|(?:the )?miit|(?:the )?(?:administration )?bureau|(?:the )?(?:chinese )?government|(?:the )?provincial administration|(?:the )?" + PROVINCE_EN + " (?:ca|bureau|administration)|(?:the )?(?:[a-z]+ )?(?:provincial )?communications? administration|the authority|(?:the )?管局)";
/** The sync still to come, as a page says how long it takes (Q9 round). */
// U3 round: also with the time before the verb ("华为云将在约1个工作日内同步审核结果").
const SYNC_TO_COME = /将(?:在|于)?(?:约|大约|预计)?\s*(?:\d|[一二三两])(?:\s*[-~～]\s*\d)?\s*个?(?:工作日|小时|天)(?:内|左右)?(?:完成)?同步|同步(?:至|到)?[^，,。\n]{0,12}?(?:约需|预计|需要|大约需要|约)[^，,。\n]{0,4}?(?:\d|[一二三两])(?:\s*[-~～]\s*\d)?\s*个?(?:工作日|小时|天)|\bsync(?:ing|hroni[sz]ation)?\b[^.\n]{0,40}?\b(?:takes|will take|usually takes|is expected within)\b/;
/** A province or city before 通信管理局: "广东省通信管理局", "北京市通信管理局". */
const PROVINCE_ZH =
  "(?:[\\u4e00-\\u9fa5]{1,5}?(?:省|市|自治区)|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古?|广西|西藏|宁夏|新疆|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新])?";
/** A provider by its short Chinese name, as people say it in chat ("被阿里打回来了", "不是阿里退的"). */
const ZH_PROVIDER_SHORT = "(?:阿里(?:云)?|腾讯(?:云)?|华为(?:云)?|百度(?:智能云|云)?|京东(?:云)?|火山(?:引擎)?|西部数码|金山云|天翼云|ucloud|优刻得|接入商|服务商)";
/** The date of the event between 已 and the verb: "已于2026年11月26日变更", "已于2026-11-27 14:32提交". */
const DATE_ZH = "(?:于?\\s*\\d{4}[年/.-]\\d{1,2}[月/.-]\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*)";
/** The providers' own review: passing it is a provider step, not the filing's approval. */
const PROVIDER_REVIEWER = /初审|阿里云|腾讯云|华为云|百度|京东云|火山引擎|西部数码|ucloud|优刻得|金山云|天翼云|接入商|服务商/;

/** A record page's approval date field: "管局审核通过时间：2026年04月01日", "Approved on 09/04/2026". */
const APPROVAL_DATE_FIELD = /(?:管局)?审核通过(?:时间|日期)\s*[:：]\s*\d|\bapproved on\s*[:：]?\s*\d/;
const cue = (c: Cue): Cue => c;

/** A status or result line that says an order is done (a console row read as fields). */
/** A console row's order type that names a change filing ("订单类型：变更网站", "Order type: Change website"). */
const CHANGE_ORDER_TYPE =
  /(?:^|\n)\s*(?:订单|业务|备案|办理|变更)?类型\s*[:：]\s*(?:变更(?:网站|主体|接入|备案)|change (?:filing|website|entity|access)\b)|(?:^|\n)\s*(?:order|request|filing|application) type\s*[:：]\s*(?:change|modif)/;
const ORDER_DONE =
  /(?:^|\n|[|｜]\s*)\s*(?:当前|订单|备案|办理|审核)?(?:状态|结果)\s*[:：]\s*(?:已完成|已办结|已生效|完成|成功|已通过|审核通过)\s*(?=$|\n)|(?:^|\n)\s*(?:order |filing |request |review )?(?:status|result)\s*[:：]\s*(?:completed|complete|done|finished|successful|success|approved)\s*(?=$|\n)/;

/** A status field and its value: "status: …", "当前状态：…", "订单状态：…". */
// V round: a log line's change of state ("status AUTHORITY_REVIEW -> AUTHORITY_REJECTED", since the W round also
// "state=PROVIDER_APPROVED->SUBMITTED_TO_BUREAU") is read at its new state, and a
// ticket's "preliminary review result: Needs modification" is the review's status.
const STATUS = "(?:\\b(?:status|state)(?:\\s+|\\s*[=:：]\\s*)[a-z_]+\\s*(?:->|→|=>)\\s*|\\b(?:provider|initial|first|preliminary) review result\\s*[:：]\\s*|(?:^|\\n|\\b)(?:current |order |filing |review )?status\\s*[:：]\\s*|(?:^|\\n)\\s*(?:current |order |filing |review )?(?:stage|progress)\\s*[:：]\\s*|(?:^|\\n)\\s*(?:当前|订单|备案|审核)?(?:进度|阶段)\\s*[:：]\\s*|(?:^|\\n|\\b)(?:filing|order|application|icp|review) status (?:has )?(?:changed|updated|moved|switched|set) to\\s*['\"“]?|(?:^|\\n)\\s*(?:provider|initial|first|preliminary) review\\s*[:：]\\s*|(?:当前|订单|备案|审核)?状态\\s*[:：为]\\s*[“\"]?|\"(?:status|state|new_status|to|to_status|status_desc|status_text|event|event_type|type|notice|notice_type|notification)\"\\s*:\\s*\")";
/**
 * A cell of a console row ("JD Cloud ICP | 京ICP备… | Cancelled (revoked by bureau) | 2026-12-11", "order #… · Returned (needs
 * changes) · 2026/12/3"): a value that fills a cell between separators, with at most an aside after it (N round).
 */
// A row of three cells or more reaches the cues one cell a line (tableAsFields), so a line of its own that is only the value is such a cell.
const ROW_CELL = "(?:(?:^|\\n)[^\\n|｜·│]{1,60}(?:[|｜·│][^\\n|｜·│]{1,60})*?[|｜·│][ \\t]*|\\n[ \\t]*)";
const CELL_END = "(?=[ \\t]*(?:[(（][^)）\\n|｜·│]{0,40}[)）])?[ \\t]*(?:[-–—:：][^\\n|｜·│]{0,40})?[ \\t]*(?:[|｜·│]|$))";
// R round: a payload's coded state is its value ("PENDING_GOV_AUDIT" the bureau's review, "WAITING_FIRST_AUDIT" the provider's
// first review, "status_desc":"平台审核驳回" the provider's return).
function statusCues(): Cue[] {
  const values: [MessageKind, string, string, string][] = [
    ["authority_rejected", "rejected by the authority", "管局驳回", `(?:rejected|returned|refused|declined|not approved) by ${AUTHORITY_EN}|(?:管局|通信管理局)(?:审核)?(?:驳回|退回|不通过|未通过)|(?:icp[._])?(?:order[._]|filing[._])?(?:authority|bureau|miit)[._](?:rejected|returned|refused)\\b`],
    ["provider_returned", "returned", "已退回", "(?:returned|rejected|failed|not approved|declined|returned for (?:modification|correction|changes)|needs? (?:modification|changes|revision|revisions|correction|corrections)|revision (?:needed|required)|(?:pending|awaiting) (?:modification|revision|correction))(?! by (?:the )?(?:miit|bureau|communications? administration|[a-z]+ communications? administration|[a-z]+ ca)\\b)|(?:platform|provider|initial|first) review (?:rejected|returned|failed)|(?:平台|接入商|服务商)?(?:初审|审核)?(?:驳回|退回|打回|不通过|未通过|审核不通过|审核未通过|需修改|待修改)"],
    ["submitted_to_authority", "with the authority", "管局审核中", `(?:pending|awaiting|under|in) (?:the )?(?:miit|管局|bureau|authority|administration|communications? administration)(?:'s)? review|submitted to ${AUTHORITY_EN}|submitted_to_(?:the_)?(?:bureau|authority|miit|administration|gov)\\b|(?:authority|bureau|miit|administration)[_ ]review(?:ing)?\\b|(?:pending|awaiting|waiting)[_ ](?:for[_ ])?(?:gov|government|authority|bureau|miit)[_ ](?:audit|review)\\b|(?:待)?管局审核(?!通过|不通过|未通过|驳回|退回|结果)(?:中)?|已提交管局|已提交至${PROVINCE_ZH}通信管理局`],
    ["filing_submitted", "submitted", "已提交", "(?:(?:pending|awaiting|waiting)[_ ](?:for[_ ])?(?:first|initial|provider)[_ ](?:audit|review)\\b|submitted|received|resubmitted|(?:provider(?:'s)? )?(?:initial|first) (?:review|audit)(?:ing)?(?= *(?:$|\\n|[|,;(]| in progress| ongoing))|in (?:the )?(?:initial|first) review|under (?:the )?provider(?:'s)? review|pending (?:the )?(?:initial|first|preliminary|provider(?:'s)?) review|awaiting (?:the )?(?:initial|first|preliminary|provider(?:'s)?) review|under (?:initial|first) review)|(?:已提交|已受理|待初审|初审中|等待初审|审核中|(?:待|等待)(?:接入商|服务商|阿里云|腾讯云|华为云|西部数码|天翼云|京东云)(?:初审|审核)|(?:接入商|服务商|阿里云|腾讯云|华为云|百度智能云|京东云|火山引擎|西部数码|天翼云|金山云|移动云|新网)(?:初审|审核)中|under (?:the )?(?:alibaba|aliyun|tencent|huawei|baidu|jd|kingsoft|ucloud|volcano engine|volcengine|xinnet|ctyun)(?: cloud)?(?:'s)? (?:initial |first )?(?:review|audit))"],
    ["record_changed", "changed", "已变更", "(?:change(?:s)? (?:completed|approved|effective|in effect))|(?:(?:miit|icp|filing)[_.])?record[_.](?:updated|changed)\\b|(?:变更(?:已)?(?:完成|成功|生效)|已变更)"],
    ["cancellation_verification", "waiting for the cancellation's verification", "待注销核验", "(?:待|等待)(?:工信部|管局)?注销(?:短信)?核验|注销(?:待|核验中)|(?:pending|awaiting) (?:the )?cancell?ation (?:verification|confirmation)"],
    ["access_cancelled", "access removed", "已取消接入", "access[ _.](?:removed|cancell?ed|withdrawn|terminated)|(?:已)?取消接入"],
    ["icp_number_cancelled", "cancelled", "已注销", "(?:(?:icp|beian|filing|record)[._](?:number[._])?)?(?:cancell?ed|revoked|deregistered)(?! by (?:the )?(?:provider|alibaba|tencent|huawei))|已注销|注销成功"],
  ];
  return values.flatMap(([kind, en, zh, value]) => [
    cue({
      id: `${kind}.status`,
      kind,
      mode: "event",
      weight: 0.85,
      label: { en: `status: ${en}`, zh: `状态：${zh}` },
      pattern: new RegExp(`${STATUS}(?:${value})`),
      // The label names what the value is of: "Access status: Cancelled" is the access, not the number.
      ...(kind === "icp_number_cancelled" ? { notAbout: /\baccess\b|接入/ } : {}),
      // A status value is a state, read at its label: "当前状态：待初审", "待注销核验" ("待" opens a condition in a
      // clause, not in a status value; H round).
      readAtStart: true,
    }),
    cue({
      id: `${kind}.status_row`,
      kind,
      mode: "event",
      weight: 0.85,
      label: { en: `status: ${en}`, zh: `状态：${zh}` },
      pattern: new RegExp(`${ROW_CELL}(?:${value})${CELL_END}`, "m"),
      ...(kind === "icp_number_cancelled" ? { notAbout: /\baccess\b|接入/ } : {}),
      readAtStart: true,
    }),
  ]);
}

/**
 * A payload's event field (T round): the value of "event", "type", "事件", "state", "current" or "to" is what happened,
 * spelled as a code ("icp.access_cancelled", "ICP_SYNC_COMPLETED", "SUBMITTED_TO_AUTHORITY", "PROVIDER_REJECTED") or in
 * Chinese ("取消接入"). The code names the filing (icp, filing, beian, order…) and its event at its end, so a check that
 * passed ("icp.footer_check_passed"), a domain's renewal or a certificate's expiry names none. The field outranks what
 * other fields say: a "reason":"rectification deadline passed" is why access was cancelled, not a rectification notice.
 */
function payloadEventCues(): Cue[] {
  const KEY = `"(?:event|event_type|eventtype|event_name|type|notification_type|事件|事件类型|state|status|current|current_status|new_status|to|to_status|new_state|kind|provider_status|order_status)"\\s*:\\s*"`;
  const PREFIX = "(?:[a-z0-9]+[._-]){0,3}?";
  const KV = `(?:^|[\\s,;(\\[])(?:event|event_type|type|state|status|stage|new_status|current_status|change_detected|change_type|to|new_state|provider_status|order_status|icp_status|filing_status|kind)=["']?(?:[a-z_]+["']?\\s*(?:->|→|=>)\\s*["']?)?`;
  const FILING = "(?:icp|filing|beian|record|order|icp_order|result|approval)";
  // D round: a payload's stage field that names the authority ("event":"icp.order.rejected","stage":"authority") says who
  // turned the order down: the bureau, not the provider.
  const AUTHORITY_STAGE = /"(?:stage|by|actor|reviewer|level|source|step)"\s*:\s*"(?:authority|bureau|miit|管局|通信管理局|authority_review)"/;
  const atAuthority = (_ctx: CueContext, t: string): boolean => AUTHORITY_STAGE.test(t);
  const notAtAuthority = (_ctx: CueContext, t: string): boolean => !AUTHORITY_STAGE.test(t);
  /** kind, label (en, zh), the value's pattern, and, where the payload's stage must agree, the id's tail and the check. */
  const values: [MessageKind, string, string, string, { id: string; when: NonNullable<Cue["when"]> }?][] = [
    ["filing_approved", "filing approved", "备案已通过", `${PREFIX}${FILING}[._-](?:[a-z]+[._-])?approved|(?:authority|bureau|miit)[._-]approved`],
    ["provider_synced", "approval synced", "结果已同步", `${PREFIX}(?:${FILING}|provider|access)[._-](?:[a-z]+[._-])?(?:synced|synchroni[sz]ed|sync(?:hroni[sz]ation)?[._-]?(?:completed?|done|success|succeeded|finished|ok))`],
    ["access_cancelled", "access cancelled", "已取消接入", `${PREFIX}access[._-](?:cancell?ed|removed|withdrawn|terminated|revoked)|(?:已)?取消接入|接入(?:已)?(?:被)?取消`],
    ["footer_notice", "footer check failed", "底部备案号检查未通过", `${PREFIX}footer[._-](?:[a-z]+[._-]){0,3}(?:failed|missing|absent|not[._-]displayed)`],
    ["cancellation_verification", "cancellation awaiting verification", "注销待核验", `${PREFIX}(?:cancell?ation|cancel[._-](?:website|site|entity|subject|access|filing)|cancel)[._-](?:sms[._-])?(?:verif(?:y|ication)(?:[._-](?:pending|required|sent))?|pending[._-]confirm(?:ation)?|pending[._-]verif(?:y|ication)|confirm(?:ation)?[._-](?:pending|required|sent))`],
    ["submitted_to_authority", "submitted to the authority", "已提交管局", `${PREFIX}(?:submitted|forwarded|sent|transferred)[._-]to[._-](?:the[._-])?(?:provincial[._-])?(?:authority|miit|bureau|administration|ca|gov(?:ernment)?)`],
    ["provider_returned", "returned by the provider", "接入商退回", `${PREFIX}(?:provider|platform|first|initial|prelim|preliminary)[._-](?:review[._-]|audit[._-])?(?:rejected|returned)|${PREFIX}(?:icp[._-])?order[._-](?:returned|rejected)(?:[._-]by[._-](?:provider|platform|reviewer))?`, { id: "payload_event", when: notAtAuthority }],
    // V round: "event":"miit.record.cancelled" is the number's cancellation.
    ["icp_number_cancelled", "number cancelled", "备案号已注销", `${PREFIX}(?:icp|beian|record|filing|licen[cs]e)[._-](?:number[._-])?(?:cancell?ed|revoked|deregistered)`],
    // Z round: the submission, the bureau's rejection and a change, as a job's log line codes them ("event=application_submitted",
    // "stage=awaiting_preliminary_review", "stage=authority_review -> authority_rejected", "change_detected=website_added").
    ["filing_submitted", "application submitted", "备案已提交", `${PREFIX}(?:application|order|filing|icp_order)[._-](?:re)?submitted|(?:awaiting|pending|waiting)[._-](?:for[._-])?(?:preliminary|first|initial|provider)[._-](?:review|audit)`],
    // E round: a notice's kind field naming a check ("kind=INFO_CHECK", "annual_review") is the check.
    ["rectification_notice", "information check", "信息核查", `${PREFIX}(?:info(?:rmation)?|filing|accuracy|annual|contact)[._-](?:check|review|verification)(?:[._-](?:required|pending|notice|failed|opened))?`],
    ["authority_rejected", "rejected by the authority", "管局驳回", `${PREFIX}(?:authority|bureau|miit|gov)[._-](?:rejected|returned|refused)`],
    ["record_changed", "record changed", "备案信息已变更", `${PREFIX}(?:record|filing|entity|contact)[._-](?:changed|updated|modified)|(?:website|site)[._-]added`],
    ["authority_rejected", "rejected at the authority's stage", "管局驳回", `${PREFIX}(?:icp[._-])?order[._-](?:returned|rejected)`, { id: "payload_stage", when: atAuthority }],
  ];
  return values.map(([kind, en, zh, value, stage]) =>
    cue({
      id: `${kind}.${stage?.id ?? "payload_event"}`,
      kind,
      mode: "event",
      weight: 0.9,
      label: { en: `payload event: ${en}`, zh: `数据事件：${zh}` },
      // Z round: a log line's key=value field says the same as a payload's ("status=PROVIDER_REJECTED", "stage=a -> b").
      pattern: new RegExp(`${KEY}(?:${value})"|${KV}(?:${value})(?=["'\\s,;)]|$)`),
      readAtStart: true,
      ...(stage ? { when: stage.when } : {}),
    }),
  );
}

/**
 * Between 已/被 and the verb it marks: the agent, the object, a date, not another verb ("工信部已向
 * 负责人发送注销核验短信": 已 marks 发送, the cancellation is not done).
 */
const OWN_VERB = "(?:(?!发送|发出|提交|通过|收到|受理|申请|办理|进行|发起|完成|短信|核验)[^。；;！!？?\\n，,:：])";
/** English "is/was/has been…": the copula of a passive past or a present state ("is now cancelled"). */
const BE_EN = "(?:has been|have been|had been|has now been|have now been|was|were|is(?: now)?|are(?: now)?|got)";


/** MIIT's filings of apps and mini programs (APP备案, 小程序备案), which share its SMS check. */
/** An app's or a mini program's filing, named in Chinese or English, perhaps with its name quoted ("小程序“熊猫点单”的备案"). */
export const APP_FILING_ZH = String.raw`(?:app|(?:微信|支付宝|百度)?小程序|快应用)(?:\s?["“「][^"”」]{1,24}["”」])?\s?(?:的)?备案`;
export const APP_FILING_EN = String.raw`\b(?:app|mini[- ]?program|quick app)(?:\s?['"“‘][^'"”’]{1,30}['"”’])? (?:filing|registration)`;
export const OTHER_APP_FILING = new RegExp(String.raw`${APP_FILING_ZH}|${APP_FILING_EN}\b|\b(?:filing|registration) (?:for|of) (?:your |the |our |this )?(?:app|mini[- ]?program|quick app)\b(?![.-])`);
/** MIIT's services other than the filing system, which also send codes by SMS. */
/** Who sends the filing's code or names its step: MIIT, a provincial bureau, the SMS verification (N round), MIIT's SMS senders (Z round). */
/**
 * MIIT named as the one that sends a filing's code: "the ministry text", "the ministry texted Lin a code" and "the code for
 * the beian" (S1 round: only MIIT sends a filing's code). Shared by MIIT_OWN_CODE and decide.ts's MIIT_CONTEXT.
 */
export const MIIT_AS_CODE_SENDER = String.raw`\bthe ministry(?:'s)? (?:text|sms|message)\b|\bthe ministry (?:texted|sms(?:ed)?|messaged|sent)\b|\bcode for (?:the |our |my |your )?(?:beian|icp filing)\b`;
const MIIT_OWN_CODE = new RegExp(String.raw`${MIIT_AS_CODE_SENDER}|工信部|工业和信息化部|ministry of industry|管局|通信管理局|\bmiit\b|communications? administration|administration bureau|\bsms (?:verif(?:y|ication)|check)\b|短信核验|核验码|beian\.miit|12381|\b(?:106598051001|10655113|106575000130)\b`);
/**
 * A code for another purpose: signing in (正在登录, "you are signing in to the … console", a sign-in code), paying
 * (支付, 付款, 交易, "payment", "checkout"), a password. It is that service's code even when the service is a filing
 * console or a filing agency; MIIT's SMS asks to "log in to beian.miit.gov.cn" to enter the code, which is no sign-in.
 */
const OTHER_PURPOSE_CODE =
  /正在登录|登录验证码|登录账号|log(?:ging)? ?in to(?! (?:https?:\/\/)?(?:www\.)?(?:beian|the (?:icp|miit|filing|ministry|record (?:management|filing))))|log ?in (?:verification )?code|sign[- ]?in (?:verification )?code|\b(?:you are|you're|are) (?:signing|logging) (?:in|on)\b|\bsign(?:ing)?[- ](?:in|on) (?:to|for)\b|支付|付款|交易(?:验证码|密码|码)|转账|银行|充值|password|密码|\bpayments?\b|\bcheckout\b|\bpurchase\b|\btransaction\b/;
const MIIT_OTHER_SERVICE =
  /一证通查|电话卡|名下(?:的)?(?:手机)?号码|携号转网|号码(?:查询|核查)|码号|12300|申诉|投诉|反诈|phone cards?|sim cards?|mobile numbers? (?:registered )?in your name|number portability|\bport(?:ing)? (?:your |a )?(?:mobile )?number|complaint/;

export const CUES: readonly Cue[] = [
  // ------------------------------------------------------------------ cancellation_verification
  cue({
    id: "cancellation_verification.zh.request_needs_verification",
    kind: "cancellation_verification",
    mode: "event",
    weight: 0.9,
    label: { en: "a cancellation request waiting for SMS verification", zh: "注销申请待短信核验" },
    pattern: new RegExp(`(?:注销|撤销|取消接入)${W}{0,10}(?:[(（][^()（）\\n]{1,30}[)）])?(?:申请|请求|备案)${C}{0,60}?(?:核验|验证码|校验码|验证|核实确认|本人确认)|(?:注销|撤销|取消接入)${W}{0,10}(?:[(（][^()（）\\n]{1,30}[)）])?(?:申请|请求)${W}{0,4}?需(?:要)?(?:本人|您|你)?(?:本人)?确认|申请取消接入${C}{0,60}?(?:核验|验证码|校验码|验证)`),
    readAtStart: true,
  }),
  cue({
    // A code in an MIIT message about a cancellation confirms that cancellation (the same SMS
    // step as for a new filing, but what it confirms is the cancellation).
    id: "cancellation_verification.code_for_cancellation",
    kind: "cancellation_verification",
    mode: "notice",
    weight: 0.9,
    label: { en: "an MIIT code that confirms a cancellation", zh: "确认注销的工信部验证码" },
    // MIIT's three cancellations (注销主体, 注销网站, 取消接入) are each confirmed by SMS.
    // Machine-translated MIIT English spells 注销 "logout" or "write-off": "You are handling the record logout business" (N round).
    pattern: /注销|取消接入|\bcancell?ation\b|\bcancel(?:l?ing)?\b|\bderegist|\b(?:record|website|site|filing|entity|subject) (?:log ?out|write[- ]off)\b|\b(?:log ?out|write[- ]off) (?:business|service|application|request|procedure)\b/,
    // Z round: a code in an SMS about cancelling the filing itself ("Got the SMS about cancelling the beian for … - the code is …")
    // is MIIT's: only MIIT confirms a cancellation by SMS.
    when: (ctx, t) => ctx.hasCode && (ctx.miitContext || /\bcancel(?:l?ing|l?ation of)? (?:the |our |your |this )?(?:beian|icp filing|filing)\b|注销(?:网站)?备案/.test(t)),
  }),
  cue({
    id: "cancellation_verification.zh.cancelling_now",
    kind: "cancellation_verification",
    mode: "event",
    weight: 0.9,
    label: { en: "you are cancelling the filing (verification needed)", zh: "正在办理注销（需核验）" },
    pattern: new RegExp(`正在(?:申请|办理|进行)?${W}{0,6}注销`),
    // …or asked to confirm it on MIIT's site ("正在申请注销，请登录 beian.miit.gov.cn 进行确认"; P round).
    when: (ctx, t) => ctx.hasCode || /核验|验证/.test(t) || (ctx.miitContext && /(?:登录|前往)[^。；;！!？?\n]{0,40}?(?:进行|完成)?确认/.test(t)),
  }),
  cue({
    id: "cancellation_verification.en.request_needs_verification",
    kind: "cancellation_verification",
    mode: "event",
    weight: 0.9,
    label: { en: "a cancellation request waiting for verification", zh: "注销申请待核验" },
    pattern:
      /\b(?:cancell?ation (?:record |filing )?(?:request|application|order)|cancel (?:request|application)|cancell?ation verification|cancell?ation status\s*:\s*(?:awaiting|pending|waiting for)|request(?:ed)? to cancel|requested (?:the )?cancell?ation|applied (?:for the |to )?cancel(?:lation)?|(?:are|is) cancell?ing|cancell?ation of (?:your |the )?icp filing|cancel (?:your|the) icp|cancell?ation of (?:[a-z0-9-]+\.)+[a-z]{2,} needs (?:the |an? )?(?:miit |sms )?(?:confirmation|verification)|cancell?ation of (?:the |your )?(?:website |entity )?(?:icp )?filing\b(?:[^.!?;\n]|\.(?=\S)){0,40}?\bhas been requested|cancell?ation pending (?:your |the )?(?:confirmation|verification))\b/,
    // A subject "Confirmation - …" is the completed request's receipt, not a confirmation still to give (K round).
    when: (_ctx, t) => /verif|\bcode\b|confirm(?!ation\s*[-–—:])|abort|\bsms check\b|核验|验证/.test(t),
  }),
  cue({
    // A cancellation application (注销网站/注销主体/取消接入, "the cancellation of the website filing") and
    // the SMS step it waits for, in one text: MIIT confirms every cancellation by SMS, so a pending SMS
    // step in a cancellation text is the cancellation's verification, not the submission it mentions.
    id: "cancellation_verification.cancellation_awaiting_sms",
    kind: "cancellation_verification",
    // The SMS step is naturally still to come ("the owner will receive an SMS to confirm"): it decides in any
    // reading but a question or a denial.
    mode: "fact",
    weight: 0.85,
    label: { en: "a cancellation waiting for its SMS verification", zh: "注销申请待短信核验" },
    pattern:
      /短信核验|核验短信|确认短信|注销核验|发送短信|短信[^。；;！!？?\n]{0,8}(?:确认|核验)|(?:完成|进行|及时)[^。；;！!？?\n，,]{0,4}核验|\bsms (?:verification|confirmation|check)\b|\bverif(?:y|ication)\b|\bsms\b[^.!?\n]{0,20}\bconfirm|\bshort message verif(?:y|ication)\b|\bconfirmation (?:sms|text)\b|\btext(?:ed)?\b[^.!?\n]{0,30}?\bto confirm\b|\bconfirm\b[^.!?\n]{0,30}\b(?:by|via|with) (?:an |the )?sms\b|\b(?:confirm|verify) (?:it|this|that|the request)\b[^.!?\n]{0,12}\b(?:on|in|at|via|through) (?:the )?(?:miit|beian|icp|ministry)\b/,
    when: (_ctx, t) =>
      /(?:(?:订单|业务|申请|工单|办理)|(?:^|\n|[|｜])\s*)类型\s*[:：]\s*(?:注销|取消接入)|\b(?:order|request|application|filing) type\s*[:：]\s*(?:cancel|deregist)|"type"\s*:\s*"cancel_(?:website|site|entity|subject|access)"|注销(?:网站|主体|备案|网站备案|主体备案)?(?:类)?的?(?:业务|申请|请求|订单|工单)|取消接入(?:申请|请求|订单)|申请(?:注销|取消接入)|提交(?:了)?注销(?:网站|主体|备案|接入)|\b(?:filed|submitted|requested|applied for) (?:the |a |our )?(?:deregistration|cancell?ation)\b|\b(?:cancell?ation|deregistration) (?:(?:record |filing )?(?:request|application|order)|of (?:the |your |our )?(?:old )?(?:website |entity |icp |site\b|filing\b)+)|\b(?:request(?:ed)?|application|applied) to (?:cancel|deregister)\b|\b['"]?cancel(?: (?:website|site|entity|access|filing))?['"]? (?:request|application)\b|\blogout (?:website|site|entity|filing|record) (?:application|request)\b|\bcancell?ation (?:verification|status)\b|\bstatus of (?:the |our |your )?cancell?ation\b|\bconfirm (?:the |our |your )?cancell?ation\b|\b(?:website|entity|site|filing|icp) cancell?ation\b/.test(t) &&
      // Before the application nothing waits for its SMS: "申请注销网站前，要先确认…，工信部会…发短信核验" is advice.
      !/申请(?:注销|取消接入)[^，,。；]{0,8}(?:前|之前)[，,]|\bbefore (?:you )?(?:apply|applying|request|requesting|submit|submitting) (?:to |for )?(?:the )?(?:cancel|deregist)/.test(t),
  }),
  cue({
    // MIIT asks the holder to confirm a cancellation (确认是否注销, "asking to confirm the deregistration"): that
    // is the cancellation's SMS step, whoever relays it and however the request is worded.
    id: "cancellation_verification.confirm_cancellation",
    kind: "cancellation_verification",
    // A request is an instruction, which a notice may be; "请在核查完成后再确认是否注销" is a condition, not the step.
    mode: "notice",
    weight: 0.85,
    label: { en: "asked to confirm a cancellation", zh: "要求确认注销" },
    pattern: new RegExp(
      `(?<!勿|别|不用|不必|无需|不需要)(?:确认|核验|核实)(?:是否|一下)?(?:要)?(?:注销|取消接入)|(?<!勿|别|不用|不必|无需|不需要)确认\\s*[:：]\\s*(?:注销|取消接入)|(?:进行|完成|办理)(?:注销|取消接入)(?:短信)?确认|(?:让|要求|请)${W}{0,6}?确认${W}{0,6}?注销|(?:问|询问)(?:我们|您|你)?(?:是不是|是否)(?:要|确认)?注销|\\bconfirm (?:that )?(?:we|you|they|he|she|i) (?:want|wish|intend|agree) to (?:cancel|deregister)\\b|(?<!\\b(?:not|never|no need to|don't|do not) )\\b(?:confirm|verify)(?:ing|ation of)?[ -](?:the |our |your |this |that )?(?:website |entity |site |icp |filing )*(?:cancel(?:lation)?|deregistration|de-registration|removal of (?:the |your |our )?(?:icp )?filing)\\b|\\bconfirmation (?:link|code|sms|text|message) (?:for|of|to confirm) (?:the |our |your |this )?(?:website |entity |site |icp |filing )*(?:cancell?ation|deregistration)\\b`,
    ),
    // Z round: "MIIT just texted me a confirmation link for the cancellation we filed".
    when: (ctx, t) => ctx.miitContext || /备案|\bfiling\b|beian/.test(t),
  }),
  // ------------------------------------------------------------------ status lines
  // A status field ("Status: Returned for modification", "当前状态：初审驳回") states where the filing is now:
  // its value is the event, in any provider's words. The authority named in the value decides (precedence).
  ...statusCues(),
  // T round: a payload's event field names what happened ("event":"icp.approved", "ICP_SYNC_COMPLETED", "事件":"取消接入").
  ...payloadEventCues(),
  // ------------------------------------------------------------------ icp_number_cancelled
  cue({
    id: "icp_number_cancelled.zh.cancelled",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.95,
    label: { en: "the ICP number has been cancelled", zh: "备案号已注销" },
    // Q round: a message that asks to confirm the cancellation ("已经给您发了一条确认注销的短信") was sent: the
    // verification's SMS, not the cancellation done.
    pattern: new RegExp(`(?:已(?:经)?被?|被)${OWN_VERB}{0,12}?(?<!确认|核验|验证)(?:注销|收回|撤销|吊销)(?!申请|请求|核验|短信|确认|的?(?:短信|确认|核验|验证|链接))|(?:注销|收回)(?:成功|完成)|注销(?:申请)?已(?:审核)?通过|已由${PROVINCE_ZH}${AUTHORITY_ZH}(?:于\s?${DATE_ZH})?\s?(?:依法)?(?:予以)?(?:注销|收回|撤销)(?!申请|请求|核验|短信|确认)|(?:完成|办结)(?:了)?${W}{0,4}?注销(?!申请|请求|核验|短信|手续|确认)|(?:现|予以|决定)(?:依法|依规)?(?:予以)?注销(?!申请|请求|核验|短信)(?=${W}{0,4}(?:网站|主体|备案|该|您|你)|\\s*[:：]\\s*[\\u4e00-\\u9fa5]?icp[备证])|(?:现|已)(?:依据|根据|按照|依照)${C}{0,40}?予以注销(?!申请|请求|核验|短信)`),
    unless: /账号|账户|帐号|域名已|实例|取消接入/,
    // The holder's business licence or ID was cancelled or revoked (营业执照已注销或吊销): a reason to correct the
    // filing, not the number's cancellation.
    notAbout: /营业执照|执照|工商登记|身份证|证件|business licen[cs]e/,
  }),
  cue({
    id: "icp_number_cancelled.en.cancelled",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.95,
    label: { en: "the ICP number has been cancelled", zh: "备案号已注销" },
    pattern:
      new RegExp(`(?<!\\baccess (?:for|of|to) (?:your |the )?(?:icp )?)\\b(?:icp|filing|record|numbers?|license|licence)\\b${E}{0,90}?\\b${BE_EN} (?:cancell?ed|cancel|revoked|revoke|withdrawn|deregistered|logout|logged out|struck off|stricken off|struck out|delisted|wiped from (?:the )?register)\\b|\\bicp (?:filing )?number (?:cancell?ed|revoked|deregistered)\\b|(?<!\\b(?:footer|page|homepage|bottom)\\b${E}{0,40})\\b(?:has |have |just )?lost (?:its|our|their|his|her) (?:beian|icp filing|icp number)\\b(?! (?:application|order|review))|\\b(?:revoked|deregistered) by (?:the )?(?:provincial |local )?communications? administration|^${E}{0,80}?\\bcancell?ed by (?:the )?(?:[a-z]+ )?(?:provincial )?communications? administration\\b`, "m"),
    unless: /access|transfer|request|application|order/,
    notAbout: /\baccess\b|接入/,
  }),
  cue({
    // The cancellation request of the filing itself, done: "Your request to cancel the entity filing has been completed".
    id: "icp_number_cancelled.en.request_completed",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "the request to cancel the filing was completed", zh: "注销申请已完成" },
    pattern: new RegExp(
      `\\b(?:request|application) to cancel (?:the |your |our )?(?:entity |website )?(?:icp )?(?:filing|number|record)\\b${E}{0,40}?\\b${BE_EN} (?:completed|processed|approved|done)\\b`,
    ),
    unless: /access/,
  }),
  cue({
    id: "icp_number_cancelled.en.authority_cancelled",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "the authority cancelled the ICP number", zh: "管局注销了备案号" },
    pattern: new RegExp(
      `(?<![a-z])${AUTHORITY_ACTOR_EN}${E}{0,12}?\\b(?:has |have )?(?:cancell?ed|cancel|revoked|revoke|deregistered|withdrew|logout|logged out|pulled|yanked) (?:the |our |your |its )?(?:icp |website |entity |old )*(?:filing|number|record|licen[cs]e)\\b|(?<![a-z])${AUTHORITY_ACTOR_EN}${E}{0,12}?\\b(?:has |have )?(?:cancell?ed|revoked|deregistered) it\\b(?=(?: (?:overnight|today|yesterday|this (?:morning|afternoon|week)|last (?:night|week)|on [a-z0-9 ]{1,12}))?(?:[.;,]|$)|${E}{0,20}(?:[.;]|$))`,
    ),
    // "otherwise the government will cancel it": a possible future (J round).
    unless: /access|\b(?:will|would|may|might|can|could|shall|going to)\b/,
  }),
  // ------------------------------------------------------------------ access_cancelled
  cue({
    id: "access_cancelled.zh.cancelled",
    // N6- round: the site may carry its number in brackets before 的取消接入 ("已完成网站 x.cn（粤ICP备…号-3）的取消接入操作").
    // Q9 round: …and between 已于…对 and 取消接入 ("已于2025年07月08日对网站 x.cn（蜀ICP备…号-1）取消接入").
    kind: "access_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "access has been cancelled (取消接入)", zh: "已取消接入" },
    pattern: new RegExp(
      `已(?:经)?${W}{0,40}?取消${W}{0,24}?接入|已(?:经)?${DATE_ZH}?对${W}{0,80}?取消(?:了)?接入|被${W}{0,10}?取消接入|取消接入[”"」]?${W}{0,4}?(?:已|已经)?(?:办理)?(?:成功|完成|办结)|接入(?:服务)?商${W}{0,12}?(?:已|已经)(?:从|由)${W}{0,8}?备案信息(?:中)?(?:移除|删除|去除)|已不再由${W}{1,12}?接入|不再由${W}{1,12}?提供接入服务|申请取消${W}{0,8}?接入[,，]\\s*(?:现)?已(?:经)?(?:完成|办结|生效)|(?:完成|执行)(?:了)?${W}{0,24}?(?:[（(][^）)\n]{0,40}[）)])?${W}{0,4}取消接入|接入(?:信息|服务)?(?:已(?:经)?被?|被)取消|接入(?:信息|服务)(?:已(?:经)?被?|被)${W}{0,16}?(?:删除|移除|撤销|清除)|接入(?:信息|服务)?(?:已(?:经)?)?${DATE_ZH}?(?:被)?(?:从|由)${W}{0,12}?取消|接入(?:信息|服务)?(?:已(?:经)?)?(?:被)?由(?:接入(?:服务)?商)?\\s?["“「][^"”」\\n]{2,24}["”」]\\s?取消|把${W}{0,30}?接入(?:给)?(?:取消|撤(?:销|掉|下|了)|停(?:掉|了))|从${W}{0,20}?接入(?:信息|服务|列表|名单)?(?:中|里)?(?:移除|删除|去除|撤下|剔除|删掉|删了|去掉|撤掉|拿掉)|取消(?:了)?接入了|取消了${W}{0,10}?接入|(?:已(?:经)?|决定|现)${W}{0,40}?取消${W}{0,60}?的接入(?!申请|请求|备案)`,
    ),
  }),
  cue({
    id: "access_cancelled.en.cancelled",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "access has been cancelled", zh: "已取消接入" },
    pattern:
      new RegExp(`\\baccess\\b${E}{0,60}?\\b${BE_EN} (?:cancell?ed|cancel|removed|remove|withdrawn|revoked|terminated)\\b|` + /\b(?:has been|was|is) removed as (?:the |your )?(?:access |service )*provider|\b(?:has|have|had) (?:now )?removed (?:themselves|itself) as (?:the |your |its )?(?:access |service )*provider\b|\baccess cancell?ed\b|\bcancell?ed (?:the |your )?access\b|\b(?:we|i|they) (?:have |has |had |just |already )*(?:cancell?ed|withdrawn|withdrew|removed|terminated) (?:[a-z0-9]+ ){1,3}?(?:cloud|engine|provider|yun)'s access (?:for|on|to|of)\b|\b(?:has been|have been|was|is) cancell?ed (?:the )?access\b|\bunlinked (?:themselves|itself|us|(?:our|the|your) (?:site|website|domain|filing))(?: from (?:the |our |your )?(?:icp )?(?:filing|record))?\b|\b(?:already|has|have) cancel(?:led)? (?:the |your )?access\b|\bcancel(?:l?ing)?\b(?:[^.!?\n]|\.(?=\S)){0,40}?\baccess\b(?:[^.!?\n]|\.(?=\S)){0,40}?\b(?:has been|was|is) (?:completed|processed|done)\b|\baccess cancell?ation\b(?:[^.!?\n]|\.(?=\S)){0,30}?\b(?:has been |was |is )?(?:completed|processed|done)\b|\bcancel(?:l?ing)? (?:[a-z]+ ){1,3}as (?:the |your |its )?(?:icp )?(?:filing )?(?:access |service )+provider\b(?:[^.!?\n]|\.(?=\S)){0,60}?\b(?:has been|was|is) (?:now )?(?:completed|processed|done)\b|\b(?:dropped|removed) (?:us|you|your (?:site|website)|the (?:site|website)|it) as (?:the |your |its |an? )?(?:access |service )*provider\b|\b(?:we|i|they) (?:have |has |had |just |already )*(?:cancell?ed|removed|dropped) (?:[a-z]+ ){1,3}?as (?:the |your |its )?(?:icp )?(?:access |service )+provider (?:for|of|on)\b|\bno longer (?:listed as |registered as )?(?:the |your |its )?access provider\b|\b(?:took|taken|removed|dropped) (?:us|(?:our|the|your) (?:site|website|filing|domain)s?|it) off (?:the |their |its )?access\b/.source),
    // P round: the page that blocks a site without a synced filing ("the access restriction page … was removed") is
    // lifted when the approval reaches the provider: the sync, not the access cancelled.
    // H round: a verb of a clause with its own subject ("…access records left under it since the old shop site was removed").
    // S1 round: "the block on ports 80/443 has been removed" lifts a block (the sync), it withdraws no access.
    unless: /\b(?:access )?(?:restriction|interception|blocking|block|warning|placeholder|not[- ]filed) page\b|\bblock(?:ing)? (?:on|for)\b[^.!?\n]{0,40}?\b(?:has been|have been|was|were|is) (?:lifted|removed|cleared)\b|\b(?:since|because) (?:the|our|your|its|their) [a-z ]{0,30}\b(?:was|were|has been|have been)\b/,
  }),
  cue({
    id: "access_cancelled.en.provider_withdrew",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider withdrew its access", zh: "接入商已取消接入" },
    pattern: new RegExp(
      `\\b(?:was|were) ${PROVIDER_ACTOR_EN} (?:cancell?ing|withdrawing|removing|dropping|pulling) (?:its |their |our |the |your )?access (?:for|on|to|of)\\b|\\b${PROVIDER_ACTOR_EN}\\b${E}{0,12}?\\b(?:has |have )?(?:withdrawn|withdrew|removed|cancell?ed|stopped|ended|terminated|dropped|pulled|cancel|withdraw|remove|stop|drop|pull) (?:its |their |our |the |your )?(?:icp )?access\\b|\\b${PROVIDER_ACTOR_EN}\\b${E}{0,12}?\\b(?:do|does|did|has done|have done|made|processed|completed|performed|finish|finished|complete) (?:the |an? )?['"“]?(?:(?:cancel(?:led)? access|access cancell?ation)\\b|取消接入)|\\b${PROVIDER_ACTOR_EN}\\b${E}{0,12}?\\b(?:has |have )?(?:taken|took|pulled|removed) (?:its |their |the |our )?(?:icp )?access (?:record )?(?:off|from)\\b|\\b${PROVIDER_ACTOR_EN}\\b${E}{0,12}?\\b(?:has |have )?pulled the plug on (?:its |their |the |our |your )?(?:icp )?access\\b|\\b${PROVIDER_ACTOR_EN}\\b${E}{0,30}?\\b(?:that|say|says|said) (?:they|it) (?:have |has |had )?(?:cancel|cancell?ed|remove|removed|withdraw|withdrew|stop|stopped) (?:the |our |your |its )?access (?:of|for|to|on)\\b`,
    ),
    // D round: the provider's act reported ("JD Cloud send email that they cancel the access of our website"): "they" is the
    // provider named before it in the sentence.
    // A provider that will withdraw its access has not: "Huawei will do the cancel access next week".
    unless: /\b(?:will|shall|would|may|might|can|could|going to|plans? to|about to)\b/,
  }),
  cue({
    // A status field labelled as the access's ("Access status: Cancelled", "接入状态：已取消"): the access.
    id: "access_cancelled.status",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.85,
    label: { en: "access status: cancelled", zh: "接入状态：已取消" },
    // T round: a log line's change of the access's state ("access_status ACTIVE -> CANCELLED") names the new state.
    // V round: and one that says what the state was ("access CANCELLED (was ACTIVE)").
    pattern: /\baccess\s+(?:cancell?ed|removed|withdrawn|terminated|revoked)\s*\(was [a-z_]+\)|\baccess(?: status)?\s*[:：]\s*(?:cancell?ed|removed|withdrawn|terminated|revoked)\b|接入状态\s*[:：为]\s*(?:已)?(?:取消|移除|注销|删除)|\baccess(?:[_ ]status)?\b\s*[:：=]?\s*[a-z_]+\s*(?:->|→|=>)\s*(?:cancell?ed|removed|withdrawn|terminated|revoked)\b/,
  }),
  // ------------------------------------------------------------------ authority_rejected
  cue({
    id: "authority_rejected.zh.rejected",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.9,
    label: { en: "rejected by the communications? administration", zh: "管局驳回" },
    pattern: new RegExp(
      `${AUTHORITY_ZH}${W}{0,10}?(?:[:：为]\\s*)?(?:驳回|退回|打回|审核未通过|审核不通过|不予通过|未予通过|未通过|不通过|不予备案|(?<!还|尚|暂|仍)(?:没通过|没有通过|没给过|没过))|(?:被|已被)${PROVINCE_ZH}${AUTHORITY_ZH}(?:驳回|退回|打回)|${AUTHORITY_ZH}(?:已|又|直接)?把${W}{0,40}?(?:驳回|退回|打回|拒|驳了|驳掉)|${AUTHORITY_ZH}审核[,，]\\s*(?:未通过|不通过|驳回|退回|不予通过)|未通过${PROVINCE_ZH}${AUTHORITY_ZH}审核|${PROVINCE_ZH}${AUTHORITY_ZH}(?:的|发来的|发的)?(?:短信|通知|邮件)${C}{0,20}?(?:审核不通过|审核未通过|驳回|退回|不予通过)|不是${ZH_PROVIDER_SHORT}${W}{0,4}?(?:退|驳|打回)${W}{0,3}?[，,]\\s*(?:是|而是)${W}{0,8}?${AUTHORITY_ZH}`,
    ),
  }),
  cue({
    id: "authority_rejected.zh.authority_sender",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.85,
    label: { en: "not approved (message from the authority)", zh: "审核未通过（管局来信）" },
    pattern: /审核(?:未通过|不通过)|不予通过|未予通过|驳回|退回/,
    when: (ctx) => ctx.fromAuthority,
    // The authority relaying the provider's own first review is still the provider's.
    notAbout: /初审|接入商审核|(?:阿里云|腾讯云|华为云|百度智能云|京东云|火山引擎|西部数码)审核/,
  }),
  cue({
    // The bureau's own English, often machine-translated: "[Beijing Communications Administration] Your record application is
    // not passed the audit" (O round). As in Chinese, only when the authority sends it, and never its relay of the provider's review.
    id: "authority_rejected.en.authority_sender",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.85,
    label: { en: "not approved (message from the authority)", zh: "审核未通过（管局来信）" },
    pattern: /\b(?:record|filing|application|order|beian)\b(?:[^.!?;\n]|\.(?=\S)){0,30}?\b(?:is|was|has|have|did|does|do)? ?not (?:been )?pass(?:ed)? (?:the |its |your )?(?:audit|review|examination|verification)\b/,
    when: (ctx) => ctx.fromAuthority,
    notAbout: /\b(?:initial|first|preliminary|provider'?s?) (?:review|audit)|初审|接入商/,
  }),
  cue({
    id: "authority_rejected.en.rejected",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.9,
    label: { en: "rejected by the communications? administration", zh: "管局驳回" },
    pattern: new RegExp(
      `\\b(?:rejected|reject|returned|refused|refuse|dismissed) by ${AUTHORITY_EN}|\\b(?:declined|rejected|refused|returned|turned down) at (?:the )?(?:${PROVINCE_EN} )?(?:provincial |municipal )?(?:communications? )?(?:administration|bureau|管局)(?: level| stage| review)?(?![a-z])|\\bthe administration (?:has |have )?(?:bounced|rejected|returned|refused|turned down|sent back|kicked back) (?:it|the|our|your|this)\\b|(?:管局|通信管理局|\\bthe bureau(?:'s)?|\\bmiit(?:'s)?)\\s*(?:rejection|refusal)(?: notice| result)?\\s+(?:showed up|came in|came through|came back|arrived|appeared|landed)\\b|\\b(?:record|filing)\\b${E}{0,20}?\\b(?:was|has been) (?:rejected|returned|refused) by (?:the )?administration\\b(?! (?:office|of)\\b)|(?<![a-z])${AUTHORITY_EN}${E}{0,40}?\\b(?:has |have )?(?:rejected|returned|refused|turned down|said no to|came back with (?:a |an )?(?:rejection|refusal)|issued (?:a |an )?(?:rejection|refusal)|turned (?:the|our|your|it|this|us)(?: [a-z]+){0,2} down|(?:knocked|kicked|sent|bounced) (?:the|our|your|it|this|us)(?: [a-z]+){0,2} back|knocked back|sent back|bounced|kicked back|did not approve|has not approved|not approved)|not approved by ${AUTHORITY_EN}|\\b(?:did not|didn't|failed to|could not) pass (?:the )?(?:final )?(?:review|examination|check) (?:of|by) ${AUTHORITY_EN}|\\b(?:did not|didn't|failed to) pass ${AUTHORITY_EN}(?:'s)? review`,
    ),
    // P8 round: relays name the level or the body loosely: "declined at the provincial administration level", "the
    // administration bounced it", "管局 rejection showed up in the console".
    // Q round: a public query, a lookup or a request that "returned" something (HTTP 429, an error, no result) answered;
    // nothing was returned to the holder.
    // R0 round: an accuracy review that "returned an issue" (a finding) sent nothing back.
    unless: /\b(?:query|queries|lookup|look-up|search|request|api|endpoint|probe|check|call)\b(?: \w+)? returned\b|\b(?:accuracy|information|annual|periodic|routine) (?:review|check|verification|inspection) returned\b/,
  }),
  cue({
    // Non-native English writes the base form for the past: "the Beijing bureau refuse your beian at 21 Nov", "MIIT
    // reject our filing yesterday" (J round). A modal or a condition in the match is a possible future.
    id: "authority_rejected.en.base_form",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.85,
    label: { en: "rejected by the communications administration", zh: "管局驳回" },
    pattern: new RegExp(`(?<![a-z])${AUTHORITY_ACTOR_EN}${E}{0,12}?\\b(?:refuse|reject|return|decline|refuses|rejects|returns|declines) (?:the |our |your |its |this )?(?:icp )?(?:website )?(?:beian|filing|application|record|order)\\b`),
    unless: /\b(?:will|would|may|might|can|could|shall|going to|if|not|never|don't|doesn't|didn't|won't)\b|n't\b/,
  }),
  // ------------------------------------------------------------------ provider_returned
  cue({
    id: "provider_returned.zh.first_review_failed",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider's first review returned it", zh: "接入商初审驳回" },
    pattern: new RegExp(
      `(?:初审|${ZH_PROVIDER}${W}{0,2}审核|审核)(?:结果)?(?:[:：为]\\s*)?${W}{0,8}?(?:驳回|退回|打回|未通过|不通过|[“"]?(?:待修改|需修改))|(?:已|被|已被|予以)(?:驳回|退回|打回)|[“"(（](?:需修改|待修改)[”")）]|(?:单子|订单|备案申请|资料|材料)${W}{0,4}?(?:直接)?(?:被)?(?:驳回|退回|打回)了|${ZH_PROVIDER_SHORT}(?:的)?(?:客服|工作人员|审核员)?说${W}{0,12}?(?:备案|申请|单子|订单)(?:被)?(?:退了|退回了|驳回了|打回了)|未通过${ZH_PROVIDER}${W}{0,2}审核|(?:初审|${ZH_PROVIDER}${W}{0,2}审核)[,，]\\s*(?:需要修改|需修改|需补充|未通过|不通过)|(?:初审|${ZH_PROVIDER}${W}{0,2}审核)(?:没过|没通过|没有通过)|(?:经)?初审${W}{0,4}?(?:存在问题|发现问题|有误|不符合要求|不合格|需要修改|需修改|需补充)|(?:经)?${W}{0,8}?初审[,，]\\s*(?:存在|发现)(?:以下|如下)?(?:问题|情况)${W}{0,4}?(?:需|需要|请)?(?:修改|补充|更正)?|被${ZH_PROVIDER_SHORT}${W}{0,2}?(?:驳回|退回|打回)|(?<!${AUTHORITY_ZH}${W}{0,10})${ZH_PROVIDER_SHORT}(?:那边|那里|这边)?(?:已|又|直接)?把${W}{0,40}?(?:驳回|退回|打回)|初审(?:就|也|都)?(?:没|没有|未)给?(?:过|通过)|(?:备案)?订单${W}{0,24}?(?:需修改|需要修改|待修改)|(?:备案)?(?:资料|材料)${W}{0,24}?(?:需修改|需要修改|待修改|需补充|需重新上传)`,
    ),
    // T round: what the holder may do ("审核开始前如需修改，可撤回订单") is an option, not a finding of the review.
    unless: /(?:如|若|如果|倘若)(?:需|需要)(?:修改|待修改)/,
  }),
  cue({
    id: "provider_returned.en.returned",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "returned by the provider's review", zh: "接入商审核退回" },
    pattern: new RegExp(
      `\\b(?:review|initial review|first review) result:?\\s*(?:returned|rejected|failed)\\b|\\b(?:${PROVIDER_ACTOR_EN}(?:'s)? )?(?:initial|first|preliminary) (?:review|audit|check) came back (?:negative|rejected|failed|with (?:problems|issues|corrections|changes))\\b|\\breturned (?:to you )?for (?:correction|modification|changes|revision)|\\b(?:has been|was|is) sent back (?:to you )?for (?:amendment|correction|modification|changes|revision)s?\\b|\\b(?:has been|was) returned\\b|\\b(?:filing|application|order|record)\\b${E}{0,40}?\\b(?:has been|was|is) dismissed\\b|\\bdid not pass (?:the |our )?(?:${PROVIDER_ACTOR_EN}'s )?(?:initial |first |provider'?s? )?(?:review|audit)(?! (?:of|by) ${AUTHORITY_EN})|\\b(?:is |was |has |could |can |did )?not pass(?:ed)? (?:the |our )?(?:${PROVIDER_ACTOR_EN}(?:'s)? )?(?:initial|first|provider'?s?) (?:review|audit|trial)\\b|\\b(?:${PROVIDER_ACTOR_EN}(?:'s)?|initial|first) (?:initial |first )?(?:review|audit) (?:is |was |did )?not pass(?:ed)?\\b|\\b(?:initial|first|preliminary) review\\b${E}{0,40}?\\b(?:failed|(?:was |is |got )?rejected|has failed|not passed)|\\b(?:initial|first) (?:review|audit) of (?:the )?${E}{0,20}?\\b(?:is|was|did) not pass(?:ed)?\\b|\\brejected (?:by|during|in) (?:the )?(?:initial review|first review|${EN_PROVIDER}(?: reviewer)?|reviewer)|\\bunable to (?:accept|proceed with|approve|process) (?:your|the) (?:icp )?(?:filing|application|order)|\\b(?:not|never) (?:been )?(?:approved|accepted|passed) by (?:the |our |their |its )?(?:provider'?s? (?:reviewer|review)|reviewer|review team|${PROVIDER_ACTOR_EN}(?:'s)?(?: (?:reviewer|review|first review|initial review))?)|\\b${PROVIDER_ACTOR_EN}(?:'s reviewer)?\\b${E}{0,12}?\\b(?:has |have )?(?:returned|rejected|turned down|sent back|bounced|kicked back) (?:the|our|your|it|this|that)\\b|\\b${PROVIDER_ACTOR_EN}(?:'s reviewer)?\\b${E}{0,12}?\\b(?:has |have )?(?:sent|kicked) (?:the|our|your|it|this|that)\\b${E}{0,40}?\\bback\\b|\\b${PROVIDER_ACTOR_EN}(?:'s)? reviewers? (?:has |have |already )?(?:send|sends|sent|kick|kicks|kicked) back (?:the|our|your|it|this|that)\\b|\\b(?:bounced|failed|was rejected) (?:at|in|during) ${E}{0,20}?\\b(?:initial |first )?review\\b`,
    ),
  }),
  cue({
    // The provider speaking for itself: "We reviewed your submission and have returned it to you", "we have
    // rejected your application" (the verb and its filing object, H round). The authority named as the one who
    // returned it decides otherwise (precedence, the authority's cue).
    id: "provider_returned.en.we_returned",
    // N6- round: "our reviewer had to reject order KS-…" (the order named by its number, no article) is the return too.
    // P8 round: the reviewer in the first person, "I … had to return it to you", "we've sent your application back to you".
    kind: "provider_returned",
    mode: "event",
    weight: 0.8,
    label: { en: "the provider returned the filing", zh: "接入商已退回备案" },
    pattern: new RegExp(
      `\\bwe(?: have|'ve)? (?:reviewed|checked|audited|examined|looked at|went through) (?:your|the) (?:icp )?(?:filing |record )?(?:submission|application|filing|order|materials|documents)\\b${E}{0,40}?\\b(?:returned|rejected|sent (?:it )?back|bounced|kicked (?:it )?back)\\b|\\bwe(?: have|'ve)? (?:returned|rejected|sent back|bounced) (?:your|the) (?:icp )?(?:filing |record )?(?:submission|application|filing|order)\\b|\\b(?:i|we)(?: have|'ve)?(?: had to| have had to)? (?:return|returned|send|sent) (?:it|your (?:icp )?(?:filing |record )?(?:submission|application|filing|order))(?: back)? to you\\b|\\b(?:and|i|we|i've|we've|i have|we have) (?:had to |have had to )?(?:returned|return) it to you\\b|\\b(?:i|we)(?: have|'ve)? (?:sent|bounced|kicked) (?:it|your (?:icp )?(?:filing |record )?(?:submission|application|filing|order)) back\\b|\\b(?:our|the|their|its) (?:icp |filing )?(?:reviewers?|review team) (?:has |have )?(?:returned|rejected|sent back|bounced|had to (?:return|reject|send back|bounce)) (?:your |the )?(?:icp )?(?:filing |record )?(?:submission|application|filing|order)\\b|\\b(?:our|the|their|its) (?:icp |filing |preliminary |initial |first )*(?:reviewers?|review team) (?:has |have )?(?:sent|kicked|bounced) (?:your|the|our) (?:icp )?(?:filing |record )?(?:submission|application|filing|order)\\b${E}{0,40}?\\bback\\b|\\bthe ${PROVIDER_ACTOR_EN} (?:icp |filing |preliminary |initial |first )*(?:reviewers?|review team) (?:has |have )?(?:returned|rejected|sent back|bounced) (?:your|the|our) (?:icp )?(?:filing |record )?(?:submission|application|filing|order)\\b`,
    ),
    when: (_ctx, t) => /\bicp\b|备案|\bfiling\b|\brecord application\b/.test(t),
  }),
  cue({
    // A round: chat says the provider "bounced the beian", "kicked our filing back", "sent the application back".
    id: "provider_returned.en.bounced",
    kind: "provider_returned",
    mode: "event",
    weight: 0.8,
    label: { en: "the provider sent the filing back", zh: "接入商退回了备案" },
    pattern: new RegExp(`\\b${PROVIDER_ACTOR_EN}\\b(?:'s (?:pre-?check|pre-?review|reviewers?|review(?: team)?|(?:initial|first) (?:review|check|audit)|audit(?:ors?)?))?${E}{0,8}?\\b(?:has |have )?(?:(?:bounced|returned|rejected)(?: back)?|(?:kicked|sent|knocked) back) (?:the |our |your |its )?(?:icp )?(?:beian|filing|application|submission|order)\\b|\\b${PROVIDER_ACTOR_EN}\\b(?:'s (?:pre-?check|pre-?review|reviewers?|review(?: team)?|(?:initial|first) (?:review|check|audit)|audit(?:ors?)?))?${E}{0,8}?\\b(?:has |have )?(?:kicked|sent|knocked) (?:the |our |your |its )?(?:icp )?(?:beian|filing|application|submission|order)\\b${E}{0,20}?\\bback\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b/,
    when: (_ctx, t) => /\bbeian\b|\bicp\b|\bfiling\b|备案|reviewer|resubmit|\bpre-?check\b/.test(t),
  }),
  cue({
    // D round: the provider's reviewer as the one who acted, base forms included ("the JD Cloud reviewer has reject our application").
    id: "provider_returned.en.reviewer_rejected",
    kind: "provider_returned",
    mode: "event",
    weight: 0.8,
    label: { en: "the provider's reviewer sent the filing back", zh: "接入商审核员退回了备案" },
    pattern: new RegExp(`\\b${PROVIDER_ACTOR_EN}(?:'s)? (?:reviewer|review team|auditor|checker)s?\\b${E}{0,8}?\\b(?:has |have )?(?:reject|rejected|return|returned|refuse|refused|bounce|bounced) (?:our|the|your|this|my) (?:icp )?(?:application|filing|order|beian|submission)\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b|n't\b/,
  }),
  cue({
    id: "provider_returned.en.needs_modification",
    kind: "provider_returned",
    mode: "event",
    weight: 0.8,
    label: { en: "the provider's reviewer asks for changes", zh: "接入商审核要求修改" },
    // C round: the provider's order status in English, "to be modified" (待修改 word for word): "rejected it back to 'to be modified'".
    pattern: /\b(?:requires|needs|need) (?:modifications?|changes|corrections?|revision)\b|\b(?:back|returned|rejected|sent|set|moved|changed) (?:it |the (?:filing|application|order) )?(?:back )?to ['"“‘](?:to be modified|to be revised|pending modification|needs modification)['"”’]/,
    // …or asks to upload and submit again, which only the provider's review does before the bureau (K round).
    when: (_ctx, t) => /reviewer|review comment|需修改|待修改|resubmit|re-submit|submit (?:it )?again|re-?upload|\b(?:preliminary|initial|first) review\b/.test(t),
  }),
  cue({
    id: "provider_returned.en.rejected",
    kind: "provider_returned",
    mode: "event",
    weight: 0.75,
    label: { en: "the filing was rejected", zh: "备案被驳回" },
    pattern: new RegExp(`\\b(?:filing|application|order)\\b${E}{0,40}?\\b(?:was|has been|is) (?:rejected|reject|return)\\b(?! by ${AUTHORITY_EN})`),
  }),
  cue({
    // Q round: a provider's "audit is not passed" / "review did not pass" with a fix to make and submit again is the
    // provider's return (never an approval); one said of the authority's review is the bureau's.
    id: "provider_returned.en.not_passed",
    kind: "provider_returned",
    mode: "event",
    weight: 0.75,
    label: { en: "the filing's review did not pass", zh: "备案审核未通过" },
    // R round: the literal "Your record order audit not passed" (未通过 word for word) is the same.
    pattern: new RegExp(`\\b(?:filing|application|order)\\b${E}{0,20}?\\b(?:audit|review)\\b (?:is |was |has )?not (?:been )?pass(?:ed)?\\b|\\b(?:filing|application|order)\\b${E}{0,20}?\\b(?:audit|review)\\b (?:did not|didn't|failed to) pass\\b`),
    notAbout: new RegExp(`${AUTHORITY_EN}|管局|通信管理局`),
    when: (_ctx, t) => /resubmit|re-submit|submit (?:it )?again|modify|correct|re-?upload/.test(t),
  }),
  // ------------------------------------------------------------------ provider_synced
  cue({
    id: "provider_synced.zh.synced",
    // O7- round: the filing's number may stand in brackets after 备案信息 ("备案信息（粤ICP备…号-1）已同步至腾讯云备案系统").
    kind: "provider_synced",
    mode: "event",
    weight: 0.9,
    label: { en: "the approval was synced to the provider", zh: "审核结果已同步至接入商" },
    // P round: the result synced at a date ("管局审核结果已于7月2日同步至移动云", any provider) and a status synced to
    // filed ("备案状态终于同步成“已备案”了") are the sync.
    pattern: new RegExp(
      `(?:审核结果|备案结果|(?:管局|工信部)(?:审核)?结果|审核通过的?结果)${W}{0,4}?(?:已|已经)(?:成功)?导入|(?:审核结果|备案结果|(?:管局|工信部)(?:审核)?结果|审核通过的?结果|备案信息|接入信息)(?:[（(][^）)\n]{0,40}[）)])?${C}{0,14}?(?:已(?:经)?同步|同步(?:完成|成功)|已获取)|(?:审核结果|备案结果|(?:管局|工信部)(?:审核)?结果|审核通过的?结果)${W}{0,6}?已(?:经)?${DATE_ZH}同步(?:至|到)|(?:备案)?状态${W}{0,6}?同步(?:成|为)了?${W}{0,2}[“"]?已备案|(?:控制台|系统)${W}{0,6}同步(?:好|完)了|${ZH_PROVIDER_SHORT}(?:那边|这边)?(?:已经?)?同步(?:了|好了|完成了?)(?!吗|没)|(?:后台|控制台|系统)${W}{0,6}?同步过来了|(?:已|已经)同步(?:至|到)${W}{0,12}?(?:备案系统|控制台|${ZH_PROVIDER})|已(?:经)?于${W}{0,12}?同步(?:至|到)${W}{0,8}?(?:接入系统|备案系统|控制台)|(?:已|已经)(?:从|由)${W}{0,8}?(?:工信部|管局|通信管理局)${W}{0,4}?同步(?:至|到|进)|${ZH_PROVIDER}?${W}{0,6}已同步${W}{0,4}${AUTHORITY_ZH}?(?:的)?(?:审核)?结果|(?:系统|控制台)已获取${W}{0,12}结果|(?:备案)?状态(?:已经?)?(?:变更|更新|变成|变为)为?[“"]?已备案|状态由${W}{0,24}?(?:更新|变更|变)为${W}{0,4}[“"]?已备案|状态(?:已)?由\\s*[“"「][^”"」\\n]{1,40}[”"」]\\s*(?:更新|变更|变成|变|改)为\\s*[“"「]?已备案|已(?:经)?完成${W}{0,6}?同步|已(?:经)?同步(?:好|完)了?|(?:控制台|状态|查询结果?)${W}{0,6}?(?:显示|变成|变为)${W}{0,4}?[“"]?已备案|(?:控制台|后台)${W}{0,8}?(?:刷新|更新)${C}{0,40}?(?:显示|变成|变为)${W}{0,4}?[“"]?已备案|(?:接入|备案)信息${W}{0,24}?同步(?:已)?(?:完成|成功)|把${W}{0,4}(?:管局|工信部)?的?(?:审核|备案)?结果(?:拉|同步|取|抓)(?:过来|到|回来)|(?:已|已经)(?:在)?${W}{0,12}?同步(?:完毕|完成|成功|好了|完了)|同步完毕|(?:完成|做完)了?(?:接入|备案)(?:信息)?同步`,
    ),
    // Something else synced: a domain's DNS, a database, files (a domain that names its filing number is a landmark).
    notAbout: /域名(?!备案|[^，,。；]*?(?:备案号|icp备|接入信息))|dns|解析|数据库|文件/,
  }),
  cue({
    // A console field that dates the sync ("Synced at: Mar 15, 2025 08:41", "同步时间：2025-03-15") or a status
    // field of its own that reads filed ("Filing status: Filed" on its line of a table read as fields, H round); an
    // approval that goes on "状态：已备案" in its sentence is the approval.
    id: "provider_synced.synced_at",
    kind: "provider_synced",
    mode: "event",
    weight: 0.8,
    label: { en: "console field: filed / synced at", zh: "控制台字段：已备案 / 同步时间" },
    pattern: /(?:^|\n)\s*(?:filing |icp |record )?status\s*[:：]\s*filed\s*(?=$|\n)|(?:^|\n)\s*(?:备案)?状态\s*[:：]\s*已备案\s*(?=$|\n)|(?<=^|\n)[ \t]*(?:新|当前)(?:备案)?状态\s*[:：]\s*已备案\s*(?=$|\n)|(?:^|\n)\s*(?:(?:last )?synced|synchroni[sz]ed|sync(?:ed)? (?:time|date))(?: at| on)?\s*[:：]\s*(?:\d|[a-z]{3,9}\.? \d)|(?:^|\n)\s*同步(?:时间|日期|于)\s*[:：]\s*\d|(?:^|\s)access_?sync(?:_status)?\s*[:=]\s*(?:完成|已完成|成功|done|completed?|success|ok|synced)(?![a-z])|(?:^|\n)\s*(?:备案)?(?:信息)?同步\s*[:：]\s*(?:已完成|完成|成功)(?=\s*(?:$|\n|[|｜]))|"(?:provider_?status|filing_?status|icp_?status|beian_?status)"\s*:\s*"(?:filed|已备案)"|(?:^|[\n|｜>])\s*(?:备案)?状态\s*[:：]\s*已备案\s*[（(]\s*(?:管局|工信部)?(?:结果|数据|信息|状态)?同步(?:时间|日期|于)\s*[:：]?\s*\d/,
    // U round: a breadcrumb line of fields ("… ｜ 备案状态：已备案（管局结果同步时间：2025-…）") says when the bureau's result
    // reached the provider: the sync.
    // Q round: a field's value is read at its label, not after the line above it ("原状态：…，等待同步\n新状态：已备案").
    readAtStart: true,
    // C round: the status of a change order ("订单类型：变更网站 / 状态：已备案") is the change done, not the approval's sync.
    // J2 round: a record page that gives the approval's date and says nothing of a sync ("Status: Filed | ICP number: … |
    // Approved on 09/04/2026") reports the approval (APPROVAL_DATE_FIELD).
    // Q9 round: a page that says the sync is still to come ("审核结果同步至华为云约需1个工作日") shows the approval, not the sync.
    when: (_ctx, t) => !CHANGE_ORDER_TYPE.test(t) && !(APPROVAL_DATE_FIELD.test(t) && !/同步|sync/.test(t)) && !SYNC_TO_COME.test(t),
  }),
  cue({
    // W round: a status change whose new state is filed ("状态 管局审核通过 -> 已备案 (synced)", "status: approved → filed")
    // is the sync, as "状态由…变为已备案" is: the old state before the arrow is history (oldStates), the new one is now.
    id: "provider_synced.status_to_filed",
    kind: "provider_synced",
    mode: "event",
    weight: 0.85,
    label: { en: "status changed to filed", zh: "状态变更为已备案" },
    // A round: also a field named for its system ("console_status: 管局审核中 -> 已备案").
    pattern: /(?:状态|(?:\b|_)status\b|(?:\b|_)state\b)[^\n→⟶]{0,40}?(?:->|→|⟶|=>)\s*[“"']?(?:已备案(?!号)|已同步|同步完成|filed\b|synced\b|icp_filed\b)/,
    readAtStart: true,
  }),
  cue({
    id: "provider_synced.zh.block_lifted",
    kind: "provider_synced",
    mode: "event",
    weight: 0.75,
    label: { en: "the provider lifted the access block", zh: "访问拦截已解除" },
    pattern: new RegExp(`(?:拦截|访问限制)已解除|拦截页(?:面)?(?:也)?(?:已(?:经)?)?(?:撤(?:掉|了|下)?|去掉了?|取消了|没了|被撤)|已(?:解除|放开)${W}{0,30}?(?:访问拦截|拦截|访问限制)`),
  }),
  cue({
    id: "provider_synced.en.synced",
    kind: "provider_synced",
    mode: "event",
    weight: 0.9,
    label: { en: "the approval was synced to the provider", zh: "审核结果已同步至接入商" },
    // S round: a sync log's "authority result imported" is the sync.
    pattern:
      /\b(?:authority|bureau|miit|administration|approval|audit|review) results? (?:has been |was |were |successfully )?imported\b|\b(?:has been|have been|was|were|is now|are now|now been|been|has|have) (?:synced|synchronized|synchronised)\b|\b(?:record|filing|approval)\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:is|are) (?:synced|synchronized|synchronised)\b(?! (?:within|in \d|after|once|automatically|every)\b)|\bsynchroni[sz]ation (?:is )?(?:complete|completed|finished|done)\b|\bsync(?:ing)?(?:'s| is)? (?:complete|completed|finished|done|confirmed)\b|\bfinished syncing\b|\b(?:filing|approval) result\b(?:[^.!?\n]|\.(?=\S)){0,40}?\bnow shows in (?:our|the) (?:system|console)\b|\baccess record\b(?:[^.!?\n]|\.(?=\S)){0,40}?\bis (?:now )?active\b|\b(?:confirmed|completed) (?:the )?(?:access[- ]info(?:rmation)? |access |record |filing )?sync(?:hroni[sz]ation)?\b(?! (?:will|is going))|\b(?:alibaba cloud|aliyun|alibaba|tencent(?: cloud)?|huawei(?: cloud)?|baidu(?: ai)?(?: cloud)?|jd cloud|volcano engine|ucloud|kingsoft(?: cloud)?|the provider) (?:\w+ )?(?:has |have )?(?:synced|sync|synchroni[sz]ed) (?:the|our|your|its)\b|\bsync(?:ing)? (?:came|went|has gone|has come) through\b|\bafter syncing with\b|\b(?:result|approval|record|filing)s?\b(?:[^.!?\n]|\.(?=\S)){0,20}?\balready (?:sync|synchroni[sz]e|synchronous)d? (?:to|into|with) (?!(?:the )?(?:miit|bureau|管局|authority))|\b(?:result|approval)s? synced\b|\bstatus\b(?:[^.!?\n]|\.(?=\S)){0,30}?\b(?:updated to|is now|now shows) ['"]?filed\b|\bstatus\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:changed|moved|switched|went|flipped|turned)\b(?:[^.!?\n]|\.(?=\S)){0,60}?\bto ['"]?filed\b|\b(?:alibaba cloud|aliyun|alibaba|tencent(?: cloud)?|huawei(?: cloud)?|baidu(?: ai)?(?: cloud)?|jd cloud|volcano engine|volcengine|ucloud|kingsoft(?: cloud)?|ctyun|xinnet|west\.cn|the provider)\b(?: \w+)? (?:now )?(?:shows|lists|displays|has) (?:the |our |your )?(?:approval|approved filing)\b(?:[^.!?\n]|\.(?=\S)){0,40}?\b(?:in|on) (?:the |its |their )?(?:console|dashboard|portal)\b|\b(?:console|dashboard|portal)\b(?:[^.!?\n]|\.(?=\S)){0,40}?[(（]\s*status\s*[:：]\s*['"]?filed\b|\bconsole\b(?:[^.!?\n]|\.(?=\S)){0,60}?\b(?:now )?(?:lists|shows|displays)\b(?:[^.!?\n]|\.(?=\S)){0,60}?\bas ['"]?filed\b|\b(?:our|their|its|the provider's) (?:system|console) (?:now )?reflects (?:your|the|our) approved (?:icp )?(?:filing|record)\b|\breceived the approval (?:data|result) from\b|\b(?:we|they) (?:have |has |had )?(?:sync|synced|synchroni[sz]ed|imported|pulled) (?:your |the |our )?(?:icp )?(?:filing|record|approval)(?: information| info| result| data)? from (?:the )?(?:miit|bureau|管局|authority|communications? administration)\b|\b(?:our|their|its|the provider's) (?:icp |filing )?(?:system|console|platform) (?:has |have )?(?:now )?received the (?:approval|approval result|bureau's approval|authority's approval)\b|\b(?:alibaba cloud|aliyun|alibaba|tencent(?: cloud)?|huawei(?: cloud)?|baidu(?: ai)?(?: cloud)?|jd cloud|volcano engine|ucloud|kingsoft(?: cloud)?|the provider)\b(?:[^.!?\n]|\.(?=\S)){0,12}?\b(?:pulled|fetched|picked up|received) the (?:miit|bureau|管局|approval) (?:result|approval|record|data)\b|\b(?:access )?block (?:on|for)\b(?:[^.!?\n]|\.(?=\S)){0,40}?\b(?:has been|was|is) (?:lifted|removed|cleared)\b|\baccess block\b(?:[^.!?\n]|\.(?=\S)){0,30}\blifted\b|\b(?:console|status|query)\b(?:[^.!?\n]|\.(?=\S)){0,30}?\b(?:shows?|showing|displays?|says)\b(?:[^.!?\n]|\.(?=\S)){0,6}?(?:已备案|['"]?filed\b)|\b(?:console|status|query)\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:shows?|showing|displays?|lists?)\b (?:the |our |your )?(?:site|website|domain) as ['"]?filed\b|\bblock(?:ing)? page\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:is gone|has gone|(?:has been|was|is) (?:removed|lifted|cleared)|cleared)|\bprovider record (?:is )?now ['"]?filed\b|\b(?:console|dashboard|portal)\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:flipped|switched|changed|moved|turned) to ['"“]?filed\b|\bblocked[- ]access page\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:is gone|has gone|(?:has been|was|is) (?:removed|lifted|cleared))|\bnot filed['"]? page\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:is|was|has been) (?:now )?(?:removed|lifted|gone)\b|\b(?:interception|block(?:ing)?|blocked) page\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:is|was|has been) (?:now )?(?:removed|lifted|gone)\b|\b(?:is|are|was|were|has been|have been|now) (?:now )?(?:sync|synced|synchroni[sz]ed|synchroni[sz]e|imported|loaded|propagated|pushed) (?:in)?to (?:the |their |its |our |your )?(?:(?!miit|bureau|管局|authority)[a-z]+(?: cloud)?(?:'s)? )?(?:access |filing |icp )?(?:system|console|platform|database)\b(?![^.!?\n]{0,16}\b(?:within|in \d|in (?:one|two|three|a few)|after|once)\b)|\b(?:access |filing )?(?:record )?sync(?:hroni[sz]ation)?(?: status)?\s*[:：]\s*(?:completed|complete|done|finished|success(?:ful)?|synced|synchroni[sz]ed)\b/,
    // A provider that will sync is not one that has: "JD Cloud will sync the result within 1–2 working days".
    unless: /\b(?:will|shall|would|may|might|can|could|going to)\b/,
    notAbout: /\bdns\b|\bdomain records?\b|\bdatabase\b(?! of)|\bfiles?\b|\bcalendar\b/,
  }),
  // ------------------------------------------------------------------ record_changed
  cue({
    id: "record_changed.zh.changed",
    kind: "record_changed",
    mode: "event",
    weight: 0.8,
    label: { en: "the filing record was changed", zh: "备案信息已变更" },
    // A check's or a yearly review's result that the record was updated ("年审结果：已更新") reports the change (N round).
    // A chat's "已经更新到备案里了" (the new name is in the record now) reports it too (O round).
    pattern: new RegExp(
      `(?:年审|年度核查|核查|复核)结果\\s*[:：]?\\s*(?:备案)?(?:信息)?(?:已|已经)(?:更新|变更|修改)|(?:年审|年度核查|核查|复核)结果\\s*[:：]${C}{0,40}?状态\\s*[:：]\\s*(?:已|已经)(?:更新|变更|修改)|(?:已|已经)(?:更新|修改|改)(?:到|进)(?:了)?(?:工信部的?)?备案(?:信息|系统)?(?:里|中|上)|(?:备案|接入)信息${W}{0,30}?(?:(?:已|已经)${DATE_ZH}?(?:(?:被|由)${W}{0,12}?)?|(?:被|由)${W}{0,12}?|发生(?:了)?|(?<![没否])有)(?:变更|更新|变动|修改)(?!为)|(?:备案|接入)信息${W}{0,30}?(?=于)${DATE_ZH}(?:变更|更新|变动|修改)(?!为)|(?:备案|接入)信息(?:变更|更新|修改)(?:已)?(?:成功|完成)|发生(?:了)?(?:变更|变动|变化)|备案(?:已)?变更(?:成功|完成)|变更备案${W}{0,12}?(?:已|审核)?(?:完成(?!整改|核查|核验|年审|修改|补充)|成功(?!提交|递交)|生效)|(?:已|已经)(?:新增|增加)(?:了)?${W}{0,4}接入(?:服务商|信息|商)?|(?:新增|增加)了${W}{0,4}接入(?:服务商|信息|商)?|(?:新增|增加)接入(?:服务商|商)(?:[:：]|为)|(?<!接入)信息(?:已|已经)${DATE_ZH}?(?:变更|更新|生效)|变更(?:已(?:经)?)?生效|信息变更(?:已)?(?:办结|完成|成功)|(?:更新|变更|修改)了${W}{0,12}?(?:备案|接入)${W}{0,8}?(?:信息|ip|地址|负责人|名称|联系方式|服务商)|(?:备案|icp)${W}{0,12}?(?:备案信息|负责人|联系人|联系方式|手机号?|电话|邮箱|地址|名称|ip|接入信息|主体)${W}{0,10}?已(?:经)?(?:被|由${W}{0,10}?)?(?:改|换|变更|修改|更新)(?:成|为)|(?:网站|主体)(?:负责人|联系人|名称|地址)${W}{0,10}?已(?:经)?(?:被|由${W}{0,10}?)?(?:改|换|变更|修改|更新)(?:成|为)|变更(?:网站|主体|接入)?备案${W}{0,4}?(?:过了|批了|下来了|办好了|弄好了|办完了|弄完了|搞定了|完成了)|备案变更(?:已经?)?(?:过了|批了|下来了|办好了|弄好了|办完了|弄完了|搞定了|完成了)`,
    ),
    // A change filing that was submitted is a submission; it is a change once approved or in effect.
    // O7- round: 接入信息已生效 is the access record taking effect after a sync, not a change of the filing.
    unless: /提交|递交|受理/,
  }),
  cue({
    id: "record_changed.en.changed",
    kind: "record_changed",
    mode: "event",
    weight: 0.8,
    label: { en: "the filing record was changed", zh: "备案信息已变更" },
    pattern:
      /\b(?:record|filing information|filing|information)\b(?:[^.!?\n]|\.(?=\S)){0,50}?\b(?:has been|was|have been|is now) (?:changed|updated|modified)\b|\b(?:change|modify|modification|amendment) (?:request|filing|to your icp filing)\b(?:[^.!?\n]|\.(?=\S)){0,60}?\b(?:completed|is done|is complete|is finished|went through)\b|\bchanged fields?\s*[:：]|\b(?:access|record|filing|information|ip|contact|leader) change (?:went through|went live|is live|is done|is complete|was completed|has been completed|took effect|is success(?:ful)?|was successful|succeeded|is finish(?:ed)?|is completed|is approved|was approved)\b|\bmodification was made\b|\b(?:filing|record|icp) (?:update|change|modification)s? (?:is|was|has been|are|were) (?:finished|completed|complete|done|approved|through)\b|\brecord information\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:has )?occurred (?:a )?changes?\b|(?:^|\n)\s*(?:record|filing|icp) change(?: filing| order| request)?\s*[:：]\s*(?:approved|completed|complete|done|effective|in effect|success(?:ful)?)\b|\b(?:has|have|was|were|is|are) (?:been )?change(?:d)? success(?:fully|ful)?\b|\bnew access provider was added\b|\b(?:has|have) added (?:a )?(?:new|second|another) access (?:service )?provider\b|\bnew access (?:service )?provider (?:was |has been )?added (?:to|for|on) (?:the |your |our )?(?:icp )?(?:filing|record)\b|\baccess (?:service )?provider\b(?:[^.!?\n]|\.(?=\S)){0,30}?\b(?:was|has been) added\b|\b(?:miit|communications? administration|authority|provider|bureau|[a-z]+ ca) (?:has |have )?(?:updated|changed|modified) (?:the |our |your |its )?(?:icp )?(?:filing )?(?:record|information)\b|\bupdated filing information is now in effect\b|\b(?:miit|bureau|communications? administration|authority|管局) (?:has )?(?:confirmed|completed|processed|approved) (?:the|our|your) change\b|\b(?:information |record |filing )change\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:is|has been|was) (?:now )?(?:complete|completed|done|finished)\b|\bfiling information\b(?:[^.!?\n]|\.(?=\S)){0,50}?\bchanged\b|\b(?:record|filing(?: information)?)(?: (?:for|of) \S+)? (?:has )?changed\b|\b(?:filing |record )?change (?:has )?(?:taken|took) effect\b|\bchanges? (?:is|are) now in effect\b|\b(?:website|site|entity) (?:name|leader|principal|contact|address|ip)\b(?:[^.!?\n]|\.(?=\S)){0,50}?\b(?:(?:has been|was|is now) )?(?:changed|updated) to\b|\bchange (?:was |has been |is )?completed\b|\b(?:icp )?(?:record|filing) (?:information|info|details)\b(?: (?:for|of) \S+)? (?:has |have |was |were )?(?:changed|updated)\b/,
    // The rules, a form, a checklist or a wiki page changed, not this record.
    notAbout: /\brules?\b|\bregulations?\b|\bpolicy\b|\bforms?\b|\bguide\b|\bchecklists?\b|\btemplates?\b|\bwiki\b|\bhandbook\b|\bprocedures?\b|\bdocs\b|\bdocumentation\b|\bfaq\b/,
  }),
  cue({
    // A console row of a change order that is done or approved: "订单类型: 变更主体 … 状态: 已完成", "Order type: Change website
    // … Status: Completed" (a table read as fields, H round). A new filing's order done is not read here.
    id: "record_changed.change_order_done",
    kind: "record_changed",
    mode: "event",
    weight: 0.8,
    label: { en: "a change order is completed", zh: "变更订单已完成" },
    pattern:
      /(?:^|\n)\s*(?:当前|订单|备案|办理|审核)?(?:状态|结果)\s*[:：]\s*(?:已完成|已办结|已生效|完成|成功|变更成功|审核通过|已通过|已备案)(?![^\n]{0,6}(?:提交|初审))|(?:^|\n)\s*(?:order |filing |request |review )?(?:status|result)\s*[:：]\s*(?:completed|complete|done|finished|successful|success|in effect|approved)\b|(?:^|\n)\s*(?:已完成|已办结|已生效|变更成功|审核通过|已通过|completed|approved|in effect)\s*(?=\n|$)/,
    when: (_ctx, t) => CHANGE_ORDER_TYPE.test(t),
  }),
  // A console row of a cancellation order that is done ("备案类型：取消接入 ｜ 网站：… ｜ 状态：已完成", "Order type: Cancel
  // website | Status: Completed"): the order type names what was cancelled, the access or the filing (J round).
  ...(
    [
      ["access_cancelled", "an access cancellation order is completed", "取消接入订单已完成", "取消接入|cancel(?:l?ing)? access|access cancell?ation"],
      ["icp_number_cancelled", "a cancellation order is completed", "注销订单已完成", "注销(?:网站|主体)(?:备案)?|注销备案|cancel(?:l?ing)? (?:website|entity|filing)|(?:website|entity) cancell?ation"],
    ] as const
  ).map(([kind, en, zh, type]) =>
    cue({
      id: `${kind}.order_done`,
      kind,
      mode: "event",
      weight: 0.8,
      label: { en, zh },
      pattern: ORDER_DONE,
      when: (_ctx, t) => new RegExp(`(?:^|\\n)\\s*(?:订单|业务|备案|办理)?类型\\s*[:：]\\s*(?:${type})\\s*(?=$|\\n)|(?:^|\\n)\\s*(?:order|request|filing|application) type\\s*[:：]\\s*(?:${type})\\s*(?=$|\\n)`).test(t),
    }),
  ),
  cue({
    // E round: a watcher's line that names a field of the record with its old and new values ("字段=网站名称 旧值=… 新值=…",
    // "field=website_name old=… new=…") from the public query is the record's change.
    id: "record_changed.field_diff",
    kind: "record_changed",
    mode: "event",
    weight: 0.8,
    label: { en: "a field of the record changed (old → new)", zh: "备案字段变更（旧值 → 新值）" },
    pattern: /(?:字段|field)\s*[=:：]\s*\S+\s+(?:旧值|old(?:_value)?)\s*[=:：]\s*\S+\s+(?:新值|new(?:_value)?)\s*[=:：]/,
    when: (_ctx, t) => /备案|\bicp\b|\bfiling\b|beian/.test(t),
  }),
  cue({
    // An approved change filing is the change: the bureau's approval of a change application updates the record
    // (the number stays), and no later message says so ("【工信部】您的变更备案申请已审核通过，变更后的网站负责人为…").
    id: "record_changed.change_approved",
    kind: "record_changed",
    mode: "event",
    weight: 0.8,
    label: { en: "the change filing was approved and the record updated", zh: "变更备案已通过，备案信息已更新" },
    pattern: new RegExp(
      `变更(?:网站|主体|接入)?(?:备案)?(?:申请|请求)?${W}{0,30}?(?:(?:已|已经)?(?:审核)?通过|已获批准)(?!${W}{0,8}?(?:初审|${ZH_PROVIDER}${W}{0,2}审核))|(?:备案)?变更\\s*\\n\\s*(?:已|已经)\\s*(?:审核)?\\s*通过|变更(?:网站|主体|接入)?备案(?:申请)?(?:[(（][^()（）\\n]{1,40}[)）])?(?:已|已经)(?:办理)?(?:完成|办结|成功|生效)(?!${W}{0,2}(?:提交|递交|受理|发起))|(?:提示|显示|通知|告知)(?:我们|我|您)?(?:备案)?变更(?:已)?(?:成功|完成|生效)(?!${W}{0,2}(?:提交|递交|受理|发起|后))|\\bchange (?:request|filing|application|to your icp filing)\\b${E}{0,60}?\\bapproved\\b|\\b(?:was|were|has been|have been) amended\\b${E}{0,60}?\\band the change (?:was|has been|got) approved\\b|\\b(?:approved|completed|processed) (?:the |our |your )?change (?:of|to|in)\\b|\\bchange (?:filing|request|application) (?:went through|passed|got approved)\\b|\\bchange (?:of|to|in) (?:the )?${E}{0,40}?\\b(?:completed|approved|done|in effect|finish(?:ed)?|complete|success(?:ful)?|effective)\\b|\\b(?:change|modification|amendment) (?:filing|request|application)(?:'s\\s+|\\s+(?:is |was |has been |got )?)(?:done|completed|complete|finished|finish|approved|through)\\b(?!\\s*\\?)|\\b(?:your|our|the) (?:change|modification|amendment) (?:filing|request|application|order)\\b${E}{0,60}?\\b(?:has been|was|is now|is) (?:done|completed|complete|finished|approved|processed)\\b(?!\\s*\\?)|\\b(?:filing|record|icp|beian) (?:modification|amendment)\\b${E}{0,60}?\\b(?:has been|was|is|got) (?:approved|completed|done)\\b|\\b(?:filing|record|icp) (?:modification|amendment|change)\\b${E}{0,40}?\\b(?:has |have )?(?:taken|took) effect\\b|\\bchange of (?:the )?(?:website|site|entity|sponsor|contact)${E}{0,30}?\\b(?:went through|took effect|has taken effect|is live|went live)\\b|\\b(?:name|address|contact|entity|sponsor|principal|leader|owner|phone|e-?mail|ip|domain|website|site|content|service) change (?:on|to|of|in|for) (?:your|the|our) (?:icp )?(?:filing|record)\\b(?:\\s*\\([^()\\n]{0,120}\\))?${E}{0,30}?\\b(?:was|has been|is|got) (?:approved|completed|done|processed)\\b(?!\\s*\\?)|\\bapproved (?:the |our |your )?(?:modified|amended|changed|updated|corrected) (?:icp )?(?:record|filing)\\b|\\b(?:change|modification|amendment)s? (?:you|we) (?:submitted|requested|filed|applied for)\\b${E}{0,40}?\\b(?:has been|have been|was|were|is|got) (?:approved|completed|accepted)\\b`,
    ),
    // Z round: "The modification you submitted on 28 Jun has been approved by the Communications Administration" is the change.
    // The provider's first review of the change, a rule or a form changed, is not the record.
    notAbout: /初审|first review|initial review|\brules?\b|\bpolicy\b|\bforms?\b|规则|政策/,
  }),
  // ------------------------------------------------------------------ filing_approved
  cue({
    id: "filing_approved.zh.success",
    kind: "filing_approved",
    mode: "event",
    weight: 0.95,
    label: { en: "ICP filing successful (备案成功)", zh: "备案成功" },
    // "备案已成功提交管局" is a submission: 成功 there qualifies the verb after it.
    // C round: "您的网站已备案成功超过25天" counts the days since the approval, a reminder's premise, not its news.
    pattern: /(?:已)?备案成功(?!\s?(?:超过|已满|已有|满|已经)\s?\d)|备案已(?:经)?成功(?=$|[。，,！!；;：:\s]|了)/,
  }),
  cue({
    // D round: "管局今天下午批的" with the number: the bureau granted it.
    id: "filing_approved.zh.authority_granted",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "the bureau granted it (管局批了)", zh: "管局批了" },
    pattern: new RegExp(`${AUTHORITY_ZH}${W}{0,8}?批(?:的|了|下来了?)(?!吗|没)`),
    when: (_ctx, t) => /[\u4e00-\u9fa5]icp备\s?\d/.test(t),
  }),
  cue({
    // C round: chat says the number "came down" (备案终于下来了, 号下来了) and names it: the approval.
    id: "filing_approved.zh.came_down",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "the number came through (下来了)", zh: "备案号下来了" },
    pattern: /(?<!等|待|要是|如果|一旦)(?:备案|备案号|号)?(?:终于|总算|已经)?(?:批)?下来了/,
    when: (_ctx, t) => /[\u4e00-\u9fa5]icp备\s?\d/.test(t),
  }),
  cue({
    id: "filing_approved.zh.passed_review",
    kind: "filing_approved",
    mode: "event",
    weight: 0.9,
    label: { en: "passed the authority's review", zh: "已通过管局审核" },
    pattern: new RegExp(
      `(?<!初)审核(?:已|已经)?通过(?!${W}{0,2}[，,]\\s*(?:并)?(?:已|已经)?(?:于${W}{0,14}?)?(?:提交|报送|递交|转交)(?:至|到|给)?${PROVINCE_ZH}(?:管局|通信管理局))|已(?:经)?${DATE_ZH}?通过${W}{0,12}?(?<!初)审核|已获${W}{0,6}?(?:批准|审批通过)|${AUTHORITY_ZH}${W}{0,6}?(?:批准|审批通过)|已下号|好消息${W}{0,12}下号|备案(?:号)?${W}{0,6}?(?:下来了|批了|批下来了?|下号了)|[\\u4e00-\\u9fa5]icp备\\s?\\d+号(?:-\\d+)?\\s*(?:下来了|批了|批下来了?)|(?:拿到|获得|下发)了?${W}{0,4}备案号`,
    ),
    // P8 round: a review named as the platform's ("已通过平台审核，现已提交至管局") is the provider's, unless the platform is the
    // authority's own (工信部备案平台, 管局平台).
    unless: new RegExp(`${PROVIDER_REVIEWER.source}|(?<!工信部|管局|备案管理|miit)(?:云)?平台(?:初步)?审核`),
    // Another check passed (real-name, account) or advice on how to get there ("如何快速拿到备案号").
    // A pass that goes on to the authority in the same clause ("已审核通过并提交管局") is the provider's review; also when the
    // day stands between (M5- round: "已审核通过，并于今日提交至江苏省通信管理局审核").
    // P round: a review passed "by" a body that is not the authority ("已由新网审核通过", "经移动云审核通过") is the
    // provider's review, whatever the provider's name: the filing goes on to the bureau.
    // E round: a review passed "by us" (已经通过我司审核，并已于…报送广东省通信管理局) is the provider's own.
    notAbout: new RegExp(`(?:通过|经)(?:了)?(?:我司|我们|本平台|本公司)|实名|域名信息|域名模板|账号|账户|企业认证|资质|如何|怎样|怎么|教你|攻略|指南|注销|取消接入|变更|(?:提交|报送|递交|转交|移交|交|送)(?:至|到|给)?${PROVINCE_ZH}(?:管局|通信管理局)|(?:由|经)(?![^审，,。]{0,10}(?:管局|通信管理局|工信部|工业和信息化部))[\\u4e00-\\u9fa5a-z ]{2,8}?(?:初步)?审核(?:已|已经)?通过`),
  }),
  cue({
    id: "filing_approved.en.approved",
    kind: "filing_approved",
    mode: "event",
    weight: 0.9,
    label: { en: "the ICP filing was approved", zh: "备案已获批准" },
    // O7- round: the literal English of 已通过管局审核 ("your website record is pass by Administration Bureau").
    pattern: new RegExp(
      `\\b(?:record|filing)\\b (?:is |was |has been )?pass(?:ed)? by (?:the )?(?:[a-z]+ ){0,3}?(?:administration bureau|communications? administration|management bureau|bureau|miit)\\b|\\bicp filing (?:is |was |has been )?successful\\b|\\b(?:got|received) (?:the |an? |our )?(?:miit |ministry )?["“']?(?:icp )?filing successful\\b|\\b(?:icp )?(?:record|filing)\\b${E}{0,20}?\\b(?:has been|has|was|is) audit(?:ed)? pass(?:ed)?\\b(?=[^]*\\brecord number\\b)|\\byour (?:icp )?record\\b (?:has been|was|is) (?:approved|passed)\\b(?=[^]*\\b(?:record number|icp)\\b)|(?:^|\\n)\\s*(?:>\\s*)?approved by ${AUTHORITY_EN}|\\b(?:icp )?(?:filing|application|order|request)\\b${E}{0,40}?\\b(?:has been |was |is |been )approved\\b|\\b(?:has been|was|been|is) approved by ${AUTHORITY_EN}|\\b${AUTHORITY_EN}\\b${E}{0,12}\\bhas approved\\b|\\bicp filing approved\\b|\\bbeian (?:has been |was |is |got )?approved\\b|\\bapproved the icp filing\\b|(?<![a-z])${AUTHORITY_ACTOR_EN}${E}{0,12}?\\b(?:has |have )?(?:approved|approve|passed) (?:the|our|your|it)\\b(?! (?:on |over )?to\\b)|\\b(?:miit|bureau|管局|communications? administration)(?:'s)? approval (?:came|has come|arrived|is in|went)(?: in| through)?\\b|\\b(?:miit|bureau|管局|communications? administration|[a-z]+ ca)\\b${E}{0,6}?\\b(?:gave|issued|assigned|granted)\\b${E}{0,20}?[\\u4e00-\\u9fa5]icp备|\\b(?:got|received|has|gets) (?:the )?green light (?:from|by) ${AUTHORITY_EN}(?! to\\b)|(?<![a-z])${AUTHORITY_ACTOR_EN}\\b${E}{0,6}?\\bsigned (?:it |us )?off\\b(?! on (?:the )?(?:change|cancel))(?=[^]*[\\u4e00-\\u9fa5]icp备|(?<=[^]*[\\u4e00-\\u9fa5]icp备[^]*))|[\\u4e00-\\u9fa5]icp备\\d+号(?:-\\d+)?\\s+is (?:now )?live\\b|\\bapproval (?:sms|text|message)\\b${E}{0,30}?\\b(?:received|came|arrived|landed)\\b(?=[^\\n]{0,80}?[\\u4e00-\\u9fa5]icp备)|\\b(?:filing|application|beian)\\b${E}{0,12}?\\b(?:got|received|has gotten|has got) the green light\\b(?! to\\b)(?=${E}{0,60}?[\\u4e00-\\u9fa5]icp备)|(?<![a-z])${AUTHORITY_ACTOR_EN}${E}{0,12}?\\bgave (?:us |it |the filing |our filing )?the green light\\b(?! to\\b)|\\b(?:got|get|received) (?:the |our |an? )?(?:new )?(?:icp |filing )?number\\b(?=\\s*[:：]?\\s*[\\u4e00-\\u9fa5]icp备)|\\b(?:we're|we are|we've been|we have been|we were|we got) (?:now |finally |officially |just )?approved\\b(?! (?:for|as|to)\\b)|\\b(?:we're|we are|we've been|we have been) (?:now |finally |officially )*filed\\b(?! (?:with|under|for|to|by|in|at|an?|the|our)\\b)|\\b(?:the )?(?:site|website)(?: is| has been) (?:now |finally |officially )+filed\\b(?! (?:with|under|for|to|by|in|at|an?|the|our)\\b)|\\b(?:icp|filing|record) number (?:has been |was |is |got )?(?:issued|granted|assigned)\\b(?! (?:by|to) (?:the |your |our )?provider)|\\b(?:icp )?(?:filing|application|order)\\b${E}{0,40}?\\b(?:is|was|are|has) (?:pass|passed|approve|success|successful)\\b(?=\\s*(?:[.,;!]|$)|\\s+by ${AUTHORITY_EN})|\\b(?:got|received|(?:has|have|was|were) been issued|was issued) (?:its|our|their|an|the|your) (?:new )?icp (?:filing )?number\\b|\\bpassed (?:the )?(?:final )?(?:review|examination|check) (?:of|by) ${AUTHORITY_EN}|\\b(?:(?:[a-z0-9-]+\\.)+(?:cn|com|net|org|top|xyz|io|co|shop|site)|(?:the )?(?:site|website|domain)) (?:is|was|has been|got) (?:now )?approved\\b|\\b(?:icp )?(?:filing|application)\\b${E}{0,20}?\\b(?:is|was|got|went) (?:finally |now |all )?through\\b(?! (?:to|with|for)\\b)|[\\u4e00-\\u9fa5]icp备\\d+号(?:-\\d+)?${E}{0,10}?\\b(?:came|come|arrived) (?:in )?from ${AUTHORITY_EN}|\\b(?:icp )?(?:filing|application)\\b${E}{0,30}?\\bpassed(?=\\s*(?:[.,;!]|$)|\\s+(?:the )?(?:miit|管局|communications? administration|bureau)(?![a-z]))`,
    ),
    // Q round: a negated pass ("audit is not passed", "was not approved") is never an approval. W round: MIIT's literal English
    // calls the filing a record ("Your record has been approved, the main record number is Su ICP Bei …"), as it calls the
    // number the record number.
    unless: /change|modif|amend|cancell?ation|psb|public security|huawei|alibaba|aliyun|tencent|baidu|volcano|ucloud|kingsoft|provider|initial|first|\bnot\b|n't\b|\bnever\b|\bfail/,
    // A pass in the provider's own review that goes on to the authority in the same clause ("approved in CTYun's
    // preliminary review and forwarded to the Hubei Communications Administration") is the provider's step (H round).
    notAbout: /real-name|\bdomain (?:name )?(?:verification|real)|\bpsb\b|public security|公安|公网安备|\bchange\b|\bmodifications?\b|\bmodify\b|\bamendments?\b|\bcancell?ation\b|\bderegist|\bpreliminary\b|\bpre-?(?:check|review|audit)\b|\b(?:and|then) (?:has been |was |been )?(?:forwarded|submitted|sent|passed|pushed|handed|transferred|escalated)(?: it| on| over)* to\b|ctyun|volcengine|天翼云/,
  }),
  cue({
    // MIIT's own wording in English: "your filing information has passed the examination, the record number: …"
    // (审核通过 word for word). Only in an MIIT message: a provider's examination or a check passed is not the approval.
    id: "filing_approved.en.passed_examination",
    kind: "filing_approved",
    mode: "event",
    weight: 0.9,
    label: { en: "the ICP filing was approved", zh: "备案已获批准" },
    pattern: new RegExp(`\\b(?:icp )?(?:filing|record)(?: information| application| info)?\\b${E}{0,20}?\\b(?:has|have|had) passed (?:the )?(?:examination|audit|review)\\b`),
    when: (ctx) => ctx.fromAuthority,
    unless: /change|cancell?ation|initial|first|preliminary/,
    notAbout: /\bpsb\b|public security|\bchange\b|\bcancell?ation\b|\bpreliminary\b|\binitial\b|\bfirst\b/,
  }),
  cue({
    // C round: "Your website filing has passed review. Filing number: 鄂ICP备…号-1." — a pass that names the number it granted is
    // the approval, whoever relays it (a provider's own review grants no number).
    id: "filing_approved.en.passed_with_number",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing passed review and was given its number", zh: "备案审核通过并取得备案号" },
    pattern: new RegExp(`\\b(?:icp |website |site )?(?:filing|record)\\b${E}{0,20}?\\b(?:has|have|had) passed (?:the )?(?:final )?(?:review|examination|audit)\\b(?=${E}{0,6}[.;,]?\\s*(?:the )?(?:icp |filing |record )?(?:filing |record )?number\\s*(?:is)?\\s*[:：]?\\s*[\\u4e00-\\u9fa5]icp备)`),
    unless: /change|modif|cancell?ation|initial|first|preliminary|\bnot\b|n't\b/,
  }),
  cue({
    // A chat line that opens on the news ("Approved! The MIIT text arrived … with number 粤ICP备…"): the approval, when
    // the text speaks of MIIT and names the number it granted (M round).
    id: "filing_approved.en.exclaimed",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "approved! (with the number granted)", zh: "已获批准！（附备案号）" },
    pattern: /^\s*(?:(?:icp |the )?filing |it(?:'s| is) |we(?:'re| are) )?(?:approved|passed)\s*!/,
    when: (ctx, t) => ctx.miitContext && /icp\s?备\s?\d/.test(t),
  }),
  // ------------------------------------------------------------------ submitted_to_authority
  cue({
    id: "submitted_to_authority.zh.submitted",
    kind: "submitted_to_authority",
    mode: "event",
    weight: 0.85,
    label: { en: "submitted to the communications? administration", zh: "已提交管局审核" },
    pattern: new RegExp(
      `(?:提交|报送|递交|转交|移交)(?:至|到|给)?${PROVINCE_ZH}(?:管局|通信管理局)|(?:交|送|报|转|递|推)(?:至|到|给)${W}{0,2}?${PROVINCE_ZH}(?:管局|通信管理局)|待管局审核|管局审核(?:中|阶段)|(?:已(?:经)?|刚)(?:上)?(?:报|送|交)(?:了)?${PROVINCE_ZH}(?:管局|通信管理局)|进入${W}{0,4}管局审核|(?:在|到了?)${PROVINCE_ZH}(?:管局|通信管理局)(?:那边|这边|那里)?(?:审核|审)`,
    ),
  }),
  cue({
    id: "submitted_to_authority.en.submitted",
    kind: "submitted_to_authority",
    mode: "event",
    weight: 0.85,
    label: { en: "submitted to the communications? administration", zh: "已提交管局审核" },
    // B round: "was lodged with the Fujian CA".
    pattern: new RegExp(
      `\\b(?:was |has been |been )?(?:lodged|filed) with (?:the )?${AUTHORITY_EN}|\\b(?:submitted|submit|sent|send|forwarded|forward|passed|handed|pushed|push|went|gone|moved|escalated|transferred|transfer|transmitted|transmit|delivered)(?: (?:it|(?:your|our|the) (?:icp )?(?:filing|application|order|beian|record(?: order| application)?|materials)(?: for (?:[a-z0-9-]+\\.)+[a-z]{2,})?))? (?:on |over |up |off |through )?to ${AUTHORITY_EN}(?:/${AUTHORITY_EN})?|\\b(?:under|pending|in) review by ${AUTHORITY_EN}|\\b(?:is|it's|now|currently) (?:now )?(?:under|in) (?:the )?(?:miit|管局|bureau|authority|communications? administration)(?:'s)? review\\b|\\b(?:now )?(?:sitting|waiting|lying) with ${AUTHORITY_EN}|\\b(?:is |are |now |currently )(?:now )?(?:pending|waiting|sitting|queued|in review|under review) (?:at|with|in|before) ${AUTHORITY_EN}|\\b(?:is|it's) (?:now )?with (?:the )?(?:(?!security|police|tax|public)[a-z]+ )?(?:(?:bureau|communications? administration|miit|authority)\\b|管局)|\\b(?:is|it's) (?:now )?with (?:the )?${PROVINCE_EN} ca\\b|\\bpending (?:miit|管局|authority|bureau|communications? administration) review\\b|\\bawaiting (?:the )?(?:miit|管局|authority|bureau)(?:'s)? review`,
    ),
  }),
  // ------------------------------------------------------------------ filing_submitted
  cue({
    id: "filing_submitted.zh.submitted",
    kind: "filing_submitted",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing order was submitted", zh: "备案订单已提交" },
    pattern: new RegExp(
      `(?:已(?:经)?${DATE_ZH}?(?:成功)?(?:重新)?|成功)(?:提交|递交)|已(?:经)?${OWN_VERB}{1,8}?(?:提交|递交)(?:了|成功)|(?:重新)?(?:提交|递交)成功|初审已重新开始|已重新进入${W}{0,6}(?:初审|审核)|已(?:经)?收到${W}{0,12}?备案|备案${C}{0,40}?(?:我们|我司)?已(?:经)?${DATE_ZH}?收到|已受理|(?:进入|处于|目前为|当前状态[:：]?\\s*[“"]?)(?:初审|等待初审|审核中)|初审中|等待初审|排队(?:等)?(?:初审|审核)|排进${W}{0,4}?(?:初审|审核)(?:队列)?|备案(?:资料|材料|申请)${W}{0,10}?收到了|(?:进入|处于)${W}{0,8}?初审(?!通过|结果|未|驳回|不)|把${W}{0,30}?备案${W}{0,4}?(?:提交|递交)(?:了|成功)|(?:刚|刚刚|刚才|已经)(?:点了?|点击了?)(?:一下)?(?:提交|递交)|刚(?:刚|才)?(?:提交|递交)了|(?:显示|状态为?|状态\\s*[:：]\\s*)[“"]?${ZH_PROVIDER}(?:初审|审核)中|(?:已|已经)?进入(?:了)?[“"]?(?:${ZH_PROVIDER}|京东云|新网|移动云|天翼云)(?:的)?(?:初审|审核)[”"]?(?:阶段|环节|流程)`,
    ),
    // What was submitted must be the filing: a support ticket, an invoice or a payment is not.
    notAbout: /ticket|工单|invoice|发票|payment|支付|付款|咨询|consultation|feedback|反馈|投诉|complaint/,
  }),
  cue({
    id: "filing_submitted.en.submitted",
    kind: "filing_submitted",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing order was submitted", zh: "备案订单已提交" },
    pattern: new RegExp(
      `\\b(?:filing|application|order|request)\\b${E}{0,40}?\\b(?:has(?: now)? been|have(?: now)? been|was|is|were|has) (?:successfully )?(?:submitted|received|commit(?:ted)? success(?:fully|ful)?)\\b|\\b(?:filing|application|order|request)\\b${E}{0,40}?\\b(?:came|come|arrived|landed|went|got) (?:in|into) (?:our|the|their) (?:(?:icp|review|audit|filing) )*queue\\b|\\b(?:sitting|waiting|queued|is|it's) in (?:our|the|their) (?:(?:icp|review|audit|filing|first-pass|first|initial|preliminary) )*(?:first-pass|first|initial|preliminary) (?:review |audit )?queue\\b|\\b(?:icp )?(?:filing )?(?:request|application|order)(?: (?:#|no\\.? ?)[\\w-]+)? received(?=[.!]|\\s*$)|(?:^|[.!]\\s)\\s*(?:initial|first|preliminary) review (?:is )?pending\\b|(?:^|\\n)\\s*(?:just |already )?(?:re)?submitted (?:it |the filing |the order )?(?:today|again|just now|this (?:morning|afternoon)|yesterday)\\b|(?:^|\\n)\\s*(?:just |already )?(?:sent|submitted|filed|lodged)(?: in)? (?:the |our )?(?:icp )?(?:application|filing|order)\\b(?! (?:guide|checklist|template|form)\\b)|\\bsubmitted successfully\\b|\\bwe (?:are|have|'ve) (?:successfully |well )?received (?:your|the) (?:icp )?(?:filing )?(?:application|submission|order|materials|documents)\\b|\\bin the queue (?:of|for) (?:our|the|their) (?:first|initial|preliminary) (?:audit|review)\\b|\\bsitting with (?:their|the|our) (?:preliminary|initial|first)(?:[- ]pass)? review(?:ers?| team)?\\b|\\b(?:reads|shows|says|displays) ['"“]?pending (?:the )?(?:provider|initial|first|preliminary) review\\b|(?:^|[\\s—-])(?:i |we )?(?:just |finally )?hit submit on (?:the |our )?(?:[a-z]+ )?(?:cloud )?(?:beian|icp filing|filing)\\b|\\b(?:application|order|filing)\\b${E}{0,30}?\\breceived by (?:the )?${PROVIDER_ACTOR_EN}\\b|\\b(?:is |was )?submit (?:success|successfully|successful|ok)\\b|\\b(?:is |now )?in (?:the )?(?:initial|first) audit\\b|\\bwe(?: have|'ve)? (?:received|got) your (?:icp )?(?:filing|application|order|request)|\\border submitted\\b|\\b(?:is )?(?:now )?with (?:our|the) review team\\b|\\b(?:is )?(?:now )?(?:in|under|waiting for|awaiting|pending) (?:the )?(?:${PROVIDER_ACTOR_EN}(?:'s)? )?(?:initial|first|preliminary|${EN_PROVIDER}) (?:review|audit)\\b|\\b(?:i|we) (?:have |has |just |already |now )*(?:submitted|resubmitted|submit|resubmit|filed|sent in|send in|lodged|lodge) (?:the |our |your )?(?:new |first |initial |change )?(?:icp )?(?:website |site )?(?:record |filing )?(?:filing|application|order)\\b|\\bstatus:? (?:re)?submitted\\b|\\b(?:has been|was) resubmitted\\b|\\b(?:icp )?(?:filing|application|order) (?:re)?submitted (?:on|at|successfully)\\b|\\b(?:initial|first) review (?:is )?(?:now )?(?:in progress|under way|underway|ongoing)\\b|\\b(?:queued|waiting|lined up|scheduled) for (?:the |their |its |our )?(?:provider'?s? )?(?:initial|first|preliminary) (?:check|review|audit)\\b|\\b(?:sitting|stuck|waiting|now) (?:at|in) ['"“]?(?:pending|awaiting) (?:the )?(?:provider|initial|first) review\\b|\\b(?:flipped|switched|changed|moved|went|turned) to ['"“]?(?:under|pending|awaiting|in) (?:the )?(?:provider|initial|first|preliminary) (?:review|audit)\\b|\\b(?:filing|application|order)\\b${E}{0,40}?\\bwent in (?:via|through|with|at|to)\\b|\\b${PROVIDER_ACTOR_EN} (?:has )?confirmed (?:the )?receipt\\b|\\b(?:has |have )?entered (?:the |our )?(?:${PROVIDER_ACTOR_EN}(?:'s)? )?(?:initial|first|preliminary) (?:review|audit)(?: queue)?\\b|\\b(?:has |have )?entered (?:the )?${PROVIDER_ACTOR_EN}(?:'s)? (?:review|audit)(?: stage| phase| process| queue)?\\b`,
    ),
    // What was submitted must be the filing: a support ticket, an invoice or a payment is not.
    notAbout: /ticket|工单|invoice|发票|payment|支付|付款|咨询|consultation|feedback|反馈|投诉|complaint/,
  }),
  // ------------------------------------------------------------------ machine-translated MIIT and provider English (R round)
  // MIIT's and providers' English translated word for word marks the past with "already" and a bare verb ("already submit
  // to Tube Bureau audit", "already be cancel by …", "already audit pass") and the passive with "has been <actor> <verb>".
  // Each reads as the event the Chinese says (已提交管局审核, 已被…注销, 已审核通过); a modal, a negation or a condition is none.
  cue({
    id: "submitted_to_authority.en.literal",
    kind: "submitted_to_authority",
    mode: "event",
    weight: 0.85,
    label: { en: "submitted to the communications administration", zh: "已提交管局审核" },
    pattern: new RegExp(`\\balready (?:be )?submit to ${AUTHORITY_EN}(?: (?:audit|review|examine))?`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b/,
  }),
  cue({
    id: "icp_number_cancelled.en.literal",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "the ICP number has been cancelled", zh: "备案号已注销" },
    pattern: new RegExp(`\\b(?:record|icp|filing)(?: number)?\\b${E}{0,60}?\\balready (?:be )?(?:cancel|revoke|logout|deregister)\\b`),
    unless: /access|application|request|order|transfer|\b(?:not|never|will|would|may|might|can|could|if)\b/,
    notAbout: /\baccess\b|接入/,
  }),
  cue({
    id: "filing_approved.en.literal",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing was approved", zh: "备案已审核通过" },
    pattern: new RegExp(`\\b(?:record|filing|application)\\b${E}{0,40}?\\balready (?:be )?(?:audit|review|examine|check) (?:pass|through)\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b|n't\b/,
  }),
  cue({
    id: "record_changed.en.literal",
    kind: "record_changed",
    mode: "event",
    weight: 0.8,
    label: { en: "the filing record was changed", zh: "备案信息已变更" },
    pattern: new RegExp(`\\brecord (?:information|info)\\b${E}{0,12}?\\balready (?:be )?(?:change|update|modify)\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if|need|needs)\b/,
  }),
  cue({
    id: "authority_rejected.en.sent_back",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.85,
    label: { en: "the authority sent the filing back", zh: "管局退回了备案" },
    // A round: "the provincial administration sent your filing back", "MIIT kicked our application back".
    pattern: new RegExp(`(?<![a-z])${AUTHORITY_ACTOR_EN}${E}{0,12}?\\b(?:has |have )?(?:sent|kicked|bounced|handed|pushed) (?:your|the|our|its) (?:icp )?(?:filing|application|record|submission)\\b${E}{0,24}?\\bback\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b/,
  }),
  cue({
    id: "authority_rejected.en.literal",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.85,
    label: { en: "rejected by the communications administration", zh: "管局驳回" },
    pattern: new RegExp(`\\b(?:has been|have been|was|be) (?:[a-z]+ ){0,2}?${AUTHORITY_EN} (?:return|reject|refuse|returned|rejected|refused)\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b/,
  }),
  // U round: literal machine-translated English of the authority's result ("Your filing application by the Communication
  // Administration audit not pass") is its rejection, as 管局审核未通过 is.
  cue({
    id: "authority_rejected.en.audit_not_pass",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.85,
    label: { en: "the communications administration's audit did not pass", zh: "管局审核未通过" },
    // W round: and in the passive, the authority after the verb ("Your website filing audit is not passed by the Provincial
    // Communications Administration").
    pattern: new RegExp(`\\b(?:filing|record|application)\\b${E}{0,30}?\\bby ${AUTHORITY_EN} (?:audit|review|check)(?:ed)? (?:is |was |did )?(?:not pass(?:ed)?|no pass|fail(?:ed)?)\\b|\\b(?:filing|record|application)\\b${E}{0,20}?\\b(?:audit|review)\\b (?:is |was |has )?not (?:been )?pass(?:ed)? by ${AUTHORITY_EN}`),
  }),
  // U round: "record information happen change" (信息发生变更 word for word) is the change.
  cue({
    id: "record_changed.en.happen_change",
    kind: "record_changed",
    mode: "event",
    weight: 0.8,
    label: { en: "the filing record was changed", zh: "备案信息已变更" },
    pattern: new RegExp(`\\brecord (?:information|info)\\b${E}{0,12}?\\b(?:happen|happened|occur|occurred|has|have|had) (?:a |some )?change\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if|need|needs)\b/,
  }),
  // U round: the access information of a website "with <provider> … has been cancelled" (接入信息已被取消), however long
  // the provider's name.
  cue({
    id: "access_cancelled.en.access_information",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.85,
    label: { en: "access has been cancelled", zh: "已取消接入" },
    pattern: new RegExp(`\\baccess information of (?:your |the |our )?(?:website|site|domain)\\b[^!?;；\\n]{0,140}?\\b${BE_EN} cancel(?:l?ed)?\\b`),
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b/,
  }),
  cue({
    id: "access_cancelled.en.literal",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider withdrew its access", zh: "接入商已取消接入" },
    pattern: /\b(?:has been|have been|was|be|already) (?:the )?access (?:service )?provider (?:already )?cancel(?:l?ed)? (?:the )?access\b/,
    unless: /\b(?:not|never|will|would|may|might|can|could|if)\b/,
  }),
  // ------------------------------------------------------------------ verification_code
  cue({
    id: "verification_code.miit_code",
    kind: "verification_code",
    mode: "fact",
    weight: 0.95,
    label: { en: "a verification code in an MIIT message", zh: "工信部短信中的验证码" },
    pattern: /\*{6}/,
    // A log-in or payment code in a text that also names the ICP system is still not MIIT's.
    when: (ctx, t) =>
      ctx.hasCode &&
      ctx.miitContext &&
      // MIIT runs other services that send codes (一证通查 lists the phone cards in one's name, 携号转网 ports a
      // number, 12300 takes complaints): such a code is a filing's only when the text is about a filing (I round).
      !(MIIT_OTHER_SERVICE.test(t) && !/备案|\bfiling\b|beian|\brecord (?:filing|application)\b/.test(t)) &&
      // The code must be the filing system's: MIIT or a bureau sends it, or the text names MIIT, a bureau or the SMS
      // verification; a provider's or an agency's code beside the words "ICP filing" is that service's (N round).
      (ctx.fromAuthority || MIIT_OWN_CODE.test(t)) &&
      !OTHER_PURPOSE_CODE.test(t) &&
      // B round: MIIT's SMS check of an APP's or a mini program's filing is that filing's.
      !OTHER_APP_FILING.test(t),
  }),
  cue({
    id: "verification_code.sms_stage",
    kind: "verification_code",
    mode: "notice",
    weight: 0.75,
    label: { en: "the MIIT SMS verification step", zh: "工信部短信核验环节" },
    // P8 round: a step after another ("提交后需进行短信核验", "提交之后要重新完成短信核验") is one to come: a how-to's, no message's.
    notAbout: /(?:提交|申请|填写|修改|变更)[^，,。；;]{0,12}?(?:后|之后|以后)(?:还|则)?(?:需|需要|要|须|必须)(?:在[^，,。；;]{0,10})?(?:重新)?(?:完成|进行)[^，,。；;]{0,6}短信核验/,
    pattern: new RegExp(
      `短信核验(?:已)?完成|(?:核验短信|短信核验码?|验证码)${W}{0,4}?(?:已|已经)(?:下发|发送|发出)|(?:已|已经)${W}{0,14}发送${W}{0,10}(?:短信核验|核验短信|验证码)|(?:完成|进行)${W}{0,6}短信核验|其他核验人|\\b(?:complete|finish) the (?:icp )?sms verification\\b|\\bsms verification (?:is )?(?:complete|done)\\b|\\bhas (?:now |just )?sent (?:a |an |the )?(?:\\d-digit )?(?:sms )?verification (?:code|sms|text|message)\\b`,
    ),
  }),
  // ------------------------------------------------------------------ filing_invalid
  cue({
    id: "filing_invalid.empty_shell",
    kind: "filing_invalid",
    mode: "notice",
    weight: 0.95,
    label: { en: "empty-shell website / invalid filing", zh: "空壳网站 / 备案失效" },
    // S round: a payload's coded type (EMPTY_SHELL_WEBSITE, INVALID_FILING) names the notice; a shell company is no shell website.
    // U round: a check payload of type EMPTY_SHELL is the notice when its result says the site failed it (NON_COMPLIANT).
    pattern: /"check_?type"\s*:\s*"empty_?shell"(?=[^]{0,300}?"(?:result|status|outcome|verdict)"\s*:\s*"(?:non_?compliant|fail|failed|violation|abnormal|not_?passed)")|空壳|无效备案|备案(?:已)?(?:失效|无效)|\binvalid (?:icp )?filing\b|(?<!\b(?:in|of|on|for) (?:your |the |our )?(?:icp )?)\b(?:filing|record|beian) (?:is|was|has been) (?:not valid|invalid|marked invalid|judged invalid)\b|\bempty[- ]shell\b|\bempty_shell_(?:website|site|filing|record)\b|\binvalid_(?:icp_)?filing\b|\binvalid \((?:empty[- ])?shell\) (?:icp )?filing\b|\bshell (?:filing|website|site)\b|\bno longer resolves? to (?:a |an |the |your |our |any )?(?:[\w-]+ ){0,4}(?:servers?|ips?|ip address(?:es)?|hosts?)\b|(?<!\bin (?:your |the )?(?:icp )?)\bfiling (?:is |has become |is now considered )?(?:an )?invalid\b|\b(?:treated|considered|regarded|judged|deemed|marked|classified|seen) (?:as )?(?:an? )?(?:invalid|empty[- ]shell)\b/,
  }),
  // ------------------------------------------------------------------ rectification_notice
  cue({
    id: "rectification_notice.annual_review",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.9,
    label: { en: "annual review", zh: "备案年审" },
    // A round: "in our annual check of filing information we find …".
    pattern: /年审|年度核查|\bannual (?:filing |icp |record )?(?:review|check|inspection|verification)\b/,
  }),
  cue({
    id: "rectification_notice.check",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "filing check / rectification", zh: "备案核查 / 整改" },
    pattern: new RegExp(
      `核查|抽查|信息不准确|与实际${W}{0,4}不符|与实际${W}{0,6}不一致|(?:联系方式|手机号码?|电话)${W}{0,6}(?:核验未通过|无法接通|为空号|是空号|已停机)|(?<!域名${W}{0,30})实名认证(?!${W}{0,4}(?:审核)?(?:已)?(?:通过|成功|完成))|\\baccuracy[- ]check\\b|(?:备案)?信息${W}{0,4}(?:不准确|不完整|有误|错误|不规范)|存在(?:不准确|错误|有误)(?:项|信息|内容)|\\bfound (?:the following |a |some |several )?(?:problems?|issues?|errors?)\\b|\\bis missing (?:a |the )?(?:signature|document|field|photo|page)|(?<!不)存在${W}{0,12}?问题|证件(?:已)?(?:过期|过有效期|超过有效期|失效)|(?:地址|名称|负责人|证件号码?|联系方式)${W}{0,4}与${W}{0,12}?(?:营业执照|证件|登记)${W}{0,10}?(?:不一致|不符)|\\b(?:sent|issued|got|received) (?:an? |the )?(?:icp |filing )?(?:check|inspection|verification|accuracy check) notice\\b|缺少${W}{0,8}(?:签名|签字|材料|证件|盖章)|\\binaccurate\\b|\\b(?:filing|record)(?: information| info)? (?:is|are|was|were) (?:not correct|incorrect|wrong|not accurate|not complete|incomplete|outdated|out of date)\\b|\\b(?:record|filing)(?: information| info| content)? (?:has|have|had|got|is having) (?:a |some |several )?(?:problems?|issues?|errors?|mistakes?)\\b|\\b(?:did|do|does|made|carried out|conducted) (?:a |an )?(?:check|inspection|verification|review) of (?:the |your |our )?(?:icp )?(?:filing |record )?information\\b|\\b(?:filing|record)(?: information| info| content)?\\b${E}{0,12}?\\b(?:doesn't|does not|don't|do not|didn't|did not|no longer) match(?:es)?\\b|\\b(?:inconsistent|not consistent) with\\b|\\bspecial verification\\b${E}{0,40}?\\b(?:we |you )?failed\\b|\\b(?:is|are) not (?:the )?same as\\b|\\binformation\\b${E}{0,40}?\\b(?:was|were|is|are|has been) found (?:to be )?(?:outdated|out of date|incorrect|inaccurate|wrong|incomplete|invalid)\\b|\\b(?:do|does) not match (?:the|your)\\b|\\b(?:name|address|contact|phone|content|information|details?)\\b (?:on file|on record|in the filing)\\b${E}{0,20}?\\b(?:doesn't|does not|no longer|don't|do not) match(?:es)?\\b|\\bno longer match(?:es)? (?:the|your|our)\\b|\\b(?:check|review|verification|inspection|audit) found (?:that )?|\\b(?:filing )?information verification notice\\b|\\b(?:icp )?filing information verification\\b(?![^]{0,300}?\\b(?:no (?:problems?|issues?|errors?|discrepanc(?:y|ies))|nothing to (?:correct|fix|change)|passed|completed|all (?:items )?(?:correct|consistent|accurate))\\b)|"check_?type"\\s*:\\s*"(?:accuracy|verification|inspection|spot[_ ]?check)"(?![^]{0,300}?(?:"(?:result|status|outcome)"\\s*:\\s*"(?:pass|passed|ok|clean|no_issues|compliant)"|"issues"\\s*:\\s*\\[\\s*\\]))|\\bcorrection (?:is )?(?:required|needed)\\b|\\b(?:record|filing)\\b${E}{0,40}?\\blists? (?:the |your |its )?${E}{2,40}? as\\b${E}{0,80}?\\b(?:which|that) (?:is|are) (?:incomplete|incorrect|inaccurate|outdated|out of date|wrong|no longer (?:valid|correct|accurate))\\b|\\b(?:filing )?info(?:rmation)? (?:verification|check) (?:is )?(?:failed|not pass(?:ed)?)\\b|\\b(?:is|are) not match(?:ed|ing)?\\b|\\b(?:need|needs|want|wants|require|requires) (?:the |your |our )?(?:icp )?filing(?: information)? (?:to be )?(?:corrected|updated|fixed)\\b|\\b(?:correct|update|fix) (?:the |your )?(?:icp )?filing(?: information)?\\b|\\b(?:correct|update|fix) (?:the |your )?contact (?:info|information|details)\\b|\\b(?:contact|phone|mobile|e-?mail)\\b${E}{0,60}?\\b(?:cannot|could not|can't) be reached\\b|\\b(?:contact )?e-?mail\\b${E}{0,30}?\\b(?:bounces|bounced|is bouncing)\\b|\\b(?:contact|phone|mobile)\\b${E}{0,30}?\\bis (?:unreachable|invalid|out of service)\\b|\\b(?:address|name|information|info|details?|materials?|documents?|photo|scan)\\b${E}{0,30}?\\b(?:is|are) (?:incomplete|inaccurate|incorrect|outdated|expired|invalid)\\b|\\bflagged (?:our|your|the) (?:icp )?filing\\b|\\b(?:flagged|found|identified|raised) (?:a |an |one |two |three |several |some |multiple |\\d+ )?(?:problems?|issues?|errors?|discrepanc(?:y|ies)|inconsistenc(?:y|ies)) (?:with|in|on) (?:the |your |our )?(?:icp )?(?:filing|record)\\b|\\b(?:flagged|found|detected|reported) (?:a |an |some )?(?:mismatch|discrepancy|inconsistency)\\b|\\bfollowing (?:items?|fields?|information|details|problems?|issues?)\\b${E}{0,20}?\\b(?:failed|did not pass|didn't pass|(?:is|are) (?:wrong|incorrect|inaccurate|invalid))\\b|\\bverifying the accuracy\\b|\\b(?:record|filing|filed) information\\b${E}{0,20}?\\b(?:has|have|had) (?:some )?(?:problems?|issues?|errors?)\\b|\\b(?:contact|phone|telephone|mobile)\\b${E}{0,30}?\\b(?:cannot|could not|can't) be (?:connected|reached|called)\\b`,
    ),
    // A check of the number shown in the footer ("首页底部悬挂的备案号与实际备案号不符") is the footer notice.
    // …and so is a number on the page that is not linked to the filing system ("isn't hyperlinked to beian.miit.gov.cn").
    // …and so is the number "displayed on your website" that does not match the filed one (K round).
    // J2 round: "our check found your site … not hang it" after a request to hang the number at the bottom: what the check
    // found is the footer's problem, the footer notice.
    // N6- round: a notice titled as a check of the number's display (【备案号展示核查】, 【备案号显示核查】) is the footer notice.
    when: (_ctx, t) => !(/\bcheck found\b/.test(t) && /\bbottom of\b|\bfooter\b/.test(t)) && !/[【[]\s*(?:icp)?备案(?:编)?号(?:的)?(?:悬挂|展示|显示|标注)/.test(t),
    // P8 round: what the provider's first review found ("Your application requires modification. The initial review found …")
    // is why it returned the filing, not an accuracy check of a filed record.
    notAbout: /\b(?:initial|first|preliminary) review\b|初审|底部|页脚|首页下方|备案(?:编)?号(?:的)?悬挂|悬挂情况|(?:标明|标注|标示|展示|显示)(?:网站)?(?:的)?(?:icp)?备案(?:编)?号|\bdisplay of (?:the |your )?(?:icp )?(?:filing |record )?number\b|\bfooter\b|\bbottom of\b|\bat the bottom\b|\b(?:site|website|page|homepage)(?:'s)? bottom\b|\bhyperlink|备案(?:编)?号链接|\bnumber (?:is |was )?(?:not |never )?(?:displayed|shown) (?:on|in|at) (?:the |your |our )?(?:website|site|page|homepage|home page)\b|(?:网站|首页|页面)上?(?:展示|显示|悬挂)的[^。；;！!？?\n，,:：]{0,6}备案(?:编)?号/,
  }),
  cue({
    // The name of a check that names no problem ("filing information special check", "compliance check failed"):
    // the problem it names, when it does (the footer number is missing), decides (precedence: `generic`; H round).
    id: "rectification_notice.check_word",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "filing check", zh: "备案核查" },
    pattern: /\b(?:filing information|filing info|record information|record info|information|info|special|spot|compliance|filing) check\b|\bfiling-check\b|\bverification of (?:the |your )?filing information\b/,
    // A check is a notice when it asks for something or found something ("… check failed", "deadline to fix"); "the
    // spot check of the team's laptops is done, all fine" is no notice.
    when: (_ctx, t) => /\bfail|\bnot pass|\bproblem|\bissue|\bfound\b|\bexpired?\b|mismatch|\bincorrect|\bwrong\b|\bmissing\b|\bstale\b|rectif|\bcorrect(?:ed|ion)?\b|\bupdate\b|\bfix\b|\bdeadline\b|\bchange filing\b|\bplease\b|\bmodif|\binvalid\b|\botherwise\b|\b(?:before|by) (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)|整改|核查/.test(t),
    generic: true,
  }),
  cue({
    // The bare word "rectify": an instruction that names no problem. When the text names the problem
    // (the footer number is missing), that problem decides (precedence: `generic`).
    id: "rectification_notice.rectify",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "rectify (整改)", zh: "整改" },
    pattern: /整改|\brectif/,
    generic: true,
  }),
  cue({
    // The contact self-check (联系方式自助核验) asked of the filer; a code for doing it is not the notice.
    id: "rectification_notice.contact_check",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "check the filing's contact details", zh: "备案联系方式核验" },
    pattern: new RegExp(`(?:联系方式|联系人|手机号码?|电话)${W}{0,4}(?:自助)?核验(?!码|短信)|\\bcontact (?:details? |information )?(?:self-)?(?:check|verification)\\b|\\bre-?verify (?:the |our |your )?contact (?:numbers?|details|information|phones?)\\b`),
    when: (ctx) => !ctx.hasCode,
  }),
  cue({
    id: "rectification_notice.update_record",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.75,
    label: { en: "update the filing information", zh: "更新备案信息" },
    // C round: the English, "… lists an outdated sponsor address – please file a correction".
    pattern: new RegExp(`(?:更新|变更|修改|完善)${W}{0,4}备案信息|\\b(?:update|correct) (?:the |your )?(?:access|filing|record) info(?:rmation)?\\b|\\bupdate the information of (?:your|the) (?:icp )?(?:filing|record)\\b|\\b(?:file|submit|lodge) (?:a |the )?correction\\b(?! (?:guide|form template)\\b)`),
    // S1 round: a registrar's advice for after a transfer still to come ("域名转出后请注意同步更新备案信息") names no finding.
    when: (_ctx, t) => !new RegExp(`(?:转出|转入|过户|转移)(?:成功)?后${W}{0,6}(?:请|需|要)${W}{0,12}(?:更新|变更|修改|完善)${W}{0,4}备案信息`).test(t),
  }),
  // ------------------------------------------------------------------ footer_notice
  cue({
    // V round: a check payload named for the footer's number ("check":"footer_icp_display") whose result is a failure
    // ("MISSING", "FAIL", "NON_COMPLIANT") is the footer notice; a passing result is none.
    id: "footer_notice.check_payload",
    kind: "footer_notice",
    mode: "notice",
    weight: 0.9,
    label: { en: "footer check failed", zh: "底部备案号检查未通过" },
    pattern: /"(?:check|check_?type|check_?name)"\s*:\s*"(?:[a-z]+_)*footer[a-z_]*"(?=[^]{0,300}?"(?:result|status|outcome|verdict)"\s*:\s*"(?:missing|absent|fail|failed|non_?compliant|not_?displayed|violation)")/,
  }),
  cue({
    // Q round: a page that does not state its number (未标明备案编号, 首页未展示备案号) is the footer notice, wherever on the page;
    // W round: also "not as required" (首页未按要求展示备案号, 未按规定标明).
    id: "footer_notice.display_number",
    kind: "footer_notice",
    mode: "notice",
    weight: 0.9,
    label: { en: "display the ICP number in the footer", zh: "网站底部悬挂备案(?:编)?号" },
    pattern: new RegExp(
      // S round: the number itself may stand between 备案号 and 悬挂 ("备案号浙ICP备…号-1未按规定悬挂"), and English says 悬挂
      // word for word ("is not hung on the home page", "hang the filing number").
      `备案(?:编)?号\\s*[\\u4e00-\\u9fa5]?icp[备证]\\s?\\d+号?(?:-\\d+)?${C}{0,20}悬挂|\\b(?:icp|record|filing) (?:filing |record )?number\\b${E}{0,60}?\\b(?:is not|isn't|was not|wasn't|not|never|has not been|hasn't been) (?:been )?hung\\b|\\bhang (?:the |your |its )?(?:icp |filing |record )(?:filing |record )?number\\b|悬挂${W}{0,12}备案(?:编)?号|(?:未|没有|没)(?:按(?:照)?(?:要求|规定))?(?:在${C}{0,12}?)?(?:标明|标注|标示|展示|显示|悬挂)${W}{0,4}(?:icp)?备案(?:编)?号|备案(?:编)?号${W}{0,4}?未(?:设置|添加|加|做)(?:超)?链接|(?:未|没有|没)悬挂\\s*[\\u4e00-\\u9fa5]icp[备证]|备案(?:编)?号${C}{0,20}悬挂|(?:底部|页脚|首页下方|显著位置|(?:网页|页面|首页|网站)的?最?(?:底下|下方|下面|底端))${C}{0,20}备案(?:编)?号|备案(?:编)?号${C}{0,24}(?:底部|页脚)|备案(?:编)?号链接|\\b(?:footer|bottom (?:centre |center |middle |part )?of (?:the |your |every )?(?:home ?page|website|site|page)s?)\\b${E}{0,60}?\\bicp\\b|\\bicp\\b${E}{0,60}?\\b(?:footer|bottom (?:centre |center |middle |part )?of)\\b|\\b(?:display|show|put|place|hang)(?:s|ing)? (?:its |the |your )?(?:website |site )?(?:icp|record|filing) (?:filing |record )?number\\b|(?<=\\b(?:icp|filing|record) number\\b[^]*)\\b(?:display|show|put|place)(?:s|ing)? (?:it|them|the number) (?:at|in|on) the (?:bottom|footer)\\b|\\b(?:icp|record|filing) (?:filing )?number\\b${E}{0,40}?\\b(?:linked|links?|hyperlinked|hyperlink) to\\b${E}{0,40}?\\bbeian\\b|\\bfooter\\b${E}{0,60}?\\bnumber\\b${E}{0,40}?\\b(?:not clickable|not (?:hyper)?linked|isn't (?:hyper)?linked|without (?:a |any )?(?:hyper)?link|no (?:hyper)?link)\\b|\\bfooter\\b${E}{0,60}?(?:\\b(?:miit)?beian\\b|备案(?:编)?号)|\\bfooter notice\\b|\\b(?:home ?page|website|site|page)(?:'s)? (?:bottom|footer)\\b${E}{0,12}?\\bnot (?:have|has|show|shows|display|displays)\\b${E}{0,10}?\\b(?:the )?(?:icp |filing |record )?number\\b|(?:首页|页脚|底部)(?:的)?备案(?:编)?号${C}{0,40}?(?:超链接|链接)到?\\s*(?:beian|工信部)|\\b(?:wants?|asks?|needs?) (?:it|the number|them) (?:to be )?(?:hyper)?linked to\\b${E}{0,12}?\\bbeian\\b(?<=[^]*(?:icp备案号|icp number|备案号)[^]*)|\\b(?:icp|record|filing) (?:filing )?number\\b${E}{0,80}?\\b(?:not|isn't|is not|never) (?:hyper)?linked to\\b${E}{0,12}?\\bbeian\\b|\\b(?:links?|linked|linking|points?|pointing) (?:the |our |its |your )?(?:icp|record|filing) (?:filing )?number to\\b|\\bicp (?:filing )?number\\b${E}{0,40}?\\b(?:sit|sits|be|placed|shown|displayed|appear|appears) (?:at|in) the (?:bottom|footer)\\b|\\b(?:icp|filing|beian|record) (?:filing )?number\\b${E}{0,40}?\\b(?:footer|bottom (?:centre |center |middle |part )?of)\\b|\\b(?:website|site|page|homepage|home page)(?:'s)? (?:bottom|footer)\\b${E}{0,40}?\\blinks?\\b${E}{0,30}?\\b(?:miit)?beian\\b|\\b(?:icp |filing |record )?(?:filing )?number (?:is |was )?(?:not |never )?(?:displayed|shown) (?:on|in|at) (?:the |your |our )?(?:website|site|page|homepage|home page)\\b|\\bthe (?:icp )?number\\b${E}{0,30}?\\b(?:in|on|at) the (?:site |website |page )?footer\\b|(?:网站|首页|页面)上?(?:展示|显示|悬挂)的${W}{0,6}备案(?:编)?号|\\b(?:icp|record|filing) (?:filing )?number\\b${E}{0,64}?\\b(?:must|shall|should|is required to|needs to) be (?:displayed|shown|placed|hung|put)\\b${E}{0,20}?\\b(?:on|at|in) (?:the |your )?(?:website|site|home ?page|page|footer|bottom)\\b|\\bfooter (?:icp |record |filing )+number\\b${E}{0,80}?\\b(?:shows?|displays?|is|has) (?:the |a |an )?(?:wrong|incorrect|outdated|old|another(?: site's)?) (?:icp |record |filing )?(?:number|one)\\b`,
    ),
    // P round: "Your ICP number … must be displayed on your website" is the notice; so is a footer number that
    // "shows the wrong number".
    // The ICP number as a landmark ("display the PSB number next to the ICP number") is not the notice.
    // A round: an APP's or mini program's number shown in the app (请在APP显著位置展示备案号) is that filing's duty, not the site's footer.
    // C round: a footer that needs no edit ("备案号保持不变，无需修改网站底部", "number unchanged, so no footer edits needed") is no notice.
    unless: /无需|不需要?|不用|不必|\bno (?:need|footer)\b|\bnot (?:needed|required)\b|\bunchanged\b/,
    notAbout: /next to|beside|alongside|along with|\bpsb number|public security (?:filing )?number|公安备案号|公网安备|(?:在|于)(?:app|小程序|应用)|(?:app|小程序|应用)(?:内|中|的)?(?:显著位置|首页|界面)|\bin (?:the|your) (?:app|mini[- ]?program)\b/,
  }),
  // ------------------------------------------------------------------ G round (G9-, blind32)
  cue({
    // "已将订单退回，请按要求修改后再次提交": the provider names what it did with the order after listing the problems.
    id: "provider_returned.zh.order_sent_back",
    kind: "provider_returned",
    mode: "event",
    weight: 0.9,
    label: { en: "the provider sent the order back", zh: "接入商已将订单退回" },
    pattern: new RegExp(`已(?:经)?(?:将|把)${W}{0,10}?(?:订单|备案|申请|资料|材料)${W}{0,6}?(?:退回|驳回|打回)|(?:订单|备案申请|资料|材料)(?:已|已经)(?:被${W}{0,4}?)?(?:驳回|退回|打回)(?!${W}{0,2}?(?:吗|么))`),
    notAbout: /管局|通信管理局|工信部/,
  }),
  cue({
    // A provider's status in English: "Filing order BA… needs changes: …", "Access provider review is to be modified"
    // (接入商审核待修改 word for word).
    id: "provider_returned.en.needs_changes",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider's review asks for changes", zh: "接入商审核要求修改" },
    pattern: new RegExp(
      `\\b(?:filing|icp|beian|record) (?:order|application)\\b${E}{0,40}?\\bneeds? (?:changes|modifications?|corrections?|revisions?)\\b|\\b(?:access )?provider(?:'s)? review\\b${E}{0,10}?\\b(?:is )?(?:to be modified|needs? (?:modification|changes)|pending modification)\\b`,
    ),
    unless: /\b(?:not|never|no longer|if|would|will)\b/,
  }),
  cue({
    // "Status: Pending CA review (submitted …)": a province's communications administration is the CA.
    id: "submitted_to_authority.en.pending_ca",
    kind: "submitted_to_authority",
    mode: "event",
    weight: 0.85,
    label: { en: "pending the communications administration's review", zh: "待管局审核" },
    pattern: new RegExp(`\\b(?:pending|awaiting|under|in) (?:the )?(?:${PROVINCE_EN} )?(?:ca|provincial ca)(?:'s)? (?:review|audit|approval)\\b`),
  }),
  cue({
    // "Kingsoft Cloud confirmed … they've received our filing application … now in their first-round review".
    id: "filing_submitted.en.received_application",
    kind: "filing_submitted",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider received the filing application", zh: "接入商已收到备案申请" },
    pattern:
      /\b(?:they'?ve|they have|it has|has|have|had) (?:now |just |already )?received (?:our|your|the) (?:icp |beian )?(?:filing|record|beian) (?:application|materials|documents|order|request)\b|\b(?:in|into|entered) (?:their|its|the) (?:first|initial)[- ]round (?:review|audit)\b/,
    unless: /\bnot\b|n't\b|\bif\b/,
  }),
  cue({
    // The authority's SMS received with the number in it: "刚收到管局短信，备案号是沪ICP备…号-1", "Got the ministry's text on
    // 12 March - the number is 川ICP备…".
    id: "filing_approved.number_in_authority_sms",
    kind: "filing_approved",
    mode: "event",
    weight: 0.9,
    label: { en: "the authority's SMS gave the ICP number", zh: "管局短信给出备案号" },
    pattern: new RegExp(
      `(?:收到|接到)(?:了)?${AUTHORITY_ZH}(?:的|发来的)?(?:短信|通知)${W}{0,4}[，,]\\s*(?:备案号|号码)(?:是|为)\\s*[\\u4e00-\\u9fa5]icp备|\\b(?:got|received) (?:the )?(?:ministry|miit|bureau|ca|authority|administration)(?:'s)? (?:text|sms|message)\\b${E}{0,40}?\\bthe (?:icp )?number is\\s+[\\u4e00-\\u9fa5]icp备`,
    ),
  }),
  cue({
    // A status field: "接入信息同步：已完成".
    id: "provider_synced.zh.sync_field_done",
    kind: "provider_synced",
    mode: "event",
    weight: 0.85,
    label: { en: "access information sync: done", zh: "接入信息同步：已完成" },
    pattern: /(?:接入|备案)信息同步\s*[:：]\s*(?:已完成|完成|成功|已同步)/,
  }),
  cue({
    // "their access record picked it up overnight: status flipped from 'Pending sync' to 'Access active'".
    id: "provider_synced.en.access_record_picked_up",
    kind: "provider_synced",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider's access record picked up the approval", zh: "接入记录已同步备案" },
    pattern: /\baccess record\b[^.!?\n]{0,20}?\bpicked (?:it|the (?:record|filing|approval|number)) up\b|\bto ['"]?access active\b/,
  }),
  cue({
    // "Huawei just removed itself as the access provider (取消接入 done on the 10th)"; MIIT's own English: "access provider
    // Hangzhou Alibaba Advertising Co. cancel access".
    id: "access_cancelled.en.provider_left",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.85,
    label: { en: "the access provider withdrew", zh: "接入商已退出接入" },
    pattern: new RegExp(
      `\\bremoved (?:itself|themselves) as (?:the |our |your )?access provider\\b|取消接入 (?:done|completed|went through)\\b|\\baccess provider\\b(?:${E}|(?<=\\b(?:co|ltd|inc))\\.){0,60}?\\b(?:cancel(?:l?ed)?|withdrew|withdrawn|removed) (?:the |its )?access\\b(?!\\s*(?:if|unless|when))`,
    ),
    unless: /\b(?:will|would|may|might|could|if|unless|not)\b/,
  }),
  cue({
    // Machine-made English of 信息核查: "we did information verify of your record and found …".
    id: "rectification_notice.en.information_verify",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "an information check of the record", zh: "备案信息核查" },
    pattern: /\b(?:did|carried out|conducted|performed|made) (?:an? |the )?information (?:verify|verification|check)\b/,
  }),
  cue({
    // "…has withdrawn ICP number 浙ICP备…-2": the authority took the number back.
    id: "icp_number_cancelled.en.authority_withdrew",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.95,
    label: { en: "the authority withdrew the ICP number", zh: "管局已收回备案号" },
    pattern: new RegExp(`${AUTHORITY_EN}${E}{0,20}?\\b(?:has |have )?(?:withdrawn|withdrew|revoked|deregistered) (?:the |your |our )?icp (?:number|filing|record)\\b`),
    unless: /\b(?:will|would|may|might|could|if|not)\b/,
  }),
  // ------------------------------------------------------------------ H round (H0-, blind33)
  cue({
    // "官网 ICP 备案已通过：浙ICP备…号-1（今日下号）": the approval with the number it gave.
    id: "filing_approved.zh.passed_with_number",
    kind: "filing_approved",
    mode: "event",
    weight: 0.9,
    label: { en: "the filing passed, with its number", zh: "备案已通过并给出备案号" },
    pattern: new RegExp(`备案(?:已|已经)(?:审核)?通过${W}{0,4}?[:：，,]?\\s*[\\u4e00-\\u9fa5]icp备|(?:今日|今天|已|已经)下号`),
  }),
  cue({
    // "WE GOT THE NUMBER 🎉 粤ICP备…-3 — MIIT text came in at 10:02".
    id: "filing_approved.en.got_the_number",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "we got the ICP number", zh: "已拿到备案号" },
    pattern: /\b(?:we |i )?(?:got|received|have) (?:the|our|an?) (?:icp |beian |filing )?number\b(?=[^.?\n]{0,12}[\u4e00-\u9fa5]icp备)/,
    unless: /\b(?:not|never|if|when|once)\b|n't\b/,
  }),
  cue({
    // "…lodged your filing with the Beijing authority", "passed 1st review, now with 管局".
    id: "submitted_to_authority.en.lodged_with",
    kind: "submitted_to_authority",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing is with the authority", zh: "备案已在管局" },
    pattern: new RegExp(`\\b(?:lodged|filed|submitted|placed) (?:your|our|the) (?:icp )?(?:filing|application|beian|order) with ${AUTHORITY_EN}|\\b(?:is |it's |now |currently )+with ${AUTHORITY_EN}`),
    unless: /\b(?:will|would|once|when|if|not)\b|n't\b/,
  }),
  cue({
    // Terse chat and tracker comments: "beian order in, baidu cloud reviewing"; "the filing … went into Huawei Cloud's initial
    // review"; "We confirm receipt of your ICP filing order …", "entered first-level review".
    id: "filing_submitted.en.in_provider_review",
    kind: "filing_submitted",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing is in the provider's first review", zh: "备案已进入接入商初审" },
    pattern: new RegExp(
      `\\b${EN_CLOUD}(?: ai)?(?: cloud)? (?:is )?reviewing\\b|\\b(?:went|gone|moved|entered) (?:in)?to ${EN_CLOUD}(?: ai)?(?: cloud)?(?:'s)? (?:initial|first|preliminary)(?:[- ](?:round|level|stage))? (?:review|audit)\\b|\\bconfirm(?:s|ed)? (?:the )?receipt of (?:your|our|the) (?:icp |beian )?(?:filing|record|beian) (?:order|application|materials|documents|request)\\b|\\b(?:entered|in|into) (?:the |its |their )?(?:first|initial)[- ](?:round|level|stage) (?:review|audit)\\b|\\bfiling order(?: for (?:[a-z0-9-]+\\.)+[a-z]{2,}| [a-z0-9-]+)? received\\b|(?:^|,)\\s*order_submitted\\s*(?:,|$)`,
    ),
    unless: /\b(?:will|would|once|when|if|not)\b|n't\b/,
  }),
  cue({
    // "your shop website bottom have no beian number" (网站底部 word for word).
    id: "footer_notice.en.website_bottom",
    kind: "footer_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "the site's bottom lacks the number", zh: "网站底部未展示备案号" },
    pattern: new RegExp(`\\b(?:website|site|page|homepage)(?:'s)? bottom\\b${E}{0,20}?\\b(?:no|without|missing|lacks?) (?:the |any )?(?:icp |beian |filing )?(?:number|no\\.)`),
  }),
  cue({
    // "收到取消接入申请，请…确认是否同意取消接入": the provider asks the holder to consent to a cancellation someone requested.
    id: "cancellation_verification.zh.consent_asked",
    kind: "cancellation_verification",
    // The holder is asked to consent: a request, so it decides when told as one.
    mode: "notice",
    weight: 0.85,
    label: { en: "asked to consent to a cancellation", zh: "请确认是否同意注销或取消接入" },
    // "…提交了注销网站申请。请…回复“确认注销”": the word to reply with is the confirmation asked for.
    pattern: new RegExp(`确认是否同意(?:取消接入|注销)|收到(?:了)?${W}{0,8}?(?:取消接入|注销(?:网站|主体)?)(?:的)?申请(?=${C}{0,40}?确认)|回复\\s*[“"「]确认(?:注销|取消接入)[”"」]|确认本次(?:注销|取消接入)`),
  }),
  cue({
    // "UCloud info-check on your filing: entity phone unreachable. Fix by 5 May".
    id: "rectification_notice.en.info_check_on",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "an information check on the filing", zh: "备案信息核查" },
    pattern: /\binfo(?:rmation)?[- ]check (?:on|of) (?:your|the|our) (?:icp )?(?:filing|record|beian)\b|\b(?:got|received|have) an? info(?:rmation)?[- ]check notice\b/,
  }),
  cue({
    // "your beian modify is finish" (变更完成 word for word).
    id: "record_changed.en.modify_finished",
    kind: "record_changed",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing's modification is done", zh: "备案变更已完成" },
    pattern: /\b(?:beian|record|filing|icp) (?:modify|modification|change|changes) (?:is|are|was|has been) (?:finish(?:ed)?|complete(?:d)?|done|success(?:ful)?)\b/,
  }),
  cue({
    // "our ICP filing number has been cancelled" ("ICP licence number" is the licence's, 许可证, and stays the licence gate's).
    id: "icp_number_cancelled.en.filing_number",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "the ICP number has been cancelled", zh: "备案号已注销" },
    pattern: /\bicp (?:filing|record) number (?:has been|was|is|got) (?:cancell?ed|revoked|deregistered)\b/,
  }),
  cue({
    // "The Beijing authority declined the filing on 13/03": the authority's own verb.
    id: "authority_rejected.en.declined",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.85,
    label: { en: "the authority declined the filing", zh: "管局不予通过" },
    pattern: new RegExp(`${AUTHORITY_EN}${E}{0,10}?\\b(?:has |have |had )?(?:declined|turned down|knocked back) (?:the |our |your |it\\b)`),
    unless: /\b(?:will|would|may|might|could|if|not)\b|n't\b/,
  }),
  // ------------------------------------------------------------------ I round (I1-, blind34)
  cue({
    // A reply already done after an earlier return: "…被火山引擎驳回，周二已重新拍照并再次提交", "we corrected it and resubmitted"
    // (someone did it: "the resubmitted application will be…" names a step to come).
    // resubmittedAfterReturn (decide.ts) makes the return before it history.
    id: "filing_submitted.resubmitted",
    kind: "filing_submitted",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing was submitted again", zh: "备案已重新提交" },
    pattern: new RegExp(`(?:已|已经)${W}{0,12}?(?:重新|再次)(?:提交|递交)|(?:重新|再次)(?:提交|递交)(?:了|成功)|\\b(?:we|i|they)\\b${E}{0,60}?\\b(?:have |has |had |just |then |and )?(?:re-?submitted|submitted (?:it |the (?:filing|order|application) )?again)\\b`),
    unless: /\b(?:will|would|once|when|if|not|must|should|please)\b|n't\b|请|需要|需|将|后(?:再|重新)/,
  }),
  cue({
    // "火山引擎那边终于同步了", "我方已手动同步至金山云备案系统", "备案状态从“管局审核中”变成“已备案”", "接入记录已更新".
    id: "provider_synced.zh.synced_more",
    kind: "provider_synced",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider synced the filing", zh: "接入商已同步备案" },
    pattern: new RegExp(
      `${ZH_PROVIDER_SHORT}(?:那边|这边)?(?:终于|总算)(?:已经?)?同步(?:了|好了|完成了?)(?!吗|没)|(?:已|已经)(?:手动|自动)同步(?:至|到)${W}{0,12}?(?:备案系统|接入系统|控制台|${ZH_PROVIDER})|状态从${W}{0,30}?(?:变成|变为|更新为|改为)了?${W}{0,4}[“"]?(?:已备案|已接入)|接入记录(?:已|已经)更新|^\\s*同步(?:好|完)了[!！]`,
    ),
  }),
  cue({
    // A check payload: {"event":"filing.check.failed","check":"EMPTY_SHELL",…}.
    id: "filing_invalid.payload_check_failed",
    kind: "filing_invalid",
    mode: "event",
    weight: 0.9,
    label: { en: "an empty-shell check failed", zh: "空壳检查未通过" },
    pattern: /"check(?:_?type)?"\s*:\s*"empty_?shell"/,
    when: (_ctx, t) => /check[._-]?failed|"(?:result|status|outcome|verdict)"\s*:\s*"(?:fail|failed|non_?compliant|violation)"/.test(t),
  }),
  cue({
    // "Your cancel access application has been submitted, need the website responsible person confirm"; "Cancellation pending
    // your confirmation".
    id: "cancellation_verification.en.needs_confirmation",
    kind: "cancellation_verification",
    mode: "notice",
    weight: 0.9,
    label: { en: "a cancellation waiting for the holder's confirmation", zh: "注销待负责人确认" },
    pattern: new RegExp(
      `\\b(?:cancel(?:l?ation)?|deregistration|logout)\\b${E}{0,60}?\\b(?:need|needs|requires?|waiting (?:for|on)|awaiting|pending)\\b${E}{0,40}?\\bconfirm(?:ation|s|ed)?\\b`,
    ),
  }),
  cue({
    // A payload's review stage and its result: "stage":"PROVIDER_REVIEW","result":"RETURNED".
    id: "provider_returned.payload_stage_result",
    kind: "provider_returned",
    mode: "event",
    weight: 0.9,
    label: { en: "returned at the provider's review", zh: "接入商审核退回" },
    pattern: /"stage"\s*:\s*"(?:provider|platform|first|initial|preliminary)_(?:review|audit)"(?=[^}]{0,80}?"(?:result|status)"\s*:\s*"(?:returned|rejected)")/,
  }),
  cue({
    id: "authority_rejected.payload_stage_result",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.9,
    label: { en: "rejected at the authority's review", zh: "管局审核驳回" },
    pattern: /"stage"\s*:\s*"(?:authority|bureau|miit|gov)_(?:review|audit)"(?=[^}]{0,80}?"(?:result|status)"\s*:\s*"(?:returned|rejected)")/,
  }),
  cue({
    // "baidu cloud reviewer say … and they send the order back to us".
    id: "provider_returned.en.sent_order_back",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider sent the order back", zh: "接入商退回订单" },
    pattern: new RegExp(`\\b(?:they|${EN_CLOUD}(?: ai)?(?: cloud)?)(?: reviewer)? (?:send|sent|kick(?:ed)?|bounce(?:d)?|push(?:ed)?) (?:the |our |your )?(?:order|application|filing) back\\b`),
    unless: /\b(?:will|would|may|might|could|if|not)\b|n't\b/,
    notAbout: /bureau|administration|管局/,
  }),
  cue({
    // A provider's row: "…,浙江省通信管理局,审核不通过,…": the authority's cell, then its verdict.
    id: "authority_rejected.zh.row_verdict",
    kind: "authority_rejected",
    mode: "event",
    weight: 0.9,
    label: { en: "the authority's verdict in a row", zh: "管局审核不通过" },
    pattern: new RegExp(`${PROVINCE_ZH}${AUTHORITY_ZH}\\s*[,，|｜]\\s*(?:审核)?(?:不通过|未通过|驳回|退回)|${AUTHORITY_ZH}把${W}{0,20}?退(?:了|回来了)`),
  }),
  cue({
    // "您的备案（浙ICP备…号-2）变更已完成"; "Your modify record has been passed"; "The modification of your filing has been
    // completed".
    id: "record_changed.change_done_more",
    kind: "record_changed",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing's change is done", zh: "备案变更已完成" },
    pattern:
      /备案(?:[(（][^()（）\n]{1,40}[)）])?\s*变更(?:已(?:经)?)?(?:完成|成功|生效)|\bmodify (?:record|filing|application)\b[^.!?\n]{0,10}?\b(?:has been|was|is) (?:passed|approved|completed)\b|\b(?:modification|amendment|change) (?:of|to) (?:your|the|our) (?:icp )?(?:filing|record)\b[^.!?\n]{0,10}?\b(?:has been|was|is) (?:completed|approved|done)\b/,
    unless: /提交|递交|受理|\b(?:will|would|once|when|if|not)\b|n't\b/,
  }),
  // ------------------------------------------------------------------ K3 round (K3-, blind36)
  cue({
    // "your beian order come back from the reviewer today".
    id: "provider_returned.en.came_back_from_reviewer",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "the order came back from the provider's reviewer", zh: "订单被审核员退回" },
    pattern: /\b(?:order|application|filing)\b[^.!?\n]{0,10}?\b(?:come|came|comes|has come) back from (?:the |our |your )?(?:reviewer|review|provider)\b/,
    unless: /\b(?:will|would|may|might|could|if|not)\b|n't\b/,
  }),
  cue({
    // A console's progress stepper: "③ 接入商初审 ⏳ 审核中".
    id: "filing_submitted.zh.stepper_first_review",
    kind: "filing_submitted",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider's first review is the current step", zh: "当前步骤：接入商初审" },
    pattern: new RegExp(`(?:接入商|服务商|${ZH_PROVIDER_SHORT})?初审\\s*(?:⏳|⌛|🕐)\\s*(?:审核中|进行中|处理中)?|(?:接入商|服务商)初审\\s*(?:审核中|进行中|处理中)`),
  }),
  cue({
    // The SMS step told as in progress or as sent: "MIIT SMS verification in progress. A verification code has been sent…",
    // "已进入工信部短信核验环节".
    id: "verification_code.sms_in_progress",
    kind: "verification_code",
    mode: "event",
    weight: 0.85,
    label: { en: "the MIIT SMS verification is in progress", zh: "工信部短信核验进行中" },
    pattern: new RegExp(
      `\\bsms verification (?:is )?in progress\\b|\\b(?:a |the )?(?:sms )?verification (?:code|sms|text|message) has been sent\\b|(?:已|已经)进入${W}{0,6}?短信核验(?:环节|阶段)|(?:已|已经)向${W}{0,24}?发送(?:了)?(?:核验短信|短信核验|验证码)`,
    ),
    unless: /\b(?:will|would|once|when|if|not)\b|n't\b|将|会/,
    when: (_ctx, t) => !/注销|取消接入|cancel|deregist|logout/.test(t),
  }),
  cue({
    // "🎉 We got the beian!! MIIT text came through … — 沪ICP备…"; a row "…,Tencent,approved,"浙ICP备…"".
    id: "filing_approved.en.got_the_beian",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing came through with its number", zh: "备案已下来并给出备案号" },
    pattern: /\b(?:we |i )?(?:got|received|have) (?:the|our|an?) (?:icp |beian |filing )?(?:number|beian)\b(?=[^.?\n]{0,40}[\u4e00-\u9fa5]icp备)|(?:^|,)\s*approved\s*,\s*"?[\u4e00-\u9fa5]icp备/,
    unless: /\b(?:not|never|if|when|once)\b|n't\b/,
  }),
  cue({
    // A job's log line: "sync_access_record | … | before=approved_pending_sync | after=filed".
    id: "provider_synced.log_after_filed",
    kind: "provider_synced",
    mode: "event",
    weight: 0.85,
    label: { en: "the access record was synced to filed", zh: "接入记录已同步为已备案" },
    pattern: /\bsync_access_record\b(?=[^]{0,200}?\bafter\s*=\s*filed\b)|\bbefore\s*=\s*approved_pending_sync\b[^]{0,20}?\bafter\s*=\s*filed\b/,
  }),
  cue({
    // "您在景安的备案 豫ICP备…号-1 已失效".
    id: "filing_invalid.zh.numbered_filing_invalid",
    kind: "filing_invalid",
    mode: "event",
    weight: 0.9,
    label: { en: "the filing is no longer valid", zh: "备案已失效" },
    pattern: /备案\s*[\u4e00-\u9fa5]icp备\d+号(?:-\d+)?\s*(?:已)?(?:失效|无效)/,
  }),
  cue({
    // The number itself named as cancelled: "licence 苏ICP备…-1 has been cancelled"; "our ICP number … is gone — cancelled by
    // the Shanghai CA".
    id: "icp_number_cancelled.en.number_named_cancelled",
    kind: "icp_number_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "the ICP number has been cancelled", zh: "备案号已注销" },
    pattern: new RegExp(`[\\u4e00-\\u9fa5]icp备\\d+号(?:-\\d+)?\\s*(?:has been|was|is|got) (?:cancell?ed|revoked|withdrawn|deregistered)\\b|\\b(?:icp |beian |filing )?number\\b${E}{0,40}?\\bcancell?ed by ${AUTHORITY_EN}`),
    unless: /\b(?:will|would|may|might|could|if|not)\b|n't\b/,
    notAbout: /\baccess\b|接入/,
  }),
  cue({
    // "we have completed the cancellation of Huawei Cloud access for your filing".
    id: "access_cancelled.en.completed_cancellation",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.9,
    label: { en: "the provider completed the access cancellation", zh: "接入商已完成取消接入" },
    pattern: new RegExp(`\\b(?:completed|processed|done) the cancell?ation of (?:the |your )?(?:${EN_CLOUD}(?: ai)?(?: cloud)? )?access\\b`),
    unless: /\b(?:will|would|once|when|if|not)\b|n't\b/,
  }),
  cue({
    // "已显示备案号，但未添加链接…备案号需链接至 https://beian.miit.gov.cn"; "add the number to the bottom of your home page".
    id: "footer_notice.link_missing",
    kind: "footer_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "the footer number needs its link", zh: "备案号需添加链接" },
    pattern: new RegExp(`未(?:添)?加链接|无法点击跳转|需(?:要)?链接(?:至|到)${W}{0,6}?(?:工信部|beian)|(?:备案号|icp号)${W}{0,6}?需(?:要)?链接(?:至|到)|\\b(?:add|put|place|display) the (?:icp |beian )?number (?:to|on|at) the (?:bottom|footer) of\\b`),
  }),
  // ------------------------------------------------------------------ J2 round (J2-, blind35)
  cue({
    // Check and notice payloads: {"check":"footer_icp","result":"missing_link"}, {"type":"icp_check","subtype":"accuracy"}.
    id: "footer_notice.payload_check",
    kind: "footer_notice",
    mode: "notice",
    weight: 0.9,
    label: { en: "a footer check failed", zh: "页脚备案号检查未通过" },
    pattern: /"check(?:_?type)?"\s*:\s*"footer[a-z_]*"(?=[^}]{0,120}?"(?:result|status|outcome)"\s*:\s*"(?:missing[a-z_]*|fail(?:ed)?|not_?linked|no_?link|wrong[a-z_]*)")/,
  }),
  cue({
    id: "rectification_notice.payload_icp_check",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.9,
    label: { en: "an information check of the filing", zh: "备案信息核查" },
    pattern: /"type"\s*:\s*"icp_check"(?=[^}]{0,80}?"subtype"\s*:\s*"(?:accuracy|info(?:rmation)?|annual|contact)")/,
  }),
  cue({
    // "变更备案订单 BG… ｜状态：已完成"; "The change record is completed".
    id: "record_changed.change_order_done",
    kind: "record_changed",
    mode: "event",
    weight: 0.85,
    label: { en: "the change order is done", zh: "变更备案订单已完成" },
    pattern: /变更备案订单[^]{0,60}?状态\s*[:：]\s*(?:已完成|已生效|已通过)|\bchange record (?:is|was|has been) (?:completed|complete|done|approved|finish(?:ed)?)\b/,
  }),
  cue({
    // The approval's date on a record page with the number ("状态：已备案｜网站备案号：苏ICP备…｜管局审核通过时间：2026年04月01日").
    id: "filing_approved.approval_date_field",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "the record page gives the approval date", zh: "备案详情给出审核通过时间" },
    pattern: APPROVAL_DATE_FIELD,
    readAtStart: true,
    when: (_ctx, t) => /[\u4e00-\u9fa5]icp备\d/.test(t) && /已备案|\bfiled\b/.test(t) && !/同步|sync/.test(t),
  }),  // ------------------------------------------------------------------ Q9 round (Q9-, blind42)
  cue({
    // An order's status line in English: "Status: Provider review – modification required" (接入商审核 · 待修改).
    id: "provider_returned.en.status_modification",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "status: the provider's review asks for changes", zh: "状态：接入商审核待修改" },
    pattern: /(?:^|\n)\s*(?:order |filing )?status\s*[:：]\s*(?:provider|initial|first)(?:'s)? review\s*[–—:-]+\s*(?:modification|changes?|corrections?|revision)s? (?:required|needed|requested)\b/,
  }),
  cue({
    // "The modification of your ICP filing … has been completed. Updated field: …": the change is done.
    id: "record_changed.en.modification_of_filing_done",
    kind: "record_changed",
    mode: "event",
    weight: 0.85,
    label: { en: "the modification of the filing is done", zh: "备案变更已完成" },
    pattern: new RegExp(`\\b(?:modification|amendment|change|update) (?:of|to) (?:your|the|our) (?:icp )?(?:filing|record)\\b(?:[^.!?;\\n]|\\.(?=\\S)){0,80}?\\b(?:has been|was|is now|is) (?:completed|approved|done|processed|finished)\\b(?!\\s*\\?)`),
  }),
  cue({
    // Chat after submitting: "Submitted it on the UCloud portal … and they confirmed receipt".
    id: "filing_submitted.en.submitted_it_on_portal",
    kind: "filing_submitted",
    mode: "event",
    weight: 0.8,
    label: { en: "submitted on the provider's portal", zh: "已在接入商平台提交" },
    pattern: new RegExp(`(?:^|[.!]\\s+|\\n\\s*)(?:i |we |just )?submitted (?:it|the (?:icp )?(?:filing|application|order)) (?:on|in|via|through) (?:the )?(?:${PROVIDER_ACTOR_EN} )?(?:portal|console|website)\\b|\\b(?:they|${PROVIDER_ACTOR_EN}) (?:have |has )?confirmed (?:the )?receipt\\b`),
    when: (_ctx, t) => /\bicp\b|备案|\bfiling\b|\bbeian\b/.test(t),
  }),
  cue({
    // The cancellation filed for the holder and MIIT's confirmation asked: "We've filed the cancellation for … MIIT now needs
    // the website leader to confirm it".
    id: "cancellation_verification.en.filed_then_confirm",
    kind: "cancellation_verification",
    mode: "event",
    weight: 0.85,
    label: { en: "the cancellation was filed and must be confirmed", zh: "注销已提交，待核验确认" },
    pattern: /\b(?:filed|submitted|lodged|applied for|requested) (?:the |a |your |our )?cancellation\b[^]{0,160}?\b(?:needs?|requires?|asks?|must) (?:the |your |our )?(?:website leader|site leader|principal|person in charge|owner|leader|holder|you|him|her|them)\b[^.\n]{0,20}?\bto confirm\b/,
  }),
  // ------------------------------------------------------------------ U3 round (U3-, blind46)
  cue({
    // "您单位备案信息中的通信地址有误，请在10个工作日内…提交变更"; "…的持有者信息与备案主体不一致，请于…前完成…变更备案".
    id: "rectification_notice.u3.wrong_in_record",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "the filing's details are wrong or do not match", zh: "备案信息有误或不一致" },
    pattern: new RegExp(`备案(?:信息)?中的?${W}{0,16}?(?:有误|错误|不准确|不真实)|${W}{0,20}?与备案(?:主体|信息)${W}{0,6}?不(?:一致|符)`),
    when: (_ctx, t) => new RegExp(`请(?:于|在)${C}{0,24}?(?:前|之前|内)${W}{0,12}?(?:变更|修改|更正|更新|过户|整改|提交)`).test(t),
  }),
  cue({
    // "您的备案主体“…”的通信地址变更已完成": a detail of the record changed, done.
    id: "record_changed.u3.detail_change_done",
    kind: "record_changed",
    mode: "event",
    weight: 0.85,
    label: { en: "the change of a record detail is done", zh: "备案信息变更已完成" },
    pattern: new RegExp(`(?:地址|名称|负责人|联系人|联系方式|手机号?|电话|邮箱|接入信息|服务内容|域名)${W}{0,4}?变更(?:已经?|现已)(?:完成|办结|生效)`),
    when: (_ctx, t) => /备案|[\u4e00-\u9fa5]icp备/.test(t),
    unless: /提交|递交|受理|申请/,
  }),
  cue({
    // An order status in English: "Status: Rejected by Huawei Cloud (initial review)".
    id: "provider_returned.u3.status_rejected_by_provider",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "status: rejected in the provider's initial review", zh: "状态：接入商初审驳回" },
    pattern: new RegExp(`(?:^|\\n)\\s*(?:order |filing )?status\\s*[:：]\\s*(?:rejected|returned) by ${PROVIDER_ACTOR_EN} \\((?:initial|first|provider|preliminary) (?:review|audit)\\)`),
  }),
  // ------------------------------------------------------------------ R0 round (R0-, blind43)
  cue({
    // "hillside.cn passed the Zhejiang bureau's review on Monday": the bureau's review, named with a possessive.
    id: "filing_approved.r0.passed_bureaus_review",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "passed the bureau's review", zh: "已通过管局审核" },
    pattern: new RegExp(`\\bpassed ${AUTHORITY_EN}'s (?:review|audit|examination|check)\\b`),
    notAbout: /real-name|\bdomain (?:name )?(?:verification|real)|\bpsb\b|public security|\bchange\b|\bmodif|\bamendment|\bcancell?ation\b|\bderegist/,
  }),
  cue({
    // A chat that the filing has come through, with the number it was given: "山禾茶叶的备案过了！网站备案号：浙ICP备…".
    id: "filing_approved.r0.zh_came_through",
    kind: "filing_approved",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing came through", zh: "备案过了" },
    pattern: /(?<!变更|注销|取消接入|公安|联网)备案(?:终于|已经|已|总算)?(?:过了|批了|批下来了|下来了)(?![吗么没])/,
    when: (_ctx, t) => /[\u4e00-\u9fa5]icp备\s?\d/.test(t),
  }),
  cue({
    // The provider's review asks for changes before a resubmission to its first review: "您提交的备案申请（x.cn）需修改：…请…
    // 补充材料后重新提交初审".
    id: "provider_returned.r0.needs_changes",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "the application needs changes (provider's review)", zh: "备案申请需修改" },
    pattern: new RegExp(`(?:备案申请|备案订单|备案信息)(?:[（(][^）)\\n]{0,40}[）)])?${W}{0,6}?需(?:要)?(?:修改|补充|完善|更正)\\s*[:：]`),
    when: (_ctx, t) => /重新提交(?:初审|审核)|(?:修改|补充)(?:材料|资料)?后重新提交/.test(t) && !/管局|通信管理局|工信部/.test(t),
  }),
  cue({
    // "JD Cloud dropped x.cn from their access list on 1 July": the provider took the site off its access.
    id: "access_cancelled.r0.dropped_from_access_list",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider dropped the site from its access list", zh: "接入商已将网站移出接入" },
    pattern: new RegExp(`\\b${PROVIDER_ACTOR_EN}\\b${E}{0,12}?\\b(?:has |have )?(?:dropped|removed|deleted|took|taken) ${E}{0,40}?\\bfrom (?:their|its|the|our) access (?:list|records?|system)\\b`),
    unless: /\b(?:will|would|may|might|could|if|once)\b/,
  }),
  cue({
    // "Our check of accessed filings marked x.cn (…) as invalid: …": a check that found the filing invalid.
    id: "filing_invalid.r0.marked_invalid",
    kind: "filing_invalid",
    mode: "event",
    weight: 0.85,
    label: { en: "the check marked the filing invalid", zh: "核查判定备案无效" },
    pattern: new RegExp(`\\b(?:check|review|audit|inspection|verification)\\b${E}{0,40}?\\b(?:marked|flagged|identified|listed|classified) ${E}{0,60}?\\bas (?:an? )?(?:invalid|empty[- ]shell)\\b`),
  }),
  cue({
    // "the … Administration's accuracy review returned an issue for x.cn: the ID document … expired": a check's finding.
    id: "rectification_notice.r0.review_returned_issue",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "the accuracy check found an issue", zh: "核查发现问题" },
    pattern: /\b(?:accuracy|information|annual|periodic|routine) (?:review|check|verification|inspection)\b[^.!?\n]{0,20}?\b(?:returned|found|flagged|raised|reported) (?:an? |one |two |some |several )?(?:issues?|problems?|findings?|discrepanc(?:y|ies)|errors?)\b/,
  }),
  cue({
    // "您的ICP备案主体（…）登记的营业执照已注销，请于…前办理备案信息变更或注销": the entity's business licence was
    // cancelled; the notice asks to change (or cancel) the filing by a date.
    id: "rectification_notice.r0.licence_cancelled_change_by",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.85,
    label: { en: "the entity's licence is cancelled: change the filing by a date", zh: "营业执照已注销，请限期办理备案变更" },
    pattern: new RegExp(`(?:营业执照|执照|证件|身份证)${W}{0,6}?(?:已|已经)(?:注销|吊销|过期|失效)${C}{0,12}?请(?:于|在)${C}{0,24}?(?:前|之前)${W}{0,4}?(?:办理|提交|完成)${W}{0,4}?(?:备案信息)?(?:变更|更新|修改)`),
  }),
  // ------------------------------------------------------------------ S1 round (S1-, blind44)
  cue({
    // The access record in effect after the approval ("接入信息已生效"), the approved record now in the provider's system, a
    // console that went from a quoted state to "Filed", a filing that now shows "Filed" with its access record active.
    id: "provider_synced.s1.in_effect",
    kind: "provider_synced",
    mode: "event",
    weight: 0.85,
    label: { en: "the approved record is in effect at the provider", zh: "接入信息已生效" },
    pattern: new RegExp(
      `接入信息(?:已经?|现已)生效|\\bapproved (?:icp )?(?:record|filing)\\b${E}{0,60}?\\bis now in (?:our|the|their|its) (?:[a-z]+ )?(?:icp |access |filing )?(?:system|console|platform|database)\\b|\\b(?:went|changed|moved|flipped|switched|turned) from ['"“][^'"”\\n]{1,40}['"”] to ['"“]filed\\b|\\bwith (?:the |its |an? )?access record (?:now )?active\\b|\\b(?:filing|record)\\b${E}{0,40}?\\bnow shows ['"“]filed\\b`,
    ),
    // A change filing's access details taking effect are the change (CHANGE_ORDER_TYPE); a sync still to come is not done.
    when: (_ctx, t) => !CHANGE_ORDER_TYPE.test(t) && !SYNC_TO_COME.test(t) && !/变更(?:备案|网站|主体|接入)/.test(t),
    unless: /\b(?:will|once|when|if|until)\b/,
  }),
  cue({
    // "初审已通过，现已推送至工信部备案系统，等待…通信管理局审核": pushed or forwarded on to MIIT's system or the bureau.
    id: "submitted_to_authority.s1.pushed",
    kind: "submitted_to_authority",
    mode: "event",
    weight: 0.85,
    label: { en: "pushed on to the authority", zh: "已推送至管局" },
    pattern: new RegExp(`(?:已|已经|现已)(?:推送|报送|转交|转送|转报)(?:至|到|给)${W}{0,8}?(?:工信部|工业和信息化部|管局|通信管理局)`),
  }),
  cue({
    // "the access of ICP filing 闽ICP备…号-2 (x.com) on our platform was cancelled on 2024-…": the access, named at length.
    id: "access_cancelled.s1.access_of_filing",
    kind: "access_cancelled",
    mode: "event",
    weight: 0.85,
    label: { en: "the filing's access was cancelled", zh: "备案的接入已取消" },
    pattern: new RegExp(`\\baccess of (?:the |your |our |its )?(?:icp )?(?:filing|record|website|site)\\b${E}{0,90}?\\b(?:was|has been|is|were|have been) (?:now )?(?:cancell?ed|withdrawn|removed|revoked|terminated)\\b`),
  }),
  cue({
    // "Our first-round reviewer returned it on 06/12 because …; please resubmit": the provider's reviewer sent it back.
    id: "provider_returned.s1.first_round_reviewer",
    kind: "provider_returned",
    mode: "event",
    weight: 0.85,
    label: { en: "the provider's first-round reviewer returned it", zh: "接入商初审退回" },
    pattern: new RegExp(`\\b(?:our|the|their|${PROVIDER_ACTOR_EN}(?:'s)?) (?:first|initial)[- ]round reviewer\\b${E}{0,12}?\\b(?:has |had )?(?:returned|rejected|sent back|bounced|kicked back)\\b`),
  }),
  cue({
    // "The ministry texted Wei a code (******) to confirm deregistering the website under …": the cancellation's check.
    id: "cancellation_verification.s1.code_to_confirm",
    kind: "cancellation_verification",
    mode: "event",
    weight: 0.85,
    label: { en: "a code to confirm the cancellation", zh: "注销确认验证码" },
    pattern: /\b(?:code|sms|text)\b[^.!?\n]{0,30}?\bto confirm (?:the )?(?:deregist(?:ering|ration)|cancell?ation|cancell?ing)\b/,
    when: (ctx) => ctx.hasCode && ctx.miitContext,
  }),
  cue({
    // An accuracy check told in English by what does not match or belongs to someone else, with a date to fix it by: "the
    // site name … doesn't match what's on the site. Deadline to fix is …", "Our periodic verification shows that the
    // principal's mobile number … is registered to a different person. Please … by 2024-12-28". The finding is looked at
    // ahead, not matched: "someone else" there is whom the number belongs to, not a third party's event.
    id: "rectification_notice.s1.mismatch_en",
    kind: "rectification_notice",
    mode: "notice",
    weight: 0.8,
    label: { en: "the filing's details do not match", zh: "备案信息不一致" },
    pattern: new RegExp(
      `\\b(?:site|website|entity|company|principal|leader|contact|phone|mobile|address|name|number|content)\\b${E}{0,40}?\\b(?:doesn't|does not|don't|do not|didn't|did not|no longer) match\\b|\\b(?:periodic|routine|annual|regular|accuracy|information|our) (?:check|verification|review)\\b${E}{0,12}?\\b(?:shows?|showed|found|finds|revealed)\\b(?=${E}{0,80}?\\b(?:belongs? to (?:someone|somebody) else|(?:is |are )?registered to (?:a different|another|someone|somebody)|(?:is |are )?(?:wrong|incorrect|outdated|inaccurate|out of date)|(?:doesn't|does not) match)\\b)`,
    ),
    when: (_ctx, t) => /\bdeadline\b|\b(?:by|before) (?:\d{4}|\d{1,2}[/.-]\d{1,2}|[a-z]{3,9}\.? \d)/.test(t),
    // The number displayed on the site that does not match its filing is the footer notice's finding.
    notAbout: /\bpassword|\bpasscode|\bcaptcha|\bsignature|\bchecksum|\bhash\b|\binvoice|\bpayment|\bdisplayed\b|\bshown (?:on|at)\b|\bfooter\b|\bbottom of\b/,
  }),
];

/**
 * Precedence where a text reports or mentions several kinds: the first kind here wins. Final
 * outcomes outrank steps before them (a cancelled number outranks the pending cancellation, the
 * access withdrawal and the empty-shell notice that led to it), a provider's later step outranks
 * an earlier one, and events outrank notices and instructions.
 */
export const PRECEDENCE: readonly MessageKind[] = [
  "icp_number_cancelled",
  "cancellation_verification",
  "access_cancelled",
  "authority_rejected",
  "provider_returned",
  "provider_synced",
  "record_changed",
  "filing_approved",
  "submitted_to_authority",
  "filing_submitted",
  "verification_code",
  "filing_invalid",
  "rectification_notice",
  "footer_notice",
];

/**
 * Kinds a winner naturally mentions without the text being ambiguous: an approval reminds of the
 * footer number, an access withdrawal names the empty shell that caused it, a change filing says
 * it was approved. Such a loser counts at half weight as the runner-up.
 */
export const SUBSUMES: Partial<Record<MessageKind, readonly MessageKind[]>> = {
  icp_number_cancelled: ["access_cancelled", "filing_invalid", "rectification_notice", "record_changed", "cancellation_verification", "filing_approved"],
  cancellation_verification: ["verification_code", "filing_submitted", "submitted_to_authority"],
  access_cancelled: ["filing_invalid", "rectification_notice", "record_changed"],
  authority_rejected: ["provider_returned", "submitted_to_authority"],
  provider_synced: ["filing_approved", "record_changed"],
  record_changed: ["filing_approved"],
  filing_approved: ["footer_notice", "filing_submitted", "submitted_to_authority"],
  submitted_to_authority: ["filing_submitted", "verification_code"],
  verification_code: ["submitted_to_authority", "filing_submitted"],
  filing_invalid: ["rectification_notice", "footer_notice"],
  rectification_notice: ["footer_notice"],
  footer_notice: ["rectification_notice"],
};
