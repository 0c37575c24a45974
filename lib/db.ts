import "server-only";
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
