// npm run db:migrate: applies prisma/migrations to the configured database
// (DATABASE_URL, or the embedded PGlite folder), recorded in `_prisma_migrations`.
import { describeTarget, openDatabase, type OpenDatabase } from "../lib/db/connect";
import { applyMigrations } from "../lib/db/schema-engine";
import { isMainModule, runScript } from "./lib/run";

export async function migrateOpenDatabase(db: OpenDatabase): Promise<void> {
  const applied = await applyMigrations(db.adapterFactory);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the ${describeTarget(db.target)}: ${applied.join(", ")}`
      : `The ${describeTarget(db.target)} is up to date.`,
  );
}

if (isMainModule(import.meta.url)) {
  await runScript(async () => {
    const db = await openDatabase(undefined, { maintenance: true });
    try {
      await migrateOpenDatabase(db);
    } finally {
      await db.close();
    }
  });
}
