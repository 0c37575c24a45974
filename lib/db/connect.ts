// Opens the database the configuration names: PostgreSQL when DATABASE_URL is a
// postgres URL, otherwise the embedded PGlite database in a folder under the project.
// Used by the app (through lib/db.ts), the scripts and the tests, so all of them pick
// the same database the same way.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { noteDatabaseUnavailable } from "./availability";
import { isDatabaseUnavailable } from "./errors";
import { recordingStatementName } from "./record-sql";
import { databaseSettings } from "./settings";

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
    throw new Error(`DATABASE_URL must be a postgresql:// URL (got "${url.split(":")[0]}:…"); unset it to use the embedded database.`);
  }
  const dataDir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), ".data", "pglite");
  return { kind: "pglite", dataDir };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite database in ${target.dataDir}`;
  const parsed = new URL(target.url);
  return `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/** Extensions the migrations create (PostgreSQL ships them; PGlite loads them here). */
export const PGLITE_EXTENSIONS = { pg_trgm };

/** A PGlite database with the extensions the migrations need. */
export function createPGlite(dataDir: string): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
}

/**
 * The adapter factory for a PGlite database; its shadow database (which the schema
 * engine's diff replays the migrations into) has the same extensions.
 */
export function pgliteAdapterFactory(pglite: PGlite): PrismaPGlite {
  const factory = new PrismaPGlite(pglite);
  factory.connectToShadowDb = async () => new PrismaPGlite(await createPGlite("memory://")).connect();
  return factory;
}

/**
 * PrismaPg runs a migration script by splitting it at every ";", which breaks a function
 * body (plpgsql) in a migration. The adapters it hands out here send the script whole
 * instead: PostgreSQL runs a multi-statement simple query in one implicit transaction,
 * as `prisma migrate deploy` does.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const wrap = <A extends { executeScript: (script: string) => Promise<void>; underlyingDriver: () => unknown }>(adapter: A): A => {
    const onError = (adapter as unknown as { onError?: (error: unknown) => never }).onError?.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await (adapter.underlyingDriver() as { query: (sql: string) => Promise<unknown> }).query(script);
      } catch (error) {
        if (onError) onError(error);
        throw error;
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const shadow = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => wrap(await connect());
  factory.connectToShadowDb = async () => wrap(await shadow());
  return factory;
}

export type OpenDatabase = {
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  prisma: PrismaClient;
  /** The embedded database's one connection, for code that must share it (the job queue). */
  pglite?: PGlite;
  close: () => Promise<void>;
};

/**
 * Two processes that open the same PGlite folder silently lose each other's writes,
 * so the folder is guarded by a lock file holding the owner's pid. A lock left by a
 * process that no longer runs is taken over.
 */
function acquireFolderLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockPath, "utf8") === String(process.pid)) rmSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8"));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${owner}. Stop that process first (only one process may open it).`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database folder ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function noteIfUnavailable(error: Error): void {
  if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
}

/**
 * `maintenance`: for migrations and seeding, which wait for locks as long as they must; the
 * requests' lock timeout would cut a migration off on a slow server and leave start-up failed.
 */
export async function openDatabase(
  target: DatabaseTarget = resolveDatabaseTarget(),
  { maintenance = false }: { maintenance?: boolean } = {},
): Promise<OpenDatabase> {
  if (target.kind === "postgres") {
    const settings = databaseSettings();
    const adapterFactory = wholeScripts(
      new PrismaPg(
        {
          connectionString: target.url,
          max: settings.poolSize,
          // Waiting for a pooled connection (and opening one) is bounded, so a saturated pool
          // answers 503 instead of holding requests forever.
          connectionTimeoutMillis: settings.connectTimeoutMs,
          // A writer queued on a domain's row lock gives up with its transaction.
          ...(maintenance ? {} : { lock_timeout: settings.transactionTimeoutMs }),
        },
        {
          // The server cut a pooled connection (a restart, a failover): pages answer 503 from
          // now on, not each at its own first failure (lib/db/availability.ts).
          onPoolError: noteIfUnavailable,
          onConnectionError: noteIfUnavailable,
          // Recording's few long statements are prepared once per connection (lib/db/record-sql.ts);
          // everything else stays an unnamed statement, planned for its own parameters.
          statementNameGenerator: (query) => recordingStatementName(query.sql) as string,
        },
      ),
    );
    const prisma = new PrismaClient({
      adapter: adapterFactory,
      transactionOptions: { maxWait: settings.transactionMaxWaitMs, timeout: settings.transactionTimeoutMs },
    });
    return { target, adapterFactory, prisma, close: () => prisma.$disconnect() };
  }
  const inMemory = target.dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquireFolderLock(target.dataDir);
  let pglite: PGlite;
  try {
    pglite = await createPGlite(target.dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const adapterFactory = pgliteAdapterFactory(pglite);
  // PGlite runs one transaction at a time: the others wait their turn within the same bounds.
  const settings = databaseSettings();
  const prisma = new PrismaClient({
    adapter: adapterFactory,
    transactionOptions: { maxWait: settings.transactionMaxWaitMs, timeout: settings.transactionTimeoutMs },
  });
  return {
    target,
    adapterFactory,
    prisma,
    pglite,
    close: async () => {
      await prisma.$disconnect();
      // $disconnect does not close PGlite; without this a script waits ~10 s to exit.
      await pglite.close();
      release();
    },
  };
}
