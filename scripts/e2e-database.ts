// Prepares the PostgreSQL database the browser tests run against when E2E_DATABASE_URL
// is set (CI does this after the embedded run): drops and recreates that database, applies
// the migrations and seeds the demo data, so every run starts from the same state.
import pg from "pg";
import { openDatabase } from "../lib/db/connect";
import { applyMigrations } from "../lib/db/schema-engine";
import { isMainModule, runScript } from "./lib/run";
import { seedDemo } from "./seed";

export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Refusing to recreate a database named "${name}".`);
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

if (isMainModule(import.meta.url)) {
  await runScript(async () => {
    const url = process.env.E2E_DATABASE_URL;
    if (!url) throw new Error("Set E2E_DATABASE_URL to the PostgreSQL database the browser tests may recreate.");
    await recreateDatabase(url);
    const db = await openDatabase({ kind: "postgres", url });
    try {
      await applyMigrations(db.adapterFactory);
      await seedDemo(db.prisma);
    } finally {
      await db.close();
    }
    console.log(`Browser tests on a fresh PostgreSQL database: ${new URL(url).pathname.slice(1)}`);
  });
}
