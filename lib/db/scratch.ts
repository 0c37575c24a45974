// A throwaway database for integration tests and benchmarks: a fresh database created on
// the PostgreSQL server of `serverUrl` (dropped by `drop`), or an in-memory PGlite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type OpenDatabase } from "./connect";

export type ScratchDatabase = { url: string | null; label: string; drop: () => Promise<void> };

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database named `<prefix>_<random>` on the server; returns its URL. */
export async function createScratchPostgres(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `PostgreSQL (${url.host}/${name})`,
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** PostgreSQL when `serverUrl` is given, else an in-memory PGlite; opened, not migrated. */
export async function openScratchDatabase(serverUrl: string | undefined, prefix: string): Promise<{ db: OpenDatabase } & ScratchDatabase> {
  if (!serverUrl) {
    const db = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    return { db, url: null, label: "PGlite (in memory)", drop: async () => {} };
  }
  const scratch = await createScratchPostgres(serverUrl, prefix);
  const db = await openDatabase({ kind: "postgres", url: scratch.url! });
  return { db, ...scratch };
}
