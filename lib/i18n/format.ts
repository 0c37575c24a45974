import { DISPLAY_TIME_ZONE, type Locale } from "./locales";

const ZONE_LABEL: Record<Locale, string> = { en: "CST", "zh-CN": "北京时间" };

/** "2026-11-20 10:00 CST": China Standard Time, with the zone named, in either language. */
export function formatDateTime(date: Date, locale: Locale): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: DISPLAY_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")} ${ZONE_LABEL[locale]}`;
}
