// Brute-force protection for sign-in. The counters live in the database so that they
// hold across app instances and restarts, and each failure is counted by one atomic
// statement (docs/decisions/0007-sign-in-throttle-and-client-address.md).
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_BLOCK_MS = 15 * 60 * 1000;
/** Failures inside one window before the key is blocked. */
export const MAX_FAILURES = { email: 5, ip: 20 } as const;

export type ThrottleKeys = { email: string; ip: string | null };

type Db = Pick<PrismaClient, "signInThrottle" | "$queryRaw" | "$executeRaw">;

function keysOf({ email, ip }: ThrottleKeys): { key: string; limit: number }[] {
  const keys: { key: string; limit: number }[] = [{ key: `email:${email.trim().toLowerCase()}`, limit: MAX_FAILURES.email }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: MAX_FAILURES.ip });
  return keys;
}

/** The time until which sign-in is refused for these keys, or null when it is allowed. */
export async function blockedUntil(db: Db, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keysOf(keys).map((k) => k.key) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const times = rows.map((row) => row.blockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Counts one failed sign-in against the email and the address. Each key is one
 * INSERT … ON CONFLICT DO UPDATE … RETURNING, so concurrent failures are all counted
 * (a read-then-write would let parallel attempts overwrite each other's count).
 * Returns the failures now counted per key.
 */
export async function recordFailure(db: Db, keys: ThrottleKeys, now: Date): Promise<Record<string, number>> {
  const windowOpenedAfter = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const blockEnd = new Date(now.getTime() + THROTTLE_BLOCK_MS);
  const counted: Record<string, number> = {};
  for (const { key, limit } of keysOf(keys)) {
    const rows = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "blockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, ${limit <= 1 ? blockEnd : null}::timestamp(3), ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowOpenedAfter} THEN 1
                          ELSE "SignInThrottle"."failures" + 1 END,
        "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowOpenedAfter} THEN ${now}::timestamp(3)
                                 ELSE "SignInThrottle"."windowStartedAt" END,
        "blockedUntil" = CASE
          WHEN (CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowOpenedAfter} THEN 1
                     ELSE "SignInThrottle"."failures" + 1 END) >= ${limit} THEN ${blockEnd}::timestamp(3)
          ELSE "SignInThrottle"."blockedUntil" END,
        "updatedAt" = ${now}::timestamp(3)
      RETURNING "failures"`;
    counted[key] = Number(rows[0]?.failures ?? 0);
  }
  await pruneExpired(db, now);
  return counted;
}

/**
 * Deletes counters nobody touched for longer than a window and a block: their window
 * is over and any block has ended, so they count for nothing. Keeps the table as small
 * as the attempts of the last quarter of an hour, whatever a spray of emails leaves.
 */
export async function pruneExpired(db: Db, now: Date): Promise<number> {
  const staleBefore = new Date(now.getTime() - Math.max(THROTTLE_WINDOW_MS, THROTTLE_BLOCK_MS));
  return db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "updatedAt" < ${staleBefore}::timestamp(3)`;
}

/** A successful sign-in clears the email's counter (the address keeps its own). */
export async function recordSuccess(db: Pick<PrismaClient, "signInThrottle">, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
