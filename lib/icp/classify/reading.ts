/**
 * How a cue is meant where it stands: the "tense/negation/consequence reading" of the clause
 * around it. A notice reports one event and mentions others as reason, condition, risk or
 * instruction ("因空壳网站…已注销", "否则将被取消接入", "如已取消接入，请…", "please display the ICP
 * number"); only a cue read as `asserted` may report the event (docs/classifier.md, "Reading").
 */

export type Reading =
  /** Stated as having happened or being the case now: "已被注销", "has been approved". */
  | "asserted"
  /** Asked or told to do: "请于…前整改", "please display…". Decides notices, never events. */
  | "instruction"
  /** A condition, risk, possibility or future consequence: "若…", "否则将…", "可能被…", "may be…", "after…". */
  | "hypothetical"
  /** Given as the cause of something else: "因空壳网站，…", "due to an empty shell…". */
  | "reason"
  /** Part of a question: "…还能恢复吗？", "why was my filing rejected?". */
  | "question"
  /** Denied: "未被注销", "has not been cancelled", "并未取消接入". Never decides an event. */
  | "negated"
  /** The thing named is denied: "not the empty-shell thing", "不是空壳的问题". Decides nothing. */
  | "contrasted"
  /** Told as history, not as this message's news: "last year our filing was rejected", "去年曾被驳回". */
  | "history";

/** Where a clause starts: sentence ends, commas, colons, line breaks, list commas. */
const CLAUSE_BREAK = /[。；;！!？?\n，,:：]|\.(?=\s|$)|\s-\s/g;
/** Where a sentence starts (for questions). */
// An emoji followed by a space ends a chat sentence ("…已经注销了😱 短信昨天就来了…"), and so does a full stop before a
// closing quote (J round).
const SENTENCE_BREAK = /[。；;！!？?\n]|\.["'”’]?(?=\s|$)|\s[—–]\s|\p{Extended_Pictographic}\s/gu;

/**
 * Reported speech starts a new clause: what a message "says" or "indicates" is asserted by that
 * message ("a text message that says your ICP number has been cancelled", "短信表明…已通过").
 */
const REPORTED =
  /(?:\b(?:says?|said|states?|indicates?|indicating|shows?|confirms?)\s+(?:that\s+)?|\b(?:please )?(?:note|be advised|be informed) that\s+|表明|显示|告知您?|通知您?|请(?:您)?(?:注意|知悉)[:：,，]?)/gi;

const CONDITION_ZH = /(?:(?:后|之后|以后)再|要是|否则|(?:要)?不然|迟早|若|如果|假如|如若|倘若|一旦|(?<![例比有])如(?!下|何|有疑问|需帮助)|万一|以免|为免|为避免|避免|防止|可能|或将|(?<!已(?:经)?(?:于|在)?[^，,。；;！!？?\n]{0,16})将|会被|会导致|(?<![机社学协工委理约开例都])会(?![员议计话场所])|导致|(?<!(?:检测|核查|核实|排查|检查|抽查|巡查|发现)[^，,。；;]{0,4})存在(?!问题|以下问题|不准确|错误|异常|不一致|不完整|不符)|面临|直至|直到|待|才能|方可|是否|确保|预计|拟|可填|填写(?!的)|回复|可选|选填|如未|逾期)/;
/** "按管局要求更新了…" (as the bureau required, we updated…) reports a requirement met, it asks nothing. */
// K3 round: a reminder (记得…, 别忘了…) asks for the step; it does not report it.
const INSTRUCTION_ZH = /(?:(?<![申邀])请(?!求)|须|需|必须|务必|应当|记得|别忘了|不要忘了|(?<![对相反供响适回答效])应|(?<!(?:按|按照|根据|依据|应)[^，,。；;！!？?\n]{0,10})要求|建议|尽快|及时)/;
const REASON_ZH = /(?:因为|因|由于|鉴于|原因[:：]?)/;
const CONDITION_EN =
  /(?:'ll|\bprobably)\b|\b(?:if|unless|otherwise|or else|may|might|could(?! not)|will|would|shall|can|once|when|whenever|after(?! (?:review|reviewing|checking|verification|careful review|(?:our|the|a) (?:review|check))\b)|before|(?<!\b(?:given|give|gives|gave) (?:us|you|them|me) )until|till|in case|whether|to avoid|avoid|risk|risks|expect|expected|about to|going to|soon|to get|get your|getting|tips?|how to|faster|wants?(?! (?:us|you|me|them|(?:the|our|your) (?:site |website |entity )?(?:leader|owner|principal|admin|holder|boss|team)) to| (?:the|our|your|its) (?:icp |filing |record )*(?:number|filing|record)\b| (?:the|our|your|its)\s*$)|wanted(?! (?:us|you|me|them|(?:the|our|your) (?:site |website |entity )?(?:leader|owner|principal|admin|holder|boss|team)) to)|would like|asking for|asks for)\b/i;
// C round: "they want the filing number shown at the bottom" asks for it (CONDITION_EN leaves this "want" out).
const TELLING_DUTY_EN = /\b(?:we|i)\s+(?:must|have to|need to|are obliged to|are required to)\s+(?:tell|inform|notify|advise|let) (?:you|the holder)(?: know)?(?: that)?\b/gi;
const INSTRUCTION_EN = /\b(?:please|must|should|need to|needs to|have to|has to|make sure|ensure|remember to|don't forget to|required to|is required|are required)\b|\bwants? (?:the|our|your|its)\b/i;
const REASON_EN = /\b(?:because|due to|as a result of|owing to|since|reason)\b/i;
/** "ICP filings that fail the accuracy check may be cancelled": the cue describes which filings a possible future applies to. */
const RELATIVE_EN = /\b(?:that|which|who|whose)\b(?:\s+\S+){0,4}\s*$/i;
const MODAL_AFTER_EN = /^[^,;:]{0,30}?\b(?:may|might|could|will|would|can)(?: not)? (?:be|lose|get|have)\b/i;
/** "…found that it requires changes before it can be submitted": a that after a verb of finding or telling opens what was found, no relative clause (W round). */
const FOUND_THAT_EN = /\b(?:found|find|noticed|determined|confirmed|concluded|discovered|says?|said|told (?:us|you)|informed (?:us|you)|shows?|showed)\s+that\b(?:\s+\S+){0,4}\s*$/i;
/**
 * "After your corrections the order passed our review and has been submitted…": a time clause followed by a
 * past main clause tells what happened, it sets no condition.
 */
const PAST_AFTER_TIME = /\b(?:after|when)\b[^,，]*\b(?:was|were|did|went|came|took|got|[a-z]{3,}ed (?:our|the|your|its|their)\b)/i;
/** A time long past before the event: history, not the event the message reports. */
const HISTORY_EN = /\b(?:last (?:year|month|time|spring|summer|autumn|winter)|previously|in the past|years? ago|months? ago|once before|back in (?:19|20)\d\d)\b/i;
const HISTORY_AFTER_EN = /^\s*(?:back in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|(?:\w+ ){0,2}(?:years?|months?) ago|last (?:year|month))\b/i;
const HISTORY_ZH = /去年|前年|上次|上回|此前曾|以前|曾经|之前曾|早前/;
/**
 * A status that something "still" shows is the old one, left behind by a newer event ("Console still says
 * “管局审核中”, that's just the sync lag", "控制台还显示审核中"): history, not this message's news.
 */
const STALE_STATUS = /\bstill (?:says|shows|showing|displays|reads|lists|has)\b|(?:仍然?|依然)(?:显示|停留在)|还(?:显示|停留在)|暂时还?显示/;
/** C round: a review the filing is "still" in, in the cue's own clause ("目前还在管局审核中没动静", "still under review at the bureau"), is where it has been, no news. */
const STILL_IN = /\bstill (?:under|in|with|pending|at|sitting|waiting)\b|(?:仍然?|依然|还)在/;
/**
 * "您收到…短信，是因为我们更新了…": an explanation of a message the holder received states the event that
 * caused it as a fact; it is not a reason given for some other event.
 */
const EXPLAINS = /是(?:因为|由于)/;
/**
 * A cue in a relative clause that describes which filings a possible future applies to ("核查不通过的备案可能
 * 会被取消接入": filings that fail the check may lose access) is part of that condition.
 */
const DESCRIBES_CONDITION = /^[^，,。；;！!？?\n]{0,8}的(?:备案|网站|域名|订单|主体|接入)[^，,。；;！!？?\n]{0,10}(?:可能|会被|将被|或将|将会|会)/;
/**
 * A sentence that opens on a time condition ("Once your ICP filing is approved, …", "备案成功后，…",
 * "After approval, …") is advice about a future step: everything in it is hypothetical. Not when
 * the opening clause is in the past ("When we checked your site, …", "经核查后，…", "已…后") or dated in the past
 * ("After the first rejection in March, the filing was approved…", M round).
 */
// L4- round: "After inspection, …", "Upon review, …" open on the check done, as 经核查 does: no condition.
const SENTENCE_CONDITION_EN = /^\s*(?:[^:：,，.]{1,40}[:：]\s*)?(?:once|after|when|whenever|upon|as soon as|if|before)\b(?!\s+(?:(?:an?|our|the|further|careful|manual|recent)\s+)?(?:inspection|review|verification|investigation|examination|check|checking|audit)\s*[,，])(?![^,，.]*\b(?:was|were|had|did|(?:we|you|they|i|it|he|she)\s+\w+ed|(?:order|filing|application)\s+\w+ed (?:our|the|your|its|their)\b|(?:in|back in|since) (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|yesterday|last (?:week|month|year|time)|(?:days?|weeks?|months?) ago|earlier (?:this|today))\b)/i;
const SENTENCE_CONDITION_ZH = /^(?!经|在)[^，,。；;已]{1,30}?(?:后|之后|以后)[，,]|^\s*(?:以后|将来|之后|到时候?)?(?:要是|如果|假如|若是?|万一|倘若)[^，,。；;]{1,30}[，,]/;
/** Words right after a cue that make it a condition or a prerequisite: "备案成功后", "…的风险", "…方可". */
// I round: 期间 ("在管局审核期间，请勿…") is a time span the advice holds for, not the state the filing is in.
const AFTER_CONDITION = /^(?:后|之后|以后|前|之前|方可|才|的风险|风险|即可|时|期间|了?的话)/;

/**
 * A modal inside the match, between its subject and its verb ("审核人员会驳回", "the filing … may be cancelled
 * by the bureau"): the verb is a possible future, whatever the words before the match.
 */
const MODAL_IN_MATCH = /(?<!已)将(?!其|您|你)|会(?![员议计话场所])|可能|或将|\b(?:may|might|will|would|shall|can)(?: not)? be\b|\bcould be\b/i;
/**
 * A Chinese reason phrase whose verb is the cue itself ("因网站域名过期已被注销。", "因“…”被初审驳回，请修改后
 * 重新提交"): the cause is given for this event, which is the sentence's main predicate, when nothing but
 * an instruction follows it in the sentence. "因备案号已被注销，网站无法访问" keeps it a reason.
 */
const MAIN_PREDICATE_AFTER = /^\s*(?:$|[，,]\s*(?:请|须|需|如|若|可|敬请|特此|请您))/;
/**
 * A subject before 因 in the cue's own clause, and no subject of its own between 因 and the cue: the reason phrase is
 * the cause of this event, which is the clause's predicate ("您的备案主体…因超期未整改已被管局注销": the entity was
 * cancelled). "您的网站因备案号已被注销" keeps it a reason: the cue has a subject of its own after 因 (L round). A lack
 * ("因长期无接入服务商已被注销") names no subject (O round), and neither does the finding 空壳网站 / 空壳主体 ("主体备案号…因空壳主体已被
 * …注销": the number was cancelled; P8 round).
 */
const SUBJECT_THEN_REASON_ZH = /\S\s*(?:因为|因|由于)(?![^]*(?:备案号|(?<!空壳)网站|域名|(?<!空壳)主体|(?<!无|没有|未)接入|账号|账户|服务器|您|你|我))[^]*$/;
/**
 * The cue stands in the value of a reason's label ("驳回原因：主体证件地址与实际不符", "Reason: the address does not
 * match", "审核意见：…"): it names why something else happened, never this message's event or notice (L round).
 */
const REASON_LABEL = /(?:原因|理由|缘由|(?:驳回|退回|审核|修改|初审)意见|\breasons?|\bgrounds?)\s*(?:如下|为|是)?\s*[:：]\s*$/i;
/**
 * A report that does not say it ("It doesn't say cancelled or access removed, just 'changed'", "短信里没说注销"): the words
 * after it are named to be denied, not told (L round).
 */
const NEGATED_REPORT = /(?:\b(?:doesn't|does not|didn't|did not|don't|do not|never|nothing)\s+(?:says?|mentions?|states?|reads?|talks? about)\b|(?:没|没有|并没有|并未|未)(?:说|提到|提及|写))[^，,；;:：]*$/i;
/** Quoted or bracketed words are someone's wording or a detail, not the clause's tense ("因“…应选择新增网站”被驳回"). */
const QUOTED = /“[^”]*”|"[^"]*"|（[^）]*）|\([^)]*\)|「[^」]*」/g;

/** Right before a cue: a Chinese negation of it ("未被注销", "并未取消接入", "尚未通过"). */
const NEGATION_ZH = /(?:未|没有?|并未|尚未|从未|不会|无需|不|不是|并非|而非)$/;
/** Right after a denied cue: what the lack caused ("没整改导致的", "…造成", "not rectified, which led to…"; O round). */
const CAUSED_AFTER = /^[^，,。；;！!？?\n]{0,4}?(?:导致|造成|所致|引起|引发)|^[^.;!?\n]{0,40}?\b(?:led to|leading to|caused|causing|resulted in)\b/i;
/** Right before an English cue: "not approved by…" read from outside, "never submitted to…". */
const NEGATION_EN = /(?:\bnot|\bnever|n't|\bno longer)(?:\s+(?:yet|been|be|have|has|had|ever))*\s*$/i;
/**
 * Right before a cue's noun: the thing itself is denied, not its lack stated ("Not the empty-shell thing, just
 * stale info", "不是空壳网站的问题"): neither an event nor a notice (H round).
 */
const CONTRAST_EN = /(?:^|[^a-z])(?:not|isn't|is not|wasn't|was not|it's not)\s+(?:about\s+)?(?:the|an?|this|that|any|our|your)\s+$/i;
const CONTRAST_ZH = /(?:不是|并非|而非|并不是)$/;

/** The last clause of a Chinese chat line asks a colleague: who does it, what do you think, is it ours (J round). */
export const COLLEAGUE_ZH = /谁|你看|你们|咱们|大家|是你|帮(?:我|你|忙)|看一下|看看|同学/;
/** …and not how or why, which is the writer's own question about the event, nor a doubt that the message is real. */
export const HOW_WHY_ZH = /怎么|如何|为什么|为啥|咋|能否|还能|可以吗|什么原因|诈骗|骗子|骗人|真的假的|是真的|靠谱|搞错|弄错|发错|误发|假的/;
/**
 * …or it guesses at a cause or asks for the next step after the relayed message ("是不是新接入的那家云做了什么？", "是不是要在
 * 腾讯那边做接入？", "要不要重新提交？"): the relayed message still tells the event (L round).
 */
// Q9 round: …or offers to do the step ("我现在去弄吗？", "要我去填吗？").
export const NEXT_STEP_ZH = /(?:我|要我)(?:现在|这就|马上|先)?(?:去|来)(?:弄|办|填|做|处理|操作)吗|是不是|会不会|难道|要不要|需不需要|是否需要|该去哪|在哪(?:里|儿)?(?:弄|做|传|改|上传|提交|填|输入|核验)|填(?:到|在)哪|填(?:到|在)[^？?，,]{1,12}还是/;
/** A Chinese chat line's last clause that asks a colleague, guesses or asks the next step, not how or why. */
/**
 * The writer asks what to do next after the relayed message ("What do I do now?", "What exactly do we need to do?", "Where
 * do I upload the new one?"): the relayed message tells the event; the question asks for help with the next step, not
 * whether or why it happened, nor whether the message is real (L round).
 */
export const ASKS_NEXT_STEP =
  /^(?![^]*\b(?:why|how|what happened|legit|legitimate|genuine|real|scam|fake|phishing|spam)\b)\s*(?:so |and |ok,? |then )?(?:what|where|which)\b[^?]{0,30}?\b(?:do|should|must|shall) (?:i|we)\b(?: (?:need|have) to)?(?: \w+){0,4}\s*\?/i;
/** A proposal for the next step that asks for agreement: "我这边帮您在网上填了可以吗？", "I'll enter it this afternoon, ok?" (C round). */
export const PROPOSES_NEXT_STEP =
  /^[\s，,」』"”]*(?:我|我们|咱们)(?:这边|来|先|就)?[^？?]{0,40}?(?:可以吗|好吗|行吗|好不好|行不行)\s*[？?]\s*$|^\s*(?:i|we)(?:'ll| will| can)\b[^?]{0,60}?,?\s*(?:ok|okay|alright|fine|right)\s*\?\s*$/;
/** P8 round: how to file again or go on after the event ("要怎么重新备案？", "现在该怎么处理？"); not why, not undoing it. */
export const NOT_NEXT_STEP_ZH = /为什么|为啥|怎么回事|恢复|撤销|是真的|假的|骗/;
export const HOW_NEXT_STEP_ZH = /(?:要|该|应该|需要|得)?(?:怎么|如何)(?:重新|再)(?:备案|申请|办理|提交)|(?:现在|接下来|下一步)(?:要|该|应该|需要)?(?:怎么|如何)(?:处理|办|弄|操作)/;
export const asksAfterRelayZh = (clause: string): boolean =>
  ((COLLEAGUE_ZH.test(clause) || NEXT_STEP_ZH.test(clause)) && !HOW_WHY_ZH.test(clause)) || (HOW_NEXT_STEP_ZH.test(clause) && !NOT_NEXT_STEP_ZH.test(clause));

/** R0 round: a clause that opens on a colleague named with @, after a role at most ("前端 @小王 今天能弄吗？"). */
export const AT_COLLEAGUE = /^[^，,@]{0,6}@\S+/;

function lastBreak(text: string, before: number, pattern: RegExp): number {
  let start = 0;
  pattern.lastIndex = 0;
  for (const m of text.slice(0, before).matchAll(pattern)) start = m.index + m[0].length;
  return start;
}

/**
 * Reads the clause around text[start, end). Questions win (a question about an event is not the
 * event), then reasons and conditions, then instructions; otherwise the cue is asserted.
 */
export function readingAt(text: string, start: number, end: number, { atStart = false }: { atStart?: boolean } = {}): Reading {
  const sentenceStart = lastBreak(text, start, SENTENCE_BREAK);
  const restOfSentence = text.slice(end).search(/[。；;！!？?\n]|\.(?=["'”’]?(?:\s|$))|\s[—–]\s|\p{Extended_Pictographic}\s/u);
  const sentenceEnd = restOfSentence < 0 ? text.length : end + restOfSentence;
  const terminator = text.charAt(sentenceEnd);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (terminator === "？" || terminator === "?" || /吗\s*$|呢\s*$/.test(sentence)) {
    // A Chinese chat line that relays a message in its first clauses and asks a colleague in its last ("阿里云发邮件说…
    // 是空号，…，谁还记得当时填的谁的号？"): a cue in the relayed clauses is not part of the question (J round).
    const lastComma = Math.max(...[...sentence.matchAll(/[，,]/g)].map((m) => m.index), -1);
    const tail = sentence.slice(lastComma + 1);
    // R0 round: so does a last clause that names the colleague with @ (AT_COLLEAGUE).
    const toColleague = AT_COLLEAGUE.test(tail) && !HOW_WHY_ZH.test(tail) && !/\bwhy\b|\bhow\b/i.test(tail);
    if (!(lastComma >= 0 && sentenceStart + lastComma >= end && (asksAfterRelayZh(tail) || toColleague || ASKS_NEXT_STEP.test(tail + terminator) || PROPOSES_NEXT_STEP.test(tail + terminator)))) return "question";
  }
  if (NEGATED_REPORT.test(text.slice(sentenceStart, start))) return "negated";
  const reported = lastBreak(text.slice(0, start), start, REPORTED);
  // Reported speech after the condition is asserted by the message it reports (as for clauses).
  const sentenceHead = sentence.replace(/^\s*[【[][^】\]]{1,30}[】\]]\s*/, "");
  if (reported <= sentenceStart && (SENTENCE_CONDITION_EN.test(sentenceHead) || SENTENCE_CONDITION_ZH.test(sentenceHead))) return "hypothetical";

  // A comma inside a quotation that ends before the cue does not end the cue's clause.
  const unquoted = text.slice(0, start).replace(QUOTED, (q) => "_".repeat(q.length));
  let clauseStart = lastBreak(unquoted, start, CLAUSE_BREAK);
  if (reported > clauseStart) clauseStart = reported;
  let before = text.slice(clauseStart, start).replace(QUOTED, "");
  const after = text.slice(end, end + 4);
  // A match that runs over a clause break is read in the clause of its end, where its verb is:
  // "ICP filing guide: after your filing is approved" is a condition.
  const inMatch = text.slice(start, end);
  const lastInside = lastBreak(inMatch, inMatch.length, CLAUSE_BREAK);
  if (lastInside > 0 && !atStart) {
    const tail = inMatch.slice(lastInside);
    if (REASON_ZH.test(tail) || REASON_EN.test(tail)) return "reason";
    if (CONDITION_ZH.test(tail) || CONDITION_EN.test(tail)) return "hypothetical";
  }
  if (REASON_LABEL.test(unquoted.slice(Math.max(0, clauseStart - 12), clauseStart))) return "reason";
  if (CONTRAST_EN.test(before) || CONTRAST_ZH.test(before)) return "contrasted";
  if (NEGATION_ZH.test(before) || NEGATION_EN.test(before)) {
    // A lack given as the cause of another event ("上次核查没整改导致的", "not rectifying led to…") or told as past
    // ("上次…没整改") is no notice to rectify now: the notice is the event it caused (O round).
    if (CAUSED_AFTER.test(text.slice(end, sentenceEnd))) return "reason";
    if (HISTORY_ZH.test(before) || HISTORY_EN.test(before)) return "history";
    return "negated";
  }
  // A cue read at its start names the event there and its pending step after ("注销网站的申请已经提交了，工信部会…
  // 发短信核验"): only the head's modal makes it hypothetical.
  const modalScope = atStart && lastInside > 0 ? inMatch.slice(0, inMatch.search(/[。；;！!？?\n，,:：]/)) : inMatch.slice(0, Math.max(0, inMatch.length - 2));
  if (MODAL_IN_MATCH.test(modalScope)) return "hypothetical";
  // O7- round: 要 before a passive cue ("不处理要被注销的") is the future, as 会被 is; 要 before an active verb ("要确认注销") is a
  // step asked for, read as before.
  if (/要$/.test(before) && /^被/.test(inMatch)) return "hypothetical";
  // "初审通过后提交管局": a step after another in the same clause, with no 已, is still to come (O round).
  if (/(?:通过|完成|成功|审核|核验)(?:之|以)?后$/.test(before) && !/已/.test(before + inMatch)) return "hypothetical";
  const mainPredicate = /[\u4e00-\u9fa5]/.test(inMatch) && /^(?:已|被|现|予以)/.test(inMatch + "") || /(?:被|已|已被|而|现|予以)$/.test(before);
  if (STALE_STATUS.test(text.slice(Math.max(sentenceStart, start - 30), start))) return "history";
  if (STILL_IN.test(before) || (/(?:还|仍然?|依然)$/.test(text.slice(sentenceStart, start)) && /^在/.test(text.slice(start, end)))) return "history";
  if (DESCRIBES_CONDITION.test(text.slice(end, sentenceEnd))) return "hypothetical";
  if (RELATIVE_EN.test(text.slice(sentenceStart, start)) && !FOUND_THAT_EN.test(text.slice(sentenceStart, start)) && MODAL_AFTER_EN.test(text.slice(end, sentenceEnd))) return "hypothetical";
  if (REASON_ZH.test(before) && mainPredicate && SUBJECT_THEN_REASON_ZH.test(before)) {
    // The reason phrase is this event's cause: its words (逾期, 待…) set no condition on the event.
    before = before.slice(0, before.search(REASON_ZH));
  } else if (REASON_ZH.test(before) && !EXPLAINS.test(before) && !(mainPredicate && MAIN_PREDICATE_AFTER.test(text.slice(end, sentenceEnd)))) return "reason";
  if (REASON_EN.test(before)) return "reason";
  // A bracketed aside that opens with a time before ("（此前管局驳回原因：…）", "(previously rejected: …)") is background (K round).
  if (/[（(]\s*(?:此前|之前|上次|前次|previously|earlier)[^）)]*$/i.test(text.slice(sentenceStart, end))) return "history";
  // "…was approved back in 2024 but the number is still not in the footer": the past ends at "but" (K round).
  if (HISTORY_ZH.test(before) || HISTORY_EN.test(before.replace(/^[^]*\bbut\b/i, ""))) return "history";
  // G round: the experiential 过 after an event's verb ("之前被阿里云驳回过一次", "被退回过") tells what once happened: history.
  // I round: …and so does a count of times ("上周被驳回一次", "退回过两次").
  if (/(?:驳回|退回|打回|注销|取消接入|取消|提交|递交|通过)$/.test(inMatch) && /^(?:过(?![来去了])|(?:过|了)?(?:一|两|二|三|几|[1-3])次)/.test(text.slice(end))) return "history";
  // "…was approved back in March (…) but the number still isn't in the footer": a time long past right after the event (K round).
  if (HISTORY_AFTER_EN.test(text.slice(end, sentenceEnd))) return "history";
  const beforeCondition = PAST_AFTER_TIME.test(before + text.slice(start, end)) ? before.replace(/\b(?:after|when)\b/gi, " ") : before;
  // "…存在空壳网站情况" states a finding (a situation found), not a risk: 存在 there is no condition (J round).
  // …also when the finding is quoted ("存在“空壳网站”情况"; N round).
  const finding = /存在\s*["“「『]?\s*$/.test(before) && /^[^，,。；;！!？?\n]{0,12}(?:情况|现象|行为|问题)/.test(text.slice(end));
  // "需要修改后重新提交": the 后 after a fix asked for is the instruction's next step, no condition on the return (P round).
  const fixThenResubmit = /(?:修改|补充|更正|整改|完善)$/.test(inMatch) && /^后(?:重新|再次|再)?(?:提交|上传|递交)/.test(text.slice(end, end + 10));
  // C round: a clause that opens on 等 with a 再/才 after it ("等备案下来了我们再上线": once it comes through, then…) waits for what
  // it names; 等待 (awaiting) is a state, not this.
  const clauseHead = before + inMatch;
  if (/^\s*(?:先|就)?等(?![等级同于待])/.test(clauseHead) && /再|才/.test(text.slice(end, sentenceEnd))) return "hypothetical";
  if (CONDITION_ZH.test(finding ? before.replace(/存在\s*["“「『]?\s*$/, "") : before) || CONDITION_EN.test(beforeCondition) || (AFTER_CONDITION.test(after) && !fixThenResubmit)) return "hypothetical";
  // G round: the writer's own duty to tell ("We must inform you that the bureau has withdrawn…") frames the news; it asks nothing.
  const unframed = before.replace(TELLING_DUTY_EN, " ");
  if (INSTRUCTION_ZH.test(before) || INSTRUCTION_EN.test(unframed)) return "instruction";
  return "asserted";
}

/** The rest of the clause after text[end], to the next clause break: what an English verb's object or a Chinese verb's 宾语 is. */
// C round: Chinese chat writes a space where a comma would stand ("已受理进初审了 预计一个工作日 你先别改DNS"): what the verb
// happened to ends there. (Only here: formal texts set a console's labels between spaces, " 等待初审 ", inside a clause.)
export function clauseAfter(text: string, end: number): string {
  const rest = text.slice(end);
  const stop = rest.search(/[。；;！!？?\n，,:：]|\.(?=\s|$)|\s-\s|\s—\s|(?<=[\u4e00-\u9fa5])(?<!号)[ \t]+(?=[\u4e00-\u9fa5@])/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The clause before text[start]: from the last clause break (or reported-speech verb) to the cue. */
export function clauseBefore(text: string, start: number): string {
  let clauseStart = lastBreak(text, start, CLAUSE_BREAK);
  const reported = lastBreak(text.slice(0, start), start, REPORTED);
  if (reported > clauseStart) clauseStart = reported;
  return text.slice(clauseStart, start);
}
