// Brute-force protection for sign-in. The counters live in the database so that they
// hold across app instances and restarts (issue: sign-in, roles and tenant isolation).
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_BLOCK_MS = 15 * 60 * 1000;
/** Failures inside one window before the key is blocked. */
export const MAX_FAILURES = { email: 5, ip: 20 } as const;

export type ThrottleKeys = { email: string; ip: string | null };

function keysOf({ email, ip }: ThrottleKeys): { key: string; limit: number }[] {
  const keys: { key: string; limit: number }[] = [{ key: `email:${email.trim().toLowerCase()}`, limit: MAX_FAILURES.email }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: MAX_FAILURES.ip });
  return keys;
}

/** The time until which sign-in is refused for these keys, or null when it is allowed. */
export async function blockedUntil(db: PrismaClient, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keysOf(keys).map((k) => k.key) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const times = rows.map((row) => row.blockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

export async function recordFailure(db: PrismaClient, keys: ThrottleKeys, now: Date): Promise<void> {
  for (const { key, limit } of keysOf(keys)) {
    await db.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > THROTTLE_WINDOW_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const windowStartedAt = fresh ? now : row.windowStartedAt;
      const blocked = failures >= limit ? new Date(now.getTime() + THROTTLE_BLOCK_MS) : null;
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, windowStartedAt, blockedUntil: blocked },
        update: { failures, windowStartedAt, blockedUntil: blocked },
      });
    });
  }
}

/** A successful sign-in clears the email's counter (the address keeps its own). */
export async function recordSuccess(db: PrismaClient, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
