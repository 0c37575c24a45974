import type { z } from "zod";

/** zod issues as `{ field: message }`, shown next to each form field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    fields[key] ??= issue.message;
  }
  return fields;
}
