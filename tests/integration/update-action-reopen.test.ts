// A finished action may be reopened while it is still required; once a later message made
// it unnecessary (e.g. the number was cancelled after "display the ICP number" was done),
// reopening it would count a duty that no longer exists as open: refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { updateAction } from "@/lib/use-cases/update-action";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  accountName = unique("Reopen ");
  await db.prisma.account.create({ data: { name: accountName } });
});
afterAll(async () => db.close());

async function approvedDomainWithDoneDisplayAction() {
  const name = `${unique("r")}.cn`;
  const actor = actorOf(admin);
  await createDomain(db.prisma, { actor, input: { name, account: accountName }, now: NOW });
  await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - 5 * HOUR), kind: "filing_approved" } });
  const action = await db.prisma.action.findFirstOrThrow({ where: { domain: { name }, key: "display_icp_number" } });
  await updateAction(db.prisma, { actor, actionId: action.id, input: { state: "done", version: action.version }, now: NOW });
  return { name, action: await db.prisma.action.findUniqueOrThrow({ where: { id: action.id } }) };
}

describe("reopening a finished action", () => {
  it("reopens a done action that is still required", async () => {
    const { name, action } = await approvedDomainWithDoneDisplayAction();
    await updateAction(db.prisma, { actor: actorOf(admin), actionId: action.id, input: { state: "open", version: action.version }, now: NOW });
    expect((await db.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).state).toBe("open");
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name } })).openActionCount).toBe(4);
  });

  it("refuses to reopen a done action no longer required, and changes nothing", async () => {
    const { name, action } = await approvedDomainWithDoneDisplayAction();
    await recordMessage(db.prisma, { actor: actorOf(admin), now: NOW, input: { domain: name, text: "您的备案号已注销", receivedAt: new Date(NOW.getTime() - HOUR), kind: "icp_number_cancelled" } });
    const before = await db.prisma.domain.findUniqueOrThrow({ where: { name } });
    const error = await updateAction(db.prisma, { actor: actorOf(admin), actionId: action.id, input: { state: "in_progress", version: action.version }, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unprocessable");
    expect((await db.prisma.action.findUniqueOrThrow({ where: { id: action.id } })).state).toBe("done");
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name } })).openActionCount).toBe(before.openActionCount);
    // A note on it is still welcome.
    await updateAction(db.prisma, { actor: actorOf(admin), actionId: action.id, input: { note: "Done before the cancellation.", version: action.version }, now: NOW });
  });
});
