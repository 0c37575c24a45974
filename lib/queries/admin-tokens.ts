import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every API token, newest first, without any secret (only the hash is stored anyway). */
export async function listApiTokens(db: PrismaClient, user: Pick<CurrentUser, "role">) {
  if (!can(user.role, "tokens:manage")) return [];
  return db.apiToken.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      expiresAt: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
}
export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];
