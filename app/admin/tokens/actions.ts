"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formText, runServerAction, type ActionOutcome } from "@/lib/actions/server-action";
import { createApiToken, revokeApiToken, ZCreateApiTokenInput } from "@/lib/use-cases/manage-tokens";

export type TokenFormState =
  | { status: "idle"; seq: number }
  /** The secret travels to the browser once, in this answer, and is stored nowhere. */
  | { status: "created"; seq: number; name: string; secret: string }
  | { status: "revoked"; seq: number }
  | { status: "error"; seq: number; message: string; fields: Record<string, string>; name?: string };

function failed(seq: number, outcome: Extract<ActionOutcome<unknown>, { ok: false }>, name?: string): TokenFormState {
  return { status: "error", seq, message: outcome.failure.message, fields: outcome.failure.fields, name };
}

export async function createTokenAction(previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const seq = previous.seq + 1;
  const name = formText(form, "name");
  const outcome = await runServerAction(form, {
    name: "createToken",
    permission: "tokens:manage",
    schema: ZCreateApiTokenInput,
    read: () => ({ name }),
    run: ({ db, actor, input, now }) => createApiToken(db, { actor, input, now }),
  });
  if (!outcome.ok) return failed(seq, outcome, name);
  revalidatePath("/admin/tokens");
  return { status: "created", seq, name: outcome.value.name, secret: outcome.value.secret };
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
