// npm run eval:classifier — runs the message classifier over the labelled corpus
// (tests/fixtures/classifier/*.json, as listed in lib/icp/classify/corpus.ts) and prints accuracy overall, per
// language, per split and per kind, the confusion matrix, the kinds wrongly given to texts that
// must stay unknown, and any verification code left in clear. docs/classifier.md explains it.
// Options: --verbose (list every miss), --split tuning|heldout (only that part), --prefix H2-
// (only entries whose id starts so: H2- the second held-out batch, B-, C-, D-, E-, F-, G-, H4-, I5-, J6-, K7- the blind batches), --json,
// --file batch.json (a batch outside the corpus, e.g. a new blind batch measured before it joins it).
import path from "node:path";
import { loadCorpus, readCorpusFile } from "../lib/icp/classify/corpus";
import { evaluateCorpus, formatReport } from "../lib/icp/classify/evaluate";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`npm run eval:classifier -- [--verbose] [--split tuning|heldout] [--prefix F-] [--json] [--file batch.json]
  --verbose         list every miss with the cue that decided it
  --split <part>    only the tuning or the held-out part
  --prefix <id>     only entries whose id starts so (one file: T-, H-, H2-, H3-, B-, C-, D-, E-, F-, G-, H4-, I5-, J6-, K7-)
  --json            the numbers as JSON
  --file <path>     a batch outside the corpus instead (entries split "heldout"), e.g. a new
                    blind batch measured once before it joins the corpus
The corpus is the files in CORPUS_FILES (lib/icp/classify/corpus.ts); docs/classifier.md explains the report.`);
  process.exit(0);
}
const splitIndex = args.indexOf("--split");
const split = splitIndex >= 0 ? args[splitIndex + 1] : undefined;
if (split !== undefined && split !== "tuning" && split !== "heldout") {
  console.error("--split must be tuning or heldout");
  process.exit(2);
}
const prefixIndex = args.indexOf("--prefix");
const prefix = prefixIndex >= 0 ? (args[prefixIndex + 1] ?? "") : "";
const fileIndex = args.indexOf("--file");
const file = fileIndex >= 0 ? args[fileIndex + 1] : undefined;
if (fileIndex >= 0 && !file) {
  console.error("--file needs a path");
  process.exit(2);
}
const entries = file ? readCorpusFile(path.resolve(file), "heldout") : loadCorpus();
const corpus = entries.filter((e) => (split === undefined || e.split === split) && e.id.startsWith(prefix));
const report = evaluateCorpus(corpus);
if (args.includes("--json")) {
  const brief = (rows: typeof report.wrongKinds) => rows.map((r) => ({ id: r.entry.id, expected: r.entry.kind, got: r.result.kind, cue: r.result.decidedBy?.id ?? null }));
  const summary: Partial<typeof report> = { ...report };
  delete summary.rows;
  console.log(JSON.stringify({ ...summary, falseKindsOnUnknown: brief(report.falseKindsOnUnknown), abstentions: brief(report.abstentions), wrongKinds: brief(report.wrongKinds), codeLeaks: report.codeLeaks.map((l) => l.entry.id) }, null, 2));
} else {
  console.log(`${corpus.length} texts${file ? ` (${path.basename(file)})` : ""}${split ? ` (${split} only)` : ""}${prefix ? ` (ids ${prefix}…)` : ""}\n`);
  console.log(formatReport(report, { verbose: args.includes("--verbose") }));
}
