"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markAllRead, markRead } from "@/lib/notifications/inbox";

export async function markReadAction(form: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  try {
    await markRead(await prisma(), user.id, String(form.get("id") ?? ""), new Date());
  } catch (error) {
    // Someone else's (or no) notification: nothing to change, nothing to reveal.
    if (!(error instanceof AppError)) throw error;
  }
  revalidatePath("/", "layout");
}

export async function markAllReadAction(): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  await markAllRead(await prisma(), user.id, new Date());
  revalidatePath("/", "layout");
}
