/**
 * Classifies pasted message text (Chinese or English) into a message kind and extracts the fields
 * the admin confirms before saving: ICP numbers, domains, deadlines. Verification codes are masked
 * (PRODUCT.md: "Verification codes are never stored in clear").
 *
 * The classifier is deliberately conservative: it answers "unknown" (confidence 0) unless it finds
 * an ICP-filing context and a phrase that names the event. Text about something other than the ICP
 * filing (PSB approval, WHOIS expiry, bank codes, marketing) is "unknown" (PRODUCT.md, "Precise
 * readings"). The heuristics are listed in docs/icp-rules.md, "Classifier".
 */
import { decideKind } from "./classify/decide";
import type { MessageKind } from "./kinds";
import { addDays, addHours, chinaDateParts, chinaDateTime, DAY_MS, endOfChinaDay, isValidChinaDateTime } from "./time";

/** How sure the classifier is, in words: "none" exactly when the kind is "unknown". */
export type ConfidenceLevel = "high" | "medium" | "low" | "none";

/** The cue that decided the kind: which rule, what it is called, and the words it matched. */
export type ClassificationCue = {
  /** Stable identifier of the cue, e.g. "icp_number_cancelled.zh.past". */
  id: string;
  kind: MessageKind;
  label: { en: string; zh: string };
  /** The matched words, from the normalised and masked text (never a verification code). */
  match: string;
};

export type Classification = {
  kind: MessageKind | "unknown";
  /** 0..1; 0 exactly when kind is "unknown". */
  confidence: number;
  confidenceLevel: ConfidenceLevel;
  /** The cue that decided the kind; null exactly when kind is "unknown". */
  decidedBy: ClassificationCue | null;
  /**
   * Another kind that the text also supports (a second event, or a cue the precedence set aside);
   * a confident classification has none that is close.
   */
  runnerUp: { kind: MessageKind; confidence: number } | null;
  /**
   * Why a person should confirm although a cue decided (the text also speaks the words of a kind this
   * one is known to be confused with); null when there is no such reason. A cautioned answer is never
   * confident.
   */
  caution: string | null;
  icpNumbers: string[];
  domains: string[];
  /** Every deadline found, earliest first, deduplicated. */
  deadlines: Date[];
  /** The earliest deadline, or null. */
  deadline: Date | null;
  /** The input verbatim except that verification codes are replaced by "******". */
  maskedText: string;
  containsVerificationCode: boolean;
};

export type ClassifyOptions = {
  /**
   * When the message was received. Needed only to resolve deadlines without a year ("3月15日前")
   * or relative ones ("24小时内", "within 10 days"); without it those are not reported.
   */
  referenceDate?: Date;
};

// ---------------------------------------------------------------------------------------------
// Verification-code masking
// ---------------------------------------------------------------------------------------------

export const CODE_MASK = "******";

const DIGIT = "[0-9０-９]";
const CODE_WORDS =
  "(?:验证码|校验码|核验码|认证码|确认码|动态码|动态密码|动态口令|短信码|回复|verification\\s+code|security\\s+code|confirmation\\s+code|" +
  // Other one-time secrets a forwarded SMS carries: a parcel's pickup code opens its locker, a password is a password.
  "取件码|取货码|提货码|取餐码|授权码|密码|pick[- ]?up\\s+code|collection\\s+code|password|" +
  // An HTML tag <code>…</code> is markup, not the word code (R round: the year after "</code>" was masked).
  "one[- ]time\\s+(?:pass)?code|one[- ]time\\s+password|passcode|\\bOTP\\b|\\bPIN\\b|\\b2FA\\b|\\bMFA\\b|two[- ]factor|SMS\\s+code|(?<!<\\/?)\\bcode\\b(?!>)|" +
  // What to type: "请在beian.miit.gov.cn输入 752108", "the number to enter is 316592", "enter 316592 at…".
  "输入|填写|键入|\\bnumber\\s+to\\s+(?:enter|type|key\\s+in|input)\\b|\\b(?:enter|type\\s+in|key\\s+in|input)\\b|" +
  // A bare 码 right before its digits, as a relay shortens it ("注销确认短信（码 558320）"); not the 码 of a phone
  // number (号码), a code point or source (编码, 代码, 源码), a QR or bar code (二维码, 条码), a page (页码) or a scan (扫码).
  "(?<![号编代维条源页扫])码(?=\\s*[:：=]?\\s*[0-9０-９]))";
/**
 * Digits that are a label of a domain name ("请登录 8888.com", "域名 9527.net 的备案", "www.12345.cn")
 * are part of the name, not a code: they are followed by a dot and a top-level domain.
 */
const DOMAIN_TAIL =
  "[.．](?:[A-Za-z0-9-]+[.．])*(?:cn|com|net|org|top|xyz|info|biz|cc|io|co|vip|shop|site|online|tech|club|wang|ltd|link|中国|公司|网络|ｃｎ|ｃｏｍ|ｎｅｔ|ｏｒｇ)(?![A-Za-z0-9ａ-ｚ])";
/**
 * An SMS service number of eight digits or more starts with 106 (10655113, 106598051001), also written in groups of four
 * as phone numbers are ("发送短信至 1069 0101 2381"; H round): no group of it is a code.
 */
const NOT_A_SENDER = `(?!(?:106|１０６)${DIGIT}{5,})(?!(?:106|１０６)${DIGIT}(?:\\s${DIGIT}{3,4}){2,})(?<!(?:106|１０６)${DIGIT}\\s(?:${DIGIT}{4}\\s)?)`;
/** An eight-digit date written without separators (20261130) is a date, not a code. */
const NOT_A_COMPACT_DATE = `(?!(?:19|20|１９|２０)${DIGIT}{2}(?:0|０)?(?:[1-9]|[１-９]|1[0-2]|１[０-２])(?:[0-2０-２]${DIGIT}|3[01]|３[０１])(?![0-9０-９]))`;
/**
 * A code written in dashed groups ("28-47-63", "339-012", "4402-17"; C round): never a year and month ("2026-11"), and the
 * digit guards after it keep longer numbers (hotlines 400-820-8820, area codes 0571-88888888) whole.
 */
const DASHED = `${DIGIT}{2}[-－]${DIGIT}{2}[-－]${DIGIT}{2}|${DIGIT}{3}[-－]${DIGIT}{3}|(?!(?:19|20|１９|２０)${DIGIT}{2}[-－](?:0?[1-9]|1[0-2]|０?[１-９]|１[０-２])(?![0-9０-９]))${DIGIT}{4}[-－]${DIGIT}{2}`;
/**
 * A code is 4–8 digits (MIIT's is 6, research §2 row 4; other systems use 4 to 8), also written in groups: "123 456",
 * "8830 27", "48 29 13", one by one; a grouped spelling is tried first, so no group is left in clear. It is never
 * part of a date, a time, an ICP number ("浙ICP备123456号" is preceded by 备 and followed by 号) or an
 * amount. MIIT's sender numbers (106598051001, 10655113, 106575000130) and mobile numbers are longer
 * than 6 digits, so the digit boundaries keep them; the 5-digit 12381 (research §2 row 4 [ECER]) is
 * excluded by name. A real code that happens to start with 106 is still masked.
 */
const CODE_BODY = `(?<![0-9０-９A-Za-z备证\\-－/.．*＊])(?!12381(?![0-9０-９]))${NOT_A_SENDER}${NOT_A_COMPACT_DATE}(?:${DASHED}|${DIGIT}{4} ${DIGIT}{2,4}|${DIGIT}{2,3} ${DIGIT}{3,4}|${DIGIT}{2} ${DIGIT}{2} ${DIGIT}{2}|${DIGIT}(?: ${DIGIT}){3,7}|${DIGIT}{4,8})(?![0-9０-９]|${DOMAIN_TAIL}|[-－][A-Za-z0-9])`;
const NOT_A_DATE_OR_UNIT =
  "(?!\\s*(?:号|年|月|日|时|小时|分|秒|天|个|位|元|%|[-－/.:：][0-9０-９]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b))";
/**
 * Between the keyword and the code: up to 30 units, each a non-digit character, an HTML tag, or a
 * short number of 1–3 digits ("验证码（6位）：483920", "code (valid 24 h) is 483920").
 */
const GAP = "(?:<[^>]{0,200}>|[^0-9０-９<\\n]|[0-9０-９]{1,3}(?![0-9０-９])){0,30}?";

const CODE_AFTER_KEYWORD = new RegExp(`(${CODE_WORDS}${GAP})(${CODE_BODY})${NOT_A_DATE_OR_UNIT}`, "giu");
const CODE_BEFORE_KEYWORD = new RegExp(
  `(${CODE_BODY})${NOT_A_DATE_OR_UNIT}(?=[\\s)）]*(?:是|为|is)?\\s*(?:您的|你的|your)?[^0-9０-９\\n。]{0,12}?${CODE_WORDS})`,
  "giu",
);

/**
 * A code written behind a short letter prefix, as some senders write theirs ("G-482913 is your
 * Google verification code", "code: WX-5531"): the digits are masked, the prefix kept. The prefix
 * is letters only, so an ICP licence such as 粤B2-20090059 (B2 holds a digit) is never one.
 */
// J2 round: not a ticket's or an order's id ("工单 #KS-90231 回复：…", where 回复 is no code word for it).
const PREFIXED_CODE = `(?<![A-Za-z0-9#＃])(?<!(?:工单|单号|订单|编号|\\bticket|\\border)\\s*(?:no\\.?|号)?\\s*[:：]?\\s*)([A-Z]{1,3}[-－])(${DIGIT}{4,8})(?![0-9０-９])`;
const PREFIXED_CODE_BEFORE_KEYWORD = new RegExp(
  `${PREFIXED_CODE}(?=[\\s)）]*(?:是|为|is)?\\s*(?:您的|你的|your)?[^0-9０-９\\n。]{0,20}?${CODE_WORDS})`,
  "gu",
);
const PREFIXED_CODE_AFTER_KEYWORD = new RegExp(`(${CODE_WORDS}${GAP})${PREFIXED_CODE}`, "giu");

/**
 * A code that is not all digits, right after a word that names a code: a letter-and-digit
 * authorisation code (授权码：T8K3Q2), a domain's EPP transfer code ("authorization code (EPP)
 * for example.com is Zx7#pQ2m-9"), a locker code in parts (取件码 6-2-4018). The first word after
 * the name, within a short gap, that holds a digit and is not a date, a domain or a licence
 * number is the code.
 */
const NAMED_CODE_WORDS =
  // K3 round: a password or a domain's transfer password of letters and digits ("转移密码为 Xn7#pQ29") is a secret too.
  "(?:验证码|校验码|核验码|认证码|确认码|动态码|授权码|取件码|取货码|提货码|取餐码|短信码|密码|" +
  // A round: "enter this code on the sign-up page: Q8M3ZT" names the code before a few words.
  "\\b(?:enter|use|type|input|key\\s+in)\\s+(?:this|the|your|the\\s+following)\\s+(?:code|verification\\s+code|OTP)\\b(?=[^\\n.:：]{0,40}[:：])|" +
  "verification\\s+code|security\\s+code|confirmation\\s+code|authori[sz]ation\\s+(?:\\((?:EPP|transfer)\\)\\s+)?code|auth\\s+code|pick[- ]?up\\s+code|\\(?EPP\\)?\\s+code|one[- ]time\\s+code|passcode|\\bcode(?=\\s*(?:is\\b|[:：=])|\\s+[A-Za-z0-9]{4,10}\\b))";
// B round: also written full-width ("核验码Ｍ８Ｑ２７Ｒ").
const CODE_CHAR = "A-Za-z0-9Ａ-Ｚａ-ｚ０-９#@$%&!_\\-－";
const NAMED_CODE = new RegExp(
  // The gap never passes a code already masked: the code after the name is that one.
  // P8 round: a longer gap only when it ends on the colon that introduces the code ("authorization (EPP) code to transfer
  // example.net to another registrar: 8hT$2vQz!mP4").
  `(${NAMED_CODE_WORDS}(?:(?:(?!\\*{6})[^\\n。]){0,40}?|(?:(?!\\*{6})[^\\n。:：]){41,100}[:：]\\s*))(?<![${CODE_CHAR}*＊])` +
    // Not a date nor a year and month (2026-12), not a phone number in groups (400-820-8820, 0571-88889999), not a
    // licence number; holds a digit and something besides digits (codes of
    // digits alone are found above, with their own guards).
    `(?![0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})(?!(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])(?![0-9A-Za-z]))(?![0-9]{3,4}-[0-9]{3,4}-[0-9]{4}(?![0-9])|[0-9]{3,4}-[0-9]{7,8}(?![0-9]))(?!B2-)(?=[${CODE_CHAR}]*[0-9０-９])(?=[0-9０-９]*[A-Za-zＡ-Ｚａ-ｚ#@$%&!_\\-－])` +
    `[${CODE_CHAR}]{4,24}(?![${CODE_CHAR}*＊/:：]|[.．][A-Za-z])`,
  "giu",
);

/**
 * The text is a verification message at all: then a code may stand anywhere in it. Relays name the code
 * loosely (Y1- round): "带码的短信" (a bare 码, not 号码/编码/二维码…), "确认短信", "里面的六位数是…", "短信里的数字",
 * "the six-digit number", "I filled in…" (填了).
 */
const VERIFICATION_CONTEXT =
  /验证码|校验码|核验码|认证码|确认码|动态码|动态密码|动态口令|取件码|取货码|提货码|取餐码|授权码|密码|核验|验证|输入|填写|填(?:了|入|上)|verif|(?<![号编代维条源页扫])码(?!头)|确认短信|确认(?:注销|取消接入)|[四五六七八4-8４-８]位数|位数字|数字是|(?:短信|信息|消息)(?:里|中|上)的数|\b(?:four|six|eight|[4-8])[- ]digit|\bdigits\b|(?<!<\/?)\bcodes?\b(?!>)|\bOTP\b|\bPIN\b|\b2FA\b|\bMFA\b|two[- ]factor|passcode|password|\b(?:enter|type in|key in|input)\b|\bnumber to (?:enter|type)\b|\bconfirm|\bSMS check\b|\bnumber in the (?:text|SMS|message)\b|\bMIIT (?:text|SMS|message)\b|工信部(?:的|发来的|发的)?短信/i;
/**
 * A number labelled as an identifier (an order, an application, a ticket, an acceptance number) is
 * that identifier, not a code: "Application ID: 20260611", "订单号：88213", "受理编号 556677".
 */
const LABELLED_ID =
  "(?:\\bID|\\bid|编号|单号|订单|工单|流水号|\\border(?:\\s+(?:no\\.?|number|id))?|\\bticket(?:\\s+(?:no\\.?|number|id))?|\\bapplication(?:\\s+(?:no\\.?|number|id))|\\bno\\.)\\s*[:：#]?\\s*";
/**
 * A standalone 4–8 digit number in a verification message (also in groups: "483 920", "58 31 07" far from its
 * keyword, O round): not part of a word or a longer number
 * (mobile numbers have 11 digits, MIIT's senders 8–12 and are whole numbers),
 * not after 备/证 (ICP numbers), a currency sign or a date/time separator, not a four-digit year, not
 * followed by a unit or date part, not the 12381 sender.
 */
const STANDALONE_CODE = new RegExp(
  `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ备证\\-－/.¥￥$*＊#＃])(?<!${LABELLED_ID})(?!12381(?![0-9０-９]))${NOT_A_SENDER}(?!(?:19|20|１９|２０)${DIGIT}{2}(?![0-9０-９]))${NOT_A_COMPACT_DATE}(?:${DASHED}|${DIGIT}{4,8}|${DIGIT}{3} ${DIGIT}{3}|${DIGIT}{2} ${DIGIT}{2} ${DIGIT}{2}|${DIGIT}(?: ${DIGIT}){5})(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ]|${DOMAIN_TAIL}|[-－][A-Za-z0-9])${NOT_A_DATE_OR_UNIT}`,
  "giu",
);

/**
 * The origin-bound line of a one-time code SMS (the WebOTP format, L4- round: "… @github.com #448192", also
 * "@a.example #123456 @b.example"): the code after "@host #" is a code wherever the text stands, with or without
 * a code word, so it is masked in every text. The @ starts no e-mail address, and the code holds a digit, so a
 * hashtag after a mention is left.
 */
const ORIGIN_BOUND_CODE = /((?<![A-Za-z0-9._%+-])@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\s+[#＃])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{4,12}(?![A-Za-z0-9])/gu;

/**
 * Replaces verification codes by "******" (always six stars, so the mask does not reveal the code's
 * length): digits after or before 验证码 / 核验码 / verification code / 回复…, and in a text that is a
 * verification message at all, any standalone 4–6 digit number that is not a year, a date or time
 * part, an ICP number, an amount or a sender number ("【工信部】…您的短信核验码 ４８３９２１",
 * "483921（ICP备案短信核验）"). ICP numbers, phone and sender numbers and dates are left verbatim.
 */
export function maskVerificationCodes(text: string): string {
  const masked = text
    .replace(CODE_AFTER_KEYWORD, (_m, prefix: string) => `${prefix}${CODE_MASK}`)
    .replace(CODE_BEFORE_KEYWORD, CODE_MASK)
    .replace(PREFIXED_CODE_AFTER_KEYWORD, (_m, before: string, letters: string) => `${before}${letters}${CODE_MASK}`)
    .replace(PREFIXED_CODE_BEFORE_KEYWORD, (_m, letters: string) => `${letters}${CODE_MASK}`)
    .replace(NAMED_CODE, (_m, before: string) => `${before}${CODE_MASK}`)
    .replace(ORIGIN_BOUND_CODE, (_m, before: string) => `${before}${CODE_MASK}`);
  return VERIFICATION_CONTEXT.test(masked) ? masked.replace(STANDALONE_CODE, CODE_MASK) : masked;
}

// ---------------------------------------------------------------------------------------------
// Text normalisation (for matching only)
// ---------------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };

/**
 * Plain text for matching: script/style blocks dropped, tags removed, common entities decoded,
 * NFKC-normalised (full-width digits, letters and colons become ASCII), whitespace collapsed.
 */
export function normalizeForMatching(text: string): string {
  const withoutTags = text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<(script|style)\b[^>]*>[\s\S]*$/gi, " ")
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6])>/gi, "\n")
    // A template's placeholder "<%= name %>" is no tag: it stays for the template gate to see (M round).
    .replace(/<(?!%)[^>]*>/g, " ")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith("#x")) return safeFromCodePoint(parseInt(lower.slice(2), 16), whole);
      if (lower.startsWith("#") && lower !== "#39") return safeFromCodePoint(parseInt(lower.slice(1), 10), whole);
      return ENTITIES[lower] ?? whole;
    });
  return withoutTags
    .normalize("NFKC")
    // A console table copied with tabs between its cells ("订单号\t状态\t驳回意见") is a table: its cells are kept apart
    // as in a "|" table, so that each value is read against its label (L round).
    .replace(/^[^\n]*\t[^\n]*\t[^\n]*$/gm, (line) => line.replace(/\s*\t+\s*/g, " | "))
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .replace(/[^\n]+/g, unspaceOcrLine)
    .trim();
}

const HAN_GAP = /(?<=[\p{Script=Han}，。：；、“”（）《》！？])\s(?=[\p{Script=Han}，。：；、“”（）《》！？])/gu;
const HAN_LETTER = /\p{Script=Han}/gu;

/**
 * A line of Chinese with a space between most words or characters ("您 的 备案 信息 已 更新 ，网 站名 称"), as OCR of a
 * screenshot or a word-segmenting tool writes it (P round): Chinese is written without spaces, so such a line's spaces
 * between Han characters (and CJK punctuation) are artefacts and are removed. A line with a few spaces (a label and its
 * value, "主办单位 上海…") is left as it is: only a line where at least one Han character in five is followed by a space,
 * and at least four are, is read as spaced.
 */
function unspaceOcrLine(line: string): string {
  const gaps = line.match(HAN_GAP)?.length ?? 0;
  if (gaps < 4) return line;
  const han = line.match(HAN_LETTER)?.length ?? 0;
  return gaps * 5 >= han ? line.replace(HAN_GAP, "") : line;
}

function safeFromCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

// ---------------------------------------------------------------------------------------------
// ICP numbers (research §4.3)
// ---------------------------------------------------------------------------------------------

const PROVINCES = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青蒙桂藏宁新";
/**
 * Research §4.3's suggested pattern, unanchored: entity numbers 京ICP备2021123456号, website numbers
 * with "-N", licences 京ICP证030173号(-1) and 粤B2-20090059(-5).
 */
const ICP_NUMBER = new RegExp(
  `([${PROVINCES}])\\s?(?:(ICP)\\s?(备|证)\\s?(\\d{6,10})\\s?号|B2-(\\d{8}))(?:\\s?-\\s?(\\d{1,4}))?(?![0-9])`,
  "gi",
);

/** ICP numbers in canonical form (upper-case "ICP", no spaces), in order of first appearance. */
export function extractIcpNumbers(text: string): string[] {
  const plain = normalizeForMatching(text);
  const found: string[] = [];
  for (const m of plain.matchAll(ICP_NUMBER)) {
    const [, prov, , kind, digits, b2, site] = m;
    if (prov === undefined) continue;
    let base: string;
    if (b2 !== undefined) base = `${prov}B2-${b2}`;
    else if (kind !== undefined && digits !== undefined && (kind === "备" || digits.length === 6)) base = `${prov}ICP${kind}${digits}号`;
    else continue; // ICP证 numbers have six digits (research §4.3)
    const number = site !== undefined ? `${base}-${site}` : base;
    if (!found.includes(number)) found.push(number);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Domains
// ---------------------------------------------------------------------------------------------

const HAN = "\\p{Script=Han}";
/** Chinese-script top-level domains seen in practice; an IDN must end in one of these or an ASCII TLD. */
const HAN_TLDS = "中国|中國|公司|网络|網絡|在线|网址|网店|集团|商城|商标|中文网|我爱你|手机|移动|游戏|信息";
const ASCII_DOMAIN =
  /(?<![a-z0-9@._-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59}))(?![a-z0-9_-]|\.[a-z0-9])/g;
/**
 * Internationalised names such as 例子.中国 or 例子.com. In Chinese prose a Han label has no visible
 * left edge, so an IDN must start after a non-Han character or right after 域名/网站/网址/站点
 * ("您的域名例子.中国" → 例子.中国).
 */
const IDN_LABEL = `[${HAN}a-z0-9](?:[${HAN}a-z0-9-]{0,61}[${HAN}a-z0-9])?`;
const IDN_DOMAIN = new RegExp(
  `(?:(?<=^|[^${HAN}a-z0-9.@_-])|(?<=域名|网站|网址|站点))((?:${IDN_LABEL}\\.)+(?:${HAN_TLDS}|[a-z]{2,63}))(?![a-z0-9-])`,
  "gu",
);
const HAN_CHAR = new RegExp(HAN, "u");
/** File names look like domains ("index.html"); these endings are not taken as TLDs. */
const FILE_EXTENSIONS = new Set(
  "html htm php asp aspx jsp js css png jpg jpeg gif svg txt md pdf doc docx xls xlsx zip json xml exe".split(" "),
);
/**
 * Never the subject domain: government hosts (beian.miit.gov.cn, the old miitbeian.gov.cn, PSB
 * portals; every *.gov.cn) and the providers' own consoles and help sites that notices link to.
 */
const EXCLUDED_HOST_SUFFIXES = [
  "gov.cn",
  "aliyun.com",
  "alibabacloud.com",
  "aliyuncs.com",
  "tencent.com",
  "qcloud.com",
  "huaweicloud.com",
  "myhuaweicloud.com",
  "jdcloud.com",
  "weixin.qq.com",
];

function isExcludedHost(host: string): boolean {
  return EXCLUDED_HOST_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}

/** Domains mentioned in the text, lower-cased, in order of first appearance, subject candidates only. */
export function extractDomains(text: string): string[] {
  const plain = normalizeForMatching(text).toLowerCase();
  const found: string[] = [];
  const add = (host: string): void => {
    const tld = host.slice(host.lastIndexOf(".") + 1);
    if (FILE_EXTENSIONS.has(tld) || isExcludedHost(host) || found.includes(host)) return;
    found.push(host);
  };
  for (const m of plain.matchAll(ASCII_DOMAIN)) if (m[1] !== undefined) add(m[1]);
  for (const m of plain.matchAll(IDN_DOMAIN)) {
    // Cut the prose in front of the name in the first label: "您的域名例子.中国" → "例子.中国".
    const host = (m[1] ?? "").replace(/^[^.]*(?:域名|网站|网址|站点)(?=[^.]+\.)/u, "");
    if (HAN_CHAR.test(host)) add(host);
  }
  // A link's target in an HTML e-mail names the site even when its text does not ("<a href=…>点击</a>").
  for (const m of text.matchAll(LINK_HOST)) {
    const host = (m[1] ?? "").normalize("NFKC").toLowerCase().replace(/\.$/, "");
    if (new RegExp(`^${ASCII_DOMAIN.source}$`).test(host)) add(host);
  }
  return found;
}

/** The host of an href/src attribute's URL. */
const LINK_HOST = /\b(?:href|src)\s*=\s*["']?\s*(?:https?:)?\/\/([^"'\s/>?#:]+)/gi;

// ---------------------------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const TIME_PART = "(?:\\s*(?:T|\\s)?\\s*(\\d{1,2})\\s*[:时点]\\s*(\\d{2})(?:\\s*[:分]\\s*(\\d{2})\\s*秒?)?)?";

type DateMention = { start: number; end: number; y: number | null; mo: number; d: number; h?: number; mi?: number; s?: number };

const NUMERIC_DATE = new RegExp(
  `(?<![0-9])(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?![0-9])\\s*(?:日|号)?${TIME_PART}`,
  "gi",
);
const CHINESE_NO_YEAR = new RegExp(`(?<![0-9年/.-])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(?:日|号)${TIME_PART}`, "gi");
const DAY_MONTH_YEAR = new RegExp(`(?<![0-9])(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?(?:\\s+(\\d{4}))?(?![0-9])`, "gi");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![0-9])`, "gi");
/**
 * "请于24小时内", "须在15日内", "within 10 days": only when the span directly follows an imperative
 * (请/须/需/务必/应 + 于/在) or "within", and is not counted from some other event ("网站开通之日起30日内",
 * "within 30 days of going live" are about the PSB filing, not this message's deadline).
 */
const RELATIVE =
  /(?:(?:请|须|需|务必|应)(?:您)?(?:于|在)\s*(\d{1,3})\s*(?:个)?\s*(小时|天|日)\s*(?:之内|以内|内))|(?:\bwithin\s+(\d{1,3})\s+(hours?|days?)\b(?!\s+(?:of|after|from)\b))/gi;

/** Words right before a date that make it a deadline ("请您务必于2024-09-12 15:10:11之前", "by 15 March 2026"). */
const DEADLINE_BEFORE =
  /(?:截止(?:日期|时间)?|截至|期限|最晚|务必于|务必在|请于|请在|须于|须在|需于|需在|应于|应在|不晚于|deadline|due(?:\s+date)?|before|by|no later than|not later than|until|till|expires?(?:\s+on)?)\s*(?:is|为|是)?\s*[:：]?\s*(?:the\s+)?(?:end\s+of\s+)?$/i;
/** Words right after a date that make it a deadline ("2026年3月15日前", "…之前", "…为止"). */
const DEADLINE_AFTER = /^\s*(?:之前|以前|前|为止|截止|止)/;

function collectDateMentions(plain: string): DateMention[] {
  const mentions: DateMention[] = [];
  const overlaps = (start: number, end: number): boolean => mentions.some((m) => start < m.end && end > m.start);
  const push = (m: DateMention): void => {
    if (!overlaps(m.start, m.end)) mentions.push(m);
  };
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  for (const m of plain.matchAll(NUMERIC_DATE)) {
    push({ start: m.index, end: m.index + m[0].length, y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: num(m[4]), mi: num(m[5]), s: num(m[6]) });
  }
  for (const m of plain.matchAll(CHINESE_NO_YEAR)) {
    push({ start: m.index, end: m.index + m[0].length, y: null, mo: Number(m[1]), d: Number(m[2]), h: num(m[3]), mi: num(m[4]), s: num(m[5]) });
  }
  const month = (name: string | undefined): number => MONTHS[(name ?? "").slice(0, 3).toLowerCase()] ?? 0;
  for (const m of plain.matchAll(DAY_MONTH_YEAR)) {
    push({ start: m.index, end: m.index + m[0].length, y: m[3] ? Number(m[3]) : null, mo: month(m[2]), d: Number(m[1]) });
  }
  for (const m of plain.matchAll(MONTH_DAY_YEAR)) {
    push({ start: m.index, end: m.index + m[0].length, y: m[3] ? Number(m[3]) : null, mo: month(m[1]), d: Number(m[2]) });
  }
  return mentions;
}

/**
 * A year-less date belongs to the reference date's year, unless that puts it more than half a year
 * in the past: a notice received in December that says "1月10日前" means next January. A date a few
 * days past stays in the current year, so a late-recorded message shows up as overdue.
 */
function inferYear(mo: number, d: number, referenceDate: Date): number {
  const year = chinaDateParts(referenceDate).year;
  if (!isValidChinaDateTime(year, mo, d)) return year + 1;
  const candidate = endOfChinaDay(year, mo, d);
  return referenceDate.getTime() - candidate.getTime() > 183 * DAY_MS ? year + 1 : year;
}

/**
 * Deadlines stated in the text, as instants. A date counts only when the words around it make it a
 * deadline (see DEADLINE_BEFORE / DEADLINE_AFTER), so a received date, a sent date or "您于2024-01-01
 * 提交的" are ignored. A date with a time is that instant in China time; a date alone is 23:59:59
 * China time that day (PRODUCT.md, "Precise readings"). Relative deadlines ("24小时内", "within 10
 * days") and year-less dates need `referenceDate`. Working-day spans ("5个工作日内") are not converted:
 * public holidays are not knowable here.
 */
export function extractDeadlines(text: string, referenceDate?: Date): Date[] {
  const plain = normalizeForMatching(text);
  const results: Date[] = [];
  for (const m of collectDateMentions(plain)) {
    const before = plain.slice(Math.max(0, m.start - 24), m.start);
    const after = plain.slice(m.end, m.end + 6);
    if (!DEADLINE_BEFORE.test(before) && !DEADLINE_AFTER.test(after)) continue;
    const year = m.y ?? (referenceDate ? inferYear(m.mo, m.d, referenceDate) : null);
    if (year === null) continue;
    if (m.h !== undefined && m.mi !== undefined) {
      if (isValidChinaDateTime(year, m.mo, m.d, m.h, m.mi, m.s ?? 0)) {
        results.push(chinaDateTime(year, m.mo, m.d, m.h, m.mi, m.s ?? 0));
      }
    } else if (isValidChinaDateTime(year, m.mo, m.d)) {
      results.push(endOfChinaDay(year, m.mo, m.d));
    }
  }
  if (referenceDate) {
    for (const m of plain.matchAll(RELATIVE)) {
      const amount = Number(m[1] ?? m[3]);
      const unit = (m[2] ?? m[4] ?? "").toLowerCase();
      // "工作日" (working days) is excluded by the pattern itself: "个工作日内" does not end in 天/日内
      // directly after the number.
      if (amount <= 0) continue;
      results.push(unit === "小时" || unit.startsWith("hour") ? addHours(referenceDate, amount) : addDays(referenceDate, amount));
    }
  }
  const unique = [...new Set(results.map((d) => d.getTime()))].sort((a, b) => a - b);
  return unique.map((t) => new Date(t));
}

// ---------------------------------------------------------------------------------------------
// Kind: cues, reading, precedence (lib/icp/classify/*, docs/classifier.md)
// ---------------------------------------------------------------------------------------------

type Decision = Pick<Classification, "kind" | "confidence" | "decidedBy" | "runnerUp" | "caution">;
const UNKNOWN: Decision = { kind: "unknown", confidence: 0, decidedBy: null, runnerUp: null, caution: null };

/** Confidence in words: ≥ 0.85 high, ≥ 0.7 medium, otherwise low; "none" for unknown. */
export function confidenceLevelOf(kind: MessageKind | "unknown", confidence: number): ConfidenceLevel {
  if (kind === "unknown") return "none";
  return confidence >= 0.85 ? "high" : confidence >= 0.7 ? "medium" : "low";
}

/**
 * A code the relay already masked ("【工信部】核验码 ******"; D round): the text is still a code message for the classifier,
 * though no code of its own was found in it (`containsVerificationCode` says only that).
 */
const MASKED_BY_SENDER = new RegExp(`${CODE_WORDS}${GAP}[*＊]{6}`, "iu");

/**
 * Classifies a pasted message. Fields are extracted from the masked text, so the code can never leak
 * into them; `maskedText` is the input verbatim apart from the mask (HTML included: the UI escapes it).
 */
export function classifyMessage(text: string, options: ClassifyOptions = {}): Classification {
  const maskedText = maskVerificationCodes(text);
  const containsVerificationCode = maskedText !== text;
  const plain = normalizeForMatching(maskedText);
  const deadlines = extractDeadlines(maskedText, options.referenceDate);
  const deadline = deadlines[0] ?? null;
  const { kind, confidence, decidedBy, runnerUp, caution }: Decision =
    plain.length === 0 ? UNKNOWN : decideKind(plain, { hasCode: containsVerificationCode || MASKED_BY_SENDER.test(maskedText), hasDeadline: deadline !== null });
  return {
    kind,
    confidence,
    confidenceLevel: confidenceLevelOf(kind, confidence),
    decidedBy,
    runnerUp,
    caution,
    icpNumbers: extractIcpNumbers(maskedText),
    domains: extractDomains(maskedText),
    deadlines,
    deadline,
    maskedText,
    containsVerificationCode,
  };
}

/**
 * Whether a classification may be acted on without a person confirming it (automatic intake).
 * Strict: a kind, a deciding cue, a high confidence, and no other kind the text supports nearly
 * as well. Everything else goes to a person.
 */
export function isConfidentClassification(
  c: Pick<Classification, "kind" | "confidence" | "decidedBy" | "runnerUp"> & { caution?: string | null },
): boolean {
  if (c.kind === "unknown" || c.decidedBy === null || c.decidedBy.kind !== c.kind) return false;
  // A suggestion of the weaker reading, or an answer with a reason to look, goes to a person.
  if (c.decidedBy.id.startsWith("weak.") || (c.caution !== undefined && c.caution !== null)) return false;
  if (!(c.confidence >= CONFIDENT_AT)) return false;
  if (c.runnerUp !== null && c.confidence - c.runnerUp.confidence < CONFIDENT_MARGIN) return false;
  return true;
}

/** The bar for automatic recording: at least this confidence… */
export const CONFIDENT_AT = 0.85;
/** …and at least this far ahead of any other kind the text supports. */
export const CONFIDENT_MARGIN = 0.25;
