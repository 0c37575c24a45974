"use server";
// The intake channel forms. runServerAction identifies the caller (re-read from the database),
// refuses anyone who may not manage intake channels and maps failures to the page's language;
// the use cases check once more which account the caller may reach.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "@/lib/i18n/server";
import { z } from "zod";
import { formText, runServerAction, type ActionFailure } from "@/lib/actions/server-action";
import { publicBaseUrlFromHeaders } from "@/lib/intake/base-url";
import { createIntakeChannel, revokeIntakeChannel, ZCreateIntakeChannelInput } from "@/lib/intake/channels";
import { localizeIntakeFields } from "@/lib/intake/form-errors";

export type ChannelFormState =
  | { status: "idle"; seq: number }
  /** The URL and secret travel to the browser once, in this answer; only hashes are stored. */
  | { status: "created"; seq: number; name: string; account: string; url: string; secret: string }
  | { status: "revoked"; seq: number }
  | { status: "error"; seq: number; code: string; message: string; fields: Record<string, string> };

async function failed(seq: number, { code, message, fields, cause }: ActionFailure): Promise<ChannelFormState> {
  return { status: "error", seq, code, message, fields: localizeIntakeFields(fields, cause, await getTranslations("intake.fieldErrors")) };
}

export async function createChannelAction(previous: ChannelFormState, form: FormData): Promise<ChannelFormState> {
  const seq = previous.seq + 1;
  const account = formText(form, "account").trim();
  const outcome = await runServerAction(form, {
    name: "createIntakeChannel",
    // Customers for their own account; admins also hold it (and intake:manage_any for every account).
    permission: "intake:manage_own",
    schema: ZCreateIntakeChannelInput,
    read: () => ({ name: formText(form, "name"), ...(account ? { account } : {}) }),
    run: async ({ db, actor, input, now }) => createIntakeChannel(db, { actor, input, now, baseUrl: publicBaseUrlFromHeaders(await headers()) }),
  });
  if (!outcome.ok) return failed(seq, outcome.failure);
  revalidatePath("/intake");
  const { channel } = outcome.value;
  return { status: "created", seq, name: channel.name, account: channel.account, url: channel.url, secret: channel.secret };
}

export async function revokeChannelAction(previous: ChannelFormState, form: FormData): Promise<ChannelFormState> {
  const seq = previous.seq + 1;
  const outcome = await runServerAction(form, {
    name: "revokeIntakeChannel",
    permission: "intake:manage_own",
    schema: z.object({ channelId: z.string().min(1) }),
    read: () => ({ channelId: formText(form, "channelId") }),
    run: ({ db, actor, input, now }) => revokeIntakeChannel(db, { actor, channelId: input.channelId, now }),
  });
  if (!outcome.ok) return failed(seq, outcome.failure);
  revalidatePath("/intake");
  return { status: "revoked", seq };
}
