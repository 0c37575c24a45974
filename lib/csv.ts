// CSV for the staff exports (RFC 4180: comma-separated, CRLF line ends, fields with a
// comma, quote or line break quoted, quotes doubled). Cells that a spreadsheet would run
// as a formula (starting with = + - @, or a tab or carriage return that some programs
// skip before the =) get a leading single quote, so an exported domain name, note or
// message text can never execute in Excel or LibreOffice (OWASP "CSV injection").
import { formatChinaIso } from "@/lib/icp/time";

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // Numbers are written as numbers: a negative count is data, not a formula.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  // Instants in China time with the offset ("2026-12-01T20:00:00+08:00"), as people there read them.
  let text = value instanceof Date ? formatChinaIso(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(",");
}

/**
 * A whole CSV document with a header row. Starts with a UTF-8 byte order mark so Excel
 * reads Chinese text (例子商店.中国, 备案号) correctly.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return "\uFEFF" + [csvRow(header), ...rows.map(csvRow)].join("\r\n") + "\r\n";
}

/** A download response; the file name is ASCII so every browser accepts it. */
export function csvResponse(fileName: string, body: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
