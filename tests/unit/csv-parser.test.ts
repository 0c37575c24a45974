import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "@/lib/import/csv";

describe("parseCsv (RFC 4180)", () => {
  it("reads plain records with LF or CRLF line ends", () => {
    expect(parseCsv("a,b,c\r\n1,2,3\n4,5,6")).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "2", "3"] },
      { line: 3, fields: ["4", "5", "6"] },
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks, and counts lines across them", () => {
    const records = parseCsv('a,b\n"x, y","say ""hi""\nsecond line"\nlast,row\n');
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"\nsecond line'] },
      { line: 4, fields: ["last", "row"] },
    ]);
  });

  it("ignores a UTF-8 byte order mark and keeps Chinese text as it is", () => {
    const records = parseCsv("\ufeffdomain,text\n例子.中国,【工信部】您的备案已通过，备案号：京ICP备2026123456号-1。\n");
    expect(records[0]?.fields).toEqual(["domain", "text"]);
    expect(records[1]?.fields).toEqual(["例子.中国", "【工信部】您的备案已通过，备案号：京ICP备2026123456号-1。"]);
  });

  it("keeps empty fields, empty quoted fields and skips blank lines", () => {
    expect(parseCsv('a,b,c\n\n1,,""\n\r\n,,\n')).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 3, fields: ["1", "", ""] },
      { line: 5, fields: ["", "", ""] },
    ]);
  });

  it.each([
    ['a,b\n1,"never closed\n2,3\n', 2, "never closed"],
    ['a,b\n1,x"y\n', 2, "quote inside an unquoted field"],
    ['a,b\n1,2\n3,"x"y\n', 3, "after a closing quote"],
  ])("names the line of malformed input %#", (input, line, message) => {
    let caught: unknown;
    try {
      parseCsv(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).line).toBe(line);
    expect((caught as CsvSyntaxError).message).toContain(`Line ${line}`);
    expect((caught as CsvSyntaxError).message).toContain(message);
  });
});
