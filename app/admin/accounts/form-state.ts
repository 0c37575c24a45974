import type { ActionOutcome } from "@/lib/actions/server-action";

/** The answer of the admin pages' small forms (accounts, domains): what went wrong, and what was typed. */
export type AdminFormState =
  | { status: "idle"; seq: number }
  | { status: "saved"; seq: number; unchanged?: boolean; name?: string }
  | { status: "error"; seq: number; message: string; fields: Record<string, string>; values: Record<string, string> };

/** A server action's outcome as the form's next state. */
export function adminFormState<T>(
  previous: AdminFormState,
  outcome: ActionOutcome<T>,
  values: Record<string, string>,
  saved: (value: T) => { unchanged?: boolean; name?: string },
): AdminFormState {
  const seq = previous.seq + 1;
  if (!outcome.ok) return { status: "error", seq, message: outcome.failure.message, fields: outcome.failure.fields, values };
  return { status: "saved", seq, ...saved(outcome.value) };
}
