// What every stress database starts with: the migrations, one account, one admin who can
// sign in, and an API token of that admin.
import { hashPassword } from "../../../lib/auth/password";
import { openDatabase } from "../../../lib/db/connect";
import { applyMigrations } from "../../../lib/db/schema-engine";
import { createApiToken } from "../../../lib/use-cases/manage-tokens";

export const STRESS_ADMIN = { email: "stress-admin@example.test", password: "stress-admin-password-2026" };
export const STRESS_ACCOUNT = "Stress Account";

/** Migrates the database at `url` and adds the account, the admin and a token; answers the token. */
export async function seedStressDatabase(url: string): Promise<string> {
  const db = await openDatabase({ kind: "postgres", url });
  try {
    await applyMigrations(db.adapterFactory);
    await db.prisma.account.create({ data: { name: STRESS_ACCOUNT } });
    const admin = await db.prisma.user.create({
      data: { email: STRESS_ADMIN.email, name: "Stress Admin", role: "admin", passwordHash: await hashPassword(STRESS_ADMIN.password) },
    });
    const created = await createApiToken(db.prisma, {
      actor: { userId: admin.id, label: admin.email, role: "admin", accountId: null },
      input: { name: "stress", scope: "admin", expiresInDays: null },
      now: new Date(),
    });
    return created.secret;
  } finally {
    await db.close();
  }
}
