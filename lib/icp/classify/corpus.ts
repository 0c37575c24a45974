/**
 * Loads the classifier's labelled corpus (tests/fixtures/classifier/{tuning,heldout,blind,blind2,…,blind22,blind24,…,blind44,blind46}.json).
 * blind.json (ids B-…), blind2.json (ids C-…), blind3.json (ids D-…), blind4.json (ids E-…), blind5.json (ids F-…),
 * blind6.json (ids G-…), blind7.json (ids H4-…), blind8.json (ids I5-…), blind9.json (ids J6-…), blind10.json (ids K7-…), blind11.json (ids L8-…), blind12.json (ids M9-…), blind13.json (ids N0-…), blind14.json (ids O1-…), blind15.json (ids P2-…), blind16.json (ids Q3-…), blind17.json (ids R4-…), blind18.json (ids S5-…), blind19.json (ids T6-…), blind20.json (ids U7-…), blind21.json (ids V8-…), blind22.json (ids W9-…), blind24.json (ids Y1-…, a hastily written batch), blind25.json (ids Z2-…), blind26.json (ids A3-…) and blind27.json (ids B4-…; blind23, X0-, was lost unmeasured), blind28.json (ids C5-…), blind29.json (ids D6-…), blind30.json (ids E7-…), blind31.json (ids F8-…), blind32.json (ids G9-…), blind33.json (ids H0-…), blind34.json (ids I1-…), blind36.json (ids K3-…), blind35.json (ids J2-…, measured after K3-), blind37.json (ids L4-…), blind38.json (ids M5-…), blind39.json (ids N6-…), blind40.json (ids O7-…), blind41.json (ids P8-…), blind42.json (ids Q9-…), blind44.json (ids S1-…), blind43.json (ids R0-…, measured on the same rules as S1-, joined after its own round) and blind46.json (ids U3-…; blind45.json, T2-, measured after the U3 round, joins after its own round) are held-out batches written by
 * someone who had not seen the rules; their entries are split "heldout" like heldout.json's. Each was
 * measured once before anything was tuned on it (docs/classifier-blind*-first-run.txt).
 * Node only (reads files); used by `npm run eval:classifier` and the corpus unit test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isMessageKind } from "../kinds";
import type { CorpusEntry } from "./evaluate";

export const CORPUS_DIR = path.join(process.cwd(), "tests", "fixtures", "classifier");
export const CORPUS_FILES = ["tuning.json", "heldout.json", "blind.json", "blind2.json", "blind3.json", "blind4.json", "blind5.json", "blind6.json", "blind7.json", "blind8.json", "blind9.json", "blind10.json", "blind11.json", "blind12.json", "blind13.json", "blind14.json", "blind15.json", "blind16.json", "blind17.json", "blind18.json", "blind19.json", "blind20.json", "blind21.json", "blind22.json", "blind24.json", "blind25.json", "blind26.json", "blind27.json", "blind28.json", "blind29.json", "blind30.json", "blind31.json", "blind32.json", "blind33.json", "blind34.json", "blind35.json", "blind36.json", "blind37.json", "blind38.json", "blind39.json", "blind40.json", "blind41.json", "blind42.json", "blind44.json", "blind43.json", "blind46.json"] as const;
const HELDOUT_FILES: readonly string[] = ["heldout.json", "blind.json", "blind2.json", "blind3.json", "blind4.json", "blind5.json", "blind6.json", "blind7.json", "blind8.json", "blind9.json", "blind10.json", "blind11.json", "blind12.json", "blind13.json", "blind14.json", "blind15.json", "blind16.json", "blind17.json", "blind18.json", "blind19.json", "blind20.json", "blind21.json", "blind22.json", "blind24.json", "blind25.json", "blind26.json", "blind27.json", "blind28.json", "blind29.json", "blind30.json", "blind31.json", "blind32.json", "blind33.json", "blind34.json", "blind35.json", "blind36.json", "blind37.json", "blind38.json", "blind39.json", "blind40.json", "blind41.json", "blind42.json", "blind44.json", "blind43.json", "blind46.json"];

/** Every entry of the corpus, checked for shape: a malformed entry is an error, never skipped. */
export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const ids = new Set<string>();
  for (const file of CORPUS_FILES) {
    entries.push(...readCorpusFile(path.join(dir, file), HELDOUT_FILES.includes(file) ? "heldout" : "tuning", ids));
  }
  return entries;
}

/**
 * One file of labelled texts, checked for shape as the corpus is: the corpus's own files, or a
 * new batch measured before it joins them (`npm run eval:classifier -- --file …`). Every entry's
 * split must be `split`; `ids` collects the ids seen, so that a duplicate across files is an error.
 */
export function readCorpusFile(file: string, split: CorpusEntry["split"], ids = new Set<string>()): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const name = path.basename(file);
  const raw = JSON.parse(readFileSync(file, "utf8")) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${name}: not an array`);
  for (const item of raw as Record<string, unknown>[]) {
    const { id, text, kind, language, split: entrySplit, source, codes, receivedAt } = item;
    const where = `${name} ${String(id)}`;
    if (typeof id !== "string" || ids.has(id)) throw new Error(`${where}: missing or duplicate id`);
    if (typeof text !== "string" || !text.trim()) throw new Error(`${where}: no text`);
    if (kind !== "unknown" && !isMessageKind(kind)) throw new Error(`${where}: bad kind ${String(kind)}`);
    if (language !== "zh" && language !== "en") throw new Error(`${where}: bad language`);
    if (entrySplit !== split) throw new Error(`${where}: split does not match its file`);
    if (typeof source !== "string" || !source.trim()) throw new Error(`${where}: no source`);
    if (codes !== undefined && !(Array.isArray(codes) && codes.every((c) => typeof c === "string" && text.includes(c)))) {
      throw new Error(`${where}: codes must be strings found in the text`);
    }
    if (receivedAt !== undefined && (typeof receivedAt !== "string" || Number.isNaN(Date.parse(receivedAt)))) {
      throw new Error(`${where}: bad receivedAt`);
    }
    ids.add(id);
    entries.push({ id, text, kind, language, split, source, ...(codes ? { codes: codes as string[] } : {}), ...(receivedAt ? { receivedAt: receivedAt as string } : {}) });
  }
  return entries;
}
