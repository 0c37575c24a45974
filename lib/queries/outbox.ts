import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** How many kept e-mails the outbox page shows, newest first. */
export const OUTBOX_PAGE_SIZE = 200;

export type OutboxEmailItem = { id: string; to: string; subject: string; locale: string; text: string; createdAt: Date };

/** The e-mails the app kept because no SMTP server is configured, newest first; admins only. */
export async function listOutboxEmails(db: PrismaClient, user: Pick<CurrentUser, "role">): Promise<OutboxEmailItem[]> {
  if (!can(user.role, "accounts:manage")) return [];
  return db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: OUTBOX_PAGE_SIZE,
    select: { id: true, to: true, subject: true, locale: true, text: true, createdAt: true },
  });
}
