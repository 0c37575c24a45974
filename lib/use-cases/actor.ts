import type { AuditActor } from "@/lib/audit";
import type { Role } from "@/lib/generated/prisma/enums";

/** Who is doing a change: a signed-in user (or, for the API, an admin's token). */
export type Actor = {
  userId: string | null;
  label: string;
  role: Role;
  /** A customer's account; null for staff. */
  accountId: string | null;
};

export function auditActor(actor: Actor): AuditActor {
  return { id: actor.userId, label: actor.label, role: actor.role };
}

export function actorFromUser(user: { id: string; email: string; role: Role; accountId: string | null }): Actor {
  return { userId: user.id, label: user.email, role: user.role, accountId: user.accountId };
}
