/**
 * Decides the kind of a (normalised, masked) message text from the cues of ./cues.ts: gates that
 * keep non-ICP texts unknown, the reading of every cue match, the precedence between kinds, and a
 * confidence. Pure: no clock, no I/O.
 */
import type { MessageKind } from "../kinds";
import { APP_FILING_EN, APP_FILING_ZH, CUES, EN_CLOUD, MIIT_AS_CODE_SENDER, OTHER_APP_FILING, PRECEDENCE, PROVINCE_EN, SUBSUMES, ZH_CLOUD, type Cue, type CueContext } from "./cues";
import { readEvents, WEAK_WEIGHT, weakLabel } from "./events";
import { ASKS_NEXT_STEP, AT_COLLEAGUE, asksAfterRelayZh, HOW_NEXT_STEP_ZH, HOW_WHY_ZH, NOT_NEXT_STEP_ZH, PROPOSES_NEXT_STEP, clauseAfter, clauseBefore, readingAt, type Reading } from "./reading";

export type CueHit = { cue: Cue; match: string; index: number; reading: Reading };

export type KindDecision = {
  kind: MessageKind | "unknown";
  confidence: number;
  decidedBy: { id: string; kind: MessageKind; label: { en: string; zh: string }; match: string } | null;
  runnerUp: { kind: MessageKind; confidence: number } | null;
  /** Every cue found and how it was read (for the evaluation and the docs). */
  hits: CueHit[];
  /** Why the text is unknown before any cue was weighed, if it is. */
  gate: Gate | null;
  /**
   * Why a person should look although a cue decided: the text also speaks the words of a kind this one
   * is known to be confused with (an approval that speaks of a change, a provider return that names the
   * authority, anything that names a telecom licence). isConfidentClassification refuses it.
   */
  caution: string | null;
};

export type Gate = "empty" | "no_icp_context" | "other_authority" | "licence" | "marketing" | "question" | "code_change" | "report" | "template" | "advisory" | "announcement" | "others_filing";

/** A cue must reach this weight to decide. */
export const DECIDE_AT = 0.5;
/** A runner-up this much stronger than the winner, not subsumed by it, makes the text ambiguous. */
const AMBIGUOUS_BY = 0.1;

/**
 * Public-security and other authorities' filings (公安联网备案, 等保备案, 算法备案, 网信, 药品, 税务,
 * 商务…) use the word 备案 too. They are removed before looking for ICP context.
 */
const OTHER_FILINGS = new RegExp(
  [
    "公安(?:机关|部|局)?(?:联网)?备案(?:号|编号)?",
    "[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]?公网安备\\s?\\d*号?",
    "网安备案",
    "联网备案",
    "全国互联网安全管理(?:服务)?平台",
    "(?:网络安全)?等级保护备案(?:证明)?",
    "等保备案",
    // A round: the 等保 filing named by its level ("等保三级的备案证明"), MIIT's own APP and mini-program filings (their
    // numbers end in A: "浙ICP备2026022170号-2A"), the police's filing with its abbreviation in brackets.
    "等保[一二三四五]?级?的?备案(?:证明)?",
    `${APP_FILING_ZH}(?:信息|申请)?`,
    `${APP_FILING_EN}s?`,
    "(?:public security|police)(?: bureau)?\\s*\\(psb\\)\\s*(?:filing|registration|record)s?",
    "算法备案",
    // L4- round: the algorithm's quoted name between 算法 and 备案 ("个性化推荐算法"备案, 「推荐算法」备案).
    "算法[\"“”」』]\\s?备案",
    "网信算备\\s?\\d*号?",
    "生成式人工智能服务备案",
    "深度合成服务",
    "(?:互联网)?药品(?:网络)?信息服务备案",
    "(?:国产|进口)?(?:普通|特殊)?化妆品[^。；，]{0,4}?备案(?:编号|号)?",
    "[\\u4e00-\\u9fa5]?[a-z]?妆网?备字\\s?\\d*号?",
    "医疗器械[^。；，]{0,4}?备案(?:编号|号)?",
    "财务会计制度备案",
    "对外贸易经营者备案(?:登记)?",
    "涉税事项[^。；]{0,6}备案",
    "培训机构备案",
    "(?:非)?机动车[^。；，]{0,6}?(?:备案|登记)(?:登记)?(?:信息)?",
    "(?:电动自行车|车辆|驾驶人|驾驶证)[^。；，]{0,4}?备案(?:登记)?(?:信息)?",
    "(?:public security(?: bureau)?|psb)(?:\\s*\\(psb\\))?(?:\\s+network)?\\s+(?:filing|registration)(?:\\s+number)?",
    "public security filing",
    "national internet security management service platform",
    "beian\\.mps\\.gov\\.cn",
    "(?:public security|psb|police)(?: bureau)? (?:filing|registration|record)s?",
    // H round: the Cyberspace Administration's algorithm and AI-service filings, in English.
    "(?:the )?(?:cyberspace administration(?: of china)?|\\bcac)(?:'s)? (?:algorithm |generative ai |deep synthesis )?(?:filing|registration)(?: system| number)?",
    "(?:(?:recommendation|recommender|generative|deep synthesis|personalized|personalised|search|ranking) )?algorithms? (?:filing|registration)(?: system| number)?",
    "generative ai (?:service )?(?:filing|registration)",
    // I round: the filing "of" the AI service or algorithm ("the filing of your generative AI service … has been approved").
    "(?:the )?(?:filing|registration) (?:of|for) (?:your |the |our |its )?(?:generative ai|deep synthesis|(?:recommendation |recommender )?algorithm)s?(?: service)?",
    "(?:cosmetics?|medical device|drug information service) (?:filing|registration)(?: number)?",
    // O round: the CAC's algorithm filing named by its algorithm ("the deep synthesis service algorithm … has been filed", "the list of filed algorithms").
    "(?:the )?(?:deep synthesis|generative ai|recommendation|recommender|personali[sz]ed recommendation)(?: service)? algorithms?",
    "(?:the )?list of filed algorithms",
    // P round: the PSB's own names in English ("the public security bureau returned our internet security filing",
    // "fix it on www.beian.gov.cn", the PSB's site, not beian.miit.gov.cn).
    "(?:the )?public security bureau",
    "(?:internet|network|cyber) security filing(?: number)?",
    "(?<![a-z.])(?:www\\.)?beian\\.gov\\.cn",
  ].join("|"),
  "gi",
);
const OTHER_APP_FILINGS = new RegExp(OTHER_APP_FILING.source, "g");
/** The same, once: the subject check of an event's clause. */
const OTHER_FILING_SUBJECT = new RegExp(OTHER_FILINGS.source, "i");
/**
 * A telecom licence (增值电信业务经营许可证, the ICP/EDI commercial licence, B2-…) is applied for, approved
 * and reported on in MIIT's licence system, not the filing system: a text about the licence that does not
 * also speak of the filing (备案, filing) is not an ICP filing message, however much it says 受理 or 通过.
 */
const LICENCE =
  /增值电信(?:业务)?(?:经营)?许可|电信业务经营许可|经营许可(?:证)?|电信业务市场综合管理|(?<![a-z])[a-z]?[12]-\d{8}(?!\d)|许可证(?:申请|审批|年报|年检|续期)|\b(?:icp|edi|value[- ]added telecom(?:munications)?|telecom(?:munications)? business|commercial operating|operating) licen[cs]e\b|\b(?:icp|edi) (?:commercial )?(?:operating )?licen[cs]e\b/;
const LICENCE_ALL = new RegExp(LICENCE.source, "g");
const FILING_WORDS = /备案|\bfiling\b|beian/;

/**
 * Someone else's filing looked up (P round): a competitor's (竞品, 竞争对手, 友商, 同行, "a competitor's") filing that
 * the writer queried (查了, 查询, 搜了, "looked up", "checked") is that filing's public record, not an event of one's own.
 */
const OTHERS_FILING =
  /(?:查了?(?:一)?下|查询|搜了?(?:一)?下|看了?(?:一)?下)[^。；！？\n]{0,12}?(?:竞品|竞争对手|友商|同行)|(?:竞品|竞争对手|友商|同行)[^。；！？\n]{0,20}?(?:查了?(?:一)?下|查询结果|公共查询)|\b(?:looked up|checked|searched|pulled up|queried)\b[^.!?\n]{0,30}?\b(?:a |the |our |one )?competitors?(?:'s?|s')?\b|\bcompetitors?(?:'s?|s')? (?:icp )?(?:filing|record|beian)\b[^.!?\n]{0,40}?\b(?:looked up|checked|lookup|query|public query)\b/;
/**
 * A public query's result listed as fields ("ICP查询结果：域名 … | 备案号：… | 审核通过日期：…", "ICP lookup result: …"): the
 * record as the public query shows it, addressed to no one; its dates name past steps, not this message's event.
 */
// B round: also the record's own page header over its fields ("网站备案信息\n主办单位名称：…\n审核通过日期：…").
const PUBLIC_QUERY_RESULT = /^\s*(?:icp\s*)?(?:备案)?(?:公共)?查询结果\s*[:：]|^\s*(?:icp )?(?:public )?(?:query|lookup) results?\s*[:：]|^\s*(?:网站|主体)?备案信息\s*\n(?=[^]*主办单位(?:名称)?\s*[:：])(?=[^]*审核(?:通过)?(?:日期|时间)\s*[:：])/;
const QUERY_ADDRESSED = /您|贵(?:司|单位|网站|公司)|你的|你们|\byour\b|\byou\b/;
/** Without one of these the text is not about an ICP filing at all. */
// R round: machine-translated English names the filing's result "record result" ("record result already synchronize to …",
// "status change to record-completed") and the bureau "Tube Bureau" / "communication management bureau". ("Record number"
// alone is any system's: a hospital's, a database's.)
// S round: a provider's access named as removed or cancelled ("removed from JD Cloud access", "cancelled Huawei Cloud's access
// for …"), a payload's coded empty shell (EMPTY_SHELL_WEBSITE) and an audit payload that names the filing's fields
// ("key_name":"website_name") are ICP context.
// U round: a website's access "at <provider> has been cancel" (literal English of 接入已取消) is ICP context.
// Y round: MIIT's public query (公开查询), the provider's block page, and a provider that sent "the application" back
// (Baidu Cloud kicked back the application, 京东云把 … 打回来了) speak of the filing without naming it.
/** Words that make a text speak of ICP filings by themselves (the text is lower-cased). */
const ICP_WORDS = [
  String.raw`公开查询`,
  String.raw`拦截页`,
  String.raw`icp`,
  String.raw`备案`,
  String.raw`\btube bureau\b`,
  String.raw`\bcommunications? management bureau\b`,
  String.raw`工信部`,
  String.raw`工业和信息化部`,
  String.raw`ministry of industry(?: and information technology)?\b`,
  String.raw`接入商`,
  String.raw`\btelecommunications administration\b`,
  String.raw`\bfirst trial\b`,
  String.raw`\binterception page\b`,
  String.raw`\bprovincial bureau\b`,
  String.raw`注销核验`,
  String.raw`注销(?:的)?(?:确认|核验)短信`,
  String.raw`管局`,
  String.raw`通信管理局`,
  String.raw`miit`,
  String.raw`beian`,
  String.raw`短信核验`,
  String.raw`取消接入`,
  String.raw`接入信息`,
  String.raw`空壳`,
  String.raw`communications? administration`,
  String.raw`网站负责人`,
  String.raw`主体负责人`,
  String.raw`\bfiling\b`,
  String.raw`empty[- ]shell`,
  String.raw`accuracy[- ]check`,
  String.raw`\baccess provider\b`,
  String.raw`新增备案`,
  String.raw`初审`,
  String.raw`\badministration bureau\b`,
  String.raw`\bsms verif(?:y|ication)\b`,
];
/** Phrases that speak of a filing's step or a provider acting on it without any of those words. */
const ICP_PHRASES = [
  String.raw`\bpublic (?:icp )?query\b`,
  String.raw`\bblock(?:ing)? page\b`,
  String.raw`\bblocked[- ]access page\b`,
  String.raw`\b${EN_CLOUD}(?: ai)?(?: cloud)?\b[^.!?\n]{0,40}?\b(?:kicked back|bounced|sent back|returned|rejected|picked up) (?:the |our |your )?(?:application|approval)\b`,
  String.raw`\b${EN_CLOUD}(?: ai)?(?: cloud)?\b[^.!?\n]{0,40}?\b(?:kicked|sent|knocked|bounced) (?:the |our |your )?(?:application|filing|beian) back\b`,
  String.raw`${ZH_CLOUD}把[^，,。]{0,30}?(?:打回|退回|驳回)`,
  String.raw`\b(?:website|site|domain)\b(?:[^.!?\n]|\.(?=\S)){0,60}?\baccess (?:at|with|on) (?:the )?${EN_CLOUD}(?: cloud)?\b[^.!?\n]{0,20}?\b(?:has been|was|is|already) (?:be )?cancel(?:l?ed)?\b`,
  String.raw`\b(?:removed|dropped|withdrawn|taken) from (?:the )?${EN_CLOUD}(?: ai)?(?: cloud)?(?:'s)? access\b`,
  String.raw`\bcancell?ed (?:the )?${EN_CLOUD}(?: ai)?(?: cloud)?'s access (?:for|on|to)\b`,
  String.raw`\bempty_shell_(?:website|site|filing|record)\b`,
  String.raw`\binvalid_(?:icp_)?filing\b`,
  String.raw`"(?:key_name|key|field|field_name)"\s*:\s*"(?:website|site)_(?:name|leader\w*|principal\w*|domain\w*|ip|content\w*|owner\w*)"`,
  String.raw`\brecord result\b`,
  String.raw`\bstatus change to record[- ]complete`,
  String.raw`(?:^|\n)\s*(?:record|filing|beian) (?:status|change)\s*[:：]`,
  String.raw`(?:^|\n)\s*access(?: status)?\s*[:：]\s*(?:cancell?ed|removed|withdrawn|terminated) by (?:the |your |its )?(?:access )?provider\b`,
  String.raw`\b(?:pending|awaiting|under) (?:the )?administration(?:'s)? review\b`,
  String.raw`\b(?:shows?|lists?|displays?) (?:the |our |your )?(?:site|website|domain) as ['\"]?filed\b`,
  String.raw`\bpulled (?:the |its |our |your )?access (?:on|for|to)\b`,
  String.raw`\bpulled the plug on (?:the |its |our |your )?access\b`,
  String.raw`\brecord (?:application|information|info|subject|entity|filing|order|content|contents)\b`,
  String.raw`\brecord change (?:application|request|order)\b`,
  String.raw`"audit_data"\s*:\s*\[\s*\{[^\]]{0,80}?"key(?:_name)?"\s*:\s*"(?:网站|主体|负责人|owner_|website_|site_|entity_|domain)`,
  String.raw`"stage"\s*:\s*"(?:provider|platform|authority|bureau|miit)_(?:review|audit)"`,
  String.raw`\binfo(?:rmation)?[- ]check notice\b`,
  String.raw`\bmodify record\b`,
  String.raw`\bshell (?:website|site|filing)\b`,
  String.raw`\b(?:pending|under|awaiting) (?:the )?ca review\b`,
  String.raw`(?:verification (?:sms|code|text)|核验短信|验证码)[^\n]{0,30}?(?<![0-9])12381(?![0-9])|(?<![0-9])12381(?![0-9])[^\n]{0,30}?(?:verification|核验|验证码)`,
  String.raw`网站名称`,
  String.raw`\bbureau (?:rejected|returned|declined|bounced|knocked back) (?:it|the (?:application|filing|order)|our (?:application|filing|order))\b`,
  String.raw`\b(?:record|filing)\b(?:[^.!?\n]|\.(?=\S)){0,60}?\b(?:propagated|pushed|synced|synchroni[sz]ed|imported) (?:in)?to (?:our|the|their|its) access (?:system|platform)\b`,
  String.raw`\bhang(?:s|ing)? (?:the |your )?(?:icp |filing |record )(?:record )?number\b`,
  String.raw`(?:^|\n)\s*(?:order|request|filing|application) type\s*[:：]\s*(?:new|change|cancel|add)\s+(?:website|entity|access|filing)`,
  String.raw`\b(?:the )?(?:(?:${PROVINCE_EN}|provincial) )telecom(?:munications?)? (?:administration|bureau)\b`,
  String.raw`\baccess (?:records?|list)\b`,
  String.raw`\b(?:awaiting|pending|under|in) (?:the )?provider(?:'s)? review\b`,
  String.raw`\bprovider review\s*[:：]`,
  String.raw`\b(?:record|filing)\b[^.!?\n]{0,20}?\b(?:rejected|returned|refused) by (?:the )?administration\b(?! (?:office|of)\b)`,
  String.raw`\bbureau(?:'s)? (?:result|approval|review|audit)\b`,
  String.raw`${ZH_CLOUD}(?:那边|这边)?(?:已经?)?同步(?:好|完)?了`,
  String.raw`\bawaiting (?:the )?(?:initial|first|provider) review\b`,
  String.raw`\baccess[- ]info(?:rmation)?\b`,
  String.raw`\bprelim(?:inary)?[_ ](?:rejected|returned)\b`,
  String.raw`${ZH_CLOUD}(?:的)?审核员`,
  String.raw`\bnot[- ]filed['"]? page\b`,
  String.raw`接入(?:ip|地址)`,
  String.raw`\baccess ip\b(?:[^.!?\n]|\.(?=\S)){0,20}\b(?:on|of|in) the (?:record|filing)\b`,
  String.raw`\bfiled (?:site|website|entity) (?:name|information|info|details|address)\b`,
  String.raw`(?:\.(?:cn|com|net|org)|网站|域名|备案)\s*的?接入(?:信息|服务)?(?:已(?:经)?被?|被)取消`,
  String.raw`\b(?:website|entity) (?:leader|principal)\b`,
  String.raw`(?:新增|变更|注销)(?:网站|主体|接入)`,
  String.raw`\b(?:dropped|withdrew|withdrawn|cancell?ed|removed) (?:the |its |our |your )?access (?:on|for|to)\b`,
  String.raw`['"]not filed['"]`,
  String.raw`\b(?:shows?|says|reads|displays?) (?:as )?['"]?filed\b`,
  String.raw`\bstatus\b(?:[^.\n]|\.(?=\S)){0,80}\bto ['"]?filed\b`,
  String.raw`\bstatus\s*[:：]\s*(?:authority|bureau|administration) (?:rejected|approved|review)\b`,
  String.raw`\b${EN_CLOUD}(?: cloud)?(?:'s)? (?:reviewer|review team|review|(?:first|initial) (?:review|audit))\b`,
  String.raw`\b(?:first|initial) (?:review|audit) of (?:the )?${EN_CLOUD}\b`,
  String.raw`\bcancel(?:l?ed|l?ing)? (?:the |its |our |your )?access\b`,
  String.raw`\baccess of (?:the |your |our |its )?(?:record|filing|website|site)\b`,
  String.raw`\b${EN_CLOUD}(?: ai)?(?: cloud)? (?:\w+ )?(?:synced|synchroni[sz]ed) (?:our|the|your|its) (?:icp )?(?:record|filing)\b`,
  String.raw`\b(?:website|entity) (?:filing )?cancell?ation\b`,
  String.raw`\b${PROVINCE_EN} (?:ca|bureau|administration)\b`,
  String.raw`\b(?:communications?|telecom(?:munications?)?) bureau\b`,
  String.raw`\baccess (?:for|of|to) (?:the |your |our )?(?:[a-z0-9-]+\.(?:cn|com|net|org)|site|website|domain)\b(?:[^.!?\n]|\.(?=\S)){0,30}\b(?:has been|was|is) (?:now )?(?:cancell?ed|withdrawn|removed|terminated)\b`,
  String.raw`\b${EN_CLOUD}\b(?:[^.!?\n]|\.(?=\S)){0,30}\b(?:the |our |your )?record\b(?:[^.!?\n]|\.(?=\S)){0,40}\b(?:synced|synchroni[sz]ed)\b`,
  // S1 round: a status quoted as "Access cancelled", a request to cancel a provider "as service provider", a provider's
  // first-round reviewer who returned the order, and the sync done on a provider's side speak of the filing's steps.
  String.raw`['"“]access cancell?ed['"”]`,
  // U3 round: an order status rejected by a provider in its initial review ("Status: Rejected by Huawei Cloud (initial review)").
  String.raw`\b(?:rejected|returned) by ${EN_CLOUD}(?: ai)?(?: cloud)? \((?:initial|first|provider|preliminary) (?:review|audit)\)`,
  String.raw`\bcancel ${EN_CLOUD}(?: ai)?(?: cloud)? as (?:the |its |your |our )?(?:access |service )?provider\b`,
  String.raw`\b(?:first|initial)[- ]round reviewer\b(?:[^.!?\n]|\.(?=\S)){0,20}?\b(?:returned|rejected|sent back|bounced|kicked back)\b`,
  String.raw`\bsync(?:'s| is| was| has been)? (?:now )?(?:complete|completed|done|finished) (?:on|at) ${EN_CLOUD}(?: ai)?(?: cloud)?'s side\b`,
];
const ICP_CONTEXT = new RegExp([...ICP_WORDS, ...ICP_PHRASES].join("|"));
/** MIIT itself (not the provider): tells an MIIT verification SMS from other codes. */
// P round: "the ministry text" (a voicemail's or a chat's MIIT SMS) names MIIT as the sender (MIIT_AS_CODE_SENDER).
const MIIT_CONTEXT = new RegExp(String.raw`${MIIT_AS_CODE_SENDER}|工信部|工业和信息化部|ministry of industry(?: and information technology)?\b|管局|通信管理局|miit|communications? administration|administration bureau|\bsms verif(?:y|ication)\b|beian\.miit|12381|icp\s?备案|icp filing|备案短信核验|短信核验|备案系统|备案管理系统`);
/** Senders of the ICP authority. */
const AUTHORITY_SENDER = /工信部|工业和信息化部|ministry of industry(?: and information technology)?\b|通信管理局|管局|communications? administration|miit|12381/;
/** Senders that are another authority or a business that is not an ICP party. */
const OTHER_SENDER = /公安|网安|网信|\bcac\b|cyberspace|税务|教育|药监|商务|市场监管|企业信用|银行|人社|卫健|文化|旅游|快递|速运|邮政|支付|交管|交警|车管|12123/;
/** A government body's name ("…局", "…厅", "…委员会", "…办公室"): another authority unless it is the ICP one. */
const GOVERNMENT_SENDER = /(?:局|厅|委员会|委|办公室|政府|机关)$/;
const ICP_SPECIFIC = /icp|工信部|工业和信息化部|ministry of industry(?: and information technology)?\b|通信管理局|管局|beian\.miit|miit|communications? administration/;
/** Marketing mentions 备案 ("备案专享优惠") without being a filing message. */
// Z round: an agency's advertisement sells filings and licences as a service (代办, 承接, 包下证, 欢迎咨询 with a contact):
// its filing words (空壳网站处理, 备案注销恢复) are what it offers, not news of a filing.
/** U3 round: a price quote for the filing service ("Quote #Q-2025-031 / ICP filing (first-time): CNY 2,000 / …") is an offer. */
const PRICE_QUOTE = /^\s*(?:quote|quotation|price list|报价单|报价)\s*(?:#|no\.?|编号|[:：])(?=[^]*(?:cny|rmb|¥|￥|\d\s*元))/;
const MARKETING =
  /优惠|加送|全程代办|最快\s*\d+\s*个?工作日|促销|折扣|特惠|特价|抢购|秒杀|代金券|满减|立减|低至|首单|仅需\d|免费送|即送|\d折|discount|(?<![a-z0-9-])promo(?:tion)?\b(?![.-][a-z0-9]| (?:site|website|page|domain)s?\b)|coupon|% off|\bsale\b|limited[- ]time offer|buy now|\bsave \d+%|offer ends|newsletter|webinar|\d+ tips\b|直播|公开课|训练营|干货|包退|包过|包下号|包下证|包拿证|(?:许可证|备案|资质)(?:[^。！!，,]{0,8}?)代办|代办(?:许可证|备案|icp|edi|资质)|承接(?:网站)?(?:备案|许可证)|(?:欢迎|免费)咨询[^。]{0,12}(?:微信|电话|热线|同号)|\bwe (?:handle|process|can get|do) (?:your |all )?(?:icp |beian )?(?:filings?|licen[cs]es?|beian|icp) for you\b|\bbook a free\b|\bfree (?:\d+[- ]minute )?(?:call|consultation)\b|\b(?:express|fast[- ]track) (?:beian|icp|filing)\b|\bhandles? (?:all )?the paperwork\b|\b(?:icp|beian) (?:filing |licen[cs]e )?(?:agency|agent) services?\b|(?:驳回|退回|不通过|失败|被拒)(?:全额)?(?:包退|退款|退全款)|新用户[^。！!]{0,12}?(?:即享|即送|享|送|免费)|(?:新购|购买)[^。！!]{0,16}?(?:即享|即送|赠送|免费送)|\bmoney[- ]back\b|\b(?:full )?refund (?:if|when|should) (?:the |your )?(?:filing |application |bureau |miit )?(?:is |gets |was )?(?:rejected|refused|returned|not approved|fails?|rejects)\b|\bguaranteed (?:approval|to pass)\b|\bapproval guaranteed\b|\bno approval,? no (?:fee|charge|pay)\b/;
/**
 * A message from a code host or CI about a change to the site's code: a repository sender "[acme/web]", a pull or
 * merge request, a commit, "3 files changed", a conventional-commit subject at the start ("fix(footer): …").
 */
const CODE_CHANGE =
  /^\s*\[[\w.-]+\/[\w.-]+\]|\b(?:pull|merge) request\b[^.!?\n]{0,20}(?:#|!)?\d+|\b(?:pr|mr) ?[#!]\d+\b|\bcommit [0-9a-f]{7,40}\b|\b\d+ files? changed\b|^\s*(?:feat|fix|chore|refactor|style|perf|ci|build)(?:\([\w./-]+\))?!?:\s/;
/**
 * A developer's ticket or test run about the site's filing display: a feature request, a user story, a
 * bug report, a test runner's PASS/FAIL lines or its summary ("Tests: 1 failed, 41 passed"), an
 * "Expected: … Received: …" assertion, a number hard-coded in the template (K round).
 */
const DEV_TICKET =
  /^\s*(?:task|todo|to-do|item|story|ticket)\s*,\s*(?:owner|assignee|status)\b|^\s*(?:\*\*|__|#+\s*)?(?:feature request|feature|bug report|bug|user story|story|enhancement|issue(?: #?\d+)?|需求|功能需求|缺陷|bug单)\s*[:：]|\b(?:as a|as an) (?:site |website )?(?:owner|admin|administrator|user|editor|developer),? i want\b|(?:^|\n)\s*(?:\[[^\]\n]{1,30}\]\s*)?(?:pass|fail|ok|not ok|✓|✗|✔|✘)\s+\S+\.(?:spec|test)\.[jt]sx?\b|\btests?\s*:\s*\d+ (?:failed|passed)\b|(?:^|\n)\s*expected\s*:[^\n]*\n\s*received\s*:|\bhard-?cod(?:e|ed|es|ing)\b|\bacceptance criteria\b|测试用例|单元测试|用例(?:失败|通过)/;
/**
 * A CI job's or a checker's output (L round): a "[ci]" / "[lint]" / "[build]" tag opening a line, an exit code, "N checks
 * failed", a FAIL/PASS verdict on a source or page file (a provider's sample HTML is no such output); and a
 * tracker ticket (a key such as FE-982 or WEB-1204 opening the text) that speaks of components, configuration, design or
 * deployment. Both are the developers' work on the page that shows the number, not a notice to the filing.
 */
const CI_OUTPUT =
  /(?:^|\n)\s*\[(?:ci|cd|build|lint|linter|check|checks|test|tests|e2e|qa|github actions|gitlab-ci|jenkins|pipeline)\]|\bexit (?:code|status) \d+\b|\b\d+ (?:checks?|jobs?|steps?|assertions?) (?:failed|passed|errored)\b|(?:^|[\s:：])(?:fail|failed|pass|passed|error)\s*[:：]?\s+[\w./-]+\.(?:html?|tsx?|jsx?|vue|svelte|php|css|scss|mdx?|ya?ml|json)\b/;
/** G round: an engineering standard's title ("前端规范 v1.2：…", "Frontend guidelines:"): the team's rule for its pages, no notice. */
const ENGINEERING_STANDARD = /^\s*(?:[\u4e00-\u9fa5]{0,4}(?:开发|前端|后端|编码|代码|设计|工程|页面)(?:规范|约定)|(?:coding|code|style|engineering|front-?end|back-?end|design|ui) (?:standards?|guidelines?|conventions?|style guide))\s*(?:v\d+(?:\.\d+)*)?\s*[:：]/;
const TRACKER_KEY = /^\s*(?:[a-z][a-z0-9]{1,9}-\d{1,6}(?![\d-])|(?:工单|缺陷|bug|issue|ticket|jira)\s*(?:号|no\.?)?\s*[#＃]\s*\d{2,8})/;
// L4- round: a ticket still to do ("Status: To Do") is a task; what it says should happen has not (its acceptance
// criteria alone do not tell: a ticket that relays a notice also has them, E7-046). R0 round: so is a ticket typed a task
// or a story ("Type: Task  Priority: Medium"); an assignee alone does not tell (an ops ticket relays a provider's update).
/**
 * U3 round: a tracker ticket with a reporter or a priority line is the developers' work too, unless it relays a provider's
 * notice ("Description: Huawei Cloud notice (2026-10-02): the homepage … does not display …", Q3-013).
 */
const TRACKER_FIELDS = /(?:^|\n)\s*reporter\s*[:：]|(?:^|\n|·)\s*priority\s*[:：]\s*(?:lowest|low|medium|high|highest|critical|blocker|minor|major|p[0-4])\b/;
const RELAYED_NOTICE = new RegExp(`\\b${EN_CLOUD}(?: ai)?(?: cloud)? (?:notice|e-?mail|sms|message|notification)\\b|${ZH_CLOUD}(?:的)?(?:通知|邮件|短信|站内信)`);
const DEV_WORK = /\bstatus\s*[:：]\s*(?:to ?do|backlog|not started)\b|\btype\s*[:：]\s*(?:task|sub-?task|story|user story|epic|improvement)\b|组件|改造|重构|设计稿|ui稿|交互稿|配置|前端|后端|开发|上线|部署|样式|需求|\bcomponent\b|\brefactor|\bconfig(?:uration|urable)?\b|\bfront-?end\b|\bbackend\b|\bdesign\b|\bmock-?ups?\b|\bfigma\b|\bdeploy|\bsprint\b|\bstory points?\b|\bimplement|(?:^|[\s.。;；])(?:steps(?: to reproduce)?|repro(?:duction)?(?: steps)?|expected(?: result| behaviou?r)?|actual(?: result| behaviou?r)?)\s*[:：]|复现步骤|重现步骤|预期结果|实际结果|已修复|修复中|待测试|测试验证|提测|待发布|发版|\bfixed in (?:v?\d|build|release|commit)/;
/**
 * A report about filings in general, not a notice to this filing: a news item ("据媒体报道", "… said on Tuesday",
 * "reports that"), a newsletter or digest ("This week in …", 周报), a campaign's totals ("累计注销…一万余个", "more than
 * 20,000 ICP filings"), a provider's figures ("1,204 filings processed, 8% returned at first review", 驳回率; M round). It
 * decides nothing unless it also speaks to a holder or names a filing of its own (K round).
 */
// A round: a news column's tag (【行业资讯】, 【政策解读】) and a campaign announced for the future (将开展…专项整治) are reports.
// Q9 round: a dateline ("BEIJING — …"), what "the ministry said", 据介绍 and a campaign in many places (近日，多地…) are news.
const REPORT =
  /^\s*(?:beijing|shanghai|guangzhou|shenzhen|hangzhou|chengdu|hong kong|nanjing|wuhan|tianjin)\s*[—–]\s|\bthe (?:ministry|regulators?|bureau|authorities) said\b|据介绍|(?:近日|日前)[，,]?\s*(?:多地|各地|多省|全国各地)|[【[](?:行业资讯|行业动态|行业新闻|资讯|新闻|快讯|政策解读|政策速递)[】\]]|(?:将|拟)(?:于[^。]{0,10})?开展[^。]{0,24}?(?:专项)?(?:整治|清理|治理|行动)|据[^。，,]{0,12}报道|媒体报道|记者(?:从|了解|获悉)|(?:日前|近日)(?:获悉|从)|\b(?:said|announced|reported|stated|disclosed) (?:on|last|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\b|\b(?:according to|reports?|reported by) (?:a |the )?(?:media|press|reuters|xinhua|state media|local media)\b|累计[^。；]{0,16}?(?:注销|清理|关停|处置|核查|整改|拦截)[^。；]{0,16}?(?:\d[\d,]*|[一二三四五六七八九十百千万]+)余?(?:万)?(?:个|家|条|起)|(?:\d[\d,]*|[一二三四五六七八九十百千万]+)余?万?(?:个|家)(?:空壳|网站|备案|主体)|\b(?:more than|over|nearly|almost|some|about|around) \d[\d,]* (?:icp )?(?:filings|records|websites|sites|domains|entities|apps)\b|\bnationwide (?:clean-?up|campaign|crackdown)\b|全国(?:范围|性)?[^。]{0,6}(?:专项)?(?:清理|整治)行动|\b\d[\d,]* (?:icp )?(?:filings|applications|orders|records)\b(?: \w+){0,2} (?:processed|handled|submitted|approved|reviewed|filed)\b|\b\d+(?:\.\d+)?% (?:of (?:them|all|filings|applications|orders) )?(?:were |was )?(?:returned|rejected|approved|passed|cancell?ed)\b|\b(?:median|average|mean) (?:approval|review|processing|turnaround) time\b|\bq[1-4] (?:report|figures|stats|statistics|numbers)\b|(?:季度|年度|月度|半年)(?:报告|数据|统计|报表)|(?:备案|审核)?(?:通过率|驳回率|退回率)|平均(?:审核|审批|办理)(?:时长|时间|周期|用时)|\b\d{1,3}(?:,\d{3})+ (?:[\w-]+ ){0,2}(?:websites|sites|filings|records|domains|entities|apps)\b|(?:网站|备案|主体)[^。；，,]{0,6}?(?:约|近|超过?|逾)?\d+(?:\.\d+)?(?:万|千)余?(?:个|家|条)/;
/**
 * A newsletter or digest ("This week in …", "Weekly digest", 周报, 本周合规速递): its "you" is every reader; it is a
 * notice to this filing only when it names one (a domain, a number).
 */
// E round: a periodical's issue (《云上合规周刊》第42期, "Newsletter, issue 42") is a digest too.
const DIGEST = /\bthis (?:week|month) in\b|\b(?:weekly|monthly) (?:digest|roundup|round-up|briefing|newsletter)\b|周报|月报|简报|本周(?:要闻|速递|合规)|合规速递|周刊|月刊|半月刊|第\s?\d+\s?期|\bnewsletter\b[^.\n]{0,20}\b(?:issue|no\.?|#)\s?\d+/;
const NAMES_FILING = /(?<![a-z0-9-])[a-z0-9-]+\.(?:cn|com|net|org|top|xyz|中国)\b|icp\s?[备证]\s?\d/;
/** A holder addressed or a filing of its own named: the report may still be a notice to this filing. */
const OWN_FILING = /您|贵(?:司|单位|网站|公司)|\byour\b|(?<![a-z0-9-])[a-z0-9-]+\.(?:cn|com|net|org|top|xyz|中国)\b|icp\s?[备证]\s?\d/;
/**
 * A template with its placeholders unfilled ("备案号：${icp_number}", "Dear {{customer_name}}", "<%= domain %>", "{approval_date}"):
 * the wording of a notice a system will send, not a notice sent to this filing (M round).
 */
const TEMPLATE_PLACEHOLDER = /\$\{\s*[a-z_][\w.]*\s*\}|\{\{\s*[a-z_][\w.]*\s*\}\}|<%=?\s*[a-z_][\w.]*\s*%>|\{[a-z]+_[a-z_]+\}|\[\[\s*[a-z_][\w.]*\s*\]\]|%\([a-z_]+\)s/;

/**
 * A reply format of fields between hashes ("#接入商编号#网站备案号#状态#": two field names or more, each between hashes, no
 * space; a topic hashtag "#ICP备案# " stands alone). Quoted in a notice that a sender signs (【湖北省通信管理局】) or that
 * addresses the holder (您, a domain, a number) it is that notice's instruction; alone, signed by no one and addressed to
 * no one ("湖北省备案年审：请将 #…#…# 格式短信发送至指定号码"), it is the wording of the SMS, no notice (R round).
 */
const HASH_FIELDS = /#[^#\s]{2,16}#[^#\s]{2,16}#/;
const SENT_OPENING = /^\s*(?:【[^】]{2,30}】|\[[^\]]{2,30}\])/;

/**
 * A provider's maintenance notice ("备案系统升级公告", "scheduled maintenance: the console will be unavailable"): it tells every
 * user when the console pauses, and what it says of orders ("已提交订单不受影响") is no event of a filing. It is a notice to
 * this filing only when it names one (a domain, a number; N round).
 */
// Q round: the window told as a date ("系统将于12月5日 00:00-06:00 进行升级维护", "维护期间无法提交") is the same notice.
const MAINTENANCE =
  /系统(?:升级|维护)(?:公告|通知)?|系统将于[^。；;！!？?\n]{0,40}?(?:进行)?(?:升级)?维护|维护期间|\bmaintenance window\b|\bduring (?:the )?maintenance\b|(?:停机|例行)维护|暂停(?:服务|受理)|\b(?:scheduled|planned|system) (?:maintenance|upgrade|downtime)\b|\b(?:will be|is) (?:temporarily )?unavailable (?:on|from|between|during)\b/;

/**
 * A warning against anyone who asks for the code ("请勿理会任何索要验证码的来电", "ignore any caller asking for your SMS
 * code"), in a text with no code of its own: it guards the step to come and reports no event of the filing, whatever
 * it says the order is still waiting for ("仍在初审中，尚未提交管局"; N round).
 */
const GENERAL_STATEMENT = /将被|将会|即将|需要|必须|\bwill be\b|\bwill\b|\brequires?\b|\bmust\b|\bneeds? to\b/;
// …not a warning on a condition (若逾期未整改，备案号将被注销: a check's consequence, told to its holder).
const TOLD_AS_DONE = /已|了|\b(?:has|have|had|was|were|got|is now)\b|若|如果|如未|否则|逾期|\bif\b|\bunless\b|\botherwise\b|(?:核查|整改|通知|提醒)\s*[:：]|\b(?:notice|check|reminder)\s*[:：]/i;
const PENDING_CONFIRMATION = /\bpending (?:manual|human|staff) (?:review|confirmation|check)\b|\b(?:not yet|un)confirmed\b|待人工(?:确认|复核|审核|核实)|尚未(?:人工)?确认/;
// D round: a how-to that opens on its title ("How to add your ICP number to a WordPress footer: …", 如何…：) is advice too.
const TIP = /^\s*(?:pro |quick |friendly )?tips?\s*[:：#-]|^\s*(?:小贴士|小提示|温馨小贴士|备案小知识|小知识)\s*[:：]|^\s*how to\b[^\n:：?]{0,80}[:：]|^\s*(?:如何|怎么|怎样)[^\n:：？?]{0,40}[:：]/;
const CODE_ADVISORY =
  /(?:请勿|不要|切勿|勿)(?:理会|相信|回应|接听)[^。！？\n]{0,12}(?:索要|索取)[^。！？\n]{0,6}(?:验证码|核验码)|(?:冒充|假冒)[^。！？\n]{0,16}(?:索要|索取)[^。！？\n]{0,6}(?:验证码|核验码)|\b(?:ignore|do not answer|don't answer|never answer)\b[^.!?\n]{0,30}\b(?:calls?|callers?|anyone|messages?)\b[^.!?\n]{0,20}\bask(?:s|ing)? (?:you )?for (?:the |your |a )?(?:sms |verification )?code\b/;

/**
 * Another authority signing at the start in English with a colon ("CAC notice: …", "Cyberspace Administration: …",
 * "PSB notice: …"): its filing number is its own, not the ICP one, unless the text names the ICP system (O round).
 */
const OTHER_BODY_OPENING = /^\s*(?:the )?(?:cac|cyberspace administration(?: of china)?|(?:[a-z]+ )?public security bureau|psb)(?:'s)?(?: notice| notification| reminder)?\s*[:：]/;

/**
 * Work announced to come (年审工作将于1月15日起开展，…具体安排另行通知; "the yearly review will begin on 15 January, details
 * will follow"): what has not happened is no event and no notice to this filing, unless the text names a filing of its own
 * (a domain, a number; O round).
 */
// J2 round: a body that published new rules ("MIIT has published revised administrative measures…") announces them.
// N6- round: "如需补充资料会另行通知" is a notice's promise to write again if needed, not an announcement.
const ANNOUNCED =
  /\b(?:has |have )?(?:published|issued|released) (?:the |its |new |revised |draft )*(?:administrative )?(?:measures|rules|regulations|provisions|guidelines)\b|将于[^。；;！!？?\n]{0,24}?(?:起|开始)?(?:开展|启动|实施|开始)|(?<!(?:如需|如有|若需|若有|如果需要|如果有)[^。；;！!？?\n]{0,12})另行通知|\bwill (?:begin|start|commence|be launched|be carried out|open)\b (?:on|from)\b|\b(?:further )?details (?:will|to) follow\b|\bwill be announced (?:separately|later)\b/;

/** A monitoring system's alert ("[FIRING:1] …", "Alert: …", "【告警】", a rule "for 30m"), and a query that failed in it (Q round). */
const MONITOR_ALERT = /\[firing(?::\d+)?\]|(?:^|\n)\s*(?:\[?alert\]?|alarm)\s*[:：]|【(?:告警|监控告警|报警)】|\balertname\s*=|\bfor \d+\s?(?:m|min|mins|minutes|s)\b(?=[^]{0,80}\b(?:query|lookup|check|probe)\b)/;
/** A log line at an error or warning level ("2026-04-12T03:00:05Z ERROR icp-query: … lookup failed"): the job's own failure. */
// D round: …or a line that opens on its level and its component ("WARN beian-exporter: query … failed (HTTP 403 WAF)").
const ERROR_LOG_LINE = /(?:^|\n)\s*\[?\d{4}-\d\d-\d\d[t ][\d:.]+(?:z|[+-]\d\d:?\d\d)?\]?\s+\[?(?:error|err|warn|warning|fatal)\]?\b|(?:^|\n)\s*\[?(?:error|err|warn|warning|fatal)\]?\s+[\w.-]+:/;
const QUERY_FAILED = /\b(?:query|lookup|look-up|check|probe|request|api)\b[^.!?\n]{0,30}?\b(?:returned|failed|timed out|timeout|errored|rate[- ]limited)\b|\bhttp (?:4|5)\d\d\b|查询(?:失败|超时|异常)|(?:状态|status) (?:is )?unknown|状态未知/;

/**
 * A help text that explains what a message means ('An "ICP number cancelled" message means …', "“备案已注销”的短信是指…"):
 * it tells what such a message would say, and is no event of this filing (R round).
 */
// U round: a help text that defines the filing ("What is an ICP filing? An ICP filing is a record …", "什么是ICP备案？ICP备案是指…")
// explains how filings go in general; what it says is submitted or approved happens to nobody's filing.
// G round: a question-and-answer pair ("问：网站被判定为空壳网站会怎样？答：…", "Q: … ? A: …") is a help text too.
// H round: a listicle's title ("5 common reasons your ICP filing gets rejected:", "3个常见原因") is advice too.
// I round: what usually causes a cancellation ("备案号被注销一般有这几个原因：…") tells no event either.
// J2 round: what provinces usually require ("其他省份一般展示网站备案号") is general knowledge too.
// L4- round: "How ICP filing works" explains the process to anyone.
// Q9 round: "Here is how the process works: …" too.
const EXPLAINER =
  /\bhow (?:the )?(?:icp )?(?:filing|beian)s? (?:process )?works?\b|\bhere(?:'s| is) how (?:the |this |it )?(?:whole )?(?:process )?works\b|(?:其他|有的|部分|多数)(?:省份|地区)(?:一般|通常)|(?:一般|通常|常见)(?:有|的)?(?:这|以下|如下)?(?:几|[0-9一二三四五六七八九十]+)?(?:个|种|类|点)?(?:原因|情况)(?:[:：]|有|如下|包括)|(?:^|\n)\s*\d+ (?:common |top |typical |frequent )?(?:reasons|mistakes|pitfalls|tips|ways|things|steps)\b|(?:^|\n)\s*\d+\s*(?:个|大)(?:常见)?(?:原因|误区|技巧|步骤|坑)|(?:^|\n)\s*问\s*[:：][^\n]{0,120}?[？?]\s*答\s*[:：]|(?:^|\n)\s*q\s*[:：.][^\n]{0,160}?\?\s*a\s*[:：.]|(?:^|\n)\s*(?:q[:：.]\s*)?(?:what is|what's|what are) (?:an? |the )?(?:icp )?(?:filing|beian|record)s?(?: (?:filing|number))?\s*\?|\b(?:an|the) icp (?:filing|record|beian) is (?:a|an|the) (?:record|registration|filing|procedure|process)\b|(?:^|\n)\s*(?:问[:：]\s*)?(?:什么是|何为|何谓)\s*(?:icp\s?)?备案|(?:icp\s?)?备案(?:是指|，?是指)|\b(?:message|notice|notification|sms|text|e-?mail|status)s? (?:means|mean|indicates|indicate|is telling you|tells you)\b|(?:短信|通知|消息|提示|状态)(?:是指|意味着|的意思是|表示的是|说明的是)/;

/** O7- round: a warning against fraud that uses filing events as its pretext. */
const FRAUD_WARNING =
  /(?:冒充|假冒)[^。！!\n]{0,40}?(?:以|借)[^。！!\n]{0,30}?为由|国家反诈中心|反诈(?:提醒|预警|中心)|谨防(?:受骗|诈骗)|\b(?:scammers?|fraudsters?|criminals?) (?:are |have been )?(?:posing|pretending|impersonating|claiming)\b|\bbeware of (?:scams?|fraud|phishing)\b/;
/** O7- round: MIIT's services that are not the filing system (number portability). */
const MIIT_OTHER_SERVICE = /携号转网|一证通查|\bnumber portability\b|\bport(?:ing)? (?:your|the) (?:mobile |phone )?number\b/;
/** L4- round: a notice's own word that it is general and finds nothing. */
const GENERAL_DISCLAIMER =
  /(?:本|此|该)(?:提示|提醒|通知|消息|邮件|短信)(?:为|是|仅为|仅作)(?:通用|一般性?|普遍)(?:说明|提示|提醒|告知)|不代表(?:您|你)的?(?:网站|站点|备案)(?:存在|有)(?:问题|异常|违规)|\bthis is a general (?:reminder|notice|notification)\b|\bdoes not (?:mean|indicate) (?:that )?your (?:site|website|filing|domain) has (?:a |any )?(?:problem|issue)s?\b/;
/**
 * V round: minutes, a slide or a list of how filings go (周会纪要, "Meeting notes", "Slide 7: Losing a filing", 培训课件)
 * report a team's plans or teach the steps; what they list happens to no filing. A code in the text still counts.
 */
const MINUTES_OR_SLIDE =
  // L4- round: also a title in brackets (【运维周会纪要 2026-03-16】). O7- round: a postmortem or a retrospective (复盘) too.
  /^\s*[【\[]?(?:(?:incident )?post-?mortem(?: excerpt| summary| notes?)?\s*[:：]|(?:事故)?复盘(?:记录|报告|纪要)?\s*[:：]|retro(?:spective)?\s*[:：]|[\u4e00-\u9fa5]{0,6}(?:会议?纪要|会议记录|例会记录)|(?:weekly |team |staff )?(?:meeting )?(?:minutes|meeting notes)\b|slide \d+\s*[:：]|(?:培训|课件)[^\n]{0,10}(?:第\s*\d+\s*页|ppt)|第\s*\d+\s*页\s*[:：])/;
/**
 * V round: a check that came back fine ("核查结果：正常，无需处理", "备案号悬挂情况抽查正常", "check result: normal, no action
 * needed") found nothing: it is no notice, whichever check it names.
 */
// A round: "passed this quarter's information accuracy check. No rectification is required", a scan's "result=PASS".
const CLEAN_CHECK =
  /(?:核查|抽查|检查|巡查|核验)(?:已完成)?[，,]?\s*(?:结果)?\s*[:：]?\s*(?:均)?(?:正常|无异常|未见异常|合格)|(?:情况|结果)(?:抽查|核查|检查|巡查)?(?:均)?(?:正常|无异常)|无需(?:处理|整改)|未发现(?:问题|异常)|\b(?:check|review|verification|inspection)\b[^.!?\n]{0,30}?\bresult\s*[:：]?\s*(?:normal|passed|ok|clean|no (?:issues?|problems?))\b|\bno (?:further )?(?:action|changes?|rectification|corrections?) (?:is |are )?(?:needed|required)\b|\bpassed (?:the |this |our |your )?(?:[a-z']+ ){0,3}(?:check|review|inspection|verification)\b|\bresult\s*[=:：]\s*["']?(?:pass(?:ed)?|ok|compliant)\b|\b(?:check|review|verification|inspection|audit)\b[^!?\n]{0,80}?[:：]\s*(?:<[^>]*>\s*)*(?:pass(?:ed)?|ok|compliant)\b/;
/** …unless it also names a problem or a step still to take. */
const CHECK_FOUND = /不符|不一致|不准确|未(?:悬挂|标明|通过|按)|(?<!未发现|无)(?:问题|异常)(?!$)|请于|整改(?!$)|\bfail|\bmissing\b|\bmismatch|\bplease (?:correct|update|fix)/;

/** A person asking: "请问…", "…吗？", "how long…?", "why was my…?". */
const QUESTION_WORDS = /请问|问一下|想问|咨询一下|怎么办|怎么|如何|能否|还能|可以吗|为什么|为啥|咋|什么原因|\bwhy\b|\bwhat happened\b|\bhow (?:long|do|can|to|much)\b|\bcan i\b|\bdo i\b|\bis it\b/;
const FIRST_PERSON = /我的|我们的?|我司|\bmy\b|\bi\b|\bwe\b(?! (?:have|will|are)\b)/;
/** Sender in 【】 or [] at the start or the end of an SMS, possibly after the sender number. */
// English names of a body are longer: "【Guangdong Communications Administration】".
const SENDER = /^\s*(?:\d{5,20}\s*[:：]?\s*)?[【[]([^】\]]{1,45})[】\]]|[【[]([^】\]]{1,45})[】\]]\s*$/;
/**
 * A government body that signs at the start with a colon: "浙江省药品监督管理局：您单位…", "江苏省通信管理局：您提交的…"; S1 round:
 * or a government service platform ("全国互联网安全管理服务平台：您提交的网站备案申请…", the public-security filing's own).
 */
const BODY_SENDER = /^\s*([\u4e00-\u9fa5]{2,20}(?:局|厅|委员会|办公室|服务平台))\s*[:：]/;

export function senderOf(text: string): string | null {
  const m = SENDER.exec(text);
  if (m) return m[1] ?? m[2] ?? null;
  return BODY_SENDER.exec(text)?.[1] ?? null;
}

/**
 * A relay of a message from MIIT or a provider ("We just got an MIIT SMS saying…", "Aliyun says…",
 * "Boss got the MIIT text…"): the event is asserted by that message, and a question after it
 * ("Can someone enter it?") asks a colleague to act, not about the filing. The question gate is
 * then left to the reading (a cue inside the question sentence still reads as a question). P round: a translated
 * relay ("Forwarding what the boss received this morning, translated: \"…\"") is one too.
 */
// S round: a quoted message after "Fwd:", "translated:", "Got this on my phone:" or "From JD Cloud:", and "Forwarding the
// Alibaba '…' email", are relays too; what the forwarder writes after the quote is the forwarder's comment. Z round: 【转】,
// "阿里云发来的：“…”", "Volcano flagged …".
const RELAY =
  /^\s*(?:fwd?|fw)\s*[:：]\s*["“'‘]|\btranslated\s*[:：]\s*["“'‘]|\b(?:got|received|getting) this\b[^.!?\n]{0,40}?[:：]\s*["“'‘]|(?:^|\n)\s*from\s+[a-z][\w. ]{1,30}[:：]\s*["“'‘]|\bforwarding (?:the|this|an?|our)\b[^.!?\n]{0,50}?\b(?:e-?mail|sms|text|notice|message|letter)\b|\bforwarding (?:what|the|this)\b[^.!?\n]{0,40}?\b(?:received|got|was sent)\b[^.!?\n]{0,30}?\btranslated\s*[:：]|\b(?:forwarded|passed on|pasted)\b[^.!?\n]{0,40}(?:\bfrom\b|\(sender|12381|\bmiit\b|\bsms\b|\btext\b|\be-?mail\b|\bmessage\b)|\b(?:alibaba|aliyun|tencent|huawei|baidu|jd cloud|volcano engine|ucloud|kingsoft|miit|provider)(?:'s)?(?: cloud)?(?:'s)?(?: [a-z]+)? (?:scanner|scan|checker|check|system|console|bot|monitor|review team|support)\s+(?:says|said|flagged|reports?|reported|found|caught)\b|\b(?:miit|12381)\s+(?:just |has |have )?(?:texted|sent|messaged|emailed)\b|\b(?:got|received|sent us|texted)\b[^.!?\n]{0,30}\b(?:miit|sms|text|e-?mail|notice|message)\b|\b(?:miit|aliyun|alibaba(?: cloud)?|tencent(?: cloud)?|huawei(?: cloud)?|baidu(?: ai)?(?: cloud)?|jd cloud|volcano engine|ucloud|kingsoft cloud|(?:their|the|its) reviewer)\s+(?:says|said|sent|texted|emailed|notified)\b|\b(?:aliyun|alibaba(?: cloud)?|tencent(?: cloud)?|huawei(?: cloud)?|baidu(?: ai)?(?: cloud)?|jd cloud|volcano engine|ucloud|kingsoft cloud|miit)\s+(?:wants|asked|asks) us to\b|\b(?:pinged|told|informed|notified|warned|emailed|messaged|called) (?:us|me|the team)\b|\b(?:sent|forwarded) (?:us )?(?:a|an|the)\b[^.!?\n]{0,30}\b(?:notice|sms|text|e-?mail|message)\b|\b(?:alibaba|aliyun|tencent|huawei|baidu|jd cloud|volcano engine|volcengine|ucloud|kingsoft|ctyun|west\.cn|miit|12381|provider)(?: ai)?(?: cloud)?(?:'s)? (?:compliance |filing |icp |support )?(?:ping|notice|alert|reminder|heads-up|e-?mail|sms|message|text)\s*[:：]|(?:^|\n)\s*from\s+(?:12381|miit|工信部|管局|the (?:bureau|miit)|[a-z]+ (?:ca|communications? administration))\s*[:：]|收到[^。；？?]{0,20}(?:工信部|管局|短信|通知|邮件|消息)|^\s*>\s*\S|(?:把|将)(?:短信|邮件|通知)[^。；？?]{0,6}(?:转|发)(?:给|来)|(?:短信|邮件|通知|控制台|工单)(?:里|上|中)?(?:写|说|显示)(?:着|道)?|(?:短信|邮件|通知)(?:里|上|中)?(?:让|要求|叫)(?:我们|我|咱们|你们)|发(?:来|了)?(?:一条|条|封|一封|个|一个)?[^。？?，,]{0,10}?(?:短信|邮件|通知|核查|整改)[^。？?]{0,12}?(?:说|让|要求|叫)|\b(?:sms|text|e-?mail|message|notice)\b[^.!?\n]{0,40}\b(?:says|said|arrived)\b|\b(?:get|gets|receive|receives)\b[^.!?\n]{0,30}\b(?:miit|sms|text|e-?mail|notice|message)\b|\b(?:miit|aliyun|alibaba(?: cloud)?|tencent(?: cloud)?|huawei(?: cloud)?|baidu(?: ai)?(?: cloud)?|jd cloud|volcano(?: engine)?|volcengine|ucloud|kingsoft(?: cloud)?|ctyun|xinnet|west\.cn)(?:'s)?(?: reviewer| review team| support)?\s+(?:says|said|say|sent|send|texted|emailed|notified|confirmed|flagged)\b|\b(?:alibaba|aliyun|tencent|huawei|baidu|jd cloud|volcano engine|volcengine|ucloud|kingsoft|ctyun|xinnet|west\.cn)(?: ai)?(?: cloud)?(?:'s)? reviewers?\s+(?:returned|rejected|sent|send|kicked|bounced)\b|(?:^|\n)\s*(?:per|according to|via|fw|fwd)(?: from)?\s+(?:the )?(?:alibaba|aliyun|tencent|huawei|baidu|jd cloud|volcano engine|volcengine|ucloud|kingsoft|ctyun|xinnet|west\.cn|miit|12381|provider|bureau)[^:：\n]{0,20}[:：]|转发(?:一下|了)?[^。？?\n]{0,16}?[:：]|转(?:给)?(?:您|你)(?:一下|看看|看下)[^。？?\n]{0,16}?[:：]|发(?:来)?的\s*[:：]\s*[“"]|[【[]转[】\]]|(?:工信部|管局|通信管理局|12381|阿里云|腾讯云|华为云|百度智能云|京东云|火山引擎|西部数码|天翼云|金山云)(?:刚|刚刚|又|今天|昨天)?发(?:来|过来)的(?:短信|邮件|通知)?\s*[:：]|(?:工信部|管局|通信管理局|12381|阿里云|腾讯云|华为云|百度智能云|京东云|火山引擎|西部数码|天翼云|金山云)(?:刚|刚刚|又|今天|昨天)?发(?:了|来)(?:了)?(?:个|一个|条|一条|封|一封)?(?:短信|邮件|通知)|(?:工信部|管局|通信管理局|阿里云|腾讯云|华为云|京东云)(?:那边|那里|后台|系统|官网|控制台)(?:显示|说)/;

/**
 * Where a reply's quoted history starts: "> …" lines, "On … wrote:", "在…写道：", "---- 原始邮件 ----",
 * "-----Original Message-----", an Outlook header block (发件人:/From: then 发送时间:/Sent:). A forward is not
 * a quote: the forwarded message is the news.
 */
const QUOTE_START =
  /\n\s*>|\n[^\n]{0,100}\bwrote:|\n[^\n]{0,60}写道[:：]|-{3,}\s*(?:原始邮件|original message|回复的原邮件)\s*-{3,}|\n(?:发件人|from)\s*[:：][^\n]*\n\s*(?:发送时间|sent|date)\s*[:：]/;
const FORWARD = /forwarded message|\bfwd?:|转发/;
/**
 * A reply that points at the message it quotes ("Got this from Alibaba today, what do we do? > …", "收到这个通知，
 * 怎么弄？> …"): the quote is the news it relays, not history, and the question at the top is the colleague's
 * (H round); "see the rejection below" points at it as "see the notice below" does (P round).
 */
const POINTS_AT_QUOTE =
  /\b(?:got|received|forwarding|sharing|pasting|see) this\b|\bthis (?:just )?(?:came|arrived)\b|\bsee (?:below|the (?:message|notice|e-?mail|sms) below)\b|\bsee (?:the |this )?(?:[a-z-]+ ){1,3}?below\b|\b(?:the )?(?:message|notice|e-?mail|sms|text) below\b|收到(?:了)?(?:这个|这条|这封|下面)|(?:见|看)下面|如下[:：]?\s*$/;

/** A reply above a quote that points at it: the quote is what it relays. */
function pointsAtQuote(text: string): boolean {
  const m = QUOTE_START.exec(text);
  return m !== null && m.index > 0 && POINTS_AT_QUOTE.test(text.slice(0, m.index));
}

/** The index where quoted history starts in a reply, or -1 when the text quotes nothing. */
export function quoteStartOf(text: string): number {
  const m = QUOTE_START.exec(text);
  if (!m || m.index === 0) return -1;
  const top = text.slice(0, m.index);
  if (FORWARD.test(top) || POINTS_AT_QUOTE.test(top) || top.replace(/\s/g, "").length < 2) return -1;
  return m.index;
}

/**
 * The number stands ("备案号还在", "您的备案号未注销", "ICP number: … (still valid)") in a text that speaks of the
 * access: what was cancelled is the access, not the number, whatever else the text says of a cancellation.
 */
const NUMBER_STANDS =
  /备案号(?:还在|仍在|仍然有效|依然有效|仍有效|未注销|没有注销|没被注销|未被注销|不受影响|保留|不变|未变)|\b(?:icp|filing) number\b[^.\n]{0,60}(?:\bstill valid\b|\bremains? (?:valid|active)\b|\bis still active\b|\bnot (?:been )?cancell?ed\b|\bunaffected\b)|\(still valid\)|\b(?:icp |filing )?number (?:is )?still (?:there|valid|active|ok)\b/;
const NAMES_ACCESS = /接入|\baccess\b/;
/**
 * The text asks for a change filing ("请在10个工作日内提交变更备案", "please file a change by …"): the record has not
 * changed yet, so a detail said to have changed ("负责人手机号已变更") is what a check found in the world, not the record's
 * change (M round).
 */
const CHANGE_STILL_TO_FILE =
  /(?:请|须|需|务必|尽快|应)(?:您)?(?:在|于)?[^。；！\n]{0,20}?(?:提交|办理|发起|进行|完成)(?:网站|主体|接入)?变更备案(?!已)|\b(?:please|must|need to|should|required to)\b(?:[^.!?\n]){0,30}?\b(?:submit|file|complete|do) (?:a |the |your )?(?:change|modification) (?:filing|application|request)\b/;

/** A status line among other fields of a console page ("Access status: Cancelled / ICP number: …"). */
const FIELD_LINE = /(?:^|\n)[^\n:：]{1,30}[:：]/g;


/** A colleague asked to act, whatever the question word after it: "Can you check why the console still shows …?" (H round). */
const ASKS_TO_ACT = /^\s*(?:can|could|would|will) (?:you|someone|somebody|anyone|u|one of you) (?:please )?(?:check|look|see|confirm|find out|verify|investigate|ask|chase|follow up)\b|^\s*(?:please |pls )?(?:check|look into|find out|ask)\b|^\s*(?:能|可以)?(?:帮忙|帮我|麻烦)(?:看|查|确认|问)/i;

/**
 * A message that did not come ("haven't received any SMS from MIIT yet", 还没收到工信部的短信) is relayed by no one: the
 * question after it is the writer's own (N round).
 */
const NO_MESSAGE_CAME =
  /\b(?:haven't|have not|hasn't|has not|didn't|did not|never|not yet)(?: (?:yet|even|ever))? (?:got|gotten|received|get|receive|seen)\b[^.!?\n]{0,40}|\bno (?:(?:verification|sms|miit) )*(?:sms|text|message|code|e-?mail)\b[^.!?\n]{0,30}?\b(?:has |have )?(?:yet )?(?:arrived|come|came|turned up|shown up)\b|(?:还|仍|一直|都)?(?:没|没有|未|尚未)(?:有)?收到[^。！？?\n，,]{0,20}/g;
const relays = (text: string) => RELAY.test(text.replace(NO_MESSAGE_CAME, " "));

/**
 * A comment on a relayed message that takes it for a scam or denies what it presupposes ("is this a scam?", "we never
 * applied", 根本没有提交过) doubts the message itself: the question stays the writer's (S round; L8-163's family).
 */
const DENIES_PREMISE = /\b(?:scam|fraud|phishing|fake|spam)\b|\b(?:never|didn't|did not|haven't|have not) (?:even )?(?:applied|submitted|filed|asked for (?:a |an |the )?(?:filing|cancell?ation|change))\b|\bnot (?:our|my) (?:domain|site|website|filing)\b|诈骗|骗子|假的|根本没|没(?:有)?(?:申请|提交)过|不是我们的/;

/**
 * A text that carries a code and asks who enters it or whether to ("the code is ****** — do I enter it on beian.miit.gov.cn?",
 * "Jack, can you do it?", 谁来填一下？, 我现在去弄吗？ in the Q9 round) asks for a hand with the code's step: the code is in the text, so it is the code's
 * message (W round). Not when it doubts the message or asks why or how.
 */
const ASKS_TO_ENTER =
  /\b(?:do|should|shall|must|can) (?:i|we) (?:just )?(?:enter|type|put|key|input|fill|use|submit)\b|\b(?:can|could|would|will) (?:you|someone|somebody|anyone|u)\b[^?]{0,20}?\b(?:do|enter|type|handle|take care of|fill|input|key|confirm|verify|submit|log in|sign in|finish|complete)\b|\bwho (?:enters|will enter|can enter|does|will do|handles|is doing)\b|谁(?:来|去)?(?:填|输|弄|操作|处理)|(?:你|您)(?:来|去|帮(?:我|忙)?)(?:填|输入|弄|操作|处理)|(?:填|输入)(?:到)?哪|(?:我|要我)(?:现在|这就|马上|先)?(?:去|来)(?:填|输|弄|操作|处理|办)(?:吗|么)/;
const DOUBTS_CODE = /\b(?:why|how|legit|legitimate|genuine|real|scam|fake|phishing|spam|what is this)\b|为什么|为啥|怎么回事|是真的|真的吗|诈骗|骗/;
function asksToEnterCode(asked: string, hasCode: boolean): boolean {
  return hasCode && ASKS_TO_ENTER.test(asked) && !DOUBTS_CODE.test(asked) && !DENIES_PREMISE.test(asked);
}

/** A request that the reader send, sign or supply something (S round). */
const REQUEST_TO_ACT =
  /^\s*(?:@\S+\s+)?(?:您|你)?(?:今天|明天|现在)?(?:方便|能不能|能否|可不可以|可以|能)(?:的话)?[^？?。]{0,16}?(?:发|给|传|寄|签|盖|提供|补|转|拍|重拍|扫)(?:我|给我|过来|一下|个|一份)[^？?。]{0,16}?(?:吗|么)?\s*[？?]$|^\s*(?:@\S+\s+)?(?:could|can|would) (?:you|someone|somebody|anyone|one of you)(?: please)? (?:send|sign|stamp|upload|re-?upload|re-?scan|scan|forward|provide|give|get|ask|call|fix|redo)\b[^?]{0,60}\?$/;
const ASKS_WHETHER = /有没有|是否|是不是|会不会|怎么|为什么|如何|查|\bwhether\b|\bif\b|\bwhy\b|\bhow\b|\bcheck\b/;

/**
 * The original quoted after the writer's doubt or question (T round): "这条短信是什么意思？…\n“【工信部】您的网站备案已通过审核…”",
 * "…可是我们没申请过啊？…原文：【工信部】您的网站…已取消接入…", 'What does this mean? Original: "【MIIT】…"'. The original keeps
 * its sender in 【】 and is the message itself; the question before it asks about it.
 */
const QUOTED_ORIGINAL =
  /(?:原文|原短信|原消息|原通知|短信原文|通知原文|\boriginal(?: message| text| sms| notice)?)\s*[:：]\s*["“'‘]?\s*【[^】]{1,45}】|(?:^|\n)\s*["“'‘]\s*【[^】]{1,45}】/;
/** A doubt that takes the message for a scam or for someone else's: the question stays the writer's. */
const NOT_OURS = /\b(?:scam|fraud|phishing|fake|spam)\b|\bnot (?:our|my) (?:domain|site|website|filing)\b|诈骗|骗子|假的|不是我们的|不是我的/;
/** "We never applied": it denies an approval's or a submission's premise, not a cancellation's (access and numbers are cancelled without the holder applying). */
const NEVER_APPLIED = /\b(?:never|didn't|did not|haven't|have not) (?:even )?(?:applied|submitted|filed|asked for)\b|没(?:有)?(?:申请|提交|办理)过/;
const CANCELLATION_MESSAGE = /取消接入|接入(?:已|被)?(?:被)?取消|注销|\bcancell?ed\b|\brevoked\b|\bwithdrawn\b|\bderegistered\b/;
/**
 * "relay" when a question comes first and the original after it tells the event; "question" when the doubt before it keeps the
 * question (a scam, not ours, never applied for what was approved, why or how); null when the text has no such original.
 */
function doubtBeforeOriginal(text: string): "relay" | "question" | null {
  const m = QUOTED_ORIGINAL.exec(text);
  if (m === null || m.index <= 0) return null;
  const comment = text.slice(0, m.index);
  if (!/[？?]/.test(comment)) return null;
  const original = text.slice(m.index);
  if (NOT_OURS.test(comment) || (NEVER_APPLIED.test(comment) && !CANCELLATION_MESSAGE.test(original))) return "question";
  if (/为什么|为啥|怎么办|怎么(?:弄|处理|恢复|解决)|如何|\bwhy\b|\bhow (?:do|can|to|should)\b/.test(comment)) return "question";
  return "relay";
}

const PROPOSAL_WITH_TAG = /^\s*(?:so |then |ok,? )?(?:we|let's|let us|i'll|i will|we'll|i can|we can|we should|i should)\b[^?]{0,120},\s*(?:ok|okay|right|alright|sound good|good)\s*\?\s*$|^\s*(?:我们|咱们|我)[^？?]{0,60}[，,]\s*(?:好吗|行吗|可以吗|好不好|行不行)\s*[？?]\s*$/;
const OWN_FILING_NAMED = /(?:您|你们|我们|咱们|我司|贵司)的?(?:网站|备案|域名|站)|\b(?:your|our) (?:site|website|filing|icp|domain|record)\b/;
// U3 round: a numbered case too ("2. 已取消接入：请立即提交接入备案申请").
const CASE_LINE = /^\s*(?:[·•\-*▪◦]|\d{1,2}[.、)）]|[（(]\d{1,2}[)）])\s*[^:：\n]{0,40}[:：]\s*(?:请|please\b)/i;
/** The line of text[start, end), up to the colon after the match when there is one. */
function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const to = text.indexOf("\n", end);
  return text.slice(from, to < 0 ? text.length : to);
}
/**
 * Where the last sentence of `text` ends: the index of the last character of its last sentence break, or -1. A break is
 * 。！, a full stop, exclamation mark or line end (with a closing quote) before a space, a dash set in spaces, an emoji (a
 * chat sentence: "…已经注销了😱 短信昨天就来了…"; J round) or a closing 」』 (a quoted message ends there).
 */
function lastSentenceBreak(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/[。！]|[.!\n]["'”’」』]?\s|\s[—–-]{1,2}\s|\p{Extended_Pictographic}\s?|[」』](?=\S)/gu)) last = m.index + m[0].length - 1;
  return last;
}
/**
 * I round: a call or chat transcript with speaker labels (Customer: … Agent: …): the agent's lines tell the event, and the
 * customer's questions in it are the conversation's, not a question the text asks.
 */
const TRANSCRIPT_AGENT = /(?:^|\n)\s*(?:customer|client|user|客户|用户)\s*[:：](?=[^]*(?:^|\n)\s*(?:agent|support|staff|客服|坐席|工作人员)\s*[:：])|(?:^|\n)\s*(?:agent|support|staff|客服|坐席|工作人员)\s*[:：](?=[^]*(?:^|\n)\s*(?:customer|client|user|客户|用户)\s*[:：])/;
const ADDRESSES_COLLEAGUE_ZH = /^(?:[\u4e00-\u9fa5]{1,3}(?:总|经理|老师|主管|工)|(?:小|老)[\u4e00-\u9fa5])[，,]/;
/** P8 round: the next step asked after an event: a choice between steps, how to file again or go on (not why, not undoing it). */
const CHOOSES_NEXT_STEP = /\b(?:do|should|shall) (?:i|we) [a-z]+(?: [a-z]+){0,4} or [a-z]+(?: [a-z]+){0,4}\s*\?|(?:是|要)[^？?，,]{1,12}还是[^？?，,]{1,12}[？?]/;
function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  const firstQuestion = trimmed.search(/[？?]/);
  if (firstQuestion > 0) {
    const beforeQuestion = trimmed.slice(0, firstQuestion);
    const lastSentence = lastSentenceBreak(beforeQuestion);
    // The relay must stand in a sentence before the one that asks, and the question must ask a
    // colleague to act or guess ("Can someone enter it?", "Maybe Tencent updated the IP?"), not
    // how or why ("How can I restore it?" is a customer's question).
    const asking = trimmed.slice(lastSentence + 1);
    if (lastSentence > 0 && relays(beforeQuestion.slice(0, lastSentence + 1)) && !DENIES_PREMISE.test(trimmed.slice(lastSentence + 1)) && (!QUESTION_WORDS.test(asking) || ASKS_TO_ACT.test(asking) || ASKS_NEXT_STEP.test(asking))) return false;
    // S round: a request that the reader do something ("您方便今天发我一下吗？", "Could you send me a new scan today?") after an
    // event told in a sentence of its own asks for a hand with the next step, not about the filing; a request to find out
    // whether something happened (有没有, 是否, whether) is the writer's own question.
    const requestSentence = trimmed.slice(lastSentence + 1, firstQuestion + 1);
    if (lastSentence > 0 && REQUEST_TO_ACT.test(requestSentence) && !ASKS_WHETHER.test(requestSentence)) return false;
    // Chinese chat strings a relay and the question to a colleague with commas ("阿里云发邮件说…，谁还记得当时填的
    // 谁的号？", "工信部刚发了个短信，…，你看是你弄还是我帮你弄？"): the last clause asks a colleague (谁, 你看, 咱们…),
    // the clauses before it relay the message (J round).
    const lastClause = Math.max(...[...beforeQuestion.matchAll(/[，,]/g)].map((m) => m.index), -1);
    const clauseAsking = trimmed.slice(lastClause + 1);
    if (lastClause > lastSentence && relays(beforeQuestion.slice(0, lastClause)) && asksAfterRelayZh(clauseAsking) && !QUESTION_WORDS.test(clauseAsking)) return false;
    // P8 round: …or asks how to file again ("刚收到短信，说…被注销了，…，要怎么重新备案？"): the next step after the relayed event.
    if (lastClause > lastSentence && relays(beforeQuestion.slice(0, lastClause)) && HOW_NEXT_STEP_ZH.test(clauseAsking) && !NOT_NEXT_STEP_ZH.test(asking)) return false;
    // …and English chat the same way: "got the miit text, the code is ******, where do I put it?" (M round).
    if (lastClause > lastSentence && relays(beforeQuestion.slice(0, lastClause)) && ASKS_NEXT_STEP.test(clauseAsking)) return false;
    // Z round: a question that opens by addressing a colleague by title (张总，…？ 小王，…？) after a relayed message in a sentence
    // of its own is team chat about it, unless it asks how or why; the sentences after the question are not part of it.
    const questionSentence = trimmed.slice(lastSentence + 1, firstQuestion + 1).replace(/^[\s”"'’』」]+/, "");
    if (lastSentence > 0 && relays(beforeQuestion.slice(0, lastSentence + 1)) && ADDRESSES_COLLEAGUE_ZH.test(questionSentence) && !/为什么|为啥|怎么回事|如何/.test(questionSentence) && !DENIES_PREMISE.test(trimmed)) return false;
    // A question put to a colleague by name ("@legal can you get that signed by Thursday?") is team chat about the
    // message above it, not a customer's question, unless it asks how or why (J round).
    if (lastSentence > 0 && /(?:^|\s)@[a-z\u4e00-\u9fa5][\w.\u4e00-\u9fa5-]*\s/.test(asking) && !QUESTION_WORDS.test(asking)) return false;
  }
  // A round: a proposal closed by a tag ("We should do a transfer filing this week, ok?", "我们下周重新提交，好吗？") after the
  // event told in a sentence of its own asks for agreement on the next step, not about the filing.
  if (firstQuestion > 0 && firstQuestion === trimmed.search(/[？?]\s*$/)) {
    const lastBreakBefore = lastSentenceBreak(trimmed.slice(0, firstQuestion));
    if (lastBreakBefore > 0 && PROPOSAL_WITH_TAG.test(trimmed.slice(lastBreakBefore + 1))) return false;
  }
  if (/[？?]\s*$/.test(trimmed) || /吗\s*[。.]?$/.test(trimmed)) return true;
  const hasQuestionMark = /[？?]/.test(trimmed);
  return (hasQuestionMark && (FIRST_PERSON.test(trimmed) || QUESTION_WORDS.test(trimmed))) || /^\s*(?:你好|您好|hi|hello)?[，,\s]*请问/.test(trimmed);
}

/**
 * Whom a notice is addressed to: a regulation, a public consultation, a news item or a guide that uses
 * a notice's words (check, rectify, display the number) is addressed to nobody, unless it also speaks
 * to the holder (您, your…) or names the site or its number.
 */
const PUBLIC_TEXT = /regulation|\bpolicy\b|\bnews (?:item|report|article|release|flash)\b|\bin the news\b|^news\b|consultation|\bdraft\b|\bblog ?(?:post|article|entry)\b|\b(?:on|from) (?:our|the|my) blog\b|\bfaq\b|\bguide\b|公开稿|征求意见|意见稿|社会各界|新规|政策解读|新闻|备案知识|小贴士|贴士|科普|百科|常见问题|是指|即日起|最新要求|(?<!走|重走|重新走|再走|得走)流程|通报|according to|关于[^。]{0,40}的通知|各(?:接入服务商|省|单位|企业|有关单位)|\breport(?:ed|s)? (?:that|by|from)\b|帮助文档|帮助中心|摘自|\bhelp (?:cent(?:er|re)|doc(?:ument)?s?|article|page)\b/;
/**
 * A government site's address (beian.miit.gov.cn, beian.mps.gov.cn) in a help text or guide is where to go, not the holder's
 * site: in a text no one signs, it addresses nobody (T round). A provider's signed reminder with the link still speaks to its
 * customer ("[CTYun] Reminder: … please hang the record number … and link to https://beian.miit.gov.cn").
 */
const GOV_SITE = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+gov\.cn\b\S*/g;
/**
 * The event's clause names something other than the filing: a refund, an invoice, a trademark, a
 * certificate, an account, a ticket (not the ticket a request came in: "as requested in ticket JD-… we have
 * cancelled …'s access"; P round), a licence ("Your refund request for the ICP filing service has been
 * approved" is the refund's approval).
 */
const NOT_THE_FILING =
  /\bmeeting\b|\btraining\b|会议|培训|refund|invoice|发票|退款|\bpayment\b|支付|付款|\bshipping\b|\bdelivery\b|\bparcel\b|快递|物流|trademark|商标|\bssl\b|certificate|证书|password|密码|(?<!\b(?:in|under|of|for) (?:your |the |our |this )?)\baccount\b|(?:账号|账户|帐号)(?!下|中|内)|access ?key|(?<!\b(?:in|via|under|through|per|by|from) (?:your |the |our |this |support )?)\bticket\b|工单|(?<!business )licen[cs]e|许可证|webinar|contract|合同|\bbudget\b|预算|\bagency\b|\bdesign\b|\bproposal\b|方案|\bdns\b|解析记录|\bbrochures?\b|\bflyers?\b|\bposters?\b|\bslides?\b|\bdeck\b|\blease\b|宣传册|\bdomain (?:name )?(?:renewal|transfer|registration)\b|域名(?:续费|转入|转出|注册)/;
/** The value of a reason's label, to the end of its line or sentence (L round). */
const REASON_VALUE = /(?:原因|理由|缘由|(?:驳回|退回|审核|修改|初审)意见|\breasons?)\s*[:：][^\n。]*/g;
const ADDRESSEE = /您|贵(?:司|单位|网站|公司)|你的|你们|\byour\b|\byou\b|[a-z0-9-]+\.(?:cn|com|net|org|top|xyz|中国)\b|icp\s?[备证]\s?\d/;
/** An event that happened to someone else's filing ("our competitor's site was cancelled"). */
// U round: a writer's other client ("the filing for our other client's site … was approved", "另一个客户的备案…") is someone else too.
// A round: a relative's or a friend's filing (my cousin's, 我表哥那个小网站的备案) and a competitor's (隔壁竞品那家) are others'.
// L4- round: a prospect (a would-be customer, 潜在客户, 意向客户) tells of its own filing: "prospect said their previous provider
// cancelled access in 2024".
const THIRD_PARTY =
  /\bprospects?(?:'s|s')?(?=\s)|\bprospective (?:clients?|customers?)\b|潜在客户|意向客户|competitor|\brivals?(?:'s|s')?(?=\s)|another company|\b(?:another|other) (?:team|department|dept|group|division|unit|business unit)(?:'s|s')?(?=\s)|(?:别的|另一个|其他)(?:部门|团队|事业部)(?:的)?|someone else|other people|竞争对手|别人的|他人的|其他公司|\b(?:an|our|my|the) ?other (?:clients?|customers?)(?:'s?|s')?(?=\s)|\banother (?:client|customer)(?:'s)?(?=\s)|(?:另一个|另一家|其他|别的|其它)(?:客户|用户)(?:的|那边)|\b(?:some|a|one|this|that) (?:guy|person|user|dude|friend|company|seller|merchant|developer|webmaster|blogger)(?:'s|s')(?=\s)|\b(?:someone|somebody)'s(?=\s)|(?:有人|某人|朋友|网友|一个同行)的(?:网站|备案|域名)|\b(?:my|our|his|her|their) (?:friend|cousin|brother|sister|uncle|aunt|neighbou?r|classmate|roommate|buddy|pal|mate)(?:'s|s')(?=\s)|(?:表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|哥哥|姐姐|弟弟|妹妹|朋友|同学|亲戚|邻居)(?:那个|那家|家)?(?:的|那个)|(?:朋友|同学|亲戚|邻居|同行)(?:的)?(?:公司|单位|店)的|竞品|隔壁(?:的)?(?:公司|那家|家)|同行(?:那家|家)?的(?:网站|备案|域名)/;

/**
 * The clause before a cue for the subject check; a status value after a colon belongs to its label ("您的工单
 * 状态：已受理" — the ticket's status), so the label's clause is read too.
 */
const TICKET_HEADER = /^\s*(?:ticket|case|support ticket|工单)\s*(?:#|no\.?|号)?\s*[a-z]{0,4}-?\d+\b/;
function subjectClause(text: string, index: number): string {
  // A bracketed detail before the event ("备案信息（粤ICP备…号-2，域名 mianbaoshu.com）已同步…") neither ends the clause
  // nor names its subject (J round).
  const head = text.slice(0, index).replace(/（[^（）]*）|\([^()]*\)/g, (m) => " ".repeat(m.length));
  const before = clauseBefore(head, index);
  const start = index - before.length;
  const colon = text.charAt(start - 1);
  if (colon !== ":" && colon !== "：") {
    // A header before a dash ("Ticket #58213 — Your ICP filing … was marked invalid") is the channel, not the subject,
    // when the words after the dash name the filing themselves (J round).
    const dash = [...before.matchAll(/\s[—–]\s/g)].pop();
    const rest = dash ? before.slice(dash.index + dash[0].length) : "";
    // …and so when the event's own clause names it after the header ("Ticket #88213 — Huawei Cloud returned our filing for …", L round).
    // T round: a ticket's header ("Ticket #61007 (Baidu AI Cloud) — …") is the channel whatever the words after the dash say.
    return dash && (TICKET_HEADER.test(before.slice(0, dash.index)) || /\bicp\b|\bfiling\b|备案/.test(rest + clauseAfter(text, index))) ? rest : before;
  }
  const label = clauseBefore(text, start - 1);
  return /(?:状态|status)\s*$/.test(label) ? `${label}:${before}` : before;
}

/**
 * Domain names blanked (same length): a word inside a name ("dayu-design.cn", "legacy-promo.cn")
 * is part of the name, not the clause's subject, a marketing word or a blog.
 */
const DOMAIN_NAME = /(?<![a-z0-9-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:cn|com|net|org|top|xyz|info|biz|cc|io|co|vip|shop|site|online|tech|club|wang|ltd|link|中国)(?![a-z0-9-])/g;
const withoutDomains = (s: string): string => s.replace(DOMAIN_NAME, (m) => " ".repeat(m.length));

/** The sentence before text[index]: from the last sentence end (。！？!? a line break, or ". "). */
function sentenceBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  let start = 0;
  for (const m of head.matchAll(/[。！？!?\n]|\.\s/g)) start = m.index + m[0].length;
  return head.slice(start);
}
/**
 * The last filing a sentence names before its event is another authority's (公安联网备案, an algorithm filing):
 * the event happened to that filing. An ICP filing named after it ("PSB filing done; now the ICP filing is
 * approved") is the subject again.
 */
function otherFilingLeads(sentence: string): boolean {
  let last = -1;
  for (const m of sentence.matchAll(OTHER_FILINGS)) last = m.index + m[0].length;
  if (last < 0) return false;
  return !ICP_SPECIFIC.test(sentence.slice(last)) && !/备案|\bfiling\b/.test(sentence.slice(last).replace(/备案(?:号|编号)?\s*[:：]/g, ""));
}

/** A table row's cells: "变更主体 | renhe-pharm.com | 已完成" (a markdown row's outer bars dropped). */
const cellsOf = (line: string): string[] => line.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split(/\s*\|\s*/).map((c) => c.trim());
/** A header cell: a short label, no number, no address ("订单类型", "Status", "完成时间"). */
const LABEL_CELL = /^(?![^.]*\.[a-z]{2})[^\d:：/@]{1,20}$/;

/**
 * A console table pasted as text ("订单类型 | 域名 | 状态 | 变更项\n变更主体 | renhe-pharm.com | 已完成 | 主体负责人") is
 * read as fields with their labels ("订单类型: 变更主体\n状态: 已完成 …"), and a row without a header as one field a
 * line ("注销网站 | huayu-old.com | 当前状态:待注销核验"): each cell is a clause of its own, not one sentence (H round).
 */
/** A table's stage and result columns (Q round), and a stage that is the authority's review. */
const STAGE_LABEL = /^(?:stage|step|phase|current stage|review stage|阶段|环节|进度|当前阶段|审核阶段)$/i;
const RESULT_LABEL = /^(?:result|outcome|review result|audit result|结果|审核结果)$/i;
/** A result still to come: the stage is then the row's state. */
const RESULT_PENDING = /^(?:pending|in progress|under review|processing|waiting|n\/a|[-–—]|审核中|处理中|待审核|进行中|无)?$/i;
const AUTHORITY_STAGE = /\bauthority\b|\bbureau\b|\bmiit\b|\b[a-z]+ ca\b|communications? administration|管局|通信管理局|工信部/;
const CHANGE_ORDER_CELL = /^(?:变更(?:网站|主体|接入)?备案|变更(?:网站|主体|接入)|change (?:filing|website|entity|access))$/i;
export function tableAsFields(text: string): string {
  if (!/\|[^|\n]*\|/.test(text)) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i]!);
    if (cells.length < 3) {
      out.push(lines[i]!);
      continue;
    }
    let next = i + 1;
    while (next < lines.length && /^[\s|:：-]+$/.test(lines[next]!) && lines[next]!.includes("-")) next++;
    const values = next < lines.length ? cellsOf(lines[next]!) : [];
    if (values.length === cells.length && cells.every((c) => LABEL_CELL.test(c))) {
      // A header and its rows: every later row of the same width is read against the same labels.
      // Q round: a row with a stage column and a result column is read at its result, of that stage ("Stage:
      // Authority review (Hunan CA) | Result: Rejected" is the bureau's rejection); the stage alone is no status.
      const stageAt = cells.findIndex((c) => STAGE_LABEL.test(c));
      const resultAt = cells.findIndex((c) => RESULT_LABEL.test(c));
      let row = next;
      while (row < lines.length) {
        const v = cellsOf(lines[row]!);
        if (v.length !== cells.length) break;
        if (stageAt >= 0 && resultAt >= 0 && !RESULT_PENDING.test(v[resultAt]!)) {
          const stage = v[stageAt]!;
          const result = v[resultAt]!;
          const zh = /[\u4e00-\u9fa5]/.test(result);
          const ofAuthority = AUTHORITY_STAGE.test(stage.toLowerCase());
          const status = zh ? `状态: ${ofAuthority ? "管局" : ""}${result}` : `Status: ${result}${ofAuthority && !/\bby\b/i.test(result) ? " by the bureau" : ""}`;
          out.push(cells.map((label, k) => (k === stageAt ? `${zh ? "环节" : "Step"}: ${v[k]}` : k === resultAt ? status : `${label}: ${v[k]}`)).join("\n"));
        } else {
          out.push(cells.map((label, k) => `${label}: ${v[k]}`).join("\n"));
        }
        row++;
      }
      i = row - 1;
      continue;
    }
    // A row without a header that opens with a change order's type ("变更备案 ｜ 审核通过 ｜ 变更内容：…") is that
    // order: its first cell is read as the order type, so the row's status is the change's (I round).
    const first = cells[0]!.trim();
    out.push((CHANGE_ORDER_CELL.test(first) ? [`类型: ${first}`, ...cells.slice(1)] : cells).join("\n"));
  }
  return out.join("\n");
}

/** A progress line's steps ("等待初审 ✓ → 待提交管局 ✓ → 待管局审核（当前）") and the mark of the step it is at. */
const STEP_ARROW = /\s*(?:→|->|⟶|➜|➔|=>|>)\s*/g;
const CURRENT_STEP = /[（(]\s*(?:当前|进行中|current|now|in progress)\s*[)）]|[←<]\s*(?:当前|current|you are here)|当前步骤|●/;
/**
 * A progress line that marks its current step tells where the filing is now; the steps before it are done and the
 * steps after it are to come, so only the current one is read (same-length blanks keep offsets; N round).
 */
function currentStepOnly(text: string): string {
  if (!CURRENT_STEP.test(text) || !/→|->|⟶|➜|➔|=>/.test(text)) return text;
  return text
    .split("\n")
    .map((line) => {
      if (!CURRENT_STEP.test(line)) return line;
      const colon = line.search(/[:：]/);
      const head = colon >= 0 && colon < 20 ? colon + 1 : 0;
      const body = line.slice(head);
      const cuts = [...body.matchAll(STEP_ARROW)];
      if (cuts.length === 0) return line;
      let out = "";
      let from = 0;
      for (const cut of [...cuts, null]) {
        const to = cut ? cut.index : body.length;
        const step = body.slice(from, to);
        out += CURRENT_STEP.test(step) ? step : " ".repeat(step.length);
        if (cut) out += " ".repeat(cut[0].length);
        from = cut ? cut.index + cut[0].length : to;
      }
      return line.slice(0, head) + out;
    })
    .join("\n");
}

/** The first filing a text names is another authority's, before any ICP filing or the ICP system. */
function otherFilingIsSubject(text: string): boolean {
  const other = new RegExp(OTHER_FILINGS.source, "i").exec(text);
  if (!other) return false;
  const blanked = text.replace(OTHER_FILINGS, (m) => " ".repeat(m.length));
  const icp = blanked.search(/icp|备案|工信部|工业和信息化部|管局|通信管理局|miit|beian\.miit|\bfiling\b|communications? administration/);
  return icp < 0 || other.index < icp;
}

const UNKNOWN = (gate: Gate | null, hits: CueHit[] = []): KindDecision => ({ kind: "unknown", confidence: 0, decidedBy: null, runnerUp: null, hits, gate, caution: null });

/**
 * Words of a neighbouring kind that make a winner unsafe to record without a person, per kind: the
 * confusions blind batches showed (record changes read as approvals, the bureau's returns read as the
 * provider's, a cancellation's SMS read as a plain code or a submission, a licence read as a filing).
 */
const CAUTIONS: { kinds: readonly MessageKind[] | "all"; words: RegExp; why: string }[] = [
  { kinds: "all", words: LICENCE, why: "names a telecom licence (许可证/EDI/B2), which is not an ICP filing" },
  { kinds: ["filing_approved"], words: /变更|修改|更新|\bchange|\bmodif|\bupdated?\b|amend|同步|\bsync/, why: "an approval that also speaks of a change or a sync" },
  // A provider's console that now shows 已备案 / "Filed" is the provider's sync of the approval (K round).
  { kinds: ["filing_approved"], words: /控制台|后台|\bconsole\b|\bdashboard\b|\bportal\b|\bour system\b|\breflects?\b/, why: "an approval that a provider's console shows (the provider's sync)" },
  { kinds: ["filing_approved"], words: /注销|取消接入|\bcancel|deregist|revok/, why: "an approval that also speaks of a cancellation (a cancellation request is approved too)" },
  { kinds: ["provider_returned"], words: /管局|通信管理局|工信部|\bmiit\b|\bbureau\b|communications? administration|provincial administration|\b[a-z]+ ca\b/, why: "a return that also names the authority" },
  { kinds: ["authority_rejected"], words: /初审(?!通过)|first review|initial review|preliminary review|\breviewer\b/, why: "a rejection that also names the provider's review" },
  { kinds: ["filing_submitted"], words: /管局|通信管理局|\bbureau\b|communications? administration/, why: "a submission that also names the authority" },
  { kinds: ["verification_code", "submitted_to_authority", "filing_submitted"], words: /注销|取消接入|\bcancel|deregist/, why: "also speaks of a cancellation, which MIIT confirms by SMS" },
  { kinds: ["icp_number_cancelled", "access_cancelled"], words: /核验|验证码|\bverif|\bconfirm/, why: "a cancellation that may still wait for its SMS confirmation" },
  { kinds: ["icp_number_cancelled"], words: /接入|\baccess\b/, why: "a cancellation that also speaks of the access" },
  { kinds: ["record_changed"], words: /提交|递交|受理|初审|审核中|待管局|\bsubmitted\b|\bpending\b|\bunder review\b/, why: "a change that also speaks of a submission still under review" },
  // U round (measured on the whole corpus and blind20, docs/classifier.md "The U round"): a notice beside a word of the
  // approval ("audit pass, the record number is …, please hang the record number …") may be the approval's instruction
  // read without its event: 0 right confident answers dropped, U7-080 held back at first sight.
  { kinds: ["filing_invalid", "rectification_notice", "footer_notice"], words: /audit(?:ed)? pass|审核通过|备案成功|通过审核|\bapproved\b|\bpassed\b|已通过/, why: "a notice beside a word of the approval (the approval's instruction, read without its event?)" },
  // …and a text that says whose filing it is not ("Not about your domains: …", "和您的无关") tells someone else's: 0 right
  // confident answers dropped, U7-210 held back at first sight.
  { kinds: "all", words: /\bnot (?:about|for|regarding|concerning) (?:your|you)\b|\bnot yours\b|\bnot your (?:site|domain|filing|website)s?\b|与您无关|和您(?:的)?无关|跟您(?:的)?无关|不是您的|不是贵司的/, why: "says whose filing it is not" },
];
function cautionFor(kind: MessageKind, text: string): string | null {
  for (const c of CAUTIONS) if ((c.kinds === "all" || c.kinds.includes(kind)) && c.words.test(text)) return c.why;
  if (NOTICE_KINDS.includes(kind) && !ADDRESSED.test(text.replace(GOV_SITES, " "))) return "a notice addressed to nobody: no holder, no sender, no filing of its own";
  // V round (measured on the corpus and blind21, docs/classifier.md "The V round"): a notice among three or more numbered
  // items that no 【sender】 signs reads like minutes or an agenda; 0 right confident answers dropped, V8-192 held back at
  // first sight (its provider names counted as the sender's).
  if (NOTICE_KINDS.includes(kind) && !SENT_OPENING.test(text) && (text.match(NUMBERED_ITEM) ?? []).length >= 3) return "a notice among the numbered items of a list nobody signs (minutes, an agenda?)";
  return null;
}

/**
 * A notice (an empty shell, a rectification, the footer) is sent to a holder about a filing: a text that speaks to
 * nobody (no 您/your/we), comes from nobody (no 【sender】, no provider, no relay) and names no filing of its own (no
 * domain, no number) reads like a report about notices in general, however much it uses their words. The answer
 * stands, but a person looks (K round).
 */
/** The filing system's own sites (beian.miit.gov.cn, miitbeian.gov.cn) are where every holder goes, no filing of its own. */
const GOV_SITES = /(?:[a-z0-9-]+\.)*gov\.cn\b/g;
const NUMBERED_ITEM = /(?:^|\n)\s*\d{1,2}[.、)）]\s*\S/g;
const NOTICE_KINDS: readonly MessageKind[] = ["filing_invalid", "rectification_notice", "footer_notice"];
const ADDRESSED =
  /您|贵(?:司|单位|网站|公司)|你|咱|我|本站|该网站|\byour\b|\byou\b|\bour\b|\bwe\b|\bus\b|\bmy\b|\bi\b|(?<![a-z0-9-])[a-z0-9\u4e00-\u9fa5-]+\.(?:cn|com|net|org|top|xyz|中国)\b|icp\s?[备证]\s?\d|^\s*(?:\d{5,20}\s*[:：]?\s*)?[【[]|[】\]]\s*$|阿里云|腾讯云|华为云|百度(?:智能)?云|京东云|火山引擎|西部数码|天翼云|金山云|新网|\b(?:alibaba|aliyun|tencent|huawei|baidu|jd cloud|volcano engine|volcengine|ucloud|kingsoft|ctyun|xinnet|west\.cn)\b|转发|\bfwd?\b/;

/**
 * Confident only when one event reading is clear: a cue of another kind anywhere in the text, in any
 * reading (a possible return, a denied submission, a cancellation that is a reason), is evidence of a
 * neighbouring kind, unless the winner naturally mentions that kind (SUBSUMES). The answer stands, but a
 * person looks.
 */
function neighbourEvidence(winner: CueHit, hits: CueHit[]): string | null {
  const subsumed = SUBSUMES[winner.cue.kind] ?? [];
  const other = hits.find((h) => h.cue.kind !== winner.cue.kind && !subsumed.includes(h.cue.kind));
  return other ? `also has a cue of ${other.cue.kind} (${other.cue.id}, read as ${other.reading})` : null;
}

/** After an event, a reason word: what follows is the cause, not the event's object (S round). */
const REASON_TAIL = /\s(?:because|due to|as a result of|owing to|since)\b[^]*$|(?:因为|由于)[^]*$/;
/**
 * The writer's own look-up of the public record, and what it shows (S round): "I checked beian.miit.gov.cn for … and it
 * shows …", "我在工信部备案系统查了一下…，显示…". The sentence before an approval word must hold both, in that order.
 */
const OWN_LOOKUP_SHOWS =
  /(?:\b(?:i|we)\b(?: (?:just|also|have|had))?\s+(?:checked|looked up|searched|queried|pulled up)\b|(?:我|我们)[^。！？!?\n]{0,16}?查(?:了|询了|到))[^。！？!?\n]*?(?:\b(?:shows?|lists?|displays?|showed|listed)\b|显示|查到)/;
function listedByOwnLookup(lower: string, index: number): boolean {
  return OWN_LOOKUP_SHOWS.test(sentenceBefore(lower, index));
}
/** A tag question right after a fact: "…对吧？", "…, right?" (S round). */
const TAG_QUESTION = /^[^。！？?!\n]{0,4}?(?:[，,]?\s*(?:对吧|是吧|对不对|没错吧|对么|对吗)|,\s*(?:right|correct|yes|no|ok|isn't it|is that right))\s*[？?]/;

/** Does this reading let the cue decide? Events need to be asserted; notices may also be instructions. */
function decides(cue: Cue, reading: Reading): boolean {
  if (reading === "asserted") return true;
  if (cue.mode === "fact") return reading !== "question" && reading !== "negated";
  // A notice may state a lack: "未悬挂备案号", "does not display its ICP number" is the footer notice.
  return cue.mode === "notice" && (reading === "instruction" || reading === "negated");
}

/**
 * @param plain  normalised text (normalizeForMatching) with verification codes already masked
 * @param hasCode whether a code was masked
 * @param hasDeadline whether a deadline was found (a rectification notice without one is less certain)
 */
/**
 * C round: a question in a sentence of its own after sentences that tell an event ("CTYun's pre-check kicked our application
 * back this morning. … Wei, can you redo the face scan before lunch?", "华为云刚发的：「…已通过管局审核…」上次那个整改就算完成了吧？")
 * asks about the next step, not about the filing: the event told before it is the text's news, whoever relays it. Not when the
 * question asks why or how (a customer's question), doubts the message or denies what it presupposes, and only when the
 * sentences before the question, read alone, decide a kind.
 */
/** "Is that normal or did something go wrong?", 正常吗: the writer doubts how the filing stands, a question of its own. */
const ASKS_IF_ALL_IS_WELL = /\b(?:is|was) (?:that|this|it) (?:normal|ok|okay|expected|usual)\b|\b(?:is|was) (?:something|anything) wrong\b|\b(?:go|gone|went|going) wrong\b|正常吗|正常不|正不正常|出(?:了)?(?:什么)?问题/;
const ASKS_WHETHER_TO = /(?:要|需要|得|用不用|需不需要|要不要|是否(?:需要|要)?|是不是)[^？?]{0,24}[吗么]?\s*[？?]|\b(?:do|should|must|shall) (?:i|we)\b(?! (?:want|wanna)\b)|\bdo (?:i|we) (?:need|have) to\b/;
/** The text opens on whom it speaks to: a colleague by name or title, a speaker's label, @someone, "hey team". */
const ADDRESSES_SOMEONE =
  /^\s*(?:语音(?:转文字)?[:：]\s*)?(?:[哎嗨喂诶][,，]?\s*)?(?:(?:老|小)[\u4e00-\u9fa5]|[\u4e00-\u9fa5]{1,3}(?:总|经理|老师|工))[,，:：]|^\s*@\S+|^\s*(?:hi|hey|heads[- ]up),? (?:team|all|guys|folks|everyone)\b|^\s*[a-z]+,\s/;
function eventThenNextStep(asked: string, hasCode: boolean, hasDeadline: boolean): boolean {
  const trimmed = asked.trim();
  // K3 round: a chat question may end on 吗 without a mark ("@小林 今天能加上吗").
  const marked = trimmed.search(/[？?]/);
  const firstQuestion = marked >= 0 ? marked : /吗\s*[。.]?$/.test(trimmed) ? trimmed.length - 1 : -1;
  if (firstQuestion <= 0) return false;
  const beforeQuestion = trimmed.slice(0, firstQuestion);
  let lastSentence = lastSentenceBreak(beforeQuestion);
  // R0 round: a question to a colleague named with @ after a comma (after a role at most: "…，6月15日前要改好，前端 @小王 今天
  // 能弄吗？") is a sentence of its own, as if it stood after a full stop.
  if (lastSentence <= 0) {
    const lastComma = Math.max(beforeQuestion.lastIndexOf("，"), beforeQuestion.lastIndexOf(","));
    if (lastComma > 0 && AT_COLLEAGUE.test(beforeQuestion.slice(lastComma + 1))) lastSentence = lastComma;
  }
  if (lastSentence <= 0) return false;
  const asking = trimmed.slice(lastSentence + 1);
  // "我这边帮您在网上填了可以吗？", "I'll enter it this afternoon, ok?": a proposal for the next step asks for agreement.
  if (PROPOSES_NEXT_STEP.test(asking)) return told(trimmed, lastSentence, hasCode, hasDeadline);
  // E round: "@运维 这个怎么办？" asks a named colleague how to go on: team chat about the next step, the event stands.
  const toColleague = /(?:^|[\s，,])@\S+/.test(asking.trim()) && !/为什么|为啥|\bwhy\b/.test(asking);
  // P8 round: how to file again or go on after the event ("要怎么重新备案？", "现在该怎么处理？") asks for the next step; how or
  // why it happened, and whether it can be undone, stay the writer's own questions.
  const howNextStep = HOW_NEXT_STEP_ZH.test(asking) && !NOT_NEXT_STEP_ZH.test(asking);
  if (!toColleague && !howNextStep && QUESTION_WORDS.test(asking) && !ASKS_TO_ACT.test(asking.replace(/^[^,，]{1,20}[,，]\s*/, "")) && !ASKS_NEXT_STEP.test(asking)) return false;
  // "备案号被注销了😭 要重新备案吗？": whether the writer must do something, asked of no colleague, is the writer's own question.
  // P8 round: a choice between next steps ("Do we transfer it or let it go?", 是迁走还是注销？) after the event asks how to go on.
  const choosesNextStep = CHOOSES_NEXT_STEP.test(asking) && !/为什么|为啥|\bwhy\b/.test(asking);
  // Q9 round: "What do I do with it?" asks what to do, not whether to ("do I" is in both).
  if (!choosesNextStep && !ASKS_NEXT_STEP.test(asking) && ASKS_WHETHER_TO.test(asking) && !ADDRESSES_SOMEONE.test(trimmed) && !/^[\s，,」』"”]*(?:麻烦|请(?:你|您)?|帮忙|帮我|能不能帮|可以帮|辛苦)/.test(asking) && !ASKS_TO_ACT.test(asking)) return false;
  if ((!toColleague && !howNextStep && (HOW_WHY_ZH.test(asking) || ASKS_IF_ALL_IS_WELL.test(asking))) || DENIES_PREMISE.test(trimmed) || DOUBTS_CODE.test(asking) || NOT_OURS.test(trimmed)) return false;
  return told(trimmed, lastSentence, hasCode, hasDeadline);
}
/** The sentences before the question, read alone, decide a kind. */
function told(text: string, lastSentence: number, hasCode: boolean, hasDeadline: boolean): boolean {
  return decideKind(text.slice(0, lastSentence + 1), { hasCode, hasDeadline }).kind !== "unknown";
}

/** A short aside in brackets ("(ticket #JD-4499810)", "（冀ICP备…号）") labels the message; it names no subject of the event. */
const withoutAsides = (text: string): string => text.replace(/[(（][^()（）\n]{0,40}[)）]/g, " ");

export function decideKind(input: string, { hasCode, hasDeadline }: { hasCode: boolean; hasDeadline: boolean }): KindDecision {
  if (!input.trim()) return UNKNOWN("empty");
  const plain = tableAsFields(input);
  const lower = plain.toLowerCase();
  const sender = senderOf(lower);
  if (sender !== null && (OTHER_SENDER.test(sender) || GOVERNMENT_SENDER.test(sender)) && !ICP_SPECIFIC.test(sender)) {
    return UNKNOWN("other_authority");
  }
  // Same-length blanks keep match offsets valid in `plain`.
  const text = currentStepOnly(lower.replace(OTHER_FILINGS, (m) => " ".repeat(m.length)));
  // E round: the bureau's review of a filing (管局审核不通过 … 需提供食品经营许可证) names the ICP filing as 备案 does; the bureau
  // as a licence's sender does not.
  if (LICENCE.test(text) && !FILING_WORDS.test(text.replace(LICENCE_ALL, " ")) && !/管局(?:审核|意见|驳回|退回)/.test(text.replace(LICENCE_ALL, " "))) return UNKNOWN("licence");
  if (!ICP_CONTEXT.test(text)) return UNKNOWN("no_icp_context");
  // A message about another authority's filing (the public-security 公安联网备案 / PSB filing, 等保, 算法备案…)
  // is not an ICP event unless it also names the ICP system (ICP, 工信部, 管局, MIIT…) or a filing of its own
  // (备案, filing left once the other filings are blanked): "您的公安联网备案申请被退回…请登录 beian.mps.gov.cn"
  // and "Your PSB filing information … was updated (website leader changed)" are that filing's news, whatever
  // words (网站负责人, website leader) they share with an ICP message.
  if (text !== lower && !ICP_SPECIFIC.test(text) && !FILING_WORDS.test(text)) return UNKNOWN("other_authority");
  if (MARKETING.test(withoutDomains(text)) || PRICE_QUOTE.test(text)) return UNKNOWN("marketing");
  if (TEMPLATE_PLACEHOLDER.test(text)) return UNKNOWN("template");
  if (HASH_FIELDS.test(text) && !SENT_OPENING.test(text) && !OWN_FILING.test(text)) return UNKNOWN("template");
  // A code change (a pull or merge request, a commit, a CI run) that touches the footer or the filing page is the
  // developers' news, not a notice from MIIT or a provider (J round).
  if (CODE_CHANGE.test(text) || DEV_TICKET.test(text) || CI_OUTPUT.test(text) || ((TRACKER_KEY.test(text) || ENGINEERING_STANDARD.test(text)) && DEV_WORK.test(text)) || (TRACKER_KEY.test(text) && TRACKER_FIELDS.test(text) && !RELAYED_NOTICE.test(text))) return UNKNOWN("code_change");
  if (MAINTENANCE.test(text) && !NAMES_FILING.test(text)) return UNKNOWN("report");
  if (!hasCode && CODE_ADVISORY.test(text)) return UNKNOWN("advisory");
  // A round: a text that opens as a tip (Tip:, Pro tip:, 小贴士：) is advice to anyone, unless it names a filing of its own.
  if (TIP.test(text) && !NAMES_FILING.test(text.replace(GOV_SITE, " "))) return UNKNOWN("advisory");
  // L4- round: a reminder that says of itself that it is general and finds nothing ("本提示为通用说明，不代表您的网站存在问题",
  // "this is a general reminder and does not mean your site has a problem") notifies no filing of anything.
  if (!hasCode && GENERAL_DISCLAIMER.test(text)) return UNKNOWN("advisory");
  // O7- round: a fraud warning names the event as the fraudsters' pretext ("冒充“工信部备案中心”以网站备案被注销为由索要验证码"):
  // it happened to no filing.
  if (!hasCode && FRAUD_WARNING.test(text)) return UNKNOWN("advisory");
  // O7- round: MIIT's other services (number portability, 携号转网) are no filing's news, whatever the sender.
  if (MIIT_OTHER_SERVICE.test(text) && !FILING_WORDS.test(text)) return UNKNOWN("other_authority");
  // Y round: a short statement that names no filing of its own and speaks to no one, in the future or as a requirement
  // ("工信部：空壳网站将被清理", "MIIT: empty shell sites will be cleaned up", "注销备案需要工信部短信核验"), is about filings in general;
  // so is an automatic finding still waiting for a person ("auto-scan, pending manual review", 自动扫描，待人工确认).
  if (!hasCode && !OWN_FILING.test(text) && !/请|please/.test(text) && text.length <= 80 && !text.trim().includes("\n") && GENERAL_STATEMENT.test(text) && !TOLD_AS_DONE.test(text)) return UNKNOWN("report");
  if (PENDING_CONFIRMATION.test(text) && !OWN_FILING.test(text) && !/请|please/.test(text)) return UNKNOWN("report");
  if (OTHER_BODY_OPENING.test(text) && !ICP_SPECIFIC.test(text)) return UNKNOWN("other_authority");
  if (ANNOUNCED.test(text) && !NAMES_FILING.test(text) && !hasCode) return UNKNOWN("announcement");
  // Looking up someone else's filing (a competitor's, 竞品的备案) in the public query is no event of this filing (P round).
  if (OTHERS_FILING.test(text) && !hasCode) return UNKNOWN("others_filing");
  // …and so is a public query's result listed as fields, addressed to no one (W round).
  if (PUBLIC_QUERY_RESULT.test(text) && !QUERY_ADDRESSED.test(text) && !hasCode) return UNKNOWN("report");
  // B round: MIIT's SMS check of an APP's or a mini program's filing (微信小程序"…"备案信息需短信核验) is that filing's, when the text
  // names no website filing of its own.
  if (OTHER_APP_FILING.test(lower) && !/网站备案|网站的备案|website (?:icp )?filing|icp filing for/.test(lower.replace(OTHER_APP_FILINGS, " "))) return UNKNOWN("other_authority");
  // A monitoring alert that a public query failed (HTTP 429, a timeout) could not tell the filing's state: no event (Q round).
  // …and so does a query job's error log line (a WAF 403, a failed lookup; W round).
  if ((MONITOR_ALERT.test(text) || ERROR_LOG_LINE.test(text)) && QUERY_FAILED.test(text) && !hasCode) return UNKNOWN("report");
  // V round: minutes and slides report no event of a filing (a code in them still counts).
  if (MINUTES_OR_SLIDE.test(text) && !hasCode) return UNKNOWN("report");
  // V round: a check that came back fine found nothing to notify.
  const cleanCheck = CLEAN_CHECK.test(text) && !CHECK_FOUND.test(text.replace(new RegExp(CLEAN_CHECK.source, "g"), " "));
  // A help text on what a message means tells no event of this filing (R round).
  if (EXPLAINER.test(text) && !hasCode) return UNKNOWN("report");
  if ((REPORT.test(withoutDomains(text)) && !OWN_FILING.test(text)) || (DIGEST.test(withoutDomains(text)) && !NAMES_FILING.test(text))) return UNKNOWN("report");
  // A reply is asked or told at its top; a question in the quoted history below is not this message's.
  const quoteStart = quoteStartOf(text);
  // A reply's subject line ("Re: ICP status?") repeats the earlier message's question, not this one's (K round).
  const asked = (quoteStart >= 0 ? text.slice(0, quoteStart) : text).replace(/^\s*(?:re|回复|答复)\s*[:：][^\n]*\n(?=\s*\S)/i, "");
  // T round: a doubt or question before the quoted original asks about the message, which still tells the event, unless it
  // takes the message for a scam or someone else's or asks why or how.
  const doubt = doubtBeforeOriginal(asked);
  if (doubt === "question") return UNKNOWN("question");
  if (doubt === null && !pointsAtQuote(text) && !TRANSCRIPT_AGENT.test(text) && isQuestion(asked) && !asksToEnterCode(asked, hasCode) && !eventThenNextStep(asked, hasCode, hasDeadline)) return UNKNOWN("question");

  const ctx: CueContext = {
    hasCode,
    // A relayed SMS keeps its sender: '{"from":"12381","content":"【广东省通信管理局】…' is the authority's.
    fromAuthority: sender !== null ? AUTHORITY_SENDER.test(sender) : /^\s*(?:miit|工信部)\b/.test(text) || AUTHORITY_SENDER.test(/^[^【]{0,80}【([^】]{1,30})】/.exec(text)?.[1] ?? "-"),
    miitContext: MIIT_CONTEXT.test(text),
  };
  // The text's subject is the first filing it names: when that is another authority's ("您单位提交的公安联网备案…
  // 已被退回。退回原因：…与ICP备案主体不一致"), what the text asks or notes of the ICP filing is that filing's
  // cross-reference; only an ICP event told in a sentence of its own still counts (H round).
  const subjectIsOther = otherFilingIsSubject(lower);
  const hits: CueHit[] = [];
  // B round: an event that happened to another's filing ("隔壁公司那个 … 备案号被注销了，…据说是因为空壳网站…") makes the text that
  // filing's story: its reasons and notices are not ours, unless the text also names a filing of our own.
  let othersEvent = false;
  // What a reason says ("驳回意见：网站内容涉及新闻信息服务") is why the filing was turned down, not what kind of text this is.
  const publicText = PUBLIC_TEXT.test(withoutDomains(text).replace(REASON_VALUE, " ")) && !ADDRESSEE.test(sender !== null ? text : text.replace(GOV_SITE, " "));
  for (const cue of CUES) {
    if (cue.when && !cue.when(ctx, text)) continue;
    const global = new RegExp(cue.pattern.source, cue.pattern.flags.includes("g") ? cue.pattern.flags : `${cue.pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      if (cue.unless?.test(m[0])) continue;
      // B round: a case in a list of what to do ("· 网站已取消接入：请提交接入备案申请", "- If …: please …") names a situation, not
      // an event: the event cue before the colon of such a line is no news.
      if (cue.mode === "event" && CASE_LINE.test(lineAround(text, m.index, m.index + m[0].length))) continue;
      // A round: a value among options to choose from ("回复短信（状态：无变化/已更新/已注销）") is a choice offered, no event.
      if (cue.mode === "event" && m[0].length <= 8 && (/[\u4e00-\u9fa5a-z][/／][^/／\s，,。；;（()）\d]{0,6}$/.test(text.slice(Math.max(0, m.index - 9), m.index)) || /^[^/／\s，,。；;（()）\d]{0,6}[/／][\u4e00-\u9fa5a-z]/.test(text.slice(m.index + m[0].length)))) continue;
      // The subject check reads the clause before other filings were blanked: "Your Public Security (PSB)
      // filing for acme-trading.cn has been approved" is that filing's approval.
      // …and the rest of its clause, where the object stands ("已经在阿里云提交了工单": the ticket was submitted).
      // S round: a reason after the event ("…was cancelled on 2 April because the site had no access provider") is why it
      // happened, not what it happened to: the subject check stops at the reason word.
      const clause = withoutDomains(subjectClause(lower, m.index) + m[0] + clauseAfter(lower, m.index + m[0].length).replace(REASON_TAIL, ""));
      // Q round: a check word that is a clause of its own ("经抽查，您的网站…未…标明备案编号") names no subject; what was
      // checked is the rest of its sentence.
      const bare = cue.mode === "notice" && clauseAfter(lower, m.index + m[0].length).replace(/[\s，,：:。]/g, "") === "";
      const about = bare ? clause + (/^[^。；;！!？?\n]*/.exec(lower.slice(m.index + m[0].length))?.[0] ?? "") : clause;
      if (cue.notAbout?.test(withoutAsides(withoutDomains(about)))) continue;
      if (cleanCheck && cue.mode === "notice") continue;
      // The event's clause names another authority's filing ("您的公安联网备案已审核通过", "PSB filing submitted"):
      // it happened to that filing.
      if (cue.mode === "event" && OTHER_FILING_SUBJECT.test(clause)) continue;
      // …or its sentence does, before the event and with no ICP filing of its own in between: "您提交的网站公安
      // 联网备案申请（网站：…）审核未通过。原因：…与ICP备案信息不一致" is the PSB filing's rejection; the ICP
      // information is the reason's cross-reference, in another sentence (H round).
      if (cue.mode === "event" && otherFilingLeads(sentenceBefore(lower, m.index) + m[0])) continue;
      if (subjectIsOther && cue.mode !== "event") continue;
      // C round: "their ICP number got revoked" after "the competitor's site is down" is the competitor's: "their" names back.
      const before = clauseBefore(text, m.index);
      if (THIRD_PARTY.test(before + m[0]) || (/\btheir\b|他们的|人家的|对方的/.test(before) && THIRD_PARTY.test(text.slice(0, m.index)))) {
        if (cue.mode === "event") othersEvent = true;
        continue;
      }
      if (publicText) continue;
      // Z round: an aside in brackets ("returned your filing (ticket #JD-4499810) with the comment …") labels the message; what
      // it names is not what the event happened to.
      if (cue.mode !== "fact" && NOT_THE_FILING.test(withoutAsides(clause))) continue;
      // S round: what the writer's own look-up of the public record shows ("I checked beian.miit.gov.cn … it shows 京ICP备…,
      // approved 2025-03-20", "查了一下…显示…审核通过日期…") is the filing's standing record, not news of its approval.
      if (cue.kind === "filing_approved" && listedByOwnLookup(lower, m.index)) continue;
      let reading = readingAt(text, m.index, m.index + m[0].length, { atStart: cue.readAtStart === true });
      // S round: a tag question over a fact ("验证码 ****** 对吧？", "the code ******, right?") asks to confirm what is there:
      // the code is in the text whatever the tag asks.
      if (cue.mode === "fact" && reading === "question" && TAG_QUESTION.test(text.slice(m.index + m[0].length))) reading = "asserted";
      // Z round: a code's sentence that goes on to ask a colleague to enter or confirm it ("…, the code is ******, can you confirm
      // it today?") asks for a hand with the code's step, as the gate reads it (asksToEnterCode).
      if (reading === "question" && (cue.kind === "verification_code" || cue.kind === "cancellation_verification") && asksToEnterCode(/^[^?？]*[?？]?/.exec(text.slice(m.index))![0], hasCode)) reading = "asserted";
      const match = lower.length === plain.length ? plain.slice(m.index, m.index + m[0].length) : m[0];
      hits.push({ cue, match, index: m.index, reading });
    }
  }

  // Q round: a status change is read at its new state: the old state ("原状态：管局审核通过，等待同步 新状态：已备案",
  // "Old status: Under review → …", "状态变更：待提交管局 → 待管局审核") is history.
  for (const old of oldStates(text)) {
    // A round: a match that runs from the old state over the arrow ("管局审核 → 管局驳回") ends in the new state, where its verb is.
    for (const h of hits) if (h.index >= old.start && h.index < old.end && h.index + h.match.length <= old.end) h.reading = "history";
  }
  // …and the new state after the arrow is a status value, read at its start ("→ 待管局审核" is where the order is now).
  for (const m of text.matchAll(ARROW_CHANGE)) {
    const at = m.index + m[0].length + (/^\s*/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
    for (const h of hits) if ((h.index === at || (h.index >= m.index && h.index < at && h.index + h.match.length > at)) && h.reading === "hypothetical") h.reading = "asserted";
  }
  // A reply above a quoted earlier message: when the reply itself reports an event, the quote is history
  // ("Approved! … > On 3 Dec … wrote: > Submitted to the bureau").
  if (quoteStart >= 0 && hits.some((h) => h.index < quoteStart && decides(h.cue, h.reading) && h.cue.weight >= DECIDE_AT)) {
    for (const h of hits) if (h.index >= quoteStart) h.reading = "history";
  }
  // A reply's subject line ("Re: Rectification notice") names the earlier message it answers: history, when a body follows (K round).
  const replySubject = /^\s*(?:re|回复|答复)\s*[:：][^\n]*\n\s*\S/i.exec(text);
  if (replySubject) {
    const end = text.indexOf("\n", replySubject.index);
    for (const h of hits) if (h.index < end) h.reading = "history";
  }
  // I round: a return told before the resubmission already done ("…被火山引擎驳回，周二已重新拍照并再次提交") is what led to it: history.
  const resubmitted = hits.find((h) => h.cue.id === "filing_submitted.resubmitted" && h.reading === "asserted");
  if (resubmitted) {
    for (const h of hits) if ((h.cue.kind === "provider_returned" || h.cue.kind === "authority_rejected") && h.index < resubmitted.index) h.reading = "history";
  }
  const numberStands = NUMBER_STANDS.test(text) && NAMES_ACCESS.test(text);
  const changeStillToFile = CHANGE_STILL_TO_FILE.test(text);

  // Best deciding cue per kind.
  const best = new Map<MessageKind, CueHit>();
  for (const hit of hits) {
    if (!decides(hit.cue, hit.reading) || hit.cue.weight < DECIDE_AT) continue;
    if (numberStands && hit.cue.kind === "icp_number_cancelled") continue;
    if (changeStillToFile && hit.cue.kind === "record_changed") continue;
    const current = best.get(hit.cue.kind);
    // A cue that names the problem is preferred to the generic word of its kind (precedenceOf).
    const currentGeneric = current?.cue.generic === true;
    const hitGeneric = hit.cue.generic === true;
    const better = !current || (currentGeneric && !hitGeneric) || (currentGeneric === hitGeneric && hit.cue.weight > current.cue.weight);
    if (better) best.set(hit.cue.kind, hit);
  }
  if (best.size === 0) {
    // No cue decides: the weaker reading of the sentences' structure may still suggest a kind, at low
    // confidence (never confident: intake leaves it to a person).
    for (const e of subjectIsOther ? [] : readEvents(text, lower)) {
      if (otherFilingLeads(sentenceBefore(lower, e.index) + e.match)) continue;
      if (THIRD_PARTY.test(clauseBefore(text, e.index) + e.match)) continue;
      if (e.kind === "filing_approved" && listedByOwnLookup(lower, e.index)) continue;
      const reading = readingAt(text, e.index, e.index + e.match.length);
      if (reading !== "asserted") continue;
      const cue: Cue = { id: `weak.${e.kind}.${e.family}.${e.actor}`, kind: e.kind, mode: "event", weight: WEAK_WEIGHT, label: weakLabel(e), pattern: /(?!)/ };
      const match = lower.length === plain.length ? plain.slice(e.index, e.index + e.match.length) : e.match;
      const hit: CueHit = { cue, match, index: e.index, reading };
      hits.push(hit);
      if (!best.has(e.kind)) best.set(e.kind, hit);
    }
  }
  if (othersEvent && !OWN_FILING_NAMED.test(text)) return UNKNOWN("others_filing", hits);
  if (best.size === 0) return UNKNOWN(null, hits);

  const ranked = [...best.values()].sort((a, b) => precedenceOf(a) - precedenceOf(b));
  const winner = ranked[0]!;
  const confidenceOf = (hit: CueHit): number => {
    if (hit.cue.kind === "rectification_notice") return Math.max(DECIDE_AT, hit.cue.weight + (hasDeadline ? 0.05 : -0.2));
    return hit.cue.weight;
  };
  const confidence = confidenceOf(winner);
  let runnerUp: KindDecision["runnerUp"] = null;
  for (const other of ranked.slice(1)) {
    const subsumed = SUBSUMES[winner.cue.kind]?.includes(other.cue.kind) ?? false;
    const otherConfidence = confidenceOf(other);
    // A stronger cue of a kind the winner does not explain: two events, no safe answer.
    if (!subsumed && otherConfidence >= confidence + AMBIGUOUS_BY) return UNKNOWN(null, hits);
    const weighed = subsumed ? otherConfidence / 2 : otherConfidence;
    if (!runnerUp || weighed > runnerUp.confidence) runnerUp = { kind: other.cue.kind, confidence: round(weighed) };
  }
  return {
    kind: winner.cue.kind,
    confidence: round(confidence),
    decidedBy: { id: winner.cue.id, kind: winner.cue.kind, label: winner.cue.label, match: winner.match },
    runnerUp,
    hits,
    gate: null,
    caution:
      cautionFor(winner.cue.kind, text) ??
      (quoteStart >= 0 ? "a reply above a quoted earlier message (the quote is read as history)" : null) ??
      // P8 round: an event told before the writer's own question about the next step is read, but a person answers it.
      (/[?？]\s*$/.test(asked.trim()) ? "the text ends on a question, which a person answers" : null) ??
      (winner.cue.id.endsWith(".status") && (text.match(FIELD_LINE) ?? []).length >= 2 ? "a status line among other fields of a console page" : null) ??
      neighbourEvidence(winner, hits),
  };
}

/** The old state's label in a status change (Q round). */
const OLD_STATE_LABEL = /(?:原状态|旧状态|原先状态|变更前状态|变更前|\b(?:old|previous|prior|former|from) (?:status|state|stage))\s*[:：]/g;
const NEW_STATE_LABEL = /(?:新状态|变更后状态|变更后|当前状态|\b(?:new|current|to) (?:status|state|stage))\s*[:：]/;
/** A status change written with an arrow after its label: "状态变更：待提交管局 → 待管局审核", "status: submitted -> approved". */
const ARROW_CHANGE = /(?:状态变更|状态变化|状态|进度|(?:\b|_)status(?: changed| change| update)?|(?:\b|_)stage|_state)\s*[:：]?\s*([^\n→⟶]{1,40}?)\s*(?:→|⟶|->|=>)/g;
/**
 * S1 round: a change from one quoted state to another, "由“管局审核通过，待同步”更新为“已备案”", "went from "Approved, pending
 * sync" to "Filed"": the quoted state it came from is history, whatever its words.
 */
const QUOTED_FROM_STATE = /由\s*[“"「][^”"」\n]{1,40}[”"」](?=\s*(?:更新|变更|变成|变|改|转)为)|\bfrom ['"“][^'"”\n]{1,40}['"”](?= to ['"“])/g;
/** The spans of a text that state what a status was before it changed: read as history. */
function oldStates(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(OLD_STATE_LABEL)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const line = /^[^\n]*/.exec(rest)![0];
    const next = NEW_STATE_LABEL.exec(line);
    spans.push({ start: m.index, end: start + (next ? next.index : line.length) });
  }
  for (const m of text.matchAll(ARROW_CHANGE)) {
    const end = m.index + m[0].length;
    spans.push({ start: end - m[0].length + m[0].indexOf(m[1]!), end });
  }
  for (const m of text.matchAll(QUOTED_FROM_STATE)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * A message that carries an MIIT code is the code message: the submission it mentions ("您的ICP备案申请已
 * 提交管局，请…完成短信核验") is why the code was sent, and the code is what the holder must act on.
 */
const CODE_OUTRANKS: readonly MessageKind[] = ["submitted_to_authority", "filing_submitted"];
function precedenceOf(hit: CueHit): number {
  // G round: so does MIIT's SMS check told as sent ("…submitted to the Communications Administration and MIIT has now sent the
  // verification SMS…"): it is the step the holder must act on. Not when the SMS is still to come ("工信部将…发送核验短信").
  if (hit.cue.id === "verification_code.miit_code" || (hit.cue.id === "verification_code.sms_stage" && hit.reading === "asserted")) return Math.min(...CODE_OUTRANKS.map((k) => PRECEDENCE.indexOf(k))) - 0.5;
  // A notice word that names no problem ("请…完成整改") ranks after the notices that name one.
  if (hit.cue.generic === true) return PRECEDENCE.length;
  return PRECEDENCE.indexOf(hit.cue.kind);
}

const round = (n: number): number => Math.round(n * 100) / 100;
