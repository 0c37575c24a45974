import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { openDatabase, type OpenDatabase } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/schema-engine";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/use-cases/actor";

/**
 * The database for one test file: the migrated PostgreSQL database of this run, or a
 * fresh in-memory PGlite with the same migrations applied.
 */
export async function openTestDatabase(): Promise<OpenDatabase> {
  const url = inject("databaseUrl");
  if (url) return openDatabase({ kind: "postgres", url });
  const db = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  await applyMigrations(db.adapterFactory);
  return db;
}

/** A suffix that keeps this test's rows apart from every other test's. */
export function unique(prefix = "t"): string {
  return `${prefix}${randomBytes(5).toString("hex")}`;
}

let cachedHash: Promise<string> | undefined;

export type TestUser = { id: string; email: string; role: Role; accountId: string | null; name: string; accountName: string | null };

export async function createTestUser(
  db: OpenDatabase,
  role: Role,
  accountId: string | null = null,
): Promise<TestUser> {
  cachedHash ??= hashPassword("correct horse battery staple");
  const email = `${unique(role)}@example.test`;
  const user = await db.prisma.user.create({
    data: { email, name: email, role, accountId, passwordHash: await cachedHash },
    include: { account: true },
  });
  return { id: user.id, email, role, accountId, name: user.name, accountName: user.account?.name ?? null };
}

export function actorOf(user: TestUser): Actor {
  return { userId: user.id, label: user.email, role: user.role, accountId: user.accountId };
}
