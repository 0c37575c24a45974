import { describe, expect, it } from "vitest";
import {
  ACTION_CATALOGUE,
  ACTION_KEYS,
  CHANNELS,
  defaultChannelForKind,
  DOMAIN_STATUSES,
  MESSAGE_KIND_CATALOGUE,
  MESSAGE_KINDS,
  PROVIDER_EVENT_KINDS,
  STATUS_CATALOGUE,
  STATUS_TONES,
  URGENCIES,
} from "../../../lib/icp";

describe("API keys (PRODUCT.md: status and action keys are part of the API)", () => {
  it("has exactly the message kinds, statuses and action keys of the brief", () => {
    expect(MESSAGE_KINDS).toEqual([
      "filing_submitted", "provider_returned", "submitted_to_authority", "provider_synced", "verification_code",
      "authority_rejected", "filing_approved", "filing_invalid", "icp_number_cancelled", "access_cancelled",
      "rectification_notice", "footer_notice", "cancellation_verification", "record_changed", "retraction",
    ]);
    expect(DOMAIN_STATUSES).toEqual([
      "not_filed", "provider_review", "provider_returned", "authority_review", "sms_verification", "authority_rejected",
      "approved_pending_sync", "filed", "rectification_required", "access_cancelled", "cancellation_pending", "cancelled",
    ]);
    expect(ACTION_KEYS).toEqual([
      "resolve_domain_to_instance", "await_provider_sync", "display_icp_number", "complete_psb_filing",
      "check_public_query", "apply_new_icp_number", "point_domain_to_instance", "submit_transfer_application",
      "transfer_filing_to_new_provider", "confirm_hosting_facts", "complete_sms_verification", "correct_and_resubmit",
      "add_access_at_current_provider", "correct_filing_information", "fix_footer_icp_link", "confirm_cancellation",
      // Added after the brief: a cancelled number still shown in the footer is a problem of its own (ADR 0004).
      "remove_cancelled_icp_number",
    ]);
  });

  it("provider events arrive on the provider channel, other kinds never do", () => {
    for (const kind of MESSAGE_KINDS) {
      const channel = defaultChannelForKind(kind);
      expect(CHANNELS).toContain(channel);
      expect(channel === "provider").toBe((PROVIDER_EVENT_KINDS as readonly string[]).includes(kind));
    }
  });
});

describe("catalogue", () => {
  const entries = [
    ...Object.values(MESSAGE_KIND_CATALOGUE),
    ...Object.values(STATUS_CATALOGUE),
    ...Object.values(ACTION_CATALOGUE),
  ];
  it("has a title and explanation in English and Chinese for every kind, status and action", () => {
    expect(Object.keys(MESSAGE_KIND_CATALOGUE).sort()).toEqual([...MESSAGE_KINDS].sort());
    expect(Object.keys(STATUS_CATALOGUE).sort()).toEqual([...DOMAIN_STATUSES].sort());
    expect(Object.keys(ACTION_CATALOGUE).sort()).toEqual([...ACTION_KEYS].sort());
    for (const e of entries) {
      for (const text of [e.title.en, e.title.zh, e.explanation.en, e.explanation.zh]) expect(text.trim().length).toBeGreaterThan(0);
      expect(e.title.zh).toMatch(/\p{Script=Han}/u);
    }
  });
  it("gives every status a UI tone and every action a default urgency", () => {
    for (const s of Object.values(STATUS_CATALOGUE)) expect(STATUS_TONES).toContain(s.tone);
    for (const a of Object.values(ACTION_CATALOGUE)) expect(URGENCIES).toContain(a.urgency);
    expect(STATUS_CATALOGUE.filed.tone).toBe("ok");
    expect(STATUS_CATALOGUE.cancelled.tone).toBe("danger");
  });
  it("points the footer and public-query actions at the MIIT site; new number is urgent", () => {
    expect(ACTION_CATALOGUE.display_icp_number.explanation.en).toContain("https://beian.miit.gov.cn");
    expect(ACTION_CATALOGUE.display_icp_number.link).toBe("https://beian.miit.gov.cn");
    expect(ACTION_CATALOGUE.check_public_query.link).toBe("https://beian.miit.gov.cn");
    expect(ACTION_CATALOGUE.fix_footer_icp_link.link).toBe("https://beian.miit.gov.cn");
    expect(ACTION_CATALOGUE.apply_new_icp_number.urgency).toBe("urgent");
    expect(MESSAGE_KIND_CATALOGUE.filing_approved.title).toEqual({ en: "ICP Filing successful", zh: "备案成功" });
    expect(MESSAGE_KIND_CATALOGUE.icp_number_cancelled.title).toEqual({ en: "ICP number cancelled", zh: "备案号已注销" });
  });
});
