import { describe, expect, it } from "vitest";
import {
  ACTION_KEYS,
  pendingRecheck,
  timeLeft,
  RECHECK_CATALOGUE,
  allowedActionKeysForStatus,
  deriveDomainState,
  DOMAIN_STATUSES,
  isOverdue,
  MESSAGE_KINDS,
  type ActionKey,
  type DerivedState,
  type DomainFacts,
  type DomainStatus,
  type MessageKind,
} from "../../../lib/icp";
import { cst, DAY, HOUR, msg, UNKNOWN_FACTS } from "./fixtures";

const T0 = cst("2026-11-20 10:00");
const NOW = cst("2026-11-20 12:00");
const keys = (s: DerivedState): ActionKey[] => s.actions.map((a) => a.key);
const action = (s: DerivedState, key: ActionKey) => {
  const found = s.actions.find((a) => a.key === key);
  if (!found) throw new Error(`no action ${key} in ${keys(s).join(", ")}`);
  return found;
};

describe("deriveDomainState: nothing recorded", () => {
  it("is not_filed with no actions, no cause and no question", () => {
    const s = deriveDomainState(UNKNOWN_FACTS, [], NOW);
    expect(s).toMatchObject({ status: "not_filed", causeMessageId: null, actions: [], completed: [], question: null });
    expect(s.reason.en).toMatch(/no filing message/i);
    expect(s.reason.zh.length).toBeGreaterThan(0);
  });
});

describe("deriveDomainState: the seed table (PRODUCT.md)", () => {
  it("filing_approved → approved_pending_sync with the four approval actions; PSB due 30 days after receipt", () => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("a", "filing_approved", T0)], NOW);
    expect(s.status).toBe("approved_pending_sync");
    expect(s.causeMessageId).toBe("a");
    expect(keys(s)).toEqual(["resolve_domain_to_instance", "await_provider_sync", "display_icp_number", "complete_psb_filing"]);
    expect(action(s, "complete_psb_filing").dueAt).toEqual(new Date(T0.getTime() + 30 * DAY));
    expect(action(s, "resolve_domain_to_instance").dueAt).toBeNull();
    expect(action(s, "await_provider_sync").dueAt).toBeNull();
    expect(action(s, "display_icp_number").dueAt).toBeNull();
    expect(s.actions.every((a) => a.causeMessageId === "a")).toBe(true);
    expect(s.completed).toEqual([]);
    expect(s.question).toBeNull();
  });

  it("filing_approved then provider_synced → filed; only await_provider_sync completes", () => {
    const approval = msg("a", "filing_approved", T0);
    const sync = msg("s", "provider_synced", new Date(T0.getTime() + 2 * DAY));
    const s = deriveDomainState(UNKNOWN_FACTS, [approval, sync], NOW);
    expect(s.status).toBe("filed");
    expect(s.causeMessageId).toBe("s");
    expect(s.completed).toEqual([{ key: "await_provider_sync", causeMessageId: "a" }]);
    expect(keys(s)).toEqual(["resolve_domain_to_instance", "display_icp_number", "complete_psb_filing"]);
    // The other approval actions stay as they were: same cause, same due date.
    expect(s.actions.every((a) => a.causeMessageId === "a")).toBe(true);
    expect(action(s, "complete_psb_filing").dueAt).toEqual(new Date(T0.getTime() + 30 * DAY));
  });

  it("icp_number_cancelled → cancelled with check_public_query, an urgent apply_new_icp_number and taking the number off the site", () => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("c", "icp_number_cancelled", T0)], NOW);
    expect(s.status).toBe("cancelled");
    expect(keys(s)).toEqual(["check_public_query", "apply_new_icp_number", "remove_cancelled_icp_number"]);
    expect(action(s, "apply_new_icp_number").urgency).toBe("urgent");
    expect(s.actions.every((a) => a.dueAt === null && a.causeMessageId === "c")).toBe(true);
  });

  const invalidBranches: [DomainFacts, ActionKey, null | "hosting" | "providerAccess"][] = [
    [{ hosting: "provider", providerAccess: "active" }, "point_domain_to_instance", null],
    [{ hosting: "provider", providerAccess: "cancelled" }, "submit_transfer_application", null],
    [{ hosting: "provider", providerAccess: "unknown" }, "confirm_hosting_facts", "providerAccess"],
    [{ hosting: "elsewhere", providerAccess: "active" }, "transfer_filing_to_new_provider", null],
    [{ hosting: "elsewhere", providerAccess: "cancelled" }, "transfer_filing_to_new_provider", null],
    // hosting=elsewhere does not need the access fact at all.
    [{ hosting: "elsewhere", providerAccess: "unknown" }, "transfer_filing_to_new_provider", null],
    // Hosting is asked first, whatever the access fact says.
    [{ hosting: "unknown", providerAccess: "active" }, "confirm_hosting_facts", "hosting"],
    [{ hosting: "unknown", providerAccess: "cancelled" }, "confirm_hosting_facts", "hosting"],
    [{ hosting: "unknown", providerAccess: "unknown" }, "confirm_hosting_facts", "hosting"],
  ];
  it.each(invalidBranches)("filing_invalid with %o → %s (question %s)", (facts, key, question) => {
    const deadline = cst("2026-12-01 23:59");
    const s = deriveDomainState(facts, [msg("i", "filing_invalid", T0, { deadline })], NOW);
    expect(s.status).toBe("rectification_required");
    expect(keys(s)).toEqual([key]);
    expect(s.question).toBe(question);
    expect(action(s, key)).toMatchObject({ causeMessageId: "i", dueAt: deadline, urgency: "urgent" });
  });

  it("filing_invalid without a deadline still derives, with no due date", () => {
    const s = deriveDomainState({ hosting: "provider", providerAccess: "active" }, [msg("i", "filing_invalid", T0)], NOW);
    expect(s.status).toBe("rectification_required");
    expect(action(s, "point_domain_to_instance").dueAt).toBeNull();
  });

  it("answering the facts replaces confirm_hosting_facts with the right action", () => {
    const messages = [msg("i", "filing_invalid", T0)];
    const first = deriveDomainState(UNKNOWN_FACTS, messages, NOW);
    expect(keys(first)).toEqual(["confirm_hosting_facts"]);
    expect(first.question).toBe("hosting");
    expect(first.reason.en).toMatch(/still hosted on our servers/);

    const hostingAnswered = deriveDomainState({ hosting: "provider", providerAccess: "unknown" }, messages, NOW);
    expect(keys(hostingAnswered)).toEqual(["confirm_hosting_facts"]);
    expect(hostingAnswered.question).toBe("providerAccess");

    const bothAnswered = deriveDomainState({ hosting: "provider", providerAccess: "cancelled" }, messages, NOW);
    expect(keys(bothAnswered)).toEqual(["submit_transfer_application"]);
    expect(bothAnswered.question).toBeNull();

    const movedAway = deriveDomainState({ hosting: "elsewhere", providerAccess: "unknown" }, messages, NOW);
    expect(keys(movedAway)).toEqual(["transfer_filing_to_new_provider"]);
    expect(movedAway.question).toBeNull();
  });
});

describe("deriveDomainState: the wider catalogue and provider events (PRODUCT.md)", () => {
  type Row = { kind: MessageKind; status: DomainStatus; actions: ActionKey[]; due?: (received: Date, stated: Date) => Date | null };
  const stated = cst("2026-12-31 23:59");
  const rows: Row[] = [
    { kind: "filing_submitted", status: "provider_review", actions: [] },
    { kind: "provider_returned", status: "provider_returned", actions: ["correct_and_resubmit"] },
    { kind: "submitted_to_authority", status: "authority_review", actions: [] },
    { kind: "verification_code", status: "sms_verification", actions: ["complete_sms_verification"], due: (r) => new Date(r.getTime() + 24 * HOUR) },
    { kind: "authority_rejected", status: "authority_rejected", actions: ["correct_and_resubmit"] },
    { kind: "access_cancelled", status: "access_cancelled", actions: ["add_access_at_current_provider"] },
    { kind: "rectification_notice", status: "rectification_required", actions: ["correct_filing_information"] },
    { kind: "cancellation_verification", status: "cancellation_pending", actions: ["confirm_cancellation"] },
  ];
  it.each(rows)("$kind → $status with $actions", ({ kind, status, actions, due }) => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("m", kind, T0)], NOW);
    expect(s.status).toBe(status);
    expect(s.causeMessageId).toBe("m");
    expect(keys(s)).toEqual(actions);
    for (const a of s.actions) {
      expect(a.causeMessageId).toBe("m");
      expect(a.dueAt).toEqual(due ? due(T0, stated) : null);
    }
  });

  it.each(rows.filter((r) => r.actions.length > 0))("$kind: a deadline stated in the message becomes the due date", ({ kind }) => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("m", kind, T0, { deadline: stated })], NOW);
    for (const a of s.actions) {
      // For the SMS the rule's 24 h is earlier than the stated date, and the earlier one wins.
      expect(a.dueAt).toEqual(kind === "verification_code" ? new Date(T0.getTime() + 24 * HOUR) : stated);
    }
  });

  it("a stated deadline earlier than a rule's deadline wins (SMS verification)", () => {
    const early = new Date(T0.getTime() + 12 * HOUR);
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("v", "verification_code", T0, { deadline: early })], NOW);
    expect(action(s, "complete_sms_verification").dueAt).toEqual(early);
  });

  it("footer_notice alone: status unchanged (not_filed), fix_footer_icp_link due by the date in the message", () => {
    const deadline = cst("2026-12-15 23:59");
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("f", "footer_notice", T0, { deadline })], NOW);
    expect(s.status).toBe("not_filed");
    expect(s.actions).toEqual([{ key: "fix_footer_icp_link", causeMessageId: "f", dueAt: deadline, urgency: "high" }]);
  });

  it("record_changed alone: status unchanged, check_public_query", () => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("r", "record_changed", T0)], NOW);
    expect(s.status).toBe("not_filed");
    expect(s.actions).toEqual([{ key: "check_public_query", causeMessageId: "r", dueAt: null, urgency: "normal" }]);
  });

  it("provider_synced with no approval recorded → filed with the lasting approval duties, PSB due 30 days after the sync", () => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("s", "provider_synced", T0)], NOW);
    expect(s.status).toBe("filed");
    expect(keys(s)).toEqual(["resolve_domain_to_instance", "display_icp_number", "complete_psb_filing"]);
    expect(action(s, "complete_psb_filing").dueAt).toEqual(new Date(T0.getTime() + 30 * DAY));
    expect(s.completed).toEqual([]);
  });

  it("provider_synced after a pre-approval stage (authority review) → filed", () => {
    const s = deriveDomainState(
      UNKNOWN_FACTS,
      [msg("sub", "submitted_to_authority", T0), msg("s", "provider_synced", new Date(T0.getTime() + 10 * DAY))],
      NOW,
    );
    expect(s.status).toBe("filed");
  });

  it("provider_synced does not override a later problem (a late sync after filing_invalid)", () => {
    const facts: DomainFacts = { hosting: "provider", providerAccess: "active" };
    const s = deriveDomainState(
      facts,
      [
        msg("a", "filing_approved", T0),
        msg("i", "filing_invalid", new Date(T0.getTime() + DAY)),
        msg("s", "provider_synced", new Date(T0.getTime() + 2 * DAY)),
      ],
      NOW,
    );
    expect(s.status).toBe("rectification_required");
    expect(s.causeMessageId).toBe("i");
    // The number still exists, so its duties stay (with the approval as cause).
    expect(keys(s)).toEqual(["point_domain_to_instance", "display_icp_number", "complete_psb_filing"]);
    expect(action(s, "display_icp_number").causeMessageId).toBe("a");
    expect(s.completed).toEqual([]);
  });

  it("a second sync after filed changes nothing", () => {
    const messages = [msg("a", "filing_approved", T0), msg("s1", "provider_synced", new Date(T0.getTime() + DAY))];
    const once = deriveDomainState(UNKNOWN_FACTS, messages, NOW);
    const twice = deriveDomainState(UNKNOWN_FACTS, [...messages, msg("s2", "provider_synced", new Date(T0.getTime() + 2 * DAY))], NOW);
    expect(twice).toEqual(once);
  });
});

describe("deriveDomainState: sequences", () => {
  it("approved → invalid → cancelled → approved again with a new number", () => {
    const facts: DomainFacts = { hosting: "provider", providerAccess: "active" };
    const a1 = msg("a1", "filing_approved", cst("2025-01-10 09:00"), { icpNumbers: ["京ICP备2025000001号-1"] });
    const inv = msg("inv", "filing_invalid", cst("2026-02-01 09:00"), { deadline: cst("2026-02-15 23:59") });
    const can = msg("can", "icp_number_cancelled", cst("2026-03-01 09:00"));
    const a2 = msg("a2", "filing_approved", cst("2026-05-01 09:00"), { icpNumbers: ["京ICP备2026000002号-1"] });
    const now = cst("2026-05-02 09:00");

    expect(deriveDomainState(facts, [a1], now).status).toBe("approved_pending_sync");
    const invalid = deriveDomainState(facts, [a1, inv], now);
    expect(invalid.status).toBe("rectification_required");
    // The invalid-filing notice does not end the duties of the number: it is still valid.
    expect(keys(invalid)).toEqual(["point_domain_to_instance", "display_icp_number", "complete_psb_filing"]);
    expect(action(invalid, "complete_psb_filing")).toMatchObject({
      causeMessageId: "a1",
      dueAt: new Date(a1.receivedAt.getTime() + 30 * DAY),
    });
    const cancelled = deriveDomainState(facts, [a1, inv, can], now);
    expect(cancelled.status).toBe("cancelled");
    // The cancellation ends them; a footer still showing the number is now the problem.
    expect(keys(cancelled)).toEqual(["check_public_query", "apply_new_icp_number", "remove_cancelled_icp_number"]);
    const again = deriveDomainState(facts, [a1, inv, can, a2], now);
    expect(again.status).toBe("approved_pending_sync");
    expect(again.causeMessageId).toBe("a2");
    expect(again.actions.every((a) => a.causeMessageId === "a2")).toBe(true);
    expect(action(again, "complete_psb_filing").dueAt).toEqual(new Date(a2.receivedAt.getTime() + 30 * DAY));
  });

  it("verification code, then 25 hours later the action is overdue (isOverdue)", () => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("v", "verification_code", T0)], T0);
    const sms = action(s, "complete_sms_verification");
    expect(sms.dueAt).toEqual(new Date(T0.getTime() + 24 * HOUR));
    expect(sms.urgency).toBe("urgent");
    const at25h = new Date(T0.getTime() + 25 * HOUR);
    expect(isOverdue({ state: "open", dueAt: sms.dueAt }, at25h)).toBe(true);
    expect(isOverdue({ state: "in_progress", dueAt: sms.dueAt }, at25h)).toBe(true);
    expect(isOverdue({ state: "open", dueAt: sms.dueAt }, new Date(T0.getTime() + 23 * HOUR))).toBe(false);
  });

  it("an older message supplied later does not override a newer one", () => {
    const newer = msg("new", "icp_number_cancelled", cst("2026-06-01 10:00"));
    const older = msg("old", "filing_approved", cst("2026-01-01 10:00"));
    const s = deriveDomainState(UNKNOWN_FACTS, [newer, older], NOW);
    expect(s.status).toBe("cancelled");
    expect(s.causeMessageId).toBe("new");
    expect(deriveDomainState(UNKNOWN_FACTS, [older, newer], NOW)).toEqual(s);
  });

  it("an informational message after a status message leaves the status unchanged and adds its action", () => {
    const approval = msg("a", "filing_approved", T0);
    const before = deriveDomainState(UNKNOWN_FACTS, [approval], NOW);
    const after = deriveDomainState(UNKNOWN_FACTS, [approval, msg("f", "footer_notice", new Date(T0.getTime() + HOUR))], NOW);
    expect(after.status).toBe(before.status);
    expect(after.causeMessageId).toBe(before.causeMessageId);
    expect(after.reason).toEqual(before.reason);
    expect(keys(after)).toEqual([...keys(before), "fix_footer_icp_link"]);
  });

  it("informational actions survive later status messages, until a new approval or a cancellation", () => {
    const footer = msg("f", "footer_notice", cst("2026-01-01 10:00"));
    const changed = msg("r", "record_changed", cst("2026-01-02 10:00"));
    const rect = msg("rect", "rectification_notice", cst("2026-01-03 10:00"));
    const s = deriveDomainState(UNKNOWN_FACTS, [footer, changed, rect], NOW);
    expect(s.status).toBe("rectification_required");
    expect(keys(s)).toEqual(["correct_filing_information", "fix_footer_icp_link", "check_public_query"]);

    const approved = deriveDomainState(UNKNOWN_FACTS, [footer, changed, rect, msg("a", "filing_approved", cst("2026-01-04 10:00"))], NOW);
    expect(keys(approved)).not.toContain("fix_footer_icp_link");
    expect(keys(approved)).not.toContain("check_public_query");

    const cancelled = deriveDomainState(UNKNOWN_FACTS, [footer, changed, msg("c", "icp_number_cancelled", cst("2026-01-04 10:00"))], NOW);
    expect(keys(cancelled)).toEqual(["check_public_query", "apply_new_icp_number", "remove_cancelled_icp_number"]);
    // The cancellation's own check replaces the older record-changed one.
    expect(action(cancelled, "check_public_query").causeMessageId).toBe("c");
  });

  it("one action per key: the newest message producing a key owns it", () => {
    const f1 = msg("f1", "footer_notice", cst("2026-01-01 10:00"), { deadline: cst("2026-02-01 23:59") });
    const f2 = msg("f2", "footer_notice", cst("2026-01-10 10:00"), { deadline: cst("2026-03-01 23:59") });
    const s = deriveDomainState(UNKNOWN_FACTS, [f2, f1], NOW);
    expect(s.actions).toHaveLength(1);
    expect(action(s, "fix_footer_icp_link")).toMatchObject({ causeMessageId: "f2", dueAt: cst("2026-03-01 23:59") });
  });

  it("a retraction: the retracted message is ignored, as if it never came", () => {
    const approval = msg("a", "filing_approved", T0);
    const wrong = msg("w", "icp_number_cancelled", new Date(T0.getTime() + DAY));
    const retraction = msg("x", "retraction", new Date(T0.getTime() + 2 * DAY), { retractsMessageId: "w" });
    const withWrong = deriveDomainState(UNKNOWN_FACTS, [approval, wrong], NOW);
    expect(withWrong.status).toBe("cancelled");
    const retracted = deriveDomainState(UNKNOWN_FACTS, [approval, wrong, retraction], NOW);
    expect(retracted).toEqual(deriveDomainState(UNKNOWN_FACTS, [approval], NOW));
    expect(retracted.status).toBe("approved_pending_sync");
  });

  it("a retraction arriving before the message it retracts (out of order) still removes it", () => {
    const retraction = msg("x", "retraction", T0, { retractsMessageId: "w" });
    const wrong = msg("w", "filing_approved", new Date(T0.getTime() + DAY));
    expect(deriveDomainState(UNKNOWN_FACTS, [retraction, wrong], NOW).status).toBe("not_filed");
  });

  it("retracting a retraction has no effect; retractsMessageId on other kinds is ignored", () => {
    const approval = msg("a", "filing_approved", T0);
    const r1 = msg("r1", "retraction", new Date(T0.getTime() + HOUR), { retractsMessageId: "a" });
    const r2 = msg("r2", "retraction", new Date(T0.getTime() + 2 * HOUR), { retractsMessageId: "r1" });
    expect(deriveDomainState(UNKNOWN_FACTS, [approval, r1, r2], NOW).status).toBe("not_filed");
    const stray = msg("f", "footer_notice", new Date(T0.getTime() + HOUR), { retractsMessageId: "a" });
    expect(deriveDomainState(UNKNOWN_FACTS, [approval, stray], NOW).status).toBe("approved_pending_sync");
  });

  it("the SMS action is replaced when the filing moves on (newest decides)", () => {
    const s = deriveDomainState(
      UNKNOWN_FACTS,
      [msg("v", "verification_code", T0), msg("a", "filing_approved", new Date(T0.getTime() + 5 * DAY))],
      NOW,
    );
    expect(keys(s)).not.toContain("complete_sms_verification");
  });
});

describe("deriveDomainState: ties and reasons", () => {
  it("messages with the same received-at: the later lifecycle step wins, whatever the ids", () => {
    const approval = msg("zzz", "filing_approved", T0);
    const sync = msg("aaa", "provider_synced", T0);
    expect(deriveDomainState(UNKNOWN_FACTS, [sync, approval], NOW).status).toBe("filed");
    const invalid = msg("b", "filing_invalid", T0);
    const cancelled = msg("a", "icp_number_cancelled", T0);
    expect(deriveDomainState(UNKNOWN_FACTS, [cancelled, invalid], NOW).status).toBe("cancelled");
  });

  it("same received-at and same kind: the id decides, deterministically", () => {
    const x = msg("x", "filing_invalid", T0, { deadline: cst("2026-12-01 23:59") });
    const y = msg("y", "filing_invalid", T0, { deadline: cst("2026-12-05 23:59") });
    const s1 = deriveDomainState(UNKNOWN_FACTS, [x, y], NOW);
    const s2 = deriveDomainState(UNKNOWN_FACTS, [y, x], NOW);
    expect(s1).toEqual(s2);
    expect(s1.causeMessageId).toBe("y");
  });

  it("the reason names the message kind and its received-at in China time, in English and Chinese", () => {
    const s = deriveDomainState(UNKNOWN_FACTS, [msg("a", "filing_approved", cst("2026-11-20 10:00"))], NOW);
    expect(s.reason.en).toBe("Approved, waiting for provider sync: “ICP Filing successful” received 2026-11-20 10:00 CST.");
    expect(s.reason.zh).toContain("备案成功");
    expect(s.reason.zh).toContain("2026-11-20 10:00 北京时间");
  });

  it("the reason after a sync names both the sync and the approval", () => {
    const s = deriveDomainState(
      UNKNOWN_FACTS,
      [msg("a", "filing_approved", cst("2026-11-20 10:00")), msg("s", "provider_synced", cst("2026-11-22 09:30"))],
      NOW,
    );
    expect(s.reason.en).toContain("2026-11-22 09:30 CST");
    expect(s.reason.en).toContain("2026-11-20 10:00 CST");
  });

  it("an action due within 72 hours (or overdue) is urgent; further away it keeps its default", () => {
    const deadline = cst("2026-12-10 23:59");
    const messages = [msg("r", "rectification_notice", T0, { deadline })];
    expect(action(deriveDomainState(UNKNOWN_FACTS, messages, cst("2026-11-21 10:00")), "correct_filing_information").urgency).toBe("high");
    expect(action(deriveDomainState(UNKNOWN_FACTS, messages, cst("2026-12-09 10:00")), "correct_filing_information").urgency).toBe("urgent");
    expect(action(deriveDomainState(UNKNOWN_FACTS, messages, cst("2026-12-20 10:00")), "correct_filing_information").urgency).toBe("urgent");
  });
});

describe("isOverdue", () => {
  const due = cst("2026-11-20 10:00");
  const after = new Date(due.getTime() + 1);
  it.each([
    ["open", true],
    ["in_progress", true],
    ["done", false],
    ["dismissed", false],
    ["superseded", false],
  ] as const)("%s past its due date → %s", (state, expected) => {
    expect(isOverdue({ state, dueAt: due }, after)).toBe(expected);
  });
  it("is never overdue without a due date, or exactly at the due instant", () => {
    expect(isOverdue({ state: "open", dueAt: null }, after)).toBe(false);
    expect(isOverdue({ state: "open", dueAt: due }, due)).toBe(false);
  });
});

describe("allowedActionKeysForStatus", () => {
  it("covers every status and every action key is allowed somewhere", () => {
    const all = new Set(DOMAIN_STATUSES.flatMap((s) => allowedActionKeysForStatus(s)));
    expect([...all].sort()).toEqual([...ACTION_KEYS].sort());
  });
  it("allows the informational actions with every status", () => {
    for (const s of DOMAIN_STATUSES) {
      expect(allowedActionKeysForStatus(s)).toEqual(expect.arrayContaining(["fix_footer_icp_link", "check_public_query"]));
    }
  });
  it("every kind that derives a status yields only allowed keys", () => {
    for (const kind of MESSAGE_KINDS) {
      const s = deriveDomainState(UNKNOWN_FACTS, [msg("m", kind, T0)], NOW);
      for (const k of keys(s)) expect(allowedActionKeysForStatus(s.status)).toContain(k);
    }
  });
});

describe("the duties of an ICP number last while the number is valid", () => {
  const approval = msg("a", "filing_approved", cst("2026-01-10 09:00"));
  const later = (days: number) => new Date(approval.receivedAt.getTime() + days * DAY);
  const facts: DomainFacts = { hosting: "provider", providerAccess: "active" };
  it.each([
    ["filing_invalid", "rectification_required"],
    ["rectification_notice", "rectification_required"],
    ["access_cancelled", "access_cancelled"],
    ["cancellation_verification", "cancellation_pending"],
    ["filing_submitted", "provider_review"],
    ["authority_rejected", "authority_rejected"],
  ] as const)("after %s (%s) the footer and PSB duties stay, with the approval's cause and due date", (kind, status) => {
    const s = deriveDomainState(facts, [approval, msg("p", kind, later(3))], NOW);
    expect(s.status).toBe(status);
    expect(action(s, "display_icp_number")).toMatchObject({ causeMessageId: "a", dueAt: null });
    expect(action(s, "complete_psb_filing")).toMatchObject({ causeMessageId: "a", dueAt: later(30) });
    // The approval's own steps end with the next status.
    expect(keys(s)).not.toContain("resolve_domain_to_instance");
    expect(keys(s)).not.toContain("await_provider_sync");
  });

  it("a sync that proves an approval starts them; a later problem keeps them; a cancellation ends them", () => {
    const sync = msg("s", "provider_synced", cst("2026-01-10 09:00"));
    const invalid = msg("i", "filing_invalid", cst("2026-02-10 09:00"));
    const s = deriveDomainState(facts, [sync, invalid], NOW);
    expect(action(s, "display_icp_number").causeMessageId).toBe("s");
    const c = deriveDomainState(facts, [sync, invalid, msg("c", "icp_number_cancelled", cst("2026-03-10 09:00"))], NOW);
    expect(keys(c)).not.toContain("display_icp_number");
    expect(keys(c)).not.toContain("complete_psb_filing");
    expect(action(c, "remove_cancelled_icp_number").causeMessageId).toBe("c");
  });

  it("a sync after a change filing keeps the duties of the number already held", () => {
    const s = deriveDomainState(facts, [approval, msg("sub", "filing_submitted", later(40)), msg("s", "provider_synced", later(50))], NOW);
    expect(s.status).toBe("filed");
    expect(action(s, "complete_psb_filing")).toMatchObject({ causeMessageId: "a", dueAt: later(30) });
  });

  it("a new approval after a cancellation brings them back with the new cause", () => {
    const c = msg("c", "icp_number_cancelled", later(60));
    const a2 = msg("a2", "filing_approved", later(90));
    const s = deriveDomainState(facts, [approval, c, a2], NOW);
    expect(action(s, "display_icp_number").causeMessageId).toBe("a2");
    expect(keys(s)).not.toContain("remove_cancelled_icp_number");
  });

  it("are never allowed without a number (not filed, cancelled)", () => {
    expect(allowedActionKeysForStatus("not_filed")).not.toContain("display_icp_number");
    expect(allowedActionKeysForStatus("cancelled")).not.toContain("complete_psb_filing");
    expect(allowedActionKeysForStatus("rectification_required")).toContain("display_icp_number");
  });
});

describe("pendingRecheck: what happens once the fix is done", () => {
  const domain = { status: "rectification_required" as const, statusCauseMessageId: "i" };
  const act = (key: ActionKey, state: "open" | "in_progress" | "done" | "dismissed" | "superseded", causeMessageId = "i", closedAt: Date | null = null) => ({
    key,
    state,
    causeMessageId,
    closedAt,
  });

  it("is null while the fix is still open or in progress", () => {
    expect(pendingRecheck(domain, [act("point_domain_to_instance", "open")])).toBeNull();
    expect(pendingRecheck(domain, [act("point_domain_to_instance", "in_progress")])).toBeNull();
  });

  it.each([
    ["point_domain_to_instance", "provider_recheck"],
    ["submit_transfer_application", "access_application_review"],
    ["transfer_filing_to_new_provider", "access_application_review"],
    ["correct_filing_information", "correction_recheck"],
  ] as const)("%s done → %s", (key, recheck) => {
    expect(pendingRecheck(domain, [act(key, "done"), act("confirm_hosting_facts", "superseded")])).toBe(recheck);
  });

  it("the number's own duties still open do not hide the pending re-check", () => {
    const actions = [act("point_domain_to_instance", "done"), act("display_icp_number", "open", "a")];
    expect(pendingRecheck(domain, actions)).toBe("provider_recheck");
  });

  it("a dismissed fix is no fix; an older episode's done fix does not count", () => {
    expect(pendingRecheck(domain, [act("point_domain_to_instance", "dismissed")])).toBeNull();
    expect(pendingRecheck(domain, [act("point_domain_to_instance", "done", "older-notice")])).toBeNull();
  });

  it("access cancelled and cancellation pending have their own re-check; other statuses none", () => {
    expect(pendingRecheck({ status: "access_cancelled", statusCauseMessageId: "x" }, [act("add_access_at_current_provider", "done", "x")])).toBe(
      "access_application_review",
    );
    expect(pendingRecheck({ status: "cancellation_pending", statusCauseMessageId: "x" }, [act("confirm_cancellation", "done", "x")])).toBe(
      "cancellation_processing",
    );
    expect(pendingRecheck({ status: "filed", statusCauseMessageId: "x" }, [act("display_icp_number", "done", "x")])).toBeNull();
  });

  it("every re-check has words in both languages, and closing messages that can end the status", () => {
    for (const entry of Object.values(RECHECK_CATALOGUE)) {
      expect(entry.title.en).not.toMatch(/nothing to do/i);
      expect(entry.title.zh.length).toBeGreaterThan(0);
      expect(entry.explanation.zh.length).toBeGreaterThan(0);
    }
    // The message named as closing an access application really leaves the rectification status.
    const s = deriveDomainState(
      { hosting: "provider", providerAccess: "cancelled" },
      [msg("i", "filing_invalid", T0), ...RECHECK_CATALOGUE.access_application_review.closedBy.map((k, n) => msg(`c${n}`, k, new Date(T0.getTime() + DAY)))],
      NOW,
    );
    expect(s.status).not.toBe("rectification_required");
  });
});

describe("timeLeft", () => {
  const due = cst("2026-11-30 23:59");
  const at = (ms: number) => new Date(due.getTime() - ms);
  it.each([
    [null, { kind: "none" }],
    [5 * DAY + HOUR, { kind: "left", unit: "days", amount: 5 }],
    [2 * DAY, { kind: "left", unit: "days", amount: 2 }],
    [47 * HOUR + 59 * 60_000, { kind: "left", unit: "hours", amount: 47 }],
    [3 * HOUR, { kind: "left", unit: "hours", amount: 3 }],
    [59 * 60_000, { kind: "left", unit: "minutes", amount: 59 }],
    [0, { kind: "left", unit: "minutes", amount: 0 }],
    [-1, { kind: "overdue", unit: "minutes", amount: 1 }],
    [-90 * 60_000, { kind: "overdue", unit: "hours", amount: 2 }],
    [-(2 * DAY + HOUR), { kind: "overdue", unit: "days", amount: 3 }],
  ] as const)("%s ms before the due date → %o", (before, expected) => {
    expect(timeLeft(before === null ? null : due, before === null ? due : at(before))).toEqual(expected);
  });
  it("agrees with isOverdue", () => {
    for (const ms of [-DAY, -1, 0, 1, DAY]) {
      expect(timeLeft(due, at(ms)).kind === "overdue").toBe(isOverdue({ state: "open", dueAt: due }, at(ms)));
    }
  });
});
