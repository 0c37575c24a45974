// Row locks that make writers to one domain run one after the other. A use case takes the
// lock FIRST and reads the row after it: whatever it read before the lock may already be
// stale when the lock is granted (two fact answers would each write back the other's old
// value).
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Locks the domain row by id; the caller re-reads whatever it needs after this. */
export async function lockDomain(tx: Tx, domainId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Domain" WHERE id = ${domainId} FOR UPDATE`;
}

/**
 * Locks the domain row by its normalised name and answers its id, or null when there is
 * no such domain. Read the domain after this, never before.
 */
export async function lockDomainByName(tx: Tx, name: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Domain" WHERE name = ${name} FOR UPDATE`;
  return rows[0]?.id ?? null;
}
