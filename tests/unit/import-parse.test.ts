import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readImportFile } from "@/lib/import/parse-file";
import { parseChinaTimestamp } from "@/lib/icp";

const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("readImportFile", () => {
  it("reads CSV with the documented columns in any order and case, with a BOM", () => {
    const file = "\ufeffText,DOMAIN,receivedAt,kind\n\"备案成功，备案号：京ICP备2026123456号-1\",例子.中国,2026-11-20 10:00,\n";
    const { format, rows } = readImportFile(bytes(file), "messages.csv", "text/csv");
    expect(format).toBe("csv");
    expect(rows).toEqual([
      {
        rowNumber: 1,
        line: 2,
        values: { domain: "例子.中国", receivedAt: "2026-11-20 10:00", text: "备案成功，备案号：京ICP备2026123456号-1", kind: "", channel: "", deadline: "" },
      },
    ]);
  });

  it("reads JSON arrays and { messages: [...] }, noting rows of the wrong shape", () => {
    const { format, rows } = readImportFile(
      bytes(JSON.stringify({ messages: [{ domain: "a.cn", text: "x", receivedAt: "2026-11-20" }, 3, { domain: 1 }, { extra: "y" }] })),
      "upload",
      null,
    );
    expect(format).toBe("json");
    expect(rows[0]?.values.domain).toBe("a.cn");
    expect(rows[0]?.shapeError).toBeUndefined();
    expect(rows[1]?.shapeError).toMatch(/Not an object/);
    expect(rows[2]?.shapeError).toMatch(/"domain" must be a string/);
    expect(rows[3]?.shapeError).toMatch(/Unknown field "extra"/);
  });

  it("answers 400 naming the line for malformed CSV", () => {
    const error = errorOf(() => readImportFile(bytes('domain,receivedAt,text\na.cn,2026-11-20,"open\n'), "f.csv", null));
    expect(error.status).toBe(400);
    expect(error.message).toContain("Line 2");
  });

  it("answers 400 for a row with too many fields, naming its line", () => {
    const error = errorOf(() => readImportFile(bytes("domain,receivedAt,text\na.cn,2026-11-20,x\nb.cn,2026-11-20,y,z\n"), "f.csv", null));
    expect(error.status).toBe(400);
    expect(error.message).toContain("Line 3");
  });

  it("answers 400 naming unknown or missing columns", () => {
    expect(errorOf(() => readImportFile(bytes("domain,recievedAt,text\n"), "f.csv", null)).message).toContain('"recievedAt"');
    expect(errorOf(() => readImportFile(bytes("domain,text\na.cn,x\n"), "f.csv", null)).message).toContain('"receivedAt"');
  });

  it("answers 400 naming the line for malformed JSON", () => {
    const error = errorOf(() => readImportFile(bytes('[\n{"domain": "a.cn",\n}\n]'), "f.json", null));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/Malformed JSON at line 3/);
  });

  it("answers 400 for text that is not UTF-8", () => {
    const gbk = new Uint8Array([0x64, 0x6f, 0x6d, 0x61, 0x69, 0x6e, 0x0a, 0xb1, 0xb8, 0xb0, 0xb8]);
    expect(errorOf(() => readImportFile(gbk, "f.csv", null)).message).toMatch(/not UTF-8/);
  });

  it("answers 413 over the size limit and over the row limit", () => {
    expect(errorOf(() => readImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1), "f.csv", null)).status).toBe(413);
    const many = "domain,receivedAt,text\n" + "a.cn,2026-11-20,x\n".repeat(MAX_IMPORT_ROWS + 1);
    expect(errorOf(() => readImportFile(bytes(many), "f.csv", null)).status).toBe(413);
  });

  it("answers 400 for an empty file", () => {
    expect(errorOf(() => readImportFile(bytes(""), "f.csv", null)).status).toBe(400);
    expect(errorOf(() => readImportFile(bytes("domain,receivedAt,text\n"), "f.csv", null)).status).toBe(400);
  });
});

describe("parseChinaTimestamp", () => {
  it.each([
    ["2026-11-20T02:00:00Z", "2026-11-20T02:00:00.000Z"],
    ["2026-11-20T10:00:00+08:00", "2026-11-20T02:00:00.000Z"],
    ["2026-11-20T10:00:00.250+0800", "2026-11-20T02:00:00.250Z"],
    ["2026-11-20 10:00", "2026-11-20T02:00:00.000Z"],
    ["2026-11-20T10:00:30", "2026-11-20T02:00:30.000Z"],
    ["2026-11-20", "2026-11-19T16:00:00.000Z"],
    ["2026-11-19T20:00:00-06:00", "2026-11-20T02:00:00.000Z"],
  ])("reads %s", (input, iso) => {
    expect(parseChinaTimestamp(input)?.toISOString()).toBe(iso);
  });

  it.each(["", "yesterday", "2026-02-30", "2026-02-30T10:00:00Z", "2026-11-20T24:00", "20/11/2026", "2026-11-20T10:00:00+15:00", "1700000000"])(
    "refuses %j",
    (input) => {
      expect(parseChinaTimestamp(input)).toBeNull();
    },
  );
});
