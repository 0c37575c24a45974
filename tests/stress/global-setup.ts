// The stress suite's one app: a fresh PostgreSQL database (created on the server of
// STRESS_DATABASE_URL, else DATABASE_URL, else the local server, and dropped afterwards),
// migrated, with one admin, one account and an API token; then the app started on it as
// `npm start` starts it, on STRESS_PORT (3190 unless told). Every file in tests/stress
// talks to this app over real HTTP; a test that needs an app of its own (the database
// outage) starts one with support/app.ts.
import type { TestProject } from "vitest/node";
import { hashPassword } from "../../lib/auth/password";
import { openDatabase } from "../../lib/db/connect";
import { createScratchPostgres } from "../../lib/db/scratch";
import { applyMigrations } from "../../lib/db/schema-engine";
import { createApiToken } from "../../lib/use-cases/manage-tokens";
import { startApp } from "./support/app";

declare module "vitest" {
  export interface ProvidedContext {
    stressBaseUrl: string;
    stressDatabaseUrl: string;
    stressAdminToken: string;
    stressAdminEmail: string;
    stressAdminPassword: string;
    stressAccount: string;
  }
}

export const STRESS_ADMIN = { email: "stress-admin@example.test", password: "stress-admin-password-2026" };
export const STRESS_ACCOUNT = "Stress Account";

export default async function setup(project: TestProject) {
  const serverUrl = process.env.STRESS_DATABASE_URL || process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const scratch = await createScratchPostgres(serverUrl, "icp_stress");
  const url = scratch.url!;
  let token: string;
  const db = await openDatabase({ kind: "postgres", url });
  try {
    await applyMigrations(db.adapterFactory);
    await db.prisma.account.create({ data: { name: STRESS_ACCOUNT } });
    const admin = await db.prisma.user.create({
      data: { email: STRESS_ADMIN.email, name: "Stress Admin", role: "admin", passwordHash: await hashPassword(STRESS_ADMIN.password) },
    });
    const created = await createApiToken(db.prisma, {
      actor: { userId: admin.id, label: admin.email, role: "admin", accountId: null },
      input: { name: "stress" },
      now: new Date(),
    });
    token = created.secret;
  } finally {
    await db.close();
  }

  const port = Number(process.env.STRESS_PORT ?? 3190);
  console.log(`Stress tests on ${scratch.label}, app on port ${port} (building it first if the build is stale)…`);
  const started = Date.now();
  const app = await startApp({ port, env: { DATABASE_URL: url } }).catch(async (error: unknown) => {
    await scratch.drop();
    throw error;
  });
  console.log(`App up after ${Math.round((Date.now() - started) / 1000)} s (log: ${app.logFile}).`);

  project.provide("stressBaseUrl", app.baseUrl);
  project.provide("stressDatabaseUrl", url);
  project.provide("stressAdminToken", token);
  project.provide("stressAdminEmail", STRESS_ADMIN.email);
  project.provide("stressAdminPassword", STRESS_ADMIN.password);
  project.provide("stressAccount", STRESS_ACCOUNT);

  return async () => {
    await app.stop();
    await scratch.drop();
  };
}
