// Per-token rate limit for intake: a one-minute window counted on the channel's row by one
// atomic UPDATE … RETURNING, so it holds across app instances without a shared cache.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_INTAKE_RATE_PER_MINUTE = 30;
const WINDOW_MS = 60_000;

export function intakeRatePerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.INTAKE_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_INTAKE_RATE_PER_MINUTE;
}

/** Counts one request; answers the seconds to wait when over the limit, else null. */
export async function consumeIntakeRate(db: PrismaClient, channelId: string, now: Date, limit: number): Promise<number | null> {
  const windowFloor = new Date(now.getTime() - WINDOW_MS);
  const rows = await db.$queryRaw<{ rateCount: number; rateWindowStart: Date }[]>`
    UPDATE "IntakeChannel" SET
      "rateCount" = CASE WHEN "rateWindowStart" IS NULL OR "rateWindowStart" <= ${windowFloor} THEN 1 ELSE "rateCount" + 1 END,
      "rateWindowStart" = CASE WHEN "rateWindowStart" IS NULL OR "rateWindowStart" <= ${windowFloor} THEN ${now} ELSE "rateWindowStart" END
    WHERE id = ${channelId}
    RETURNING "rateCount", "rateWindowStart"`;
  const row = rows[0];
  if (!row || row.rateCount <= limit) return null;
  const resetAt = new Date(row.rateWindowStart).getTime() + WINDOW_MS;
  return Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000));
}
