import { describe, expect, it } from "vitest";
import { isConfidentClassification, MESSAGE_KINDS } from "../../../lib/icp";
import { loadCorpus } from "../../../lib/icp/classify/corpus";
import { evaluateCorpus, formatReport } from "../../../lib/icp/classify/evaluate";

/**
 * The classifier against its labelled corpus (tests/fixtures/classifier). The floors are the
 * accuracies measured when they were set (docs/classifier.md, "Results"), with the blind batches
 * B-…, C-…, D-…, E-…, F-…, G-…, H4-…, I5-…, J6-…, K7-…, L8-…, M9-…, N0-…, O1-…, P2-…, Q3-…, R4-…, S5-…, T6-…, U7-…, V8-…, W9-…, Y1-…, Z2-…, A3-…, B4-…, C5-…, D6-…, E7-…, F8-…, G9-…, H0-…, I1-…, K3-…, J2-…, L4-…, M5-… and N6-… included after their misses were fixed by domain rules
 * (one C- text, three E- texts and one G- text stay unknown: what-happened and how questions, a quoted
 * question, a loose chat relay, a relay followed by a customer's own question, a rejection that ends "…, ok?"; 13 K7-
 * texts, 4 L8- texts, 3 M9- texts, 7 N0- texts, 3 O1- texts, 4 P2- texts, 8 Q3- texts, 8 R4- texts, 1 T6- text, 1 U7- text, 15 V8- texts, 3 W9- texts, 14 Y1- texts, 1 Z2- text, 6 B4- texts, 1 C5- text, 3 D6- texts, 3 E7- texts, 14 F8- texts, 2 G9- texts, 2 H0- texts, 1 I1- text, 3 K3- texts, 2 J2- texts, 4 L4- texts, 10 M5- texts, 10 N6- texts and 8 O7- texts the K to S1, R0, U3 and Y rounds did not reach, 4 U3- texts the U3 round did not reach (N0-123 is read since the P8 round, K7-021 and F8-076 since the Q9 round, one more since the S1 round), none given a wrong kind;
 * no S5-, A3-, P8-, Q9-, S1- or R0- text is left unknown). Since the
 * L round the floors are what is reached; after the U3 round 10028/10186 overall, 9819/9977 held-out, zh 5174/5236, en 4854/4950
 * (T6-036, a mini program's filing, is another filing since the B round). A new
 * blind batch is measured once before it lowers or keeps them.
 */
const FLOORS = {
  overall: 10028 / 10186,
  tuning: 1,
  heldout: 9819 / 9977,
  zh: 5174 / 5236,
  en: 4854 / 4950,
  /** Of the texts intake would record without a person, the share that is right (issue 11: ≥ 99%). */
  confidentPrecision: 0.99,
};

const corpus = loadCorpus();
const report = evaluateCorpus(corpus);

describe("classifier corpus", () => {
  it("is big and varied enough to mean something", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((e) => e.split === "heldout").length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((e) => e.kind === "unknown").length).toBeGreaterThanOrEqual(60);
    for (const kind of MESSAGE_KINDS.filter((k) => k !== "retraction")) {
      expect(corpus.filter((e) => e.kind === kind && e.split === "tuning").length, kind).toBeGreaterThanOrEqual(5);
      expect(corpus.filter((e) => e.kind === kind && e.split === "heldout").length, kind).toBeGreaterThanOrEqual(4);
    }
    for (const language of ["zh", "en"] as const) expect(corpus.filter((e) => e.language === language).length).toBeGreaterThanOrEqual(100);
    const sources = corpus.map((e) => e.source.toLowerCase()).join("\n");
    for (const who of ["miit", "alibaba", "tencent", "huawei", "jd cloud", "baidu", "volcano", "ucloud", "west.cn"]) expect(sources).toContain(who);
    expect(corpus.some((e) => /<\w+[^>]*>/.test(e.text))).toBe(true);
    expect(corpus.some((e) => /[０-９]/.test(e.text))).toBe(true);
    expect(corpus.some((e) => /^【[^】]+】/.test(e.text))).toBe(true);
  });

  it("includes the blind batch (B-…), written by someone who had not seen the rules, in the held-out part", () => {
    const blind = corpus.filter((e) => e.id.startsWith("B-"));
    expect(blind.length).toBe(216);
    expect(blind.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the second blind batch (C-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind2 = corpus.filter((e) => e.id.startsWith("C-"));
    expect(blind2.length).toBe(247);
    expect(blind2.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the third blind batch (D-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind3 = corpus.filter((e) => e.id.startsWith("D-"));
    expect(blind3.length).toBe(250);
    expect(blind3.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the fourth blind batch (E-…), measured twice unseen before it was tuned on, in the held-out part", () => {
    const blind4 = corpus.filter((e) => e.id.startsWith("E-"));
    expect(blind4.length).toBe(250);
    expect(blind4.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the fifth blind batch (F-…), measured twice unseen before it was tuned on, in the held-out part", () => {
    const blind5 = corpus.filter((e) => e.id.startsWith("F-"));
    expect(blind5.length).toBe(220);
    expect(blind5.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the sixth blind batch (G-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind6 = corpus.filter((e) => e.id.startsWith("G-"));
    expect(blind6.length).toBe(220);
    expect(blind6.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the ninth blind batch (J6-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind9 = corpus.filter((e) => e.id.startsWith("J6-"));
    expect(blind9.length).toBe(220);
    expect(blind9.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the tenth blind batch (K7-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind10 = corpus.filter((e) => e.id.startsWith("K7-"));
    expect(blind10.length).toBe(220);
    expect(blind10.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the eleventh blind batch (L8-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind11 = corpus.filter((e) => e.id.startsWith("L8-"));
    expect(blind11.length).toBe(220);
    expect(blind11.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twelfth blind batch (M9-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind12 = corpus.filter((e) => e.id.startsWith("M9-"));
    expect(blind12.length).toBe(220);
    expect(blind12.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the thirteenth blind batch (N0-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind13 = corpus.filter((e) => e.id.startsWith("N0-"));
    expect(blind13.length).toBe(220);
    expect(blind13.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the fifteenth blind batch (P2-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind15 = corpus.filter((e) => e.id.startsWith("P2-"));
    expect(blind15.length).toBe(220);
    expect(blind15.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the sixteenth blind batch (Q3-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind16 = corpus.filter((e) => e.id.startsWith("Q3-"));
    expect(blind16.length).toBe(220);
    expect(blind16.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the seventeenth blind batch (R4-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind17 = corpus.filter((e) => e.id.startsWith("R4-"));
    expect(blind17.length).toBe(220);
    expect(blind17.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the eighteenth blind batch (S5-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind18 = corpus.filter((e) => e.id.startsWith("S5-"));
    expect(blind18.length).toBe(220);
    expect(blind18.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the nineteenth blind batch (T6-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind19 = corpus.filter((e) => e.id.startsWith("T6-"));
    expect(blind19.length).toBe(220);
    expect(blind19.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twentieth blind batch (U7-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind20 = corpus.filter((e) => e.id.startsWith("U7-"));
    expect(blind20.length).toBe(220);
    expect(blind20.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twenty-first blind batch (V8-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind21 = corpus.filter((e) => e.id.startsWith("V8-"));
    expect(blind21.length).toBe(220);
    expect(blind21.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twenty-second blind batch (W9-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind22 = corpus.filter((e) => e.id.startsWith("W9-"));
    expect(blind22.length).toBe(220);
    expect(blind22.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twenty-fourth blind batch (Z2-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind25 = corpus.filter((e) => e.id.startsWith("Z2-"));
    expect(blind25.length).toBe(220);
    expect(blind25.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twenty-fifth blind batch (A3-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind26 = corpus.filter((e) => e.id.startsWith("A3-"));
    expect(blind26.length).toBe(220);
    expect(blind26.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twenty-third blind batch (Y1-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind24 = corpus.filter((e) => e.id.startsWith("Y1-"));
    expect(blind24.length).toBe(220);
    expect(blind24.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the twenty-sixth blind batch (B4-…), measured once unseen before it was tuned on, in the held-out part", () => {
    const blind27 = corpus.filter((e) => e.id.startsWith("B4-"));
    expect(blind27.length).toBe(220);
    expect(blind27.every((e) => e.split === "heldout")).toBe(true);
  });

  it.each(["C5-", "D6-", "E7-", "F8-", "G9-", "H0-", "I1-", "K3-", "J2-", "L4-", "N6-", "O7-", "P8-", "S1-", "U3-"])("includes the later blind batch %s…, measured once unseen before it was tuned on, in the held-out part", (prefix) => {
    const batch = corpus.filter((e) => e.id.startsWith(prefix));
    expect(batch.length).toBe(220);
    expect(batch.every((e) => e.split === "heldout")).toBe(true);
  });

  it("includes the blind batch R0-…, measured once unseen, in the held-out part, without the one text the corpus already held (R0-184 = M5-075)", () => {
    const batch = corpus.filter((e) => e.id.startsWith("R0-"));
    expect(batch.length).toBe(219);
    expect(batch.every((e) => e.split === "heldout")).toBe(true);
    expect(batch.some((e) => e.id === "R0-184")).toBe(false);
  });

  it("includes the blind batch Q9-…, measured once unseen, in the held-out part, without the one text another batch already held (Q9-061 = P8-071)", () => {
    const batch = corpus.filter((e) => e.id.startsWith("Q9-"));
    expect(batch.length).toBe(219);
    expect(batch.every((e) => e.split === "heldout")).toBe(true);
    expect(batch.some((e) => e.id === "Q9-061")).toBe(false);
  });

  it("includes the blind batch M5-…, measured once unseen, in the held-out part, without the one text the corpus already held (M5-072 = Q3-026)", () => {
    const batch = corpus.filter((e) => e.id.startsWith("M5-"));
    expect(batch.length).toBe(219);
    expect(batch.every((e) => e.split === "heldout")).toBe(true);
  });

  it("gives no kind to a text that must stay unknown", () => {
    expect(report.falseKindsOnUnknown.map((r) => `${r.entry.id} → ${r.result.kind}`)).toEqual([]);
  });

  it("leaves no verification code in clear anywhere in a classification", () => {
    expect(report.codeLeaks.map((l) => l.entry.id)).toEqual([]);
  });

  it("keeps its measured accuracy", () => {
    const failed = formatReport(report, { verbose: true });
    expect(report.overall.accuracy, failed).toBeGreaterThanOrEqual(FLOORS.overall);
    expect(report.bySplit.tuning.accuracy, failed).toBeGreaterThanOrEqual(FLOORS.tuning);
    expect(report.bySplit.heldout.accuracy, failed).toBeGreaterThanOrEqual(FLOORS.heldout);
    expect(report.byLanguage.zh.accuracy, failed).toBeGreaterThanOrEqual(FLOORS.zh);
    expect(report.byLanguage.en.accuracy, failed).toBeGreaterThanOrEqual(FLOORS.en);
  });

  it("is never confidently wrong: every text intake would record alone has the right kind", () => {
    expect(report.confident.total).toBeGreaterThan(0);
    expect(report.confident.accuracy).toBeGreaterThanOrEqual(FLOORS.confidentPrecision);
    expect(report.rows.filter((r) => !r.correct && isConfidentClassification(r.result)).map((r) => r.entry.id)).toEqual([]);
    // A known text is answered unknown or right, never with a wrong kind (none in 10186 since the U3 round).
    expect(report.rows.filter((r) => !r.correct && r.result.kind !== "unknown").map((r) => r.entry.id)).toEqual([]);
  });

  it("every classified text names its cue and a confidence; unknown ones neither", () => {
    for (const { entry, result } of report.rows) {
      if (result.kind === "unknown") {
        expect(result, entry.id).toMatchObject({ confidence: 0, confidenceLevel: "none", decidedBy: null });
      } else {
        expect(result.decidedBy?.kind, entry.id).toBe(result.kind);
        expect(result.decidedBy?.match.length, entry.id).toBeGreaterThan(0);
        expect(result.confidence, entry.id).toBeGreaterThan(0);
        expect(result.confidence, entry.id).toBeLessThanOrEqual(1);
      }
    }
  });
});
