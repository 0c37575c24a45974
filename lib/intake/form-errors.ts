// The intake forms' field errors in the page's language. The use cases and zod schemas word
// their field errors in English for the API; a form shows the same problem from
// messages/*.json (intake.fieldErrors), chosen by the field and what is wrong with it.
import { z } from "zod";

export const INTAKE_FIELD_ERRORS = [
  "nameRequired",
  "nameTooLong",
  "accountRequired",
  "accountUnknown",
  "textRequired",
  "textTooLong",
  "receivedAtRequired",
  "receivedAtInvalid",
  "receivedAtFuture",
  "domainRequired",
  "domainTooLong",
  "domainUnknown",
  "domainOtherAccount",
  "kindRequired",
  "reasonRequired",
  "reasonTooLong",
  "invalid",
] as const;
export type IntakeFieldError = (typeof INTAKE_FIELD_ERRORS)[number];

type Problem = "Required" | "TooLong" | "Invalid" | "Unknown" | "Future" | "OtherAccount";

/** The English field texts the intake use cases throw (lib/intake/*.ts), by what they mean. */
const USE_CASE_TEXTS: Record<string, Problem> = {
  "Required for staff.": "Required",
  "Unknown account.": "Unknown",
  "Paste the message text.": "Required",
  "Not a date.": "Invalid",
  "Must not lie in the future.": "Future",
  "Unknown domain.": "Unknown",
  "Not this account's domain.": "OtherAccount",
  "Choose the kind.": "Required",
};

function zodProblem(issue: z.core.$ZodIssue): Problem {
  if (issue.code === "too_big") return "TooLong";
  if (issue.code === "too_small" || (issue.code === "invalid_type" && issue.input === undefined)) return "Required";
  return "Invalid";
}

const KNOWN = new Set<string>(INTAKE_FIELD_ERRORS);

/** Each failed field's message key; `cause` is what runServerAction caught. */
export function intakeFieldErrorKeys(fields: Record<string, string>, cause: unknown): Record<string, IntakeFieldError> {
  const keys: Record<string, IntakeFieldError> = {};
  for (const [field, text] of Object.entries(fields)) {
    const issue = cause instanceof z.ZodError ? cause.issues.find((i) => (i.path.length ? i.path.join(".") : "form") === field) : undefined;
    const problem = issue ? zodProblem(issue) : (USE_CASE_TEXTS[text] ?? "Invalid");
    const key = `${field}${problem}`;
    keys[field] = KNOWN.has(key) ? (key as IntakeFieldError) : "invalid";
  }
  return keys;
}

/** The same, translated: `t` is next-intl's translator for `intake.fieldErrors`. */
export function localizeIntakeFields(fields: Record<string, string>, cause: unknown, t: (key: IntakeFieldError) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(intakeFieldErrorKeys(fields, cause)).map(([field, key]) => [field, t(key)]));
}
