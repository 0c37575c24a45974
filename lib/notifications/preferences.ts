// A user's notification settings: channels per category, daily digest, quiet hours
// (China time), language. Urgent categories cannot be switched off entirely.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { NotificationCategory } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { chinaDayStart, DAY_MS } from "@/lib/icp/time";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { CATEGORIES, isUrgentCategory, PERSON_CHANNELS, type PersonChannel } from "./categories";

export type Preferences = {
  locale: Locale;
  channels: Record<NotificationCategory, PersonChannel[]>;
  digest: boolean;
  /** Minutes after midnight, China time; both null = no quiet hours. */
  quietStart: number | null;
  quietEnd: number | null;
};

export function defaultPreferences(locale: Locale = "en"): Preferences {
  const channels = Object.fromEntries(CATEGORIES.map((c) => [c, [...PERSON_CHANNELS]])) as Preferences["channels"];
  return { locale, channels, digest: false, quietStart: null, quietEnd: null };
}

type StoredRow = { locale: string; channels: unknown; digest: boolean; quietStart: number | null; quietEnd: number | null };

export function preferencesFrom(row: StoredRow | null | undefined): Preferences {
  const prefs = defaultPreferences(row && isLocale(row.locale) ? row.locale : "en");
  if (!row) return prefs;
  const stored = (row.channels ?? {}) as Record<string, unknown>;
  for (const category of CATEGORIES) {
    const value = stored[category];
    if (!Array.isArray(value)) continue;
    const chosen = PERSON_CHANNELS.filter((c) => value.includes(c));
    // Stored data cannot switch an urgent category off either.
    prefs.channels[category] = chosen.length === 0 && isUrgentCategory(category) ? [...PERSON_CHANNELS] : chosen;
  }
  prefs.digest = row.digest;
  prefs.quietStart = row.quietStart;
  prefs.quietEnd = row.quietEnd;
  return prefs;
}

const ZMinutes = z.number().int().min(0).max(24 * 60 - 1);

export const ZPreferencesInput = z
  .object({
    locale: z.enum(["en", "zh-CN"]),
    channels: z.partialRecord(z.enum(CATEGORIES), z.array(z.enum(PERSON_CHANNELS)).max(2)),
    digest: z.boolean(),
    quietStart: ZMinutes.nullable(),
    quietEnd: ZMinutes.nullable(),
  })
  .strict();
export type TPreferencesInput = z.infer<typeof ZPreferencesInput>;

export async function loadPreferences(db: Pick<PrismaClient, "notificationPreference">, userId: string): Promise<Preferences> {
  return preferencesFrom(await db.notificationPreference.findUnique({ where: { userId } }));
}

export async function savePreferences(db: PrismaClient, userId: string, input: TPreferencesInput): Promise<Preferences> {
  const parsed = ZPreferencesInput.parse(input);
  const fields: Record<string, string> = {};
  for (const category of CATEGORIES) {
    if (isUrgentCategory(category) && parsed.channels[category]?.length === 0) {
      fields[`channels.${category}`] = "Urgent notifications need at least one channel.";
    }
  }
  if ((parsed.quietStart === null) !== (parsed.quietEnd === null) || (parsed.quietStart !== null && parsed.quietStart === parsed.quietEnd)) {
    fields.quietStart = "Give both a start and a different end, or neither.";
  }
  if (Object.keys(fields).length > 0) throw new AppError("unprocessable", "Some settings are not allowed.", fields);
  const data = {
    locale: parsed.locale,
    channels: parsed.channels,
    digest: parsed.digest,
    quietStart: parsed.quietStart,
    quietEnd: parsed.quietEnd,
  };
  const row = await db.notificationPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return preferencesFrom(row);
}

/**
 * When a non-urgent e-mail may go out: `now`, or the end of the user's quiet hours if
 * `now` falls inside them (China time, which has no daylight saving).
 */
export function quietHoursRelease(prefs: Pick<Preferences, "quietStart" | "quietEnd">, now: Date): Date {
  const { quietStart: start, quietEnd: end } = prefs;
  if (start === null || end === null || start === end) return now;
  const dayStart = chinaDayStart(now).getTime();
  const minute = Math.floor((now.getTime() - dayStart) / 60_000);
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return now;
  let release = dayStart + end * 60_000;
  if (release <= now.getTime()) release += DAY_MS;
  return new Date(release);
}
