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
});
