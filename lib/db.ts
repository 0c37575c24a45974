import "server-only";
import { setAvailabilityProbe } from "./db/availability";
import { openDatabase, type OpenDatabase } from "./db/connect";
import type { PrismaClient } from "./generated/prisma/client";

// One database connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { icpDatabase?: Promise<OpenDatabase> };

export function database(): Promise<OpenDatabase> {
  globalForDb.icpDatabase ??= openDatabase().catch((error: unknown) => {
    globalForDb.icpDatabase = undefined;
    throw error;
  });
  return globalForDb.icpDatabase;
}

export async function prisma(): Promise<PrismaClient> {
  return (await database()).prisma;
}

// While the database is known to be down, this asks once a second whether it is back (lib/db/availability.ts).
setAvailabilityProbe(async () => (await prisma()).$queryRaw`SELECT 1`);
