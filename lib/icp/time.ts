/**
 * Time helpers in China Standard Time (UTC+08:00).
 *
 * China has used a fixed +08:00 offset with no daylight saving time since 1991, so plain offset
 * arithmetic is exact and does not depend on the machine's time zone or ICU data. Nothing here reads
 * the clock: every instant is passed in.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** UTC+08:00, China Standard Time (Asia/Shanghai). */
export const CHINA_OFFSET_MS = 8 * HOUR_MS;

export type ChinaDateParts = {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
};

/** The wall-clock fields of `date` as read in China. */
export function chinaDateParts(date: Date): ChinaDateParts {
  const shifted = new Date(date.getTime() + CHINA_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** True when y-m-d h:mi:s is a real calendar date and time (rejects 2026-02-30, 25:00, …). */
export function isValidChinaDateTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): boolean {
  if (![year, month, day, hour, minute, second].every(Number.isInteger)) return false;
  if (year < 1970 || year > 9999) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * The instant of a China wall-clock time. Throws RangeError for an impossible date, because a wrong
 * deadline is worse than none.
 */
export function chinaDateTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  if (!isValidChinaDateTime(year, month, day, hour, minute, second)) {
    throw new RangeError(`Not a valid date/time: ${year}-${month}-${day} ${hour}:${minute}:${second}`);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - CHINA_OFFSET_MS);
}

/**
 * 23:59:59 China time on the given day. A date-only deadline ("2026年3月15日前") means the end of
 * that day in China Standard Time (PRODUCT.md, "Precise readings").
 */
export function endOfChinaDay(year: number, month: number, day: number): Date {
  return chinaDateTime(year, month, day, 23, 59, 59);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR_MS);
}

/** Calendar days; exact multiples of 24 h because China has no DST. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export type FormatChinaTimeOptions = {
  /** "en" appends "CST"; "zh" appends "北京时间". Both name the zone. Default "en". */
  lang?: "en" | "zh";
  /** Include seconds ("2024-09-12 15:10:11 CST"). Default false. */
  seconds?: boolean;
};

/** "2026-11-20 10:00 CST": the instant shown in China Standard Time with the zone named. */
export function formatChinaTime(date: Date, opts: FormatChinaTimeOptions = {}): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  const p = chinaDateParts(date);
  const clock = `${pad(p.hour)}:${pad(p.minute)}${opts.seconds === true ? `:${pad(p.second)}` : ""}`;
  const zone = opts.lang === "zh" ? "北京时间" : "CST";
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${clock} ${zone}`;
}
