// How the import shares the server with everyone else (lib/import/runner.ts, Pace): it sizes
// its transactions to a time budget and pauses after each, in proportion to how long it took.
import { describe, expect, it } from "vitest";
import { Pace, TRANSACTION_DOMAINS } from "@/lib/import/runner";

describe("the import's pace", () => {
  it("doubles the domains of a transaction while they stay well under the budget, halves them above it", () => {
    const pace = new Pace(100);
    expect(pace.domains).toBe(4);
    pace.after(20);
    expect(pace.domains).toBe(8);
    for (let i = 0; i < 10; i++) pace.after(10);
    expect(pace.domains).toBe(TRANSACTION_DOMAINS);
    pace.after(150);
    expect(pace.domains).toBe(TRANSACTION_DOMAINS / 2);
    pace.after(80);
    expect(pace.domains).toBe(TRANSACTION_DOMAINS / 2);
    for (let i = 0; i < 10; i++) pace.after(500);
    expect(pace.domains).toBe(1);
  });

  it("pauses after a transaction for a share of its time, never longer than the budget", () => {
    const pace = new Pace(250);
    expect(pace.rest(100)).toBe(50);
    expect(pace.rest(0)).toBe(0);
    expect(pace.rest(2_000)).toBe(250);
    expect(new Pace(40, 1).rest(30)).toBe(30);
  });
});
