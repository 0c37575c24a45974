import { describe, expect, it } from "vitest";
import { auditLines, type AuditVocabulary } from "../../app/staff/audit/audit-lines";

const words: AuditVocabulary = {
  none: "无",
  yes: "是",
  no: "否",
  label: (key) => ({ status: "状态", role: "角色", account: "账户", state: "状态", note: "备注", passwordChanged: "密码已更改" })[key] ?? null,
  value: (key, value) => (key === "status" && value === "filed" ? "已备案" : key === "role" && value === "agent" ? "客服" : null),
};

describe("audit entries as lines a person reads", () => {
  it("lists only what changed, in words, without versions or ids", () => {
    const lines = auditLines("action.updated", { state: "open", version: 1, note: "x" }, { state: "open", version: 2, note: "y" }, words);
    expect(lines).toEqual([{ key: "note", label: "备注", from: "x", to: "y", userText: true }]);
    const moved = auditLines("domain.moved", { accountId: "c1", account: "Acme" }, { accountId: "c2", account: "Beta" }, words);
    expect(moved).toEqual([{ key: "account", label: "账户", from: "Acme", to: "Beta", userText: true }]);
  });

  it("translates values and shows a field only one side recorded as a value", () => {
    const lines = auditLines("user.role_changed", { role: "customer", account: "Acme" }, { role: "agent", account: null, passwordChanged: true }, words);
    expect(lines).toEqual([
      { key: "role", label: "角色", from: "customer", to: "客服", userText: false },
      { key: "account", label: "账户", from: "Acme", to: "无", userText: true },
      { key: "passwordChanged", label: "密码已更改", to: "是", userText: false },
    ]);
  });

  it("leaves out the derived English reason of a recorded message, and names an unknown field by its key", () => {
    const lines = auditLines("message.recorded", { status: "not_filed" }, { status: "filed", reason: "Filed.", extra: 3 }, words);
    expect(lines).toEqual([
      { key: "status", label: "状态", from: "not_filed", to: "已备案", userText: false },
      { key: "extra", label: null, to: "3", userText: false },
    ]);
    expect(auditLines("user.signed_in", null, null, words)).toEqual([]);
    expect(auditLines("review.recorded", { outcome: "ok" }, { outcome: "ok" }, words)).toEqual([]);
  });

  it("shows an intake decision as its code and particulars, leaves out the English reason older entries hold, and keeps a typed rejection as typed", () => {
    const intakeWords: AuditVocabulary = {
      ...words,
      label: (key) => ({ via: "到达方式", outcome: "结论", kind: "类型", domains: "提到的域名", reason: "原因", state: "状态", source: "来源" })[key] ?? null,
      value: (key, value) =>
        ({ "via:sms": "短信", "outcome:not_confident": "类型不确定", "outcome:several_domains": "提到了此账户的多个域名", "kind:verification_code": "短信核验", "state:pending": "待处理", "state:rejected": "已驳回" } as Record<string, string>)[`${key}:${String(value)}`] ?? null,
    };
    const now = auditLines("inbound.received", null, { via: "sms", outcome: "several_domains", domains: ["a.cn", "b.cn"] }, intakeWords);
    expect(now).toEqual([
      { key: "via", label: "到达方式", to: "短信", userText: false },
      { key: "outcome", label: "结论", to: "提到了此账户的多个域名", userText: false },
      { key: "domains", label: "提到的域名", to: "a.cn, b.cn", userText: true },
    ]);
    const old = auditLines(
      "inbound.received",
      null,
      { via: "sms", outcome: "not_confident", reason: 'The text reads like "verification_code", but not surely enough to record it unseen.' },
      intakeWords,
    );
    expect(old).toEqual([
      { key: "via", label: "到达方式", to: "短信", userText: false },
      { key: "outcome", label: "结论", to: "类型不确定", userText: false },
    ]);
    const rejected = auditLines("inbound.rejected", { state: "pending", reason: "The text names none of this account's domains or ICP numbers." }, { state: "rejected", reason: "不是备案消息" }, intakeWords);
    expect(rejected).toEqual([
      { key: "state", label: "状态", from: "待处理", to: "已驳回", userText: false },
      { key: "reason", label: "原因", to: "不是备案消息", userText: true },
    ]);
  });
  it("words an intake's source stored as data in the reader's language, and keeps an older entry's sentence as stored", () => {
    const source = { via: "sms", sender: "106598051001", channel: "李的手机", reportedBy: null, confirmedBy: null };
    const sourceWords: AuditVocabulary = {
      ...words,
      label: (key) => (key === "source" ? "来源" : null),
      value: (key, value) => (key === "source" && typeof value === "object" && value !== null ? `由 ${(value as { sender: string }).sender} 转发的短信` : null),
    };
    expect(auditLines("message.recorded", null, { source }, sourceWords)).toEqual([{ key: "source", label: "来源", to: "由 106598051001 转发的短信", userText: false }]);
    expect(auditLines("message.recorded", null, { source: "SMS forwarded from 106598051001 via intake 'Li's phone'" }, sourceWords)).toEqual([
      { key: "source", label: "来源", to: "SMS forwarded from 106598051001 via intake 'Li's phone'", userText: true },
    ]);
  });
});
