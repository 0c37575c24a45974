import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deriveDomainState,
  deriveFilingProgress,
  HOSTING_VALUES,
  MESSAGE_KINDS,
  offRampForStatus,
  PROVIDER_ACCESS_VALUES,
  type DerivationMessage,
  type ProgressStep,
} from "../../../lib/icp";
import { cst, msg, UNKNOWN_FACTS } from "./fixtures";

const states = (p: ReturnType<typeof deriveFilingProgress>) => Object.fromEntries(p.steps.map((s) => [s.key, s.state]));
const dateOf = (p: ReturnType<typeof deriveFilingProgress>, key: ProgressStep) => p.steps.find((s) => s.key === key)?.at ?? null;

describe("deriveFilingProgress", () => {
  it("nothing recorded: the first step is current, nothing dated", () => {
    const p = deriveFilingProgress([]);
    expect(states(p)).toEqual({ submitted: "current", provider_review: "upcoming", sms_verification: "upcoming", bureau_review: "upcoming", approved: "upcoming", synced: "upcoming" });
    expect(p.offRamp).toBeNull();
    expect(p.complete).toBe(false);
  });

  it("walks the whole path with the date each step was reached", () => {
    const m = [
      msg("s", "filing_submitted", cst("2026-10-01 09:00")),
      msg("b", "submitted_to_authority", cst("2026-10-02 10:00")),
      msg("v", "verification_code", cst("2026-10-02 10:05")),
      msg("a", "filing_approved", cst("2026-10-20 15:00")),
      msg("y", "provider_synced", cst("2026-10-22 11:00")),
    ];
    expect(states(deriveFilingProgress(m.slice(0, 1)))).toMatchObject({ submitted: "done", provider_review: "current" });
    expect(states(deriveFilingProgress(m.slice(0, 2)))).toMatchObject({ provider_review: "done", bureau_review: "current" });
    expect(states(deriveFilingProgress(m.slice(0, 3)))).toMatchObject({ sms_verification: "current", bureau_review: "upcoming" });
    expect(states(deriveFilingProgress(m.slice(0, 4)))).toMatchObject({ bureau_review: "done", approved: "done", synced: "current" });
    const p = deriveFilingProgress(m);
    expect(p.complete).toBe(true);
    expect(p.steps.every((s) => s.state === "done")).toBe(true);
    expect(dateOf(p, "submitted")).toEqual(cst("2026-10-01 09:00"));
    expect(dateOf(p, "sms_verification")).toEqual(cst("2026-10-02 10:05"));
    expect(dateOf(p, "bureau_review")).toEqual(cst("2026-10-02 10:00"));
    expect(dateOf(p, "approved")).toEqual(cst("2026-10-20 15:00"));
    expect(dateOf(p, "synced")).toEqual(cst("2026-10-22 11:00"));
  });

  it("an approval alone: earlier steps done but undated, the sync current", () => {
    const p = deriveFilingProgress([msg("a", "filing_approved", cst("2026-10-20 15:00"))]);
    expect(states(p)).toMatchObject({ submitted: "done", bureau_review: "done", approved: "done", synced: "current" });
    expect(dateOf(p, "submitted")).toBeNull();
  });

  it.each([
    ["provider_returned", "returned", "provider_review"],
    ["authority_rejected", "rejected", "bureau_review"],
  ] as const)("%s leaves the path at %s, with its step current", (kind, ramp, step) => {
    const p = deriveFilingProgress([msg("s", "filing_submitted", cst("2026-10-01 09:00")), msg("x", kind, cst("2026-10-03 09:00"))]);
    expect(p.offRamp).toEqual({ key: ramp, at: cst("2026-10-03 09:00"), messageId: "x" });
    expect(states(p)[step]).toBe("current");
  });

  it.each([
    ["filing_invalid", "invalid"],
    ["rectification_notice", "rectification"],
    ["access_cancelled", "access_cancelled"],
    ["cancellation_verification", "cancellation_pending"],
    ["icp_number_cancelled", "cancelled"],
  ] as const)("after approval and sync, %s is the off-ramp %s; a late sync does not clear it", (kind, ramp) => {
    const p = deriveFilingProgress([
      msg("a", "filing_approved", cst("2026-01-01 09:00")),
      msg("y", "provider_synced", cst("2026-01-02 09:00")),
      msg("x", kind, cst("2026-06-01 09:00")),
      msg("y2", "provider_synced", cst("2026-06-02 09:00")),
    ]);
    expect(p.offRamp?.key).toBe(ramp);
    expect(p.complete).toBe(false);
  });

  it("a new order after a cancellation starts the path again", () => {
    const p = deriveFilingProgress([
      msg("a", "filing_approved", cst("2026-01-01 09:00")),
      msg("c", "icp_number_cancelled", cst("2026-03-01 09:00")),
      msg("s", "filing_submitted", cst("2026-04-01 09:00")),
    ]);
    expect(p.offRamp).toBeNull();
    expect(states(p)).toMatchObject({ provider_review: "current", approved: "upcoming" });
  });

  it("a retracted message does not count", () => {
    const p = deriveFilingProgress([
      msg("a", "filing_approved", cst("2026-01-01 09:00")),
      msg("c", "icp_number_cancelled", cst("2026-03-01 09:00")),
      msg("r", "retraction", cst("2026-03-02 09:00"), { retractsMessageId: "c" }),
    ]);
    expect(p.offRamp).toBeNull();
  });
});

describe("deriveFilingProgress agrees with deriveDomainState", () => {
  const BASE = Date.UTC(2026, 0, 1);
  const messagesArb = fc
    .array(fc.record({ kind: fc.constantFrom(...MESSAGE_KINDS), hour: fc.integer({ min: 0, max: 40 }), retracts: fc.integer({ min: 0, max: 20 }) }), { maxLength: 20 })
    .map((raw) =>
      raw.map((r, i): DerivationMessage => ({
        id: `m${String(i).padStart(2, "0")}`,
        kind: r.kind,
        receivedAt: new Date(BASE + r.hour * 3_600_000),
        deadline: null,
        icpNumbers: [],
        retractsMessageId: r.kind === "retraction" ? `m${String(r.retracts).padStart(2, "0")}` : null,
      })),
    );
  const CURRENT: Partial<Record<string, ProgressStep>> = {
    provider_review: "provider_review",
    authority_review: "bureau_review",
    sms_verification: "sms_verification",
    approved_pending_sync: "synced",
    provider_returned: "provider_review",
    authority_rejected: "bureau_review",
  };
  it("status ↔ current step, off-ramp and completion", () => {
    fc.assert(
      fc.property(
        fc.record({ hosting: fc.constantFrom(...HOSTING_VALUES), providerAccess: fc.constantFrom(...PROVIDER_ACCESS_VALUES) }),
        messagesArb,
        (facts, messages) => {
          const { status } = deriveDomainState(facts, messages, new Date(BASE));
          const p = deriveFilingProgress(messages);
          const ramp = offRampForStatus(status);
          if (ramp === null) expect(p.offRamp).toBeNull();
          else if (ramp === "invalid_or_rectification") expect(["invalid", "rectification"]).toContain(p.offRamp?.key);
          else expect(p.offRamp?.key).toBe(ramp);
          expect(p.complete).toBe(status === "filed");
          const current = CURRENT[status];
          if (current) expect(p.steps.find((s) => s.state === "current")?.key).toBe(current);
        },
      ),
      { numRuns: 500 },
    );
  });
  it("is the same for unknown facts (facts never move the stepper)", () => {
    const m = [msg("i", "filing_invalid", cst("2026-01-01 09:00"))];
    expect(deriveFilingProgress(m).offRamp?.key).toBe(deriveDomainState(UNKNOWN_FACTS, m, new Date()).status === "rectification_required" ? "invalid" : null);
  });
});
