// With DATABASE_URL set, the integration tests run against PostgreSQL: a fresh
// database is created on that server, migrated with the project's migrations, and
// dropped afterwards. Without it, every test file gets its own in-memory PGlite.
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../lib/db/connect";
import { createScratchPostgres } from "../../lib/db/scratch";
import { applyMigrations } from "../../lib/db/schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide("databaseUrl", null);
    return;
  }
  const scratch = await createScratchPostgres(serverUrl, "icp_test");
  const db = await openDatabase({ kind: "postgres", url: scratch.url! });
  await applyMigrations(db.adapterFactory);
  await db.close();
  project.provide("databaseUrl", scratch.url);
  console.log(`Integration tests on ${scratch.label}`);

  return scratch.drop;
}
