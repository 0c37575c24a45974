import { expect, it } from "vitest";
import { classifyMessage, isConfidentClassification, type ClassifyOptions } from "@/lib/icp/classify";
import type { MessageKind } from "@/lib/icp/kinds";

/** What a family text must read as: a kind, or no kind at all. */
export type KindOrUnknown = MessageKind | "unknown";

/** One row of a family table: the kind the text must read as, and the text. */
export type KindCase = [kind: KindOrUnknown, text: string];

/** A family of texts under one name (classify-families.test.ts and the D round keep their families as data). */
export type Family = { family: string; cases: KindCase[] };

type TableOptions = {
  /** The test's name, a vitest format over the row ("%s ← %s" for a kind and its text, "stays unknown: %s"). */
  title?: string;
  /** Also expect the answer not to be confident (a person looks). */
  notConfident?: boolean;
};

/**
 * The classifier as the family tests (classify-families*.test.ts) read it: at one reference date, or at none
 * (`readAt()`, as the files up to the F round do), with the wrappers the files name `classify` and `kindOf`, and
 * the table runners they share. Each runner is one `it.each`; its default name is the one the files give that
 * table, and a block that names it otherwise passes its own `title`.
 */
export function readAt(referenceDate?: string) {
  const ref: ClassifyOptions = referenceDate === undefined ? {} : { referenceDate: new Date(referenceDate) };
  const classify = (text: string) => classifyMessage(text, ref);
  const kindOf = (text: string) => classify(text).kind;

  /** Each text reads as its kind ("%s ← %s"). */
  const itReadsKinds = (cases: KindCase[], { title = "%s ← %s", notConfident = false }: TableOptions = {}) =>
    it.each(cases)(title, (kind, text) => {
      const c = classify(text);
      expect(c.kind).toBe(kind);
      if (notConfident) expect(isConfidentClassification(c)).toBe(false);
    });

  /** Each text reads as no kind ("stays unknown: %s"). */
  const itStaysUnknown = (texts: string[], { title = "stays unknown: %s", notConfident = false }: TableOptions = {}) =>
    it.each(texts)(title, (text) => {
      const c = classify(text);
      expect(c.kind).toBe("unknown");
      if (notConfident) expect(isConfidentClassification(c)).toBe(false);
    });

  /** Each text's answer is confident, or is not, whatever its kind. */
  const itIsConfident = (texts: string[], confident: boolean, title: string) =>
    it.each(texts)(title, (text) => {
      expect(isConfidentClassification(classify(text))).toBe(confident);
    });

  return { classify, kindOf, itReadsKinds, itStaysUnknown, itIsConfident };
}
