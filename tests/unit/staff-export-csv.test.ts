import { describe, expect, it } from "vitest";
import { reviewQueueCsv } from "../../app/staff/export/review-queue-csv";

describe("the review queue CSV", () => {
  it("writes times in China time with the offset, and the follow-up as its China date", () => {
    const text = reviewQueueCsv([
      {
        accountId: "a1",
        accountName: "Acme Trading",
        criticalCount: 1,
        urgentCount: 2,
        overdueCount: 0,
        openCount: 3,
        domainCount: 4,
        domainsByStatus: [{ status: "filed", count: 4 }],
        lastReviewedAt: new Date("2026-12-01T12:00:00Z"),
        lastOutcome: "needs_follow_up",
        lastReviewer: "Sam Support",
        // The review form's date 2026-12-08 is stored as 00:00 China time, 16:00 UTC the day before.
        followUpAt: new Date("2026-12-07T16:00:00Z"),
        followUpDue: false,
      },
    ]);
    const [header, row] = text.replace(/^\uFEFF/, "").split("\r\n");
    const cells = Object.fromEntries(header!.split(",").map((name, i) => [name, row!.split(",")[i]]));
    expect(cells.last_reviewed_at).toBe("2026-12-01T20:00:00+08:00");
    expect(cells.follow_up_at).toBe("2026-12-08");
    expect(cells.follow_up_due).toBe("no");
  });
});
