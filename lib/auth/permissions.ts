// The one table of who may do what (docs/ARCHITECTURE.md, "Authorisation").
// Every entry point asks `can(role, permission)` through lib/auth/session.ts.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "domains:read_own",
  "domains:read_all",
  "actions:update",
  "facts:answer",
  "domains:edit_facts_any",
  "accounts:review",
  "messages:record",
  "accounts:manage",
  "users:manage",
  "tokens:manage",
  "audit:read_all",
  "intake:manage_own",
  "intake:manage_any",
  "inbound:triage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  customer: ["domains:read_own", "actions:update", "facts:answer", "intake:manage_own"],
  agent: [
    "domains:read_own",
    "domains:read_all",
    "actions:update",
    "facts:answer",
    "domains:edit_facts_any",
    "accounts:review",
    "audit:read_all",
    "inbound:triage",
  ],
  admin: [
    "domains:read_own",
    "domains:read_all",
    "actions:update",
    "facts:answer",
    "domains:edit_facts_any",
    "accounts:review",
    "messages:record",
    "accounts:manage",
    "users:manage",
    "tokens:manage",
    "audit:read_all",
    "intake:manage_own",
    "intake:manage_any",
    "inbound:triage",
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "agent":
      // Support agents start at the review queue: the accounts most at risk first.
      return "/staff";
    case "customer":
    case "admin":
      // Admins mostly record messages and manage data; they reach the queue from the menu.
      return "/domains";
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}
