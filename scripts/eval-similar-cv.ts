// npm run eval:similar-cv — leave-one-batch-out measurement of the learned reading
// (lib/icp/classify/similar.ts, docs/classifier.md "The learned reading").
//
// For each blind batch B whose first-run report (docs/classifier-blindN-first-run.txt) lists the
// texts the rules answered unknown at first sight, the model is built from every other labelled
// file in tests/fixtures/classifier and applied to B's first-sight abstentions (known texts the
// rules answered unknown then) and to B's unknown texts the rules left unknown then (every unknown
// text not listed under "false kinds on unknown texts"). The rules have since been tuned on B, so
// their current answers on B are not used. Prints, per batch, how many abstentions the model gets
// right, wrong or leaves unknown, how many unknown texts it would give a kind, and the first-sight
// accuracy the rules and the model together would have had, overall and per language.
// No learned reading is used by the classifier (docs/classifier.md, "The learned reading").
// Designs: nearest neighbours (scripts/lib/similar.ts; the default), --centroids (one centroid per label),
// --linear (a softmax regression over the same features). Options: --grid (neighbours: totals over k,
// minSimilarity and margin), --k N --min S --margin M (neighbours: one setting, per batch), --p P
// --margin M (softmax: the setting shown per batch), --epochs, --l2, --seed (softmax training),
// --ngrams 2-4 (character n-gram lengths), --row-features 80 (weights kept per stored text),
// --exclude blind11.json (leave files out of the pool and the batches), --verbose (the wrong and false kinds).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { maskVerificationCodes } from "../lib/icp/classify";
import { CORPUS_DIR, readCorpusFile } from "../lib/icp/classify/corpus";
import type { CorpusEntry } from "../lib/icp/classify/evaluate";
import { buildSimilarModel, DEFAULT_FEATURES, DEFAULT_SIMILAR_PARAMS, type FeatureOptions, nearestNeighbours, voteOf, type Neighbour, type SimilarParams } from "./lib/similar";

type FirstRun = {
  file: string;
  abstained: Set<string>;
  falseKinds: Set<string>;
  overall: { correct: number; total: number };
  zh: { correct: number; total: number };
  en: { correct: number; total: number };
};

const args = process.argv.slice(2);
const num = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const ngrams = (args[args.indexOf("--ngrams") + 1] ?? "").split("-").map(Number);
const features: FeatureOptions = {
  nMin: args.includes("--ngrams") ? ngrams[0]! : DEFAULT_FEATURES.nMin,
  nMax: args.includes("--ngrams") ? ngrams[1]! : DEFAULT_FEATURES.nMax,
  rowFeatures: num("--row-features") ?? DEFAULT_FEATURES.rowFeatures,
};

function readFirstRun(file: string): FirstRun | null {
  const name = file === "blind.json" ? "blind" : file.replace(/\.json$/, "");
  const report = path.join(process.cwd(), "docs", `classifier-${name}-first-run.txt`);
  if (!existsSync(report)) return null;
  const text = readFileSync(report, "utf8");
  const abstained = new Set([...text.matchAll(/^ {2}(\S+) \[[a-z]+\/(?:zh|en)\] expected \S+, got unknown /gm)].map((m) => m[1]!));
  if (abstained.size === 0) return null; // the report does not list its misses
  const falseSection = text.slice(text.indexOf("false kinds on unknown texts"), text.indexOf("verification codes left in clear"));
  const falseKinds = new Set([...falseSection.matchAll(/^ {2}(\S+) → /gm)].map((m) => m[1]!));
  const tally = (label: string) => {
    const m = new RegExp(`^${label}\\s+[0-9.]+% \\((\\d+)/(\\d+)\\)`, "m").exec(text);
    if (!m) throw new Error(`${report}: no ${label} line`);
    return { correct: Number(m[1]), total: Number(m[2]) };
  };
  return { file, abstained, falseKinds, overall: tally("overall"), zh: tally("language zh"), en: tally("language en") };
}

/** --exclude a.json,b.json leaves files out of everything (the pool as it was before they existed). */
const excluded = new Set(args.includes("--exclude") ? (args[args.indexOf("--exclude") + 1] ?? "").split(",") : []);
const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".json") && !excluded.has(f)).sort();
const byFile = new Map<string, CorpusEntry[]>();
const ids = new Set<string>();
for (const f of files) byFile.set(f, readCorpusFile(path.join(CORPUS_DIR, f), f === "tuning.json" ? "tuning" : "heldout", ids));
const masked = new Map<string, string>();
for (const entries of byFile.values()) for (const e of entries) masked.set(e.id, maskVerificationCodes(e.text));

const batches = files.map(readFirstRun).filter((r): r is FirstRun => r !== null);

/** Every batch but `file`, as training texts with their feature counts and the inverse document frequency over them. */
async function leaveOut(file: string) {
  const { featureCounts, normalizeForSimilarity } = await import("./lib/similar");
  const training = files.filter((f) => f !== file).flatMap((f) => byFile.get(f)!);
  const counts = training.map((e) => featureCounts(normalizeForSimilarity(masked.get(e.id)!), features));
  const df = new Map<number, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: number) => Math.log((1 + training.length) / (1 + (df.get(k) ?? 0))) + 1;
  return { training, counts, idf };
}
/** Each held-out text's nearest neighbours in the model built without its batch (computed once; the vote is cheap). */
const neighbours = new Map<string, Neighbour[]>();
for (const b of batches) {
  const training = files.filter((f) => f !== b.file).flatMap((f) => byFile.get(f)!);
  const model = buildSimilarModel(training.map((e) => ({ maskedText: masked.get(e.id)!, kind: e.kind })), DEFAULT_SIMILAR_PARAMS, features);
  for (const e of byFile.get(b.file)!) {
    const firstSightUnknown = e.kind === "unknown" ? !b.falseKinds.has(e.id) : b.abstained.has(e.id);
    if (firstSightUnknown) neighbours.set(e.id, nearestNeighbours(model, masked.get(e.id)!, 15));
  }
}

type BatchResult = { file: string; abstentions: number; right: number; wrong: number; left: number; unknownTexts: number; falseKinds: number; run: FirstRun; rightIds: CorpusEntry[]; falseIds: CorpusEntry[]; wrongRows: string[]; falseRows: string[] };

function measure(params: SimilarParams): BatchResult[] {
  return batches.map((b) => {
    const entries = byFile.get(b.file)!;
    const r: BatchResult = { file: b.file, abstentions: 0, right: 0, wrong: 0, left: 0, unknownTexts: 0, falseKinds: 0, run: b, rightIds: [], falseIds: [], wrongRows: [], falseRows: [] };
    for (const e of entries) {
      const firstSightUnknown = e.kind === "unknown" ? !b.falseKinds.has(e.id) : b.abstained.has(e.id);
      if (!firstSightUnknown) continue;
      const a = voteOf(neighbours.get(e.id)!, params);
      if (e.kind === "unknown") {
        r.unknownTexts++;
        if (a.kind !== "unknown") {
          r.falseKinds++;
          r.falseIds.push(e);
          r.falseRows.push(`${e.id} → ${a.kind} (lead ${a.lead.toFixed(2)}, nearest ${a.nearest.toFixed(2)})`);
        }
      } else {
        r.abstentions++;
        if (a.kind === "unknown") r.left++;
        else if (a.kind === e.kind) {
          r.right++;
          r.rightIds.push(e);
        } else {
          r.wrong++;
          r.wrongRows.push(`${e.id} expected ${e.kind} → ${a.kind} (lead ${a.lead.toFixed(2)}, nearest ${a.nearest.toFixed(2)})`);
        }
      }
    }
    return r;
  });
}

const pct = (c: number, t: number): string => `${((100 * c) / t).toFixed(1)}%`;

if (args.includes("--linear")) {
  // A third design measured: a softmax regression over the same features (SGD, L2), the answer the most
  // probable label, a kind only with probability ≥ p and a lead of the margin over unknown and the next kind.
  const { featureCounts, normalizeForSimilarity, SIMILAR_LABELS } = await import("./lib/similar");
  const L = SIMILAR_LABELS.length;
  const settings: [number, number][] = [];
  for (const p of [0.4, 0.5, 0.6, 0.7, 0.8]) for (const m of [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]) settings.push([p, m]);
  // One setting in detail, per batch: --p and --margin.
  const chosen: [number, number] = [num("--p") ?? 0.5, num("--margin") ?? 0.55];
  const detail: string[] = [];
  const detailRows: string[] = [];
  const res = settings.map(() => ({ right: 0, wrong: 0, falseKinds: 0, maxFalse: 0 }));
  let abstentions = 0;
  const epochs = num("--epochs") ?? 12;
  const lambda = num("--l2") ?? 1e-4;
  for (const b of batches) {
    const { training, counts, idf } = await leaveOut(b.file);
    const vec = (c: Map<number, number>): [number, number][] => {
      const v: [number, number][] = [];
      let n = 0;
      for (const [k, x] of c) {
        const w = (1 + Math.log(x)) * idf(k);
        v.push([k, w]);
        n += w * w;
      }
      return v.map(([k, w]) => [k, w / Math.sqrt(n || 1)]);
    };
    const X = counts.map(vec);
    const Y = training.map((e) => SIMILAR_LABELS.indexOf(e.kind));
    const W = new Map<number, Float64Array>();
    const bias = new Float64Array(L);
    const row = (k: number) => {
      let r = W.get(k);
      if (!r) W.set(k, (r = new Float64Array(L)));
      return r;
    };
    const probs = (x: [number, number][]) => {
      const z = Float64Array.from(bias);
      for (const [k, w] of x) {
        const r = W.get(k);
        if (r) for (let j = 0; j < L; j++) z[j]! += r[j]! * w;
      }
      const mx = Math.max(...z);
      let sum = 0;
      for (let j = 0; j < L; j++) sum += z[j] = Math.exp(z[j]! - mx);
      for (let j = 0; j < L; j++) z[j]! /= sum;
      return z;
    };
    const order = X.map((_, i) => i);
    let seed = num("--seed") ?? 1;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let ep = 0; ep < epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const lr = 0.5 / (1 + ep);
      for (const i of order) {
        const p = probs(X[i]!);
        p[Y[i]!]! -= 1;
        for (const [k, w] of X[i]!) {
          const r = row(k);
          for (let j = 0; j < L; j++) r[j]! -= lr * (p[j]! * w + lambda * r[j]!);
        }
        for (let j = 0; j < L; j++) bias[j]! -= lr * p[j]!;
      }
    }
    const perFalse = settings.map(() => 0);
    const d = { abstentions: 0, right: 0, wrong: 0, left: 0, unknownTexts: 0, falseKinds: 0, zh: 0, en: 0 };
    for (const e of byFile.get(b.file)!) {
      const firstSightUnknown = e.kind === "unknown" ? !b.falseKinds.has(e.id) : b.abstained.has(e.id);
      if (!firstSightUnknown) continue;
      if (e.kind !== "unknown") abstentions++;
      const p = probs(vec(featureCounts(normalizeForSimilarity(masked.get(e.id)!), features)));
      const u = L - 1;
      let best = 0;
      for (let i = 1; i < u; i++) if (p[i]! > p[best]!) best = i;
      let next = 0;
      for (let i = 0; i < u; i++) if (i !== best) next = Math.max(next, p[i]!);
      const lead = p[best]! - Math.max(p[u]!, next);
      const answered = p[best]! >= chosen[0] && lead >= chosen[1];
      if (e.kind === "unknown") {
        d.unknownTexts++;
        if (answered) {
          d.falseKinds++;
          d[e.language]--;
          detailRows.push(`  FALSE  ${e.id} → ${SIMILAR_LABELS[best]} (p ${p[best]!.toFixed(2)}, lead ${lead.toFixed(2)})`);
        }
      } else {
        d.abstentions++;
        if (!answered) d.left++;
        else if (SIMILAR_LABELS[best] === e.kind) {
          d.right++;
          d[e.language]++;
        } else {
          d.wrong++;
          detailRows.push(`  wrong  ${e.id} expected ${e.kind} → ${SIMILAR_LABELS[best]} (p ${p[best]!.toFixed(2)}, lead ${lead.toFixed(2)})`);
        }
      }
      settings.forEach(([pmin, m], si) => {
        if (p[best]! < pmin || lead < m) return;
        const r = res[si]!;
        if (e.kind === "unknown") {
          r.falseKinds++;
          perFalse[si]!++;
        } else if (SIMILAR_LABELS[best] === e.kind) r.right++;
        else r.wrong++;
      });
    }
    settings.forEach((_, si) => (res[si]!.maxFalse = Math.max(res[si]!.maxFalse, perFalse[si]!)));
    const o = b.overall;
    detail.push(
      `${b.file.padEnd(15)}${String(d.abstentions).padEnd(13)}${String(d.right).padEnd(7)}${String(d.wrong).padEnd(7)}${String(d.left).padEnd(6)}${String(d.unknownTexts).padEnd(15)}${String(d.falseKinds).padEnd(13)}${pct(o.correct, o.total).padEnd(18)}${pct(o.correct + d.zh + d.en, o.total).padEnd(18)}${`${pct(b.zh.correct, b.zh.total)} → ${pct(b.zh.correct + d.zh, b.zh.total)}`.padEnd(22)}${pct(b.en.correct, b.en.total)} → ${pct(b.en.correct + d.en, b.en.total)}`,
    );
  }
  console.log(`softmax, ${features.nMin}-${features.nMax}-grams, ${epochs} epochs, l2 ${lambda}: p ≥ ${chosen[0]}, margin ${chosen[1]}\n`);
  console.log("batch          abstentions  right  wrong  left  unknown texts  false kinds  first sight       with model        zh (rules → +model)   en (rules → +model)");
  for (const line of detail) console.log(line);
  if (args.includes("--verbose")) for (const line of detailRows) console.log(line);
  console.log("\nsoftmax: p     margin  recovered/abstentions  wrong  false kinds (max per batch)");
  settings.forEach(([p, m], si) => {
    const r = res[si]!;
    console.log(`         ${p.toFixed(2)}  ${m.toFixed(2)}    ${`${r.right}/${abstentions}`.padEnd(23)}${String(r.wrong).padEnd(7)}${r.falseKinds} (${r.maxFalse})`);
  });
  process.exit(0);
}

if (args.includes("--centroids")) {
  // The other design measured: one centroid per label (the mean of its texts' vectors), the answer the
  // label whose centroid is nearest, a kind only when it leads the unknown centroid and the next kind's by the margin.
  const { featureCounts, normalizeForSimilarity, SIMILAR_LABELS } = await import("./lib/similar");
  const results: Record<string, { right: number; wrong: number; falseKinds: number; maxFalse: number }> = {};
  const margins = [0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2];
  for (const m of margins) results[m] = { right: 0, wrong: 0, falseKinds: 0, maxFalse: 0 };
  let abstentions = 0;
  for (const b of batches) {
    const { training, counts, idf } = await leaveOut(b.file);
    const vec = (c: Map<number, number>) => {
      const v = new Map<number, number>();
      let n = 0;
      for (const [k, x] of c) {
        const w = (1 + Math.log(x)) * idf(k);
        v.set(k, w);
        n += w * w;
      }
      for (const [k, w] of v) v.set(k, w / Math.sqrt(n || 1));
      return v;
    };
    const centroids = SIMILAR_LABELS.map(() => new Map<number, number>());
    training.forEach((e, i) => {
      const c = centroids[SIMILAR_LABELS.indexOf(e.kind)]!;
      for (const [k, w] of vec(counts[i]!)) c.set(k, (c.get(k) ?? 0) + w);
    });
    for (const c of centroids) {
      let n = 0;
      for (const w of c.values()) n += w * w;
      for (const [k, w] of c) c.set(k, w / Math.sqrt(n || 1));
    }
    const perBatchFalse: Record<string, number> = {};
    for (const e of byFile.get(b.file)!) {
      const firstSightUnknown = e.kind === "unknown" ? !b.falseKinds.has(e.id) : b.abstained.has(e.id);
      if (!firstSightUnknown) continue;
      if (e.kind !== "unknown") abstentions++;
      const q = vec(featureCounts(normalizeForSimilarity(masked.get(e.id)!), features));
      const cos = centroids.map((c) => {
        let s = 0;
        for (const [k, w] of q) s += w * (c.get(k) ?? 0);
        return s;
      });
      const u = cos.length - 1;
      let best = 0;
      for (let i = 1; i < u; i++) if (cos[i]! > cos[best]!) best = i;
      let next = 0;
      for (let i = 0; i < u; i++) if (i !== best) next = Math.max(next, cos[i]!);
      const lead = cos[best]! - Math.max(cos[u]!, next);
      for (const m of margins) {
        if (lead < m) continue;
        const r = results[m]!;
        if (e.kind === "unknown") {
          r.falseKinds++;
          perBatchFalse[m] = (perBatchFalse[m] ?? 0) + 1;
        } else if (SIMILAR_LABELS[best] === e.kind) r.right++;
        else r.wrong++;
      }
    }
    for (const m of margins) results[m]!.maxFalse = Math.max(results[m]!.maxFalse, perBatchFalse[m] ?? 0);
  }
  console.log("centroids: margin  recovered/abstentions  wrong  false kinds (max per batch)");
  for (const m of margins) {
    const r = results[m]!;
    console.log(`           ${m.toFixed(2)}    ${`${r.right}/${abstentions}`.padEnd(23)}${String(r.wrong).padEnd(7)}${r.falseKinds} (${r.maxFalse})`);
  }
  process.exit(0);
}

if (args.includes("--grid")) {
  console.log("k  min   margin  recovered/abstentions  wrong  false kinds (max per batch)");
  for (const k of [5, 7, 9, 11]) {
    for (const minSimilarity of [0.2, 0.3, 0.4, 0.5]) {
      for (const margin of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
        const rs = measure({ k, minSimilarity, margin });
        const sum = (f: (r: BatchResult) => number) => rs.reduce((s, r) => s + f(r), 0);
        console.log(
          `${String(k).padEnd(3)}${minSimilarity.toFixed(2)}  ${margin.toFixed(2)}    ${`${sum((r) => r.right)}/${sum((r) => r.abstentions)}`.padEnd(23)}${String(sum((r) => r.wrong)).padEnd(7)}${sum((r) => r.falseKinds)} (${Math.max(...rs.map((r) => r.falseKinds))})`,
        );
      }
    }
  }
  process.exit(0);
}

const params: SimilarParams = {
  k: num("--k") ?? DEFAULT_SIMILAR_PARAMS.k,
  minSimilarity: num("--min") ?? DEFAULT_SIMILAR_PARAMS.minSimilarity,
  margin: num("--margin") ?? DEFAULT_SIMILAR_PARAMS.margin,
};
const results = measure(params);
console.log(`learned reading, leave-one-batch-out: ${features.nMin}-${features.nMax}-grams, ${features.rowFeatures} weights per text, k ${params.k}, minSimilarity ${params.minSimilarity}, margin ${params.margin}\n`);
console.log("batch          abstentions  right  wrong  left  unknown texts  false kinds  first sight       with model        zh (rules → +model)   en (rules → +model)");
const totals = { abstentions: 0, right: 0, wrong: 0, left: 0, unknownTexts: 0, falseKinds: 0, correct: 0, gained: 0, total: 0 };
for (const r of results) {
  const lang = (l: "zh" | "en") => {
    const gained = r.rightIds.filter((e) => e.language === l).length;
    const lost = r.falseIds.filter((e) => e.language === l).length;
    const t = r.run[l];
    return `${pct(t.correct, t.total)} → ${pct(t.correct + gained - lost, t.total)}`;
  };
  const gained = r.right - r.falseKinds;
  console.log(
    `${r.file.padEnd(15)}${String(r.abstentions).padEnd(13)}${String(r.right).padEnd(7)}${String(r.wrong).padEnd(7)}${String(r.left).padEnd(6)}${String(r.unknownTexts).padEnd(15)}${String(r.falseKinds).padEnd(13)}${pct(r.run.overall.correct, r.run.overall.total).padEnd(18)}${pct(r.run.overall.correct + gained, r.run.overall.total).padEnd(18)}${lang("zh").padEnd(22)}${lang("en")}`,
  );
  for (const k of ["abstentions", "right", "wrong", "left", "unknownTexts", "falseKinds"] as const) totals[k] += r[k];
  totals.correct += r.run.overall.correct;
  totals.gained += gained;
  totals.total += r.run.overall.total;
}
console.log(
  `${"all".padEnd(15)}${String(totals.abstentions).padEnd(13)}${String(totals.right).padEnd(7)}${String(totals.wrong).padEnd(7)}${String(totals.left).padEnd(6)}${String(totals.unknownTexts).padEnd(15)}${String(totals.falseKinds).padEnd(13)}${pct(totals.correct, totals.total).padEnd(18)}${pct(totals.correct + totals.gained, totals.total)}`,
);
if (args.includes("--verbose")) {
  for (const r of results) {
    for (const row of r.wrongRows) console.log(`  wrong  ${row}`);
    for (const row of r.falseRows) console.log(`  FALSE  ${row}`);
  }
}
