// Reads an import file (CSV or JSON, UTF-8) into rows of the documented columns.
// Anything that makes the file as a whole unreadable is an AppError: 413 for size,
// 400 naming the line for malformed CSV/JSON. Problems of single rows are not errors
// here: they become the row's outcome in the validation report.
import { AppError } from "@/lib/errors";
import { CsvSyntaxError, parseCsv } from "./csv";

/** The largest file accepted (documented in the README, "Bulk import"). */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
/** The most rows one file may hold. */
export const MAX_IMPORT_ROWS = 20_000;

export const IMPORT_COLUMNS = ["domain", "receivedAt", "text", "kind", "channel", "deadline"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ["domain", "receivedAt", "text"];

/** One row as read: every documented column as a string ("" when absent), or a note on its shape. */
export type RawImportRow = {
  rowNumber: number;
  /** The CSV line where the row starts (a quoted field may span lines); null for JSON, where rowNumber is the element's position. */
  line: number | null;
  values: Record<ImportColumn, string>;
  /** Set when the row's shape is wrong (a JSON element that is not an object, a non-string value). */
  shapeError?: string;
};

export type ImportFormat = "csv" | "json";

export function detectFormat(fileName: string, contentType: string | null, text: string): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv")) return "csv";
  if (contentType?.includes("json")) return "json";
  if (contentType?.includes("csv")) return "csv";
  return /^\s*[[{]/.test(text.replace(/^\ufeff/, "")) ? "json" : "csv";
}

/** UTF-8 only (with or without a byte order mark): anything else is refused, not guessed. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge();
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new AppError("validation_failed", "The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and upload it again.", {
      file: "Not UTF-8.",
    });
  }
}

export function tooLarge(): AppError {
  return new AppError("payload_too_large", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`, {
    file: "Too large.",
  });
}

function tooManyRows(): AppError {
  return new AppError("payload_too_large", `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows. Split it into smaller files.`, {
    file: "Too many rows.",
  });
}

function malformed(message: string): AppError {
  return new AppError("validation_failed", message, { file: message });
}

function emptyValues(): Record<ImportColumn, string> {
  return { domain: "", receivedAt: "", text: "", kind: "", channel: "", deadline: "" };
}

function columnOf(header: string): ImportColumn | undefined {
  const wanted = header.trim().toLowerCase().replace(/[\s_-]/g, "");
  return IMPORT_COLUMNS.find((c) => c.toLowerCase() === wanted);
}

export function parseCsvRows(text: string): RawImportRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw malformed(`Malformed CSV: ${error.message}`);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw malformed("The file is empty: the first line must name the columns (domain,receivedAt,text,…).");
  const columns = header.fields.map((name) => ({ name, column: columnOf(name) }));
  const unknown = columns.filter((c) => !c.column).map((c) => `"${c.name}"`);
  if (unknown.length) {
    throw malformed(`Line ${header.line}: unknown column ${unknown.join(", ")}. The columns are ${IMPORT_COLUMNS.join(", ")}.`);
  }
  const seen = new Set<ImportColumn>();
  for (const { column } of columns) {
    if (seen.has(column!)) throw malformed(`Line ${header.line}: the column "${column}" appears twice.`);
    seen.add(column!);
  }
  const missing = REQUIRED.filter((c) => !seen.has(c));
  if (missing.length) throw malformed(`Line ${header.line}: missing column ${missing.map((c) => `"${c}"`).join(", ")}.`);
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  return data.map((record, index) => {
    if (record.fields.length !== columns.length) {
      throw malformed(`Malformed CSV: Line ${record.line}: ${record.fields.length} fields where the header has ${columns.length}.`);
    }
    const values = emptyValues();
    record.fields.forEach((value, i) => {
      values[columns[i]!.column!] = value;
    });
    return { rowNumber: index + 1, line: record.line, values };
  });
}

/** The 1-based line of a character position. */
function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON: an array of objects with the column names as keys, or `{ "messages": [ … ] }`. */
export function parseJsonRows(text: string): RawImportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "";
    const lineCol = /line (\d+)/i.exec(detail);
    const position = /position (\d+)/i.exec(detail);
    const line = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : null;
    throw malformed(`Malformed JSON${line ? ` at line ${line}` : ""}: ${detail.replace(/^JSON\.parse: /, "")}`);
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === "object" && Array.isArray((data as { messages?: unknown }).messages)
      ? (data as { messages: unknown[] }).messages
      : null;
  if (!list) throw malformed('Malformed JSON: expected an array of messages, or { "messages": [ … ] }.');
  if (list.length > MAX_IMPORT_ROWS) throw tooManyRows();
  return list.map((element, index) => {
    const row: RawImportRow = { rowNumber: index + 1, line: null, values: emptyValues() };
    if (!element || typeof element !== "object" || Array.isArray(element)) {
      row.shapeError = "Not an object with the columns as keys.";
      return row;
    }
    for (const [key, value] of Object.entries(element as Record<string, unknown>)) {
      const column = columnOf(key);
      if (!column) {
        row.shapeError ??= `Unknown field "${key}". The fields are ${IMPORT_COLUMNS.join(", ")}.`;
        continue;
      }
      if (value === null || value === undefined) continue;
      if (typeof value !== "string") {
        row.shapeError ??= `"${key}" must be a string.`;
        continue;
      }
      row.values[column] = value;
    }
    return row;
  });
}

/** Reads an uploaded file into rows; throws 413/400 AppErrors for the file as a whole. */
export function readImportFile(bytes: Uint8Array, fileName: string, contentType: string | null): { format: ImportFormat; rows: RawImportRow[] } {
  const text = decodeUtf8(bytes);
  const format = detectFormat(fileName, contentType, text);
  const rows = format === "json" ? parseJsonRows(text) : parseCsvRows(text);
  if (!rows.length) throw malformed("The file holds no messages.");
  return { format, rows };
}
