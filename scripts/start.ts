// npm start: migrates the database, seeds the demo data into an empty embedded
// database, builds the app if the build is missing or older than the sources, and
// serves it on http://localhost:$PORT (3000 by default).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeTarget, openDatabase, resolveDatabaseTarget } from "../lib/db/connect";
import { migrateOpenDatabase } from "./migrate";
import { DEMO_PASSWORD, seedDemo } from "./seed";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = process.env.PORT ?? "3000";
const target = resolveDatabaseTarget();

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(full).map((child) => newestMtime(path.join(entry, child))));
}

function buildIsStale(): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["app", "components", "lib", "i18n", "messages", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "prisma/schema.prisma"];
  const builtAt = statSync(buildId).mtimeMs;
  return sources.some((source) => newestMtime(source) > builtAt);
}

/** A session secret that survives restarts on this machine; production sets NEXTAUTH_SECRET. */
function demoSecret(): string {
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function prepareDatabase(): Promise<boolean> {
  const db = await openDatabase(target, { maintenance: true });
  try {
    await migrateOpenDatabase(db);
    // Demo sign-ins only in the embedded demo database; elsewhere run `npm run db:seed`.
    return target.kind === "pglite" ? await seedDemo(db.prisma) : false;
  } finally {
    await db.close();
  }
}

try {
  const seeded = await prepareDatabase();
  if (seeded) console.log("Seeded the demo data.");
} catch (error) {
  console.error(`Could not prepare the ${describeTarget(target)}: ${(error as Error).message}`);
  process.exit(1);
}

const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: port, NODE_ENV: "production" };
if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) {
  env.NEXTAUTH_SECRET = demoSecret();
  if (target.kind === "postgres") {
    console.warn(
      "NEXTAUTH_SECRET is not set: using a generated one kept in .data/auth-secret. Set NEXTAUTH_SECRET in production so every instance shares it.",
    );
  }
}
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (buildIsStale()) {
  console.log("Building the app (this takes a minute or two the first time)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`
ICP filing dashboard on the ${describeTarget(target)}
  Open ${env.NEXTAUTH_URL}
  ${target.kind === "pglite" ? `Sign in as customer@example.com, other@example.com, agent@example.com or admin@example.com
  with the password ${DEMO_PASSWORD}` : "Sign in with a user created by `npm run user:create` or `npm run db:seed`."}
`);

// Not `next start`: scripts/serve.ts puts Next behind a server that reads the client's
// address from the socket (TRUSTED_PROXIES), which Next's own server does not pass on.
const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
