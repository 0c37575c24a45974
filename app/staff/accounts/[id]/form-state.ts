// What the review form gets back from its server action: per-field errors shown beside
// the fields, and what was typed, so nothing is lost on an error.
export type ReviewField = "note" | "outcome" | "followUpAt";

export type ReviewFormState = {
  status: "idle" | "saved" | "error";
  message?: string;
  fields?: Partial<Record<ReviewField, string>>;
  values?: { note: string; outcome: string; followUpAt: string };
  /** Changes on every answer, so the form can reset after a save. */
  at?: number;
};

export const IDLE_REVIEW: ReviewFormState = { status: "idle" };
