import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Json = Prisma.JsonValue | null;

const HIDDEN_KEYS: ReadonlySet<string> = new Set(["version"]);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function show(value: Json | undefined, locale: Locale): string {
  if (value === null || value === undefined) return "—";
  // Times are stored in UTC and shown in China Standard Time, as everywhere else.
  if (typeof value === "string") return ISO_INSTANT.test(value) ? formatDateTime(new Date(value), locale) : value;
  return JSON.stringify(value);
}

/**
 * An audit entry's before and after as "field: old → new" lines, one per field that
 * either side names; plain text, so nothing stored in the log can inject markup.
 */
export function AuditChange({ before, after, locale }: { before: Json; after: Json; locale: Locale }) {
  const b = before && typeof before === "object" && !Array.isArray(before) ? before : null;
  const a = after && typeof after === "object" && !Array.isArray(after) ? after : null;
  if (!b && !a) {
    if (before === null && after === null) return null;
    return (
      <span className="small">
        {show(before, locale)} → {show(after, locale)}
      </span>
    );
  }
  // Bookkeeping (versions) and values both sides record unchanged are not changes.
  const same = (key: string) => b !== null && a !== null && key in b && key in a && JSON.stringify(b[key]) === JSON.stringify(a[key]);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((key) => !HIDDEN_KEYS.has(key) && !same(key));
  if (keys.length === 0) return null;
  return (
    <ul className="small audit-change">
      {keys.map((key) => {
        const from = b ? b[key] : undefined;
        const to = a ? a[key] : undefined;
        return (
          <li key={key}>
            <span className="muted">{key}:</span>{" "}
            {/* A field only one side recorded is shown as it is, not as a change from "—". */}
            {b && a && key in b && key in a ? `${show(from, locale)} → ${show(to, locale)}` : show(a && key in a ? to : from, locale)}
          </li>
        );
      })}
    </ul>
  );
}
