import type { Prisma } from "@/lib/generated/prisma/client";

type Json = Prisma.JsonValue | null;

function show(value: Json | undefined): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/**
 * An audit entry's before and after as "field: old → new" lines, one per field that
 * either side names; plain text, so nothing stored in the log can inject markup.
 */
export function AuditChange({ before, after }: { before: Json; after: Json }) {
  const b = before && typeof before === "object" && !Array.isArray(before) ? before : null;
  const a = after && typeof after === "object" && !Array.isArray(after) ? after : null;
  if (!b && !a) {
    if (before === null && after === null) return null;
    return (
      <span className="small">
        {show(before)} → {show(after)}
      </span>
    );
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return (
    <ul className="small audit-change">
      {keys.map((key) => {
        const from = b ? b[key] : undefined;
        const to = a ? a[key] : undefined;
        return (
          <li key={key}>
            <span className="muted">{key}:</span> {b && a ? `${show(from)} → ${show(to)}` : show(a ? to : from)}
          </li>
        );
      })}
    </ul>
  );
}
