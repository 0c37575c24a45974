import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";

/** The answer of the admin pages' small forms (accounts, domains): what went wrong, and what was typed. */
export type AdminFormState =
  | { status: "idle"; seq: number }
  | { status: "saved"; seq: number; unchanged?: boolean; name?: string }
  | { status: "error"; seq: number; message: string; fields: Record<string, string>; values: Record<string, string> };

export function adminFailure(seq: number, error: unknown, values: Record<string, string>): AdminFormState {
  if (error instanceof AppError) return { status: "error", seq, message: error.message, fields: error.fields ?? {}, values };
  if (error instanceof z.ZodError) return { status: "error", seq, message: "Check the highlighted fields.", fields: fieldErrorsOf(error), values };
  console.error("admin form failed", error);
  return { status: "error", seq, message: "The change could not be saved.", fields: {}, values };
}

export function formValues(form: FormData, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, String(form.get(key) ?? "")]));
}
