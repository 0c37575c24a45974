import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

// Reads for the admin user pages. The pages call requirePermission("users:manage")
// before any of these; nothing here is scoped because only admins reach it.

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  accountName: string | null;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export const USERS_PAGE_SIZE = 50;

const SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  accountId: true,
  disabledAt: true,
  lastSignInAt: true,
  createdAt: true,
  account: { select: { name: true } },
} as const;

export async function listUsers(db: PrismaClient, page: number): Promise<{ items: UserRow[]; total: number; page: number; pageCount: number }> {
  const total = await db.user.count();
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.user.findMany({
    select: SELECT,
    orderBy: [{ email: "asc" }],
    skip: (current - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
  });
  return { items: rows.map(toRow), total, page: current, pageCount };
}

function toRow(row: Omit<UserRow, "accountName"> & { account: { name: string } | null }): UserRow {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    accountName: row.account?.name ?? null,
    disabledAt: row.disabledAt,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
  };
}

export async function findUserForAdmin(db: PrismaClient, id: string): Promise<UserRow | null> {
  const row = await db.user.findUnique({ where: { id }, select: SELECT });
  return row ? toRow(row) : null;
}

export async function listAccountNames(db: PrismaClient): Promise<string[]> {
  const accounts = await db.account.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return accounts.map((a) => a.name);
}

/** A user's role and account as stored now (null: no such user), to tell a change from a no-op. */
export async function findUserRole(db: PrismaClient, id: string): Promise<{ role: Role; accountId: string | null } | null> {
  return db.user.findUnique({ where: { id }, select: { role: true, accountId: true } });
}
