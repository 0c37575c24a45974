// The stress suite's one app: a fresh PostgreSQL database (created on the server of
// STRESS_DATABASE_URL, else DATABASE_URL, else the local server, and dropped afterwards),
// migrated, with one admin, one account and an API token; then the app started on it as
// `npm start` starts it, on STRESS_PORT (3190 unless told). Every file in tests/stress
// talks to this app over real HTTP; a test that needs an app of its own (the database
// outage) starts one with support/app.ts.
import type { TestProject } from "vitest/node";
import { createScratchPostgres } from "../../lib/db/scratch";
import { startApp } from "./support/app";
import { seedStressDatabase, STRESS_ACCOUNT, STRESS_ADMIN } from "./support/seed";

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

export default async function setup(project: TestProject) {
  const serverUrl = process.env.STRESS_DATABASE_URL || process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const scratch = await createScratchPostgres(serverUrl, "icp_stress");
  const url = scratch.url!;
  const token = await seedStressDatabase(url).catch(async (error: unknown) => {
    await scratch.drop();
    throw error;
  });

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
