import { describe, expect, it } from "vitest";
import { addDays, addHours, chinaDateParts, chinaDateTime, endOfChinaDay, formatChinaTime, isValidChinaDateTime } from "../../../lib/icp";

describe("China time helpers (fixed +08:00, independent of the machine's TZ)", () => {
  it("formats an instant in China time with the zone named", () => {
    expect(formatChinaTime(new Date("2026-11-20T02:00:00Z"))).toBe("2026-11-20 10:00 CST");
    expect(formatChinaTime(new Date("2026-11-20T02:00:00Z"), { lang: "zh" })).toBe("2026-11-20 10:00 北京时间");
    expect(formatChinaTime(new Date("2024-09-12T07:10:11Z"), { seconds: true })).toBe("2024-09-12 15:10:11 CST");
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
