// Writes the next migration: the SQL that takes a database migrated with
// prisma/migrations to prisma/schema.prisma. The equivalent of `prisma migrate dev
// --create-only`, through the WebAssembly schema engine (docs/decisions/0001).
// Usage: npm run db:migration:create -- <name>
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPGlite, pgliteAdapterFactory } from "../lib/db/connect";
import { diffMigrationsToSchema, MIGRATIONS_DIR } from "../lib/db/schema-engine";

import { runScript } from "./lib/run";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:create -- <name in snake_case>");
  process.exit(2);
}
await runScript(async () => {
  const scratch = await createPGlite("memory://");
  const sql = await diffMigrationsToSchema(pgliteAdapterFactory(scratch));
  await scratch.close();
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
});
