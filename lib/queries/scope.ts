import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/**
 * Which accounts a caller's queries may touch. Every query function takes the caller
 * and builds its `where` from this, so a customer's query cannot forget its account.
 */
export type Scope = { kind: "all" } | { kind: "account"; accountId: string } | { kind: "none" };

export function scopeOf(user: Pick<CurrentUser, "role" | "accountId">): Scope {
  if (can(user.role, "domains:read_all")) return { kind: "all" };
  if (user.accountId && can(user.role, "domains:read_own")) return { kind: "account", accountId: user.accountId };
  return { kind: "none" };
}

/** A Prisma `where` fragment on a model with an `accountId` column. */
export function accountFilter(scope: Scope): { accountId?: string | { in: never[] } } {
  switch (scope.kind) {
    case "all":
      return {};
    case "account":
      return { accountId: scope.accountId };
    case "none":
      return { accountId: { in: [] } };
  }
}
