// Retracting a wrongly recorded message, from the timeline (retractMessage) and over the
// API (POST /api/v1/messages with kind "retraction"): the domain is derived again as if the
// message never came; only admins retract; retractions are final.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/respond";
import { recordMessageFromRequest } from "@/lib/api/record-message-request";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { retractMessage } from "@/lib/use-cases/retract-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  accountName = unique("Account ");
  await db.prisma.account.create({ data: { name: accountName } });
});
afterAll(async () => db.close());

async function cancelledDomain() {
  const name = `${unique("retract")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW });
  const approved = await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain: name, kind: "filing_approved", text: `ICP Filing successful: ${name}, 京ICP备2026000101号-1`, receivedAt: new Date("2026-11-01T02:00:00Z") },
  });
  const cancelled = await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain: name, kind: "icp_number_cancelled", text: `您的网站 ${name} 备案号 京ICP备2026000101号-1 已被注销。`, receivedAt: new Date("2026-11-10T02:00:00Z") },
  });
  return { name, approved: approved.messageId, cancelled: cancelled.messageId };
}

const domainOf = (name: string) => db.prisma.domain.findUniqueOrThrow({ where: { name }, include: { actions: true } });

describe("retracting a message", () => {
  it("records a retraction with the reason and derives the domain as if the message never came", async () => {
    const { name, cancelled } = await cancelledDomain();
    expect((await domainOf(name)).status).toBe("cancelled");
    const result = await retractMessage(db.prisma, { actor: actorOf(admin), input: { messageId: cancelled, reason: "Recorded for the wrong domain." }, now: NOW });
    expect(result.domainName).toBe(name);
    const domain = await domainOf(name);
    expect(domain.status).not.toBe("cancelled");
    expect(domain.icpNumber).toBe("京ICP备2026000101号-1");
    const retraction = await db.prisma.message.findUniqueOrThrow({ where: { id: result.messageId } });
    expect(retraction).toMatchObject({ kind: "retraction", retractsMessageId: cancelled, text: "Recorded for the wrong domain." });
  });

  it("is final, admin-only and refuses an empty reason, writing nothing", async () => {
    const { name, cancelled } = await cancelledDomain();
    const count = () => db.prisma.message.count({ where: { domain: { name } } });
    await expect(retractMessage(db.prisma, { actor: actorOf(agent), input: { messageId: cancelled, reason: "x" }, now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(retractMessage(db.prisma, { actor: actorOf(admin), input: { messageId: cancelled, reason: "  " }, now: NOW })).rejects.toThrow();
    await expect(retractMessage(db.prisma, { actor: actorOf(admin), input: { messageId: "no-such-message", reason: "x" }, now: NOW })).rejects.toMatchObject({ code: "not_found" });
    expect(await count()).toBe(2);
    const first = await retractMessage(db.prisma, { actor: actorOf(admin), input: { messageId: cancelled, reason: "Wrong domain." }, now: NOW });
    await expect(retractMessage(db.prisma, { actor: actorOf(admin), input: { messageId: first.messageId, reason: "Undo." }, now: NOW })).rejects.toMatchObject({ code: "unprocessable" });
    expect(await count()).toBe(3);
  });

  it("is reachable over the API: kind retraction with retractsMessageId; retractsMessageId on another kind is 422", async () => {
    const { name, cancelled } = await cancelledDomain();
    const call = async (body: unknown) => {
      try {
        const answer = await recordMessageFromRequest(db.prisma, { actor: actorOf(admin), body, idempotencyKey: null, idempotencyScope: `user:${admin.id}`, now: NOW });
        return { status: answer.status as number, body: JSON.parse(JSON.stringify(answer.body)) };
      } catch (error) {
        const response = errorResponse(error);
        return { status: response.status, body: await response.json() };
      }
    };
    const misuse = await call({ domain: name, kind: "filing_submitted", text: "x", receivedAt: "2026-11-19T00:00:00Z", retractsMessageId: cancelled });
    expect(misuse.status).toBe(422);
    const missing = await call({ domain: name, kind: "retraction", text: "Wrong domain.", receivedAt: "2026-11-19T00:00:00Z" });
    expect(missing.status).toBe(422);
    const answer = await call({ domain: name, kind: "retraction", text: "Wrong domain.", receivedAt: "2026-11-19T00:00:00Z", retractsMessageId: cancelled });
    expect(answer.status).toBe(201);
    expect(answer.body.message).toMatchObject({ kind: "retraction", retractsMessageId: cancelled });
    expect(answer.body.domain.status).not.toBe("cancelled");
  });

  it("reads a zoneless date string given to recordMessage as China time, not the server's zone", async () => {
    const { name } = await cancelledDomain();
    const { messageId } = await recordMessage(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { domain: name, kind: "filing_submitted", text: "Your ICP filing order was submitted.", receivedAt: "2026-11-19 18:00" },
    });
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: messageId } })).receivedAt.toISOString()).toBe("2026-11-19T10:00:00.000Z");
  });
});
