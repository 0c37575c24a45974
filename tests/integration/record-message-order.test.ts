// The stored domain follows its messages by received-at, whatever order they are recorded
// in: the ICP number comes from the newest approval, and the status history is dated by
// the messages that changed it, not by the moment they were typed in or imported.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { findOverview } from "@/lib/queries/overview";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  accountName = unique("Order ");
  await db.prisma.account.create({ data: { name: accountName } });
});
afterAll(async () => db.close());

async function newDomain(account = accountName): Promise<string> {
  const name = `${unique("o")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account }, now: NOW });
  return name;
}

function record(domain: string, text: string, receivedAt: Date, extra: { kind?: "filing_approved" | "icp_number_cancelled" | "retraction"; retractsMessageId?: string } = {}) {
  return recordMessage(db.prisma, { actor: actorOf(admin), now: NOW, input: { domain, text, receivedAt, ...extra } });
}

const domainOf = (name: string) => db.prisma.domain.findUniqueOrThrow({ where: { name } });
const historyOf = async (name: string) =>
  db.prisma.domainStatusChange.findMany({
    where: { domain: { name } },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    select: { fromStatus: true, toStatus: true, changedAt: true },
  });

describe("the ICP number follows the newest approval by received-at", () => {
  it("keeps the newer approval's number when an older approval is recorded after it", async () => {
    const name = await newDomain();
    await record(name, `ICP Filing successful. ${name} 京ICP备2026000002号-2`, ago(2 * DAY), { kind: "filing_approved" });
    await record(name, `ICP Filing successful. ${name} 京ICP备2025000001号-1`, ago(30 * DAY), { kind: "filing_approved" });
    const domain = await domainOf(name);
    expect(domain.icpNumber).toBe("京ICP备2026000002号-2");
    expect(domain.icpEntityNumber).toBe("京ICP备2026000002号");
    const audit = await db.prisma.auditEvent.findMany({ where: { domainId: domain.id, event: "message.recorded" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.after as { icpNumber: string }).icpNumber)).toEqual(["京ICP备2026000002号-2", "京ICP备2026000002号-2"]);
  });

  it("takes the newer approval's number when it is recorded after an older one", async () => {
    const name = await newDomain();
    await record(name, `ICP Filing successful. ${name} 京ICP备2025000001号-1`, ago(30 * DAY), { kind: "filing_approved" });
    await record(name, `ICP Filing successful. ${name} 京ICP备2026000002号-2`, ago(2 * DAY), { kind: "filing_approved" });
    expect((await domainOf(name)).icpNumber).toBe("京ICP备2026000002号-2");
  });

  it("goes back to the older approval's number when the newer approval is retracted", async () => {
    const name = await newDomain();
    await record(name, `ICP Filing successful. ${name} 京ICP备2025000001号-1`, ago(30 * DAY), { kind: "filing_approved" });
    const newer = await record(name, `ICP Filing successful. ${name} 京ICP备2026000002号-2`, ago(2 * DAY), { kind: "filing_approved" });
    await record(name, "Recorded on the wrong domain.", ago(HOUR), { kind: "retraction", retractsMessageId: newer.messageId });
    const domain = await domainOf(name);
    expect(domain.icpNumber).toBe("京ICP备2025000001号-1");
    expect(domain.status).toBe("approved_pending_sync");
  });

  it("clears the number when the only approval that carried it is retracted", async () => {
    const name = await newDomain();
    const approval = await record(name, `ICP Filing successful. ${name} 京ICP备2026000003号-1`, ago(2 * DAY), { kind: "filing_approved" });
    await record(name, "Recorded on the wrong domain.", ago(HOUR), { kind: "retraction", retractsMessageId: approval.messageId });
    const domain = await domainOf(name);
    expect([domain.icpNumber, domain.icpEntityNumber, domain.status]).toEqual([null, null, "not_filed"]);
  });
});

describe("status changes are dated by the messages that caused them", () => {
  it("dates statusChangedAt and the history by received-at, and the overview counts the past days", async () => {
    // An account of its own, so that the overview counts this domain alone.
    const account = await db.prisma.account.create({ data: { name: unique("Overview ") } });
    const name = await newDomain(account.name);
    await record(name, `ICP Filing successful. ${name} 京ICP备2026000004号-1`, ago(5 * DAY), { kind: "filing_approved" });
    let domain = await domainOf(name);
    expect(domain.statusChangedAt.toISOString()).toBe(ago(5 * DAY).toISOString());

    await record(name, "您的备案号已注销", ago(2 * DAY), { kind: "icp_number_cancelled" });
    domain = await domainOf(name);
    expect(domain.status).toBe("cancelled");
    expect(domain.statusChangedAt.toISOString()).toBe(ago(2 * DAY).toISOString());
    // The domain's creation moves back before the first message, so the history stays in order.
    expect(await historyOf(name)).toEqual([
      { fromStatus: null, toStatus: "not_filed", changedAt: ago(5 * DAY) },
      { fromStatus: "not_filed", toStatus: "approved_pending_sync", changedAt: ago(5 * DAY) },
      { fromStatus: "approved_pending_sync", toStatus: "cancelled", changedAt: ago(2 * DAY) },
    ]);

    const overview = await findOverview(db.prisma, { role: "admin" }, NOW, { accountId: account.id });
    const history = overview!.history;
    const at = (daysAgo: number) => history[history.length - 1 - daysAgo]!.counts;
    expect(at(4).approved_pending_sync).toBe(1);
    expect(at(4).not_filed).toBe(0);
    expect(at(1).cancelled).toBe(1);
    expect(at(1).approved_pending_sync).toBe(0);
  });

  it("dates a retraction's change by the retraction, never before the change it undoes", async () => {
    const name = await newDomain();
    await record(name, `ICP Filing successful. ${name} 京ICP备2026000005号-1`, ago(10 * DAY), { kind: "filing_approved" });
    const cancel = await record(name, "您的备案号已注销", ago(3 * DAY), { kind: "icp_number_cancelled" });
    await record(name, "Cancellation was sent in error.", ago(DAY), { kind: "retraction", retractsMessageId: cancel.messageId });
    const domain = await domainOf(name);
    expect(domain.status).toBe("approved_pending_sync");
    expect(domain.statusChangedAt.toISOString()).toBe(ago(DAY).toISOString());
    const history = await historyOf(name);
    expect(history.at(-1)).toEqual({ fromStatus: "cancelled", toStatus: "approved_pending_sync", changedAt: ago(DAY) });
  });

  it("never dates a change before the domain's previous one", async () => {
    const name = await newDomain();
    const cancel = await record(name, "您的备案号已注销", ago(2 * DAY), { kind: "icp_number_cancelled" });
    // A retraction received (by its stated time) before the message it retracts.
    await record(name, "Sent in error.", ago(3 * DAY), { kind: "retraction", retractsMessageId: cancel.messageId });
    const history = await historyOf(name);
    expect(history.at(-1)).toEqual({ fromStatus: "cancelled", toStatus: "not_filed", changedAt: ago(2 * DAY) });
  });
});

describe("the default channel", () => {
  it("is the one the record form proposes for the kind, for every kind", async () => {
    const { prepareMessage } = await import("@/lib/use-cases/record-message");
    const { defaultChannelForKind, MESSAGE_KINDS } = await import("@/lib/icp");
    for (const kind of MESSAGE_KINDS) {
      const prepared = prepareMessage(
        { domain: "example.cn", text: "text", receivedAt: ago(HOUR), kind, ...(kind === "retraction" ? { retractsMessageId: "m" } : {}) },
        NOW,
      );
      expect([kind, prepared.channel]).toEqual([kind, defaultChannelForKind(kind)]);
    }
  });
});
