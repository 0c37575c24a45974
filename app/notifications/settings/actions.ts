"use server";
// The notification settings forms, through runServerAction: it re-reads the caller, parses
// the form with zod and answers every failure in the caller's language.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formText, runServerAction, type ActionFailure } from "@/lib/actions/server-action";
import { AppError } from "@/lib/errors";
import { CATEGORIES, PERSON_CHANNELS } from "@/lib/notifications/categories";
import { savePreferences, ZPreferencesInput } from "@/lib/notifications/preferences";
import { createWebhook, deleteWebhook, WEBHOOK_KINDS, ZCreateWebhookInput } from "@/lib/notifications/webhooks";

export type SettingsFormState =
  | { status: "idle"; seq: number }
  | { status: "saved"; seq: number }
  | { status: "created"; seq: number; secret: string | null; url: string }
  | { status: "error"; seq: number; message: string; fields: Record<string, string> };

function failure(seq: number, { message, fields }: ActionFailure): SettingsFormState {
  return { status: "error", seq, message, fields };
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
  const outcome = await runServerAction(form, {
    name: "savePreferencesAction",
    schema: ZPreferencesInput,
    read: () => ({
      locale: formText(form, "locale") === "zh-CN" ? "zh-CN" : "en",
      channels: Object.fromEntries(CATEGORIES.map((c) => [c, PERSON_CHANNELS.filter((ch) => form.get(`${c}.${ch}`) === "on")])),
      digest: form.get("digest") === "on",
      quietStart: minutes(form.get("quietStart")),
      quietEnd: minutes(form.get("quietEnd")),
    }),
    run: async ({ db, user, input }) => {
      // A customer's form has no escalation row: escalations go to support only.
      const { escalation, ...others } = input.channels;
      await savePreferences(db, user.id, { ...input, channels: user.role === "customer" ? others : { ...others, escalation } });
    },
  });
  if (!outcome.ok) return failure(seq, outcome.failure);
  revalidatePath("/notifications/settings");
  return { status: "saved", seq };
}

export async function createWebhookAction(previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const seq = previous.seq + 1;
  const outcome = await runServerAction(form, {
    name: "createWebhookAction",
    schema: ZCreateWebhookInput,
    read: () => {
      const kind = formText(form, "kind") || "generic";
      const secret = formText(form, "secret").trim();
      const account = formText(form, "account").trim();
      const events = CATEGORIES.filter((c) => form.get(`event.${c}`) === "on");
      return {
        url: formText(form, "url"),
        kind: (WEBHOOK_KINDS as readonly string[]).includes(kind) ? kind : "generic",
        ...(secret ? { secret } : {}),
        ...(events.length ? { events } : {}),
        ...(account ? { account } : {}),
      };
    },
    run: ({ db, user, actor, input, now }) => createWebhook(db, { caller: user, actor, input, now }),
  });
  if (!outcome.ok) return failure(seq, outcome.failure);
  revalidatePath("/notifications/settings");
  return { status: "created", seq, secret: outcome.value.secret, url: outcome.value.url };
}

export async function deleteWebhookAction(form: FormData): Promise<void> {
  // Someone else's (or no) webhook answers not_found: nothing to change, nothing to reveal.
  await runServerAction(form, {
    name: "deleteWebhookAction",
    schema: z.object({ id: z.string().min(1) }),
    read: () => ({ id: formText(form, "id") }),
    run: ({ db, user, actor, input }) => deleteWebhook(db, { caller: user, actor, id: input.id }),
  });
  revalidatePath("/notifications/settings");
}
