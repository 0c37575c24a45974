// A verification code never lands in the database in clear, whichever user text carries
// it: action notes, review notes, their audit copies, and every column of an import row
// (including what an error or the report echoes back).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { createImportBatch } from "@/lib/use-cases/import-messages";
import { recordMessage } from "@/lib/use-cases/record-message";
import { recordReview } from "@/lib/use-cases/record-review";
import { updateAction } from "@/lib/use-cases/update-action";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let accountId: string;
let accountName: string;
const CODE = "483921";
const NOW = new Date(Date.now() - 60_000);

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  const account = await db.prisma.account.create({ data: { name: unique("Masked ") } });
  accountId = account.id;
  accountName = account.name;
  customer = await createTestUser(db, "customer", account.id);
});
afterAll(async () => db.close());

async function domainWithAction(): Promise<{ domain: string; actionId: string; version: number }> {
  const domain = `${unique("mask")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: domain, account: accountName }, now: NOW });
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain, kind: "filing_invalid", text: `Invalid ICP Filing: ${domain} is an empty-shell website.`, receivedAt: new Date(NOW.getTime() - 3600_000) },
  });
  const action = await db.prisma.action.findFirstOrThrow({ where: { domain: { name: domain }, state: "open" } });
  return { domain, actionId: action.id, version: action.version };
}

describe("verification codes in user text", () => {
  it("are masked in an action's note and in the note's audit copy", async () => {
    const { actionId, version } = await domainWithAction();
    const note = `The customer forwarded the SMS: 验证码 ${CODE}, please use it.`;
    await updateAction(db.prisma, { actor: actorOf(customer), actionId, input: { note, version }, now: NOW });
    const events = await db.prisma.actionEvent.findMany({ where: { actionId } });
    const audit = await db.prisma.auditEvent.findMany({ where: { targetId: actionId } });
    const stored = JSON.stringify([events, audit]);
    expect(stored).toContain("please use it");
    expect(stored).not.toContain(CODE);
  });

  it("are masked in a review note and its audit copy", async () => {
    const note = `Checked the SMS verification: code ${CODE} was sent (verification code: ${CODE}).`;
    const { reviewId } = await recordReview(db.prisma, { actor: actorOf(agent), now: NOW, input: { accountId, note, outcome: "ok" } });
    const review = await db.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
    const audit = await db.prisma.auditEvent.findMany({ where: { targetId: reviewId } });
    const stored = JSON.stringify([review, audit]);
    expect(stored).toContain("Checked the SMS verification");
    expect(stored).not.toContain(CODE);
  });

  it("are masked in every import column and in the errors the report echoes", async () => {
    const { domain } = await domainWithAction();
    const csv = [
      "domain,receivedAt,text,kind,channel,deadline",
      `${domain},验证码 ${CODE},"ICP Filing successful: ${domain}",filing_approved,,`,
      `${domain},2026-11-20 09:00,"Rectify ${domain}",rectification_required,,验证码：${CODE}`,
      `${domain},2026-11-20 09:00,"ICP Filing successful: ${domain}",verification code ${CODE},,`,
    ].join("\r\n");
    const { batchId } = await createImportBatch(db.prisma, {
      actor: actorOf(admin),
      file: { name: "codes.csv", bytes: new TextEncoder().encode(csv), contentType: null },
      now: new Date(),
    });
    const rows = await db.prisma.importRow.findMany({ where: { batchId }, orderBy: { rowNumber: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["invalid", "invalid", "invalid"]);
    expect(rows.every((r) => r.error)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(CODE);
  });
});
