/**
 * Measures the classifier against a labelled corpus (tests/fixtures/classifier/*.json): accuracy
 * overall, per language, per split and per kind, the confusion matrix, the kinds wrongly given to
 * texts that must stay unknown, and verification codes that survive masking. Pure: the caller
 * loads the corpus and prints the report (scripts/eval-classifier.ts, the corpus unit test).
 */
import { MESSAGE_KINDS, type MessageKind } from "../kinds";
import { classifyMessage, isConfidentClassification, type Classification } from "../classify";

export type CorpusLanguage = "zh" | "en";
export type CorpusSplit = "tuning" | "heldout";

export type CorpusEntry = {
  id: string;
  text: string;
  /** The kind a careful admin would record, or "unknown" for a text that is not an ICP filing event. */
  kind: MessageKind | "unknown";
  language: CorpusLanguage;
  split: CorpusSplit;
  /** Where the wording comes from (provider, channel, research-file section). */
  source: string;
  /** Verification codes in the text: none may survive masking. */
  codes?: string[];
  /** When the message was received (ISO 8601); resolves year-less and relative deadlines. */
  receivedAt?: string;
};

export type Tally = { total: number; correct: number; accuracy: number };
export type EvaluatedEntry = { entry: CorpusEntry; result: Classification; correct: boolean };

export type EvaluationReport = {
  /** Every text with its classification. */
  rows: EvaluatedEntry[];
  overall: Tally;
  /** Texts whose expected kind is not "unknown": the ones the ≥ 95% bar is about. */
  known: Tally;
  byLanguage: Record<CorpusLanguage, Tally>;
  bySplit: Record<CorpusSplit, Tally>;
  bySplitAndLanguage: Record<`${CorpusSplit}/${CorpusLanguage}`, Tally>;
  /** Per expected kind: recall (correct / total) and how often the kind was answered wrongly. */
  byKind: Record<MessageKind | "unknown", Tally & { falsePositives: number }>;
  /** confusion[expected][answered] = count. */
  confusion: Record<string, Record<string, number>>;
  /** Texts that must stay unknown but were given a kind. */
  falseKindsOnUnknown: EvaluatedEntry[];
  /** Known texts answered "unknown" (abstentions: safe but costly). */
  abstentions: EvaluatedEntry[];
  /** Known texts given another kind (the worst mistake). */
  wrongKinds: EvaluatedEntry[];
  /** Texts isConfidentClassification accepts (intake would record them alone), and how many of those are right. */
  confident: Tally;
  /** Codes found verbatim in the classification (masked text or any field). */
  codeLeaks: { entry: CorpusEntry; code: string }[];
};

const LABELS = [...MESSAGE_KINDS.filter((k) => k !== "retraction"), "unknown"] as const;

function tally(rows: EvaluatedEntry[]): Tally {
  const correct = rows.filter((r) => r.correct).length;
  return { total: rows.length, correct, accuracy: rows.length ? correct / rows.length : 1 };
}

export const DEFAULT_RECEIVED_AT = "2026-11-05T10:00:00+08:00";

/**
 * Whether `code` survives in `output`: as written, folded to ASCII (full-width digits reach the normalised
 * text as ASCII), without the spaces of a code written in groups, or in part — one group of a grouped code
 * ("8830 27") standing beside the mask.
 */
export function codeInClear(output: string, code: string): boolean {
  const folded = code.normalize("NFKC");
  if ([code, folded, folded.replace(/\s+/g, "")].some((s) => output.includes(s))) return true;
  const groups = /\s/.test(folded) ? folded.split(/\s+/).filter((g) => g.length > 1) : [];
  return groups.some((g) => output.includes(`****** ${g}`) || output.includes(`${g} ******`));
}

export function evaluateCorpus(entries: readonly CorpusEntry[], classify = classifyMessage): EvaluationReport {
  const rows: EvaluatedEntry[] = entries.map((entry) => {
    const result = classify(entry.text, { referenceDate: new Date(entry.receivedAt ?? DEFAULT_RECEIVED_AT) });
    return { entry, result, correct: result.kind === entry.kind };
  });
  const where = (p: (r: EvaluatedEntry) => boolean) => tally(rows.filter(p));
  const confusion: Record<string, Record<string, number>> = {};
  for (const expected of LABELS) confusion[expected] = {};
  for (const r of rows) {
    const line = (confusion[r.entry.kind] ??= {});
    line[r.result.kind] = (line[r.result.kind] ?? 0) + 1;
  }
  const byKind = {} as EvaluationReport["byKind"];
  for (const kind of [...MESSAGE_KINDS, "unknown" as const]) {
    const t = where((r) => r.entry.kind === kind);
    if (kind === "retraction" && t.total === 0) continue;
    byKind[kind] = { ...t, falsePositives: rows.filter((r) => r.result.kind === kind && r.entry.kind !== kind).length };
  }
  const codeLeaks: EvaluationReport["codeLeaks"] = [];
  for (const r of rows) {
    const serialised = JSON.stringify(r.result);
    for (const code of r.entry.codes ?? []) if (codeInClear(serialised, code)) codeLeaks.push({ entry: r.entry, code });
  }
  return {
    rows,
    overall: tally(rows),
    known: where((r) => r.entry.kind !== "unknown"),
    byLanguage: { zh: where((r) => r.entry.language === "zh"), en: where((r) => r.entry.language === "en") },
    bySplit: { tuning: where((r) => r.entry.split === "tuning"), heldout: where((r) => r.entry.split === "heldout") },
    bySplitAndLanguage: {
      "tuning/zh": where((r) => r.entry.split === "tuning" && r.entry.language === "zh"),
      "tuning/en": where((r) => r.entry.split === "tuning" && r.entry.language === "en"),
      "heldout/zh": where((r) => r.entry.split === "heldout" && r.entry.language === "zh"),
      "heldout/en": where((r) => r.entry.split === "heldout" && r.entry.language === "en"),
    },
    byKind,
    confusion,
    falseKindsOnUnknown: rows.filter((r) => r.entry.kind === "unknown" && r.result.kind !== "unknown"),
    abstentions: rows.filter((r) => r.entry.kind !== "unknown" && r.result.kind === "unknown"),
    wrongKinds: rows.filter((r) => r.entry.kind !== "unknown" && r.result.kind !== "unknown" && !r.correct),
    codeLeaks,
    confident: where((r) => isConfidentClassification(r.result)),
  };
}

const pct = (t: Tally): string => `${(t.accuracy * 100).toFixed(1)}% (${t.correct}/${t.total})`;

/** Short column names for the confusion matrix. */
const SHORT: Record<string, string> = {
  filing_submitted: "sub",
  provider_returned: "ret",
  submitted_to_authority: "auth",
  provider_synced: "sync",
  verification_code: "code",
  authority_rejected: "arej",
  filing_approved: "appr",
  filing_invalid: "inv",
  icp_number_cancelled: "ncan",
  access_cancelled: "acan",
  rectification_notice: "rect",
  footer_notice: "foot",
  cancellation_verification: "cver",
  record_changed: "chg",
  unknown: "unk",
};

export function formatReport(report: EvaluationReport, { verbose = false }: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`overall            ${pct(report.overall)}`);
  out.push(`known kinds only   ${pct(report.known)}`);
  for (const [k, t] of Object.entries(report.byLanguage)) out.push(`language ${k.padEnd(10)}${pct(t)}`);
  for (const [k, t] of Object.entries(report.bySplit)) out.push(`split ${k.padEnd(13)}${pct(t)}`);
  for (const [k, t] of Object.entries(report.bySplitAndLanguage)) out.push(`  ${k.padEnd(17)}${pct(t)}`);
  out.push("", "per kind (recall; false = texts of another kind answered with this one)");
  for (const [k, t] of Object.entries(report.byKind)) out.push(`  ${k.padEnd(27)}${pct(t).padEnd(18)} false ${t.falsePositives}`);
  out.push("", "confusion matrix (rows: expected, columns: answered)");
  const cols = LABELS.map((l) => SHORT[l] ?? l);
  out.push(`${"".padEnd(27)}${cols.map((c) => c.padStart(5)).join("")}`);
  for (const expected of LABELS) {
    const line = report.confusion[expected] ?? {};
    out.push(`${expected.padEnd(27)}${LABELS.map((a) => String(line[a] ?? (a === expected ? 0 : "·")).padStart(5)).join("")}`);
  }
  out.push("", `false kinds on unknown texts: ${report.falseKindsOnUnknown.length}`);
  for (const r of report.falseKindsOnUnknown) out.push(`  ${r.entry.id} → ${r.result.kind} (${r.result.decidedBy?.id ?? ""}): ${oneLine(r.result.maskedText)}`);
  out.push(`verification codes left in clear: ${report.codeLeaks.length}`);
  for (const l of report.codeLeaks) out.push(`  ${l.entry.id}`);
  out.push(`confident (intake records alone): ${report.confident.total} texts, ${pct(report.confident)} of them right`);
  out.push(`known texts answered unknown: ${report.abstentions.length}; known texts given a wrong kind: ${report.wrongKinds.length}`);
  if (verbose) {
    for (const r of [...report.wrongKinds, ...report.abstentions]) {
      out.push(`  ${r.entry.id} [${r.entry.split}/${r.entry.language}] expected ${r.entry.kind}, got ${r.result.kind} (${r.result.decidedBy?.id ?? "-"}): ${oneLine(r.result.maskedText)}`);
    }
  }
  return out.join("\n");
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 110 ? `${flat.slice(0, 110)}…` : flat;
}
