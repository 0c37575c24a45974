/**
 * China Standard Time (UTC+08:00): the one module that knows the offset. Every reading of a
 * China wall-clock time, every China calendar day and every display of an instant in China time
 * goes through here (the domain core, the import and API parsers, forms, pages, the seed).
 *
 * China has used a fixed +08:00 offset with no daylight saving time since 1991, so plain offset
 * arithmetic is exact and does not depend on the machine's time zone or ICU data. Nothing here reads
 * the clock: every instant is passed in.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** UTC+08:00, China Standard Time (Asia/Shanghai). */
export const CHINA_OFFSET_MS = 8 * HOUR_MS;
/** The IANA name of the same zone, for libraries that take one (next-intl's `timeZone`). */
export const CHINA_TIME_ZONE = "Asia/Shanghai";

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
};

/** "2026-11-20 10:00 CST": the instant shown in China Standard Time with the zone named. */
export function formatChinaTime(date: Date, opts: FormatChinaTimeOptions = {}): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  const p = chinaDateParts(date);
  const clock = `${pad(p.hour)}:${pad(p.minute)}`;
  const zone = opts.lang === "zh" ? "北京时间" : "CST";
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${clock} ${zone}`;
}

/** "2026-12-05 18:00:00": the China wall-clock time without a zone, as MIIT and providers write it. */
export function formatChinaWallClock(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  const p = chinaDateParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/**
 * "2026-12-01T20:00:00+08:00": the instant as ISO 8601 in China time with the offset written, so a
 * spreadsheet or a script reads the same instant a person in China reads (the CSV exports).
 */
export function formatChinaIso(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  const p = chinaDateParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08:00`;
}

/** "2026-11-20": the China calendar day that contains `date` (a date field's value). */
export function chinaDateString(date: Date): string {
  const p = chinaDateParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The start (00:00 China Standard Time) of the China calendar day that contains `date`. */
export function chinaDayStart(date: Date): Date {
  const shifted = date.getTime() + CHINA_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - CHINA_OFFSET_MS);
}

/** "2026-12-05" (a date field's value) → 00:00 China Standard Time that day; null if not a real date. */
export function parseChinaDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidChinaDateTime(year, month, day) ? chinaDateTime(year, month, day) : null;
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The one reading of a date-time typed or sent by a person or an integration (API body, import
 * file, record form, intake). MIIT and the providers write China time, so a time without a zone is
 * China Standard Time whatever the server's zone:
 * `2026-11-20T10:00:00Z`, `2026-11-20T18:00:00+08:00`, `2026-11-20 18:00` (China time),
 * `2026-11-20` (midnight China time). Null for anything else, including impossible calendar dates
 * such as 2026-02-30 that `new Date` would silently roll over.
 */
export function parseChinaTimestamp(value: string): Date | null {
  const match = TIMESTAMP.exec(value.trim());
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

/**
 * A deadline typed or sent by a person or an integration (an import's `deadline` column):
 * read like {@link parseChinaTimestamp}, except that a date without a time is the end of that
 * day, 23:59:59 China time, as a date-only deadline in a message is ("2026年3月15日前").
 */
export function parseChinaDeadline(value: string): Date | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!dateOnly) return parseChinaTimestamp(value);
  const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
  return isValidChinaDateTime(year, month, day) ? endOfChinaDay(year, month, day) : null;
}
