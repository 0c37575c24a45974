import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Whether the database answers a trivial query; throws what the driver threw when it does not. */
export async function checkDatabase(db: PrismaClient): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
