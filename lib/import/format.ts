import { chinaDateParts } from "@/lib/icp";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-20T10:00" (seconds only when not zero): a datetime-local input's value, in China Standard Time. */
export function formatChinaInput(date: Date): string {
  const p = chinaDateParts(date);
  const base = `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
  return p.second ? `${base}:${pad(p.second)}` : base;
}
