/**
 * A learned reading measured for the classifier and NOT used by it (docs/classifier.md, "The learned
 * reading"): a nearest-neighbour similarity model over the labelled corpus, meant to be consulted
 * only when the rules answer "unknown". Leave-one-batch-out measurement (scripts/eval-similar-cv.ts)
 * found no setting at which it recovers a useful share of the rules' abstentions without giving a
 * kind to texts that must stay unknown; the features serve the other designs measured there too. Texts are
 * masked (verification codes), normalised and stripped of what names one case rather than one kind:
 * ICP numbers, domains, dates, e-mail addresses and digits become class tokens. A text becomes a
 * set of character n-grams (both scripts), weighted by TF-IDF; its neighbours are the labelled
 * texts most like it (cosine). "unknown" is a class of its own: the model answers a kind only when
 * that kind leads both the unknown class and the next kind by a clear margin.
 *
 * Pure (no file access). Features are hashed, never kept as text.
 */
import { MESSAGE_KINDS, type MessageKind } from "../../lib/icp/kinds";

export type SimilarLabel = MessageKind | "unknown";

/** The labels in a fixed order: a model stores label indexes. */
export const SIMILAR_LABELS: readonly SimilarLabel[] = [...MESSAGE_KINDS, "unknown"];

export type SimilarParams = {
  /** Neighbours that vote. */
  k: number;
  /** The best neighbour must be at least this similar (cosine), or the answer is unknown. */
  minSimilarity: number;
  /** The leading kind's vote must exceed the unknown class's and the next kind's by this much (share of the k votes). */
  margin: number;
};

/** How a text becomes features: character n-grams from nMin to nMax, and how many weights a stored row keeps. */
export type FeatureOptions = { nMin: number; nMax: number; rowFeatures: number };
export const DEFAULT_FEATURES: FeatureOptions = { nMin: 1, nMax: 3, rowFeatures: 80 };

export type SimilarModel = {
  version: 1;
  params: SimilarParams;
  features: FeatureOptions;
  /** Feature hash buckets (features are hashed into [0, buckets)). */
  buckets: number;
  /** idf[bucket] for the buckets that occur, as [bucket, idf×1000] pairs. */
  idf: [number, number][];
  /** One row per labelled text: its label index and its largest weights as [bucket, weight×1000] pairs. */
  rows: { l: number; f: [number, number][] }[];
};

export type SimilarAnswer = {
  kind: SimilarLabel;
  /** Share of the k votes for the answered label (0..1); 0 when nothing is near. */
  support: number;
  /** Vote share of the leader minus the best of the unknown class and the next kind. */
  lead: number;
  /** Cosine similarity of the nearest labelled text. */
  nearest: number;
};

export const DEFAULT_SIMILAR_PARAMS: SimilarParams = { k: 9, minSimilarity: 0.4, margin: 0.6 };

const BUCKETS = 1 << 18;

// ---------------------------------------------------------------------------------------------
// Normalisation and features
// ---------------------------------------------------------------------------------------------

const PROVINCES = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青蒙桂藏宁新";
const ICP_NUMBER = new RegExp(`[${PROVINCES}]\\s?(?:icp\\s?[备证]\\s?\\d{4,10}\\s?号?|b2-\\d{8})(?:\\s?-\\s?\\d{1,4})?`, "giu");
const URL = /\b(?:https?:\/\/|www\.)[^\s"'<>，。）)]+/giu;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/giu;
const DOMAIN = /(?:[\p{Script=Han}a-z0-9-]+\.)+(?:[a-z]{2,12}|中国|公司|网络)(?![a-z0-9])/giu;
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}:\d{2}(?::\d{2})?/giu;
const DIGITS = /\d+/gu;
const CODE_MASK_RUN = /[*＊]{4,}/gu;

/**
 * The text as the model sees it: masked input, NFKC, lower case, and class tokens for what names
 * one case (the ICP number, the domain, the date, any digits) so that neighbours share wording, not
 * particulars. Verification codes are already masked by the caller (classifyMessage's maskedText);
 * any run of digits left becomes "0" so that no code can reach the model in any case.
 */
export function normalizeForSimilarity(maskedText: string): string {
  return maskedText
    .normalize("NFKC")
    .toLowerCase()
    .replace(/<[^>]*>/g, " ")
    .replace(CODE_MASK_RUN, " ¤ ")
    .replace(ICP_NUMBER, " § ")
    .replace(URL, " @ ")
    .replace(EMAIL, " @ ")
    .replace(DOMAIN, " @ ")
    .replace(DATE, " † ")
    .replace(DIGITS, "0")
    .replace(/[^\p{L}\p{N}¤§@†?？!！]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** FNV-1a, 32 bits, into the model's buckets. */
function bucketOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

/**
 * Term counts by bucket: character n-grams of the normalised text (spaces kept as "_", so English
 * word edges count), and whole English words.
 */
export function featureCounts(normalised: string, { nMin, nMax }: FeatureOptions = DEFAULT_FEATURES): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (f: string): void => {
    const b = bucketOf(f);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  };
  const s = `_${normalised.replace(/ /g, "_")}_`;
  const chars = Array.from(s);
  for (let n = nMin; n <= nMax; n++) for (let i = 0; i + n <= chars.length; i++) add(`${n}:${chars.slice(i, i + n).join("")}`);
  for (const w of normalised.split(" ")) if (/^[a-z]{3,}$/.test(w)) add(`w:${w}`);
  return counts;
}

type Vector = Map<number, number>;

function weigh(counts: Map<number, number>, idf: Map<number, number>, defaultIdf: number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [b, c] of counts) {
    const w = (1 + Math.log(c)) * (idf.get(b) ?? defaultIdf);
    v.set(b, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [b, w] of v) v.set(b, w / norm);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Building and answering
// ---------------------------------------------------------------------------------------------

export type SimilarTrainingText = { maskedText: string; kind: SimilarLabel };

/** Builds the model from labelled, already masked texts. Deterministic: the same texts give the same model. */
export function buildSimilarModel(
  texts: readonly SimilarTrainingText[],
  params: SimilarParams = DEFAULT_SIMILAR_PARAMS,
  features: FeatureOptions = DEFAULT_FEATURES,
): SimilarModel {
  const counts = texts.map((t) => featureCounts(normalizeForSimilarity(t.maskedText), features));
  const df = new Map<number, number>();
  for (const c of counts) for (const b of c.keys()) df.set(b, (df.get(b) ?? 0) + 1);
  const n = texts.length;
  const idf = new Map<number, number>();
  for (const [b, d] of df) idf.set(b, Math.round(1000 * (Math.log((1 + n) / (1 + d)) + 1)) / 1000);
  const rows = counts.map((c, i) => {
    const v = weigh(c, idf, 1);
    const top = [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, features.rowFeatures);
    const label = SIMILAR_LABELS.indexOf(texts[i]!.kind);
    if (label < 0) throw new Error(`unknown label ${texts[i]!.kind}`);
    return { l: label, f: top.map(([b, w]) => [b, Math.round(w * 1000)] as [number, number]).filter(([, w]) => w > 0) };
  });
  return {
    version: 1,
    params,
    features,
    buckets: BUCKETS,
    idf: [...idf].sort((a, b) => a[0] - b[0]).map(([b, v]) => [b, Math.round(v * 1000)]),
    rows,
  };
}

type Loaded = { idf: Map<number, number>; defaultIdf: number; rows: { label: number; v: Vector }[] };
const loaded = new WeakMap<SimilarModel, Loaded>();

function load(model: SimilarModel): Loaded {
  const cached = loaded.get(model);
  if (cached) return cached;
  const idf = new Map(model.idf.map(([b, v]) => [b, v / 1000] as [number, number]));
  let maxIdf = 1;
  for (const v of idf.values()) maxIdf = Math.max(maxIdf, v);
  const rows = model.rows.map((r) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [, w] of r.f) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (const [b, w] of r.f) v.set(b, w / norm);
    return { label: r.l, v };
  });
  const result = { idf, defaultIdf: maxIdf, rows };
  loaded.set(model, result);
  return result;
}

const NOTHING: SimilarAnswer = { kind: "unknown", support: 0, lead: 0, nearest: 0 };

export type Neighbour = { label: number; similarity: number };

/** The `n` labelled texts most like a masked text, most similar first (cosine > 0 only). */
export function nearestNeighbours(model: SimilarModel, maskedText: string, n: number): Neighbour[] {
  const m = load(model);
  const q = weigh(featureCounts(normalizeForSimilarity(maskedText), model.features), m.idf, m.defaultIdf);
  if (q.size === 0) return [];
  const sims: Neighbour[] = [];
  for (const r of m.rows) {
    let s = 0;
    const [small, large] = r.v.size < q.size ? [r.v, q] : [q, r.v];
    for (const [b, w] of small) {
      const o = large.get(b);
      if (o !== undefined) s += w * o;
    }
    if (s > 0) sims.push({ label: r.label, similarity: s });
  }
  sims.sort((a, b) => b.similarity - a.similarity || a.label - b.label);
  return sims.slice(0, n);
}

/** The vote of the k nearest (see similarAnswer). */
export function voteOf(neighbours: readonly Neighbour[], { k, minSimilarity, margin }: SimilarParams): SimilarAnswer {
  const near = neighbours.slice(0, k);
  if (near.length === 0) return NOTHING;
  const nearest = near[0]!.similarity;
  const votes = new Array<number>(SIMILAR_LABELS.length).fill(0);
  for (const n of near) votes[n.label]! += 1 / k;
  const unknownIndex = SIMILAR_LABELS.length - 1;
  let best = 0;
  for (let i = 1; i < unknownIndex; i++) if (votes[i]! > votes[best]!) best = i;
  let next = 0;
  for (let i = 0; i < unknownIndex; i++) if (i !== best) next = Math.max(next, votes[i]!);
  const support = votes[best]!;
  const lead = support - Math.max(votes[unknownIndex]!, next);
  if (nearest < minSimilarity || lead < margin - 1e-9) return { kind: "unknown", support: votes[unknownIndex]!, lead, nearest };
  return { kind: SIMILAR_LABELS[best]!, support, lead, nearest };
}

/**
 * The model's reading of a masked text: the label its k nearest labelled texts vote for, "unknown"
 * unless the nearest is similar enough and the leading kind's vote share exceeds both the unknown
 * class's and the next kind's by the margin. `params` overrides the model's own (measurement only).
 */
export function similarAnswer(model: SimilarModel, maskedText: string, params?: Partial<SimilarParams>): SimilarAnswer {
  const p = { ...model.params, ...params };
  return voteOf(nearestNeighbours(model, maskedText, p.k), p);
}
