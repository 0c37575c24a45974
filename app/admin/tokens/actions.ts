"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formText, runServerAction, type ActionOutcome } from "@/lib/actions/server-action";
import { createApiToken, revokeApiToken, ZCreateApiTokenInput } from "@/lib/use-cases/manage-tokens";

export type TokenFormState =
  | { status: "idle"; seq: number }
  /** The secret travels to the browser once, in this answer, and is stored nowhere. */
  | { status: "created"; seq: number; id: string; name: string; secret: string }
  | { status: "revoked"; seq: number }
  | { status: "error"; seq: number; message: string; fields: Record<string, string>; name?: string; scope?: string; expiry?: string };

function failed(seq: number, outcome: Extract<ActionOutcome<unknown>, { ok: false }>, kept: { name?: string; scope?: string; expiry?: string } = {}): TokenFormState {
  return { status: "error", seq, message: outcome.failure.message, fields: outcome.failure.fields, ...kept };
}

/** The expiry field: a number of days, or "never". */
function expiryDays(value: string): number | null | string {
  if (value === "never") return null;
  return /^\d{1,4}$/.test(value) ? Number(value) : value;
}

export async function createTokenAction(previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const seq = previous.seq + 1;
  const name = formText(form, "name");
  const scope = formText(form, "scope");
  const expiry = formText(form, "expiresInDays");
  const outcome = await runServerAction(form, {
    name: "createToken",
    permission: "tokens:manage",
    schema: ZCreateApiTokenInput,
    read: () => ({ name, scope, expiresInDays: expiryDays(expiry) }),
    run: ({ db, actor, input, now }) => createApiToken(db, { actor, input, now }),
  });
  if (!outcome.ok) return failed(seq, outcome, { name, scope, expiry });
  revalidatePath("/admin/tokens");
  return { status: "created", seq, id: outcome.value.id, name: outcome.value.name, secret: outcome.value.secret };
}

export async function revokeTokenAction(previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const seq = previous.seq + 1;
  const outcome = await runServerAction(form, {
    name: "revokeToken",
    permission: "tokens:manage",
    schema: z.object({ tokenId: z.string() }),
    read: () => ({ tokenId: formText(form, "tokenId") }),
    run: ({ db, actor, input, now }) => revokeApiToken(db, { actor, tokenId: input.tokenId, now }),
  });
  if (!outcome.ok) return failed(seq, outcome);
  revalidatePath("/admin/tokens");
  return { status: "revoked", seq };
}
