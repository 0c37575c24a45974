// With DATABASE_URL set, the integration tests run against PostgreSQL: a fresh
// database is created on that server, migrated with the project's migrations, and
// dropped afterwards. Without it, every test file gets its own in-memory PGlite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../lib/db/connect";
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
  const name = `icp_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString() });
  await applyMigrations(db.adapterFactory);
  await db.close();
  project.provide("databaseUrl", url.toString());
  console.log(`Integration tests on PostgreSQL database ${name}`);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
}
