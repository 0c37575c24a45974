import { formatChinaTime } from "@/lib/icp/time";
import type { Locale } from "./locales";

/** "2026-11-20 10:00 CST" / "2026-11-20 10:00 北京时间": China Standard Time, with the zone named. */
export function formatDateTime(date: Date, locale: Locale): string {
  return formatChinaTime(date, { lang: locale === "zh-CN" ? "zh" : "en" });
}
