import type { AuditActor } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MessageSource } from "@/lib/intake/source";

/** Who is doing a change: a signed-in user (or, for the API, an admin's token). */
export type Actor = {
  userId: string | null;
  label: string;
  role: Role;
  /** A customer's account; null for staff. */
  accountId: string | null;
  /**
   * Set only by lib/intake for a message that arrived by itself (an intake channel or a
   * customer's report): the actor may record messages, but only into this one account,
   * and the message carries its source. It grants nothing else.
   */
  intake?: { accountId: string; source: MessageSource };
};

export function auditActor(actor: Actor): AuditActor {
  return { id: actor.userId, label: actor.label, role: actor.role };
}

export function actorFromUser(user: { id: string; email: string; role: Role; accountId: string | null }): Actor {
  return { userId: user.id, label: user.email, role: user.role, accountId: user.accountId };
}

/** Whether the actor may record messages at all (an admin, or the intake actor of an account). */
export function mayRecordMessages(actor: Actor): boolean {
  return actor.intake !== undefined || can(actor.role, "messages:record");
}

/** Whether the actor may record a message about a domain of this account. */
export function mayRecordInto(actor: Actor, accountId: string): boolean {
  if (actor.intake) return actor.intake.accountId === accountId;
  return can(actor.role, "messages:record");
}
