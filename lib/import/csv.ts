// A CSV reader for RFC 4180: comma-separated fields, CRLF or LF line ends, fields in
// double quotes may hold commas, line breaks and doubled quotes (""). No dependency:
// the format is small and the errors must name the line an admin has to fix.

export type CsvRecord = { /** 1-based line of the file where the record starts. */ line: number; fields: string[] };

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`Line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
    this.line = line;
  }
}

/**
 * Parses CSV text (a leading UTF-8 byte order mark is ignored). Empty lines between
 * records are skipped. Throws CsvSyntaxError naming the line of an unterminated quoted
 * field, a quote inside an unquoted field, or text after a closing quote.
 */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quotedStartLine = 0;
  // Whether the current record has any content yet (so blank lines can be skipped).
  let started = false;

  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    if (started) records.push({ line: recordLine, fields });
    fields = [];
    started = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      if (field !== "") throw new CsvSyntaxError(line, "a quote inside an unquoted field; quote the whole field and double the quote (\"\").");
      started = true;
      quotedStartLine = line;
      i++;
      // Quoted field: runs to the next quote that is not doubled.
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(quotedStartLine, "a quoted field is never closed.");
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n") line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvSyntaxError(line, "text after a closing quote; a quoted field must end at a comma or the line's end.");
      }
      // Mark the field as quoted-and-closed so an empty quoted field still counts.
      continue;
    }
    if (ch === ",") {
      started = true;
      endField();
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    started = true;
    field += ch;
    i++;
  }
  if (started || field !== "" || fields.length) endRecord();
  return records;
}
