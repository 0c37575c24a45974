"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import { CATEGORIES, PERSON_CHANNELS } from "@/lib/notifications/categories";
import { savePreferences } from "@/lib/notifications/preferences";
import { createWebhook, deleteWebhook, WEBHOOK_KINDS } from "@/lib/notifications/webhooks";
import { actorFromUser } from "@/lib/use-cases/actor";

export type SettingsFormState =
  | { status: "idle"; seq: number }
  | { status: "saved"; seq: number }
  | { status: "created"; seq: number; secret: string | null; url: string }
  | { status: "error"; seq: number; message: string; fields: Record<string, string> };

function failure(seq: number, error: unknown): SettingsFormState {
  if (error instanceof AppError) return { status: "error", seq, message: error.message, fields: error.fields ?? {} };
  if (error instanceof z.ZodError) return { status: "error", seq, message: "Check the highlighted fields.", fields: fieldErrorsOf(error) };
  console.error("notification settings action failed", error);
  return { status: "error", seq, message: "The change could not be saved.", fields: {} };
}

/** "HH:MM" → minutes after midnight; empty → null. */
function minutes(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? "").trim();
  if (!text) return null;
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) throw new AppError("validation_failed", "Times are HH:MM.", { quietStart: "Use HH:MM." });
  const total = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[1]) > 23 || Number(match[2]) > 59) throw new AppError("validation_failed", "Times are HH:MM.", { quietStart: "Use HH:MM." });
  return total;
}

export async function savePreferencesAction(previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const seq = previous.seq + 1;
  const user = await getCurrentUser();
  if (!user) return { status: "error", seq, message: "Sign in first.", fields: {} };
  try {
    const shown = CATEGORIES.filter((c) => c !== "escalation" || user.role !== "customer");
    const channels = Object.fromEntries(shown.map((c) => [c, PERSON_CHANNELS.filter((ch) => form.get(`${c}.${ch}`) === "on")]));
    await savePreferences(await prisma(), user.id, {
      locale: form.get("locale") === "zh-CN" ? "zh-CN" : "en",
      channels,
      digest: form.get("digest") === "on",
      quietStart: minutes(form.get("quietStart")),
      quietEnd: minutes(form.get("quietEnd")),
    });
    revalidatePath("/notifications/settings");
    return { status: "saved", seq };
  } catch (error) {
    return failure(seq, error);
  }
}

export async function createWebhookAction(previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const seq = previous.seq + 1;
  const user = await getCurrentUser();
  if (!user) return { status: "error", seq, message: "Sign in first.", fields: {} };
  try {
    const kind = String(form.get("kind") ?? "generic");
    const secret = String(form.get("secret") ?? "").trim();
    const account = String(form.get("account") ?? "").trim();
    const events = CATEGORIES.filter((c) => form.get(`event.${c}`) === "on");
    const created = await createWebhook(await prisma(), {
      caller: user,
      actor: actorFromUser(user),
      input: {
        url: String(form.get("url") ?? ""),
        kind: (WEBHOOK_KINDS as readonly string[]).includes(kind) ? (kind as (typeof WEBHOOK_KINDS)[number]) : "generic",
        ...(secret ? { secret } : {}),
        ...(events.length ? { events } : {}),
        ...(account ? { account } : {}),
      },
      now: new Date(),
    });
    revalidatePath("/notifications/settings");
    return { status: "created", seq, secret: created.secret, url: created.url };
  } catch (error) {
    return failure(seq, error);
  }
}

export async function deleteWebhookAction(form: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  try {
    await deleteWebhook(await prisma(), { caller: user, actor: actorFromUser(user), id: String(form.get("id") ?? "") });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  revalidatePath("/notifications/settings");
}
