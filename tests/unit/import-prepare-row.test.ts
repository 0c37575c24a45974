// The runner prepares stored rows without classifying their text again
// (lib/import/prepare-row.ts): it must answer what prepareMessage answers, and refuse what
// prepareMessage refuses, in the same words.
import { describe, expect, it } from "vitest";
import { prepareImportRow } from "@/lib/import/prepare-row";
import { rowToInput, type StoredRowInput } from "@/lib/import/validate";
import { prepareMessage } from "@/lib/use-cases/record-message";

const NOW = new Date("2026-11-20T02:00:00Z");
const row = (values: Partial<StoredRowInput>): StoredRowInput => ({
  domain: "Example.CN",
  receivedAt: "2026-11-19 09:00",
  text: "备案成功，备案号：京ICP备2026000001号-1",
  kind: "filing_approved",
  channel: "",
  deadline: "",
  line: 2,
  ...values,
});

const rows: StoredRowInput[] = [
  row({}),
  row({ channel: "email" }),
  row({ kind: "rectification_notice", text: "请于2026-12-15前完成整改。", deadline: "2026-12-15T15:59:59.000Z" }),
  row({ kind: "verification_code", text: "【工信部ICP备案】验证码：******。请于24小时内完成核验。", deadline: "2026-11-20T09:00:00.000Z" }),
  row({ kind: "footer_notice", text: "Your ICP number 沪ICP备2020000002号 is not shown in the footer.", receivedAt: "2026-11-19T00:00:00Z" }),
];

const refused: StoredRowInput[] = [
  row({ receivedAt: "2099-01-01 00:00" }),
  row({ text: "   " }),
  row({ domain: "not a domain" }),
  row({ kind: "approved" }),
  row({ kind: "", text: "Renew your domain now, 20% off" }),
  row({ kind: "retraction" }),
  row({ text: "x".repeat(20_001) }),
];

describe("prepareImportRow", () => {
  it.each(rows.map((r, i) => [i, r] as const))("answers what prepareMessage answers (row %i)", (_i, stored) => {
    const expected: Partial<ReturnType<typeof prepareMessage>> = prepareMessage(rowToInput(stored), NOW);
    delete expected.classification;
    expect(prepareImportRow(stored, NOW)).toEqual(expected);
  });

  it.each(refused.map((r, i) => [i, r] as const))("refuses what prepareMessage refuses, in its words (row %i)", (_i, stored) => {
    let expected: unknown;
    try {
      prepareMessage(rowToInput(stored), NOW);
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeDefined();
    expect(() => prepareImportRow(stored, NOW)).toThrow((expected as Error).message);
  });
});
