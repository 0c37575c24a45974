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

export type RecordingLock = {
  /** The domain's id and account, or null when there is no such domain. */
  domain: { id: string; accountId: string } | null;
  /** The message already recorded with this Idempotency-Key, if any. */
  earlier: { id: string; domainId: string; requestHash: string | null } | null;
};

/**
 * recordMessage's first statement: locks the domain by name and, in the same round trip,
 * finds the message an Idempotency-Key was already used for. Read the domain after this,
 * never in it (this statement's snapshot is older than the lock it may have waited for; a
 * key used meanwhile by a writer of another domain is caught by its unique index).
 */
export async function lockDomainForRecording(tx: Tx, name: string, idempotencyKey: string | null): Promise<RecordingLock> {
  const rows = await tx.$queryRaw<
    { domainId: string | null; accountId: string | null; earlierId: string | null; earlierDomainId: string | null; earlierRequestHash: string | null }[]
  >`SELECT d.id AS "domainId", d."accountId" AS "accountId", e.id AS "earlierId", e."domainId" AS "earlierDomainId",
           e."requestHash" AS "earlierRequestHash"
      FROM (SELECT 1) AS one
      LEFT JOIN (SELECT id, "accountId" FROM "Domain" WHERE name = ${name} FOR UPDATE) AS d ON true
      LEFT JOIN "Message" AS e ON e."idempotencyKey" = ${idempotencyKey}`;
  const row = rows[0];
  return {
    domain: row?.domainId && row.accountId ? { id: row.domainId, accountId: row.accountId } : null,
    earlier: row?.earlierId && row.earlierDomainId ? { id: row.earlierId, domainId: row.earlierDomainId, requestHash: row.earlierRequestHash } : null,
  };
}
