// Generates the Prisma client (postinstall). `prisma generate` does not use the
// schema engine, but the CLI insists on finding one; the native one is a download
// that some machines cannot make, so point it at a file that exists (docs/decisions/0001).
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { env, stdio: "inherit" });
process.exit(result.status ?? 1);
