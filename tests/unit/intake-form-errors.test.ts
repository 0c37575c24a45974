// The intake forms show field errors in the page's language: every field text the intake use
// cases throw maps to a message of its own, and every message exists in both languages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import { INTAKE_FIELD_ERRORS, intakeFieldErrorKeys, localizeIntakeFields } from "@/lib/intake/form-errors";
import { ZCreateIntakeChannelInput } from "@/lib/intake/channels";
import { ZConfirmInput, ZRejectInput, ZReportInput } from "@/lib/intake/triage";
import { AppError } from "@/lib/errors";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

function keysOfZod(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  const error = result.error as Parameters<typeof fieldErrorsOf>[0];
  return intakeFieldErrorKeys(fieldErrorsOf(error), error);
}

describe("intake field errors", () => {
  it("names what is wrong with each field the schemas refuse", () => {
    expect(keysOfZod(ZCreateIntakeChannelInput, { name: "  " })).toEqual({ name: "nameRequired" });
    expect(keysOfZod(ZCreateIntakeChannelInput, { name: "x".repeat(101) })).toEqual({ name: "nameTooLong" });
    expect(keysOfZod(ZReportInput, { text: "", receivedAt: "" })).toEqual({ text: "textRequired", receivedAt: "receivedAtRequired" });
    expect(keysOfZod(ZReportInput, { text: "x".repeat(20_001), receivedAt: "2026-11-20", domain: "d".repeat(301) })).toEqual({
      text: "textTooLong",
      domain: "domainTooLong",
    });
    expect(keysOfZod(ZConfirmInput, { domain: "", kind: "nonsense" })).toEqual({ domain: "domainRequired", kind: "invalid" });
    expect(keysOfZod(ZRejectInput, { reason: "" })).toEqual({ reason: "reasonRequired" });
    expect(keysOfZod(ZRejectInput, { reason: "r".repeat(501) })).toEqual({ reason: "reasonTooLong" });
  });

  it("gives every field text the intake use cases throw a message of its own", () => {
    const dir = path.resolve(__dirname, "../../lib/intake");
    const thrown = new Map<string, string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      // new AppError(code, message, { field: "text" })
      for (const match of source.matchAll(/new AppError\([^;]*?\{\s*(\w+):\s*"([^"]+)"\s*\}\)/g)) thrown.set(`${match[1]}:${match[2]}`, file);
    }
    expect(thrown.size).toBeGreaterThan(5);
    // The fields of the intake forms (the HTTP-only ones, such as `body`, never reach a form).
    const formFields = new Set(["name", "account", "text", "receivedAt", "domain", "kind", "reason"]);
    for (const entry of thrown.keys()) {
      const [field, text] = entry.split(/:(.*)/s) as [string, string];
      if (!formFields.has(field)) continue;
      const keys = intakeFieldErrorKeys({ [field]: text }, new AppError("unprocessable", "x", { [field]: text }));
      expect(keys[field], entry).not.toBe("invalid");
    }
  });

  it("translates into the page's language, never leaving the English text", () => {
    const fields = { receivedAt: "Must not lie in the future.", domain: "Not this account's domain." };
    const t = (key: string) => (zh.intake.fieldErrors as Record<string, string>)[key]!;
    expect(localizeIntakeFields(fields, new AppError("unprocessable", "x", fields), t)).toEqual({
      receivedAt: "不能晚于当前时间。",
      domain: "该域名属于另一个账户，而非这条消息所属的账户。",
    });
    for (const key of INTAKE_FIELD_ERRORS) {
      expect((en.intake.fieldErrors as Record<string, string>)[key], key).toBeTruthy();
      expect((zh.intake.fieldErrors as Record<string, string>)[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
