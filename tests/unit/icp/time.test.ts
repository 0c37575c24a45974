import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addHours,
  chinaDateParts,
  chinaDateString,
  chinaDateTime,
  chinaDayStart,
  endOfChinaDay,
  formatChinaIso,
  formatChinaTime,
  formatChinaWallClock,
  isValidChinaDateTime,
  parseChinaDate,
  parseChinaDeadline,
  parseChinaTimestamp,
} from "../../../lib/icp";

describe("China time helpers (fixed +08:00, independent of the machine's TZ)", () => {
  it("formats an instant in China time with the zone named", () => {
    expect(formatChinaTime(new Date("2026-11-20T02:00:00Z"))).toBe("2026-11-20 10:00 CST");
    expect(formatChinaTime(new Date("2026-11-20T02:00:00Z"), { lang: "zh" })).toBe("2026-11-20 10:00 北京时间");
  });
  it("crosses the date line correctly (UTC evening is the next China day)", () => {
    expect(formatChinaTime(new Date("2026-12-31T16:30:00Z"))).toBe("2027-01-01 00:30 CST");
    expect(chinaDateParts(new Date("2026-12-31T16:30:00Z"))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
  });
  it("endOfChinaDay is 23:59:59 +08:00", () => {
    expect(endOfChinaDay(2026, 3, 15).toISOString()).toBe("2026-03-15T15:59:59.000Z");
  });
  it("chinaDateTime rejects impossible dates instead of rolling them over", () => {
    expect(chinaDateTime(2024, 9, 12, 15, 10, 11).toISOString()).toBe("2024-09-12T07:10:11.000Z");
    expect(() => chinaDateTime(2026, 2, 30)).toThrow(RangeError);
    expect(isValidChinaDateTime(2028, 2, 29)).toBe(true);
    expect(isValidChinaDateTime(2026, 13, 1)).toBe(false);
    expect(isValidChinaDateTime(2026, 1, 1, 24, 0, 0)).toBe(false);
  });
  it("adds hours and days exactly (China has no DST)", () => {
    const t = new Date("2026-03-01T02:00:00Z");
    expect(addHours(t, 24).toISOString()).toBe("2026-03-02T02:00:00.000Z");
    expect(addDays(t, 30).toISOString()).toBe("2026-03-31T02:00:00.000Z");
  });
  it("rejects an invalid date when formatting", () => {
    expect(() => formatChinaTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("China calendar days and wall clocks", () => {
  it("names the China day of an instant, across the UTC date line", () => {
    expect(chinaDateString(new Date("2026-11-20T15:59:59Z"))).toBe("2026-11-20");
    expect(chinaDateString(new Date("2026-11-20T16:00:00Z"))).toBe("2026-11-21");
  });
  it("starts a China day at 00:00 +08:00 (16:00 UTC the day before)", () => {
    expect(chinaDayStart(new Date("2026-11-20T15:59:59Z")).toISOString()).toBe("2026-11-19T16:00:00.000Z");
    expect(chinaDayStart(new Date("2026-11-20T16:00:00Z")).toISOString()).toBe("2026-11-20T16:00:00.000Z");
    expect(chinaDayStart(new Date("1969-12-31T20:00:00Z")).toISOString()).toBe("1969-12-31T16:00:00.000Z");
  });
  it("reads a date field as 00:00 China time and refuses impossible dates", () => {
    expect(parseChinaDate(" 2026-12-05 ")?.toISOString()).toBe("2026-12-04T16:00:00.000Z");
    expect(parseChinaDate("2026-02-30")).toBeNull();
    expect(parseChinaDate("2026-12-5")).toBeNull();
  });
  it("writes the wall clock MIIT writes, without a zone", () => {
    expect(formatChinaWallClock(new Date("2026-12-05T10:00:07Z"))).toBe("2026-12-05 18:00:07");
  });
  it("writes an instant as ISO 8601 in China time with the offset, which reads back as the same instant", () => {
    const at = new Date("2026-12-01T12:00:00Z");
    expect(formatChinaIso(at)).toBe("2026-12-01T20:00:00+08:00");
    expect(new Date(formatChinaIso(at)).getTime()).toBe(at.getTime());
    expect(formatChinaIso(new Date("2026-11-20T16:00:00Z"))).toBe("2026-11-21T00:00:00+08:00");
    expect(() => formatChinaIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("dates people type or send", () => {
  it("reads a time without a zone as China time, whatever the server's zone", () => {
    expect(parseChinaTimestamp("2026-11-20 18:00")?.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(parseChinaTimestamp("2026-11-20T18:00:00")?.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(parseChinaTimestamp("2026-11-20T18:00:00+09:00")?.toISOString()).toBe("2026-11-20T09:00:00.000Z");
  });

  it("reads a date-only deadline as 23:59:59 China time that day, and refuses impossible dates", () => {
    expect(parseChinaDeadline("2026-12-15")?.toISOString()).toBe("2026-12-15T15:59:59.000Z");
    expect(parseChinaDeadline(" 2026-12-15 ")?.toISOString()).toBe("2026-12-15T15:59:59.000Z");
    expect(parseChinaDeadline("2026-12-15 12:00")?.toISOString()).toBe("2026-12-15T04:00:00.000Z");
    expect(parseChinaDeadline("2026-02-30")).toBeNull();
    expect(parseChinaDeadline("next week")).toBeNull();
  });
});

describe("China time has one home", () => {
  // The +08:00 offset is lib/icp/time.ts's alone: any other module that shifts by eight hours
  // (8 * 60 * 60, 8 * 3600_000, + 8 hours, 28800), or builds a date string ending in +08:00 to
  // parse, is a second copy of the rule.
  const root = path.resolve(__dirname, "../../..");
  const OFFSET = /\b8\s*\*\s*(?:60\s*\*\s*60|3_?600|HOUR)|\+\s*8\s*\*|\b28_?800\b|\+\s*8\s*\)|[\d)]\s*\+\s*8\b(?![.\d])|new Date\(`[^`]*\+08:?00/;
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return entry === "generated" || entry === "node_modules" ? [] : sources(full);
      return /\.(ts|tsx|mjs|js)$/.test(entry) ? [full] : [];
    });
  }
  it("finds the eight-hour offset in lib/icp/time.ts only", () => {
    const files = ["app", "lib", "components", "scripts", "i18n", "tests"].flatMap((dir) => sources(path.join(root, dir)));
    const offenders = files
      .filter((file) => !file.endsWith(path.join("lib", "icp", "time.ts")) && !file.endsWith(path.join("unit", "icp", "time.test.ts")))
      .filter((file) => OFFSET.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
    expect(OFFSET.test(readFileSync(path.join(root, "lib/icp/time.ts"), "utf8"))).toBe(true);
  });
});

