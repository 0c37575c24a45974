import { describe, expect, it } from "vitest";
import { csvCell, csvResponse, csvRow, toCsv } from "@/lib/csv";

describe("csvCell", () => {
  it("leaves plain text alone and quotes commas, quotes and line breaks", () => {
    expect(csvCell("acme-mall.cn")).toBe("acme-mall.cn");
    expect(csvCell("Acme, Trading")).toBe('"Acme, Trading"');
    expect(csvCell('He said "ok"')).toBe('"He said ""ok"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("cr\rlf")).toBe('"cr\rlf"');
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\""],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "\"'\r=1\""],
  ])("defuses the formula %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("keeps formula characters that are not at the start, and writes numbers as numbers", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("沪ICP备2022001122号-1")).toBe("沪ICP备2022001122号-1");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("writes empty cells for null and undefined, instants in China time with the offset", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-11-20T02:00:00Z"))).toBe("2026-11-20T10:00:00+08:00");
    // Late evening UTC is the next China day.
    expect(csvCell(new Date("2026-12-01T12:00:00.999Z"))).toBe("2026-12-01T20:00:00+08:00");
    expect(csvCell(new Date("2026-12-31T16:30:05Z"))).toBe("2027-01-01T00:30:05+08:00");
    expect(csvCell(true)).toBe("true");
  });
});

describe("toCsv", () => {
  it("joins rows with CRLF after a header and starts with a byte order mark for Excel", () => {
    const text = toCsv(["domain", "note"], [["例子商店.中国", "=cmd|' /C calc'!A0"], ["a.cn", null]]);
    expect(text).toBe("\uFEFFdomain,note\r\n例子商店.中国,'=cmd|' /C calc'!A0\r\na.cn,\r\n");
    expect(csvRow(["a", "b,c"])).toBe('a,"b,c"');
  });

  it("answers a download with a safe file name", async () => {
    const response = csvResponse("account-Acme Trading/../x.csv", "a\r\n");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="account-Acme_Trading_.._x.csv"');
    expect(await response.text()).toBe("a\r\n");
  });
});
