"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import type { MessageKind } from "@/lib/icp";
import { confirmInbound, rejectInbound } from "@/lib/intake/triage";
import { actorFromUser } from "@/lib/use-cases/actor";

export type TriageFormState =
  | { status: "idle"; seq: number }
  | { status: "done"; seq: number; state: "recorded" | "rejected"; domain: string | null }
  | { status: "error"; seq: number; code: string; message: string; fields: Record<string, string> };

function failure(seq: number, error: unknown): TriageFormState {
  if (error instanceof AppError) return { status: "error", seq, code: error.code, message: error.message, fields: error.fields ?? {} };
  if (error instanceof z.ZodError) return { status: "error", seq, code: "validation_failed", message: "Check the fields.", fields: fieldErrorsOf(error) };
  console.error("triage action failed", error);
  return { status: "error", seq, code: "internal_error", message: "The change could not be saved.", fields: {} };
}

async function triager() {
  const user = await getCurrentUser();
  return user && can(user.role, "inbound:triage") ? user : null;
}

export async function confirmItemAction(previous: TriageFormState, form: FormData): Promise<TriageFormState> {
  const seq = previous.seq + 1;
  const user = await triager();
  if (!user) return { status: "error", seq, code: "forbidden", message: "Only support agents and admins triage the inbox.", fields: {} };
  try {
    const kind = String(form.get("kind") ?? "");
    const answer = await confirmInbound(await prisma(), {
      actor: actorFromUser(user),
      itemId: String(form.get("itemId") ?? ""),
      input: { domain: String(form.get("domain") ?? ""), ...(kind ? { kind: kind as MessageKind } : {}) },
      now: new Date(),
    });
    revalidatePath("/staff/inbox");
    return { status: "done", seq, state: "recorded", domain: answer.domain };
  } catch (error) {
    revalidatePath("/staff/inbox");
    return failure(seq, error);
  }
}

export async function rejectItemAction(previous: TriageFormState, form: FormData): Promise<TriageFormState> {
  const seq = previous.seq + 1;
  const user = await triager();
  if (!user) return { status: "error", seq, code: "forbidden", message: "Only support agents and admins triage the inbox.", fields: {} };
  try {
    await rejectInbound(await prisma(), {
      actor: actorFromUser(user),
      itemId: String(form.get("itemId") ?? ""),
      input: { reason: String(form.get("reason") ?? "") },
      now: new Date(),
    });
    revalidatePath("/staff/inbox");
    return { status: "done", seq, state: "rejected", domain: null };
  } catch (error) {
    return failure(seq, error);
  }
}
