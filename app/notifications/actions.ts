"use server";
// Mark read / all read on the notifications page, through runServerAction.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formText, runServerAction } from "@/lib/actions/server-action";
import { markAllRead, markRead } from "@/lib/notifications/inbox";

export async function markReadAction(form: FormData): Promise<void> {
  // Someone else's (or no) notification answers not_found: nothing to change, nothing to reveal.
  await runServerAction(form, {
    name: "markReadAction",
    schema: z.object({ id: z.string().min(1).max(100) }),
    read: () => ({ id: formText(form, "id") }),
    run: ({ db, user, input, now }) => markRead(db, user.id, input.id, now),
  });
  revalidatePath("/", "layout");
}

export async function markAllReadAction(form: FormData): Promise<void> {
  await runServerAction(form, {
    name: "markAllReadAction",
    schema: z.object({}),
    read: () => ({}),
    run: ({ db, user, now }) => markAllRead(db, user.id, now),
  });
  revalidatePath("/", "layout");
}
