"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import { publicBaseUrlFromHeaders } from "@/lib/intake/base-url";
import { createIntakeChannel, revokeIntakeChannel } from "@/lib/intake/channels";
import { actorFromUser } from "@/lib/use-cases/actor";

export type ChannelFormState =
  | { status: "idle"; seq: number }
  /** The URL and secret travel to the browser once, in this answer; only hashes are stored. */
  | { status: "created"; seq: number; name: string; account: string; url: string; secret: string }
  | { status: "revoked"; seq: number }
  | { status: "error"; seq: number; code: string; message: string; fields: Record<string, string> };

async function manager() {
  const user = await getCurrentUser();
  return user && (can(user.role, "intake:manage_own") || can(user.role, "intake:manage_any")) ? user : null;
}

function failure(seq: number, error: unknown): ChannelFormState {
  if (error instanceof AppError) return { status: "error", seq, code: error.code, message: error.message, fields: error.fields ?? {} };
  if (error instanceof z.ZodError) return { status: "error", seq, code: "validation_failed", message: "Check the fields.", fields: fieldErrorsOf(error) };
  console.error("intake channel action failed", error);
  return { status: "error", seq, code: "internal_error", message: "The change could not be saved.", fields: {} };
}

export async function createChannelAction(previous: ChannelFormState, form: FormData): Promise<ChannelFormState> {
  const seq = previous.seq + 1;
  const user = await manager();
  if (!user) return { status: "error", seq, code: "forbidden", message: "Intake channels are managed by customers and admins.", fields: {} };
  try {
    const account = String(form.get("account") ?? "").trim();
    const { channel } = await createIntakeChannel(await prisma(), {
      actor: actorFromUser(user),
      input: { name: String(form.get("name") ?? ""), ...(account ? { account } : {}) },
      now: new Date(),
      baseUrl: publicBaseUrlFromHeaders(await headers()),
    });
    revalidatePath("/intake");
    return { status: "created", seq, name: channel.name, account: channel.account, url: channel.url, secret: channel.secret };
  } catch (error) {
    return failure(seq, error);
  }
}

export async function revokeChannelAction(previous: ChannelFormState, form: FormData): Promise<ChannelFormState> {
  const seq = previous.seq + 1;
  const user = await manager();
  if (!user) return { status: "error", seq, code: "forbidden", message: "Intake channels are managed by customers and admins.", fields: {} };
  try {
    await revokeIntakeChannel(await prisma(), { actor: actorFromUser(user), channelId: String(form.get("channelId") ?? ""), now: new Date() });
    revalidatePath("/intake");
    return { status: "revoked", seq };
  } catch (error) {
    return failure(seq, error);
  }
}
