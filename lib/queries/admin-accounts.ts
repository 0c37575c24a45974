import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every account with its domain and user counts, by name. Admins only. */
export async function listAccountsForAdmin(db: PrismaClient, user: Pick<CurrentUser, "role">) {
  if (!can(user.role, "accounts:manage")) return [];
  return db.account.findMany({
    orderBy: [{ name: "asc" }],
    select: { id: true, name: true, createdAt: true, _count: { select: { domains: true, users: true } } },
  });
}
export type AdminAccountItem = Awaited<ReturnType<typeof listAccountsForAdmin>>[number];

/** Account names for pickers. */
export async function accountNames(db: PrismaClient, user: Pick<CurrentUser, "role">) {
  if (!can(user.role, "accounts:manage")) return [];
  return db.account.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true } });
}
