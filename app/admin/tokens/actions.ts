"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import { actorFromUser } from "@/lib/use-cases/actor";
import { createApiToken, revokeApiToken } from "@/lib/use-cases/manage-tokens";

export type TokenFormState =
  | { status: "idle"; seq: number }
  /** The secret travels to the browser once, in this answer, and is stored nowhere. */
  | { status: "created"; seq: number; name: string; secret: string }
  | { status: "revoked"; seq: number }
  | { status: "error"; seq: number; message: string; fields: Record<string, string>; name?: string };

async function tokenAdmin() {
  const user = await getCurrentUser();
  return user && can(user.role, "tokens:manage") ? user : null;
}

function failure(seq: number, error: unknown, name?: string): TokenFormState {
  if (error instanceof AppError) return { status: "error", seq, message: error.message, fields: error.fields ?? {}, name };
  if (error instanceof z.ZodError) return { status: "error", seq, message: "Check the name.", fields: fieldErrorsOf(error), name };
  console.error("token action failed", error);
  return { status: "error", seq, message: "The change could not be saved.", fields: {}, name };
}

export async function createTokenAction(previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const seq = previous.seq + 1;
  const name = String(form.get("name") ?? "");
  const user = await tokenAdmin();
  if (!user) return { status: "error", seq, message: "Only admins manage API tokens.", fields: {}, name };
  try {
    const token = await createApiToken(await prisma(), { actor: actorFromUser(user), input: { name }, now: new Date() });
    revalidatePath("/admin/tokens");
    return { status: "created", seq, name: token.name, secret: token.secret };
  } catch (error) {
    return failure(seq, error, name);
  }
}

export async function revokeTokenAction(previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const seq = previous.seq + 1;
  const user = await tokenAdmin();
  if (!user) return { status: "error", seq, message: "Only admins manage API tokens.", fields: {} };
  try {
    await revokeApiToken(await prisma(), { actor: actorFromUser(user), tokenId: String(form.get("tokenId") ?? ""), now: new Date() });
    revalidatePath("/admin/tokens");
    return { status: "revoked", seq };
  } catch (error) {
    return failure(seq, error);
  }
}
