import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedActionKeysForStatus,
  deriveDomainState,
  DOMAIN_STATUSES,
  HOSTING_VALUES,
  INFORMATIONAL_KINDS,
  MESSAGE_KINDS,
  PROVIDER_ACCESS_VALUES,
  type DerivationMessage,
  type DomainFacts,
} from "../../../lib/icp";

const BASE = Date.UTC(2026, 0, 1);

const factsArb: fc.Arbitrary<DomainFacts> = fc.record({
  hosting: fc.constantFrom(...HOSTING_VALUES),
  providerAccess: fc.constantFrom(...PROVIDER_ACCESS_VALUES),
});

/**
 * Random message lists with unique ids. Received-at values come from a small range of whole hours so
 * that ties in received-at are frequent; retractions point at an id that may or may not exist.
 */
const messagesArb: fc.Arbitrary<DerivationMessage[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...MESSAGE_KINDS),
      hour: fc.integer({ min: 0, max: 60 }),
      deadlineHours: fc.option(fc.integer({ min: -48, max: 24 * 60 }), { nil: null }),
      retracts: fc.integer({ min: 0, max: 30 }),
    }),
    { maxLength: 25 },
  )
  .map((raw) =>
    raw.map((r, i): DerivationMessage => {
      const receivedAt = new Date(BASE + r.hour * 3_600_000);
      return {
        id: `m${String(i).padStart(2, "0")}`,
        kind: r.kind,
        receivedAt,
        deadline: r.deadlineHours === null ? null : new Date(receivedAt.getTime() + r.deadlineHours * 3_600_000),
        icpNumbers: [],
        retractsMessageId: r.kind === "retraction" ? `m${String(r.retracts).padStart(2, "0")}` : null,
      };
    }),
  );

const nowArb = fc.integer({ min: 0, max: 24 * 120 }).map((h) => new Date(BASE + h * 3_600_000));

const RUNS = { numRuns: 400 };

describe("deriveDomainState properties", () => {
  it("the status is always a valid status, and every action key is allowed for it, without duplicates", () => {
    fc.assert(
      fc.property(factsArb, messagesArb, nowArb, (facts, messages, now) => {
        const s = deriveDomainState(facts, messages, now);
        expect(DOMAIN_STATUSES).toContain(s.status);
        const allowed = allowedActionKeysForStatus(s.status);
        for (const a of s.actions) expect(allowed).toContain(a.key);
        const keys = s.actions.map((a) => a.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      RUNS,
    );
  });

  it("is deterministic and independent of the input order", () => {
    fc.assert(
      fc.property(
        factsArb,
        messagesArb.chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }))),
        nowArb,
        (facts, [messages, shuffled], now) => {
          const a = deriveDomainState(facts, messages, now);
          expect(deriveDomainState(facts, messages, now)).toEqual(a);
          expect(deriveDomainState(facts, shuffled, now)).toEqual(a);
          expect(deriveDomainState(facts, [...messages].reverse(), now)).toEqual(a);
        },
      ),
      RUNS,
    );
  });

  it("informational messages never change the status, its cause or its reason", () => {
    fc.assert(
      fc.property(factsArb, messagesArb, nowArb, (facts, messages, now) => {
        const withoutInfo = messages.filter((m) => !(INFORMATIONAL_KINDS as readonly string[]).includes(m.kind));
        const a = deriveDomainState(facts, messages, now);
        const b = deriveDomainState(facts, withoutInfo, now);
        expect(a.status).toBe(b.status);
        expect(a.causeMessageId).toBe(b.causeMessageId);
        expect(a.reason).toEqual(b.reason);
        expect(a.question).toBe(b.question);
      }),
      RUNS,
    );
  });

  it("a retracted message counts as if it had never been recorded", () => {
    fc.assert(
      fc.property(factsArb, messagesArb, nowArb, fc.nat(), (facts, messages, now, pick) => {
        const targets = messages.filter((m) => m.kind !== "retraction");
        fc.pre(targets.length > 0);
        const target = targets[pick % targets.length]!;
        const retraction: DerivationMessage = {
          id: "retraction-x",
          kind: "retraction",
          receivedAt: new Date(BASE),
          deadline: null,
          icpNumbers: [],
          retractsMessageId: target.id,
        };
        const retracted = deriveDomainState(facts, [...messages, retraction], now);
        const never = deriveDomainState(facts, messages.filter((m) => m !== target), now);
        expect(retracted).toEqual(never);
      }),
      RUNS,
    );
  });

  it("every action points at a message that was recorded, and the cause of the status too", () => {
    fc.assert(
      fc.property(factsArb, messagesArb, nowArb, (facts, messages, now) => {
        const ids = new Set(messages.map((m) => m.id));
        const s = deriveDomainState(facts, messages, now);
        for (const a of s.actions) expect(ids.has(a.causeMessageId ?? "")).toBe(true);
        if (s.status !== "not_filed") expect(ids.has(s.causeMessageId ?? "")).toBe(true);
        // A question is asked only when the action that needs the answer is required.
        if (s.question !== null) expect(s.actions.map((a) => a.key)).toContain("confirm_hosting_facts");
      }),
      RUNS,
    );
  });

  it("the newest status-bearing message (other than a sync) decides the status", () => {
    fc.assert(
      fc.property(factsArb, messagesArb, nowArb, (facts, messages, now) => {
        const s = deriveDomainState(facts, messages, now);
        const retracted = new Set(messages.filter((m) => m.kind === "retraction").map((m) => m.retractsMessageId));
        const effective = messages.filter((m) => m.kind !== "retraction" && !retracted.has(m.id));
        const statusBearing = effective.filter(
          (m) => !(INFORMATIONAL_KINDS as readonly string[]).includes(m.kind) && m.kind !== "provider_synced",
        );
        const times = statusBearing.map((m) => m.receivedAt.getTime());
        const newest = Math.max(...times);
        const syncAfter = effective.some((m) => m.kind === "provider_synced" && m.receivedAt.getTime() >= newest);
        fc.pre(statusBearing.length > 0 && !syncAfter && times.filter((t) => t === newest).length === 1);
        const winner = statusBearing.find((m) => m.receivedAt.getTime() === newest);
        expect(s.causeMessageId).toBe(winner?.id);
      }),
      RUNS,
    );
  });
});
