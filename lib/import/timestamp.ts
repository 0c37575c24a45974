// The one reading of a date-time typed or sent by an admin or an integration (API body,
// import file, record form). MIIT and the providers write China time, so a time without
// a zone is China Standard Time (+08:00, no DST) whatever the server's zone.
import { chinaDateTime, isValidChinaDateTime } from "@/lib/icp";

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `2026-11-20T10:00:00Z`, `2026-11-20T18:00:00+08:00`, `2026-11-20 18:00` (China time),
 * `2026-11-20` (midnight China time). Null for anything else, including impossible
 * calendar dates such as 2026-02-30 that `new Date` would silently roll over.
 */
export function parseTimestamp(value: string): Date | null {
  const match = PATTERN.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = match;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
  if (!isValidChinaDateTime(year, month, day, hour, minute, second)) return null;
  const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
  if (!zone) return new Date(chinaDateTime(year, month, day, hour, minute, second).getTime() + millis);
  const offsetMinutes =
    zone.toUpperCase() === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (Math.abs(offsetMinutes) > 14 * 60) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000);
}
