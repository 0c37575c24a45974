import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkStaffFigures, freshAt, repairStaffFigures } from "@/lib/counters/figures";
import type { OpenDatabase } from "@/lib/db/connect";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXPIRING_WITHIN_MS, URGENT_ACTION_KEYS, URGENT_WITHIN_MS } from "@/lib/icp/urgency";
import { findReviewQueueForExport, parseReviewQueueQuery } from "@/lib/queries/review-queue";
import { summariseDomainsForUser } from "@/lib/queries/domains";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { updateAction } from "@/lib/use-cases/update-action";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

// The maintained staff figures (AccountCounter, AccountStatusCount) against the rows they
// summarise: after writes through the use cases, and as time passes without writes.
let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
const tag = unique("figures");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date(Date.now() - 2 * HOUR);
const accountIds: string[] = [];

/** The queue's counts computed straight from the rows, as the queue did before it kept figures. */
async function fromRows(now: Date) {
  const urgentKeys = Prisma.join(URGENT_ACTION_KEYS.map((key) => Prisma.sql`${key}::"ActionKey"`));
  const expiring = new Date(now.getTime() + EXPIRING_WITHIN_MS);
  const urgentUntil = new Date(now.getTime() + URGENT_WITHIN_MS);
  const rows = await db.prisma.$queryRaw<{ accountId: string; critical: number; urgent: number; overdue: number; open: number }[]>`
    SELECT d."accountId",
           (count(*) FILTER (WHERE a.key IN (${urgentKeys}) AND a."dueAt" < ${expiring}))::int AS critical,
           (count(*) FILTER (WHERE a.key IN (${urgentKeys}) OR a."dueAt" < ${urgentUntil}))::int AS urgent,
           (count(*) FILTER (WHERE a."dueAt" < ${now}))::int AS overdue,
           count(*)::int AS open
      FROM "Action" a JOIN "Domain" d ON d.id = a."domainId"
     WHERE a.state IN ('open', 'in_progress') AND d."accountId" = ANY(${accountIds})
     GROUP BY d."accountId"`;
  return new Map(rows.map((r) => [r.accountId, r]));
}

async function queueAt(now: Date) {
  const rows = await findReviewQueueForExport(db.prisma, agent, parseReviewQueueQuery({}), now);
  return new Map(rows.filter((r) => accountIds.includes(r.accountId)).map((r) => [r.accountId, r]));
}

async function expectQueueExactAt(now: Date) {
  const [queue, rows] = await Promise.all([queueAt(now), fromRows(now)]);
  for (const id of accountIds) {
    const q = queue.get(id)!;
    const r = rows.get(id) ?? { critical: 0, urgent: 0, overdue: 0, open: 0 };
    expect({ id, critical: q.criticalCount, urgent: q.urgentCount, overdue: q.overdueCount, open: q.openCount }).toEqual({
      id,
      critical: r.critical,
      urgent: r.urgent,
      overdue: r.overdue,
      open: r.open,
    });
  }
}

async function record(domain: string, kind: "verification_code" | "filing_approved" | "filing_invalid" | "icp_number_cancelled" | "provider_synced" | "rectification_notice", ago: number, text = "") {
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain, kind, text: `${kind} ${domain} ${text} 备案号：京ICP备2026000123号-1 请于2026-12-31前完成整改`, receivedAt: new Date(NOW.getTime() - ago) },
  });
}

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  for (const letter of ["a", "b", "c"]) {
    const account = await db.prisma.account.create({ data: { name: `${letter} ${tag}` } });
    accountIds.push(account.id);
    for (const n of [1, 2]) {
      await createDomain(db.prisma, { actor: actorOf(admin), input: { name: `${letter}${n}-${tag}.cn`, account: account.name }, now: new Date(NOW.getTime() - 30 * DAY) });
    }
  }
  await record(`a1-${tag}.cn`, "verification_code", 2 * HOUR);
  await record(`a2-${tag}.cn`, "filing_approved", 3 * DAY);
  await record(`b1-${tag}.cn`, "icp_number_cancelled", 5 * DAY);
  await record(`b2-${tag}.cn`, "rectification_notice", 1 * DAY);
  await record(`c1-${tag}.cn`, "filing_approved", 40 * DAY);
  await record(`c1-${tag}.cn`, "provider_synced", 39 * DAY);
  // A newer message supersedes some of the actions it opened.
  await record(`a2-${tag}.cn`, "filing_invalid", 1 * DAY);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe("maintained staff figures", () => {
  it("know the same urgent action keys as the catalogue", async () => {
    const rows = await db.prisma.$queryRaw<{ key: string }[]>`
      SELECT k::text AS key FROM unnest(enum_range(NULL::"ActionKey")) k WHERE icp_urgent_key(k) ORDER BY 1`;
    expect(rows.map((r) => r.key)).toEqual([...URGENT_ACTION_KEYS].sort());
  });

  it("match the rows after messages are recorded", async () => {
    const { drift } = await checkStaffFigures(db.prisma, new Date());
    expect(drift.filter((d) => accountIds.includes(d.accountId))).toEqual([]);
    await expectQueueExactAt(NOW);
  });

  it("give the queue's exact counts as time passes without writes", async () => {
    for (const later of [0, HOUR, 23 * HOUR, 25 * HOUR, 3 * DAY, 10 * DAY, 40 * DAY, 400 * DAY]) {
      await expectQueueExactAt(new Date(NOW.getTime() + later));
    }
    // And for a time before the figures were kept.
    await expectQueueExactAt(new Date(NOW.getTime() - 10 * DAY));
  });

  it("follow action updates and keep the domain list's summary", async () => {
    const action = await db.prisma.action.findFirstOrThrow({
      where: { domain: { name: `a1-${tag}.cn` }, state: "open" },
    });
    await updateAction(db.prisma, { actor: actorOf(admin), actionId: action.id, input: { state: "done", version: action.version }, now: NOW });
    const { drift } = await checkStaffFigures(db.prisma, new Date());
    expect(drift.filter((d) => accountIds.includes(d.accountId))).toEqual([]);
    await expectQueueExactAt(new Date(NOW.getTime() + DAY));

    const customer = { id: "x", email: "x@example.com", name: "X", role: "customer" as const, accountId: accountIds[1]!, accountName: null };
    for (const at of [NOW, new Date(NOW.getTime() + 60 * DAY)]) {
      const domains = await db.prisma.domain.findMany({ where: { accountId: accountIds[1] } });
      expect(await summariseDomainsForUser(db.prisma, customer, at)).toEqual({
        needAction: domains.filter((d) => d.openActionCount > 0).length,
        overdue: domains.filter((d) => d.nextDueAt !== null && d.nextDueAt < at).length,
        filed: domains.filter((d) => d.status === "filed").length,
      });
      // A row found stale by the summary is refreshed as of that time before it answers.
      const [kept] = await db.prisma.$queryRaw<{ fresh: boolean }[]>`
        SELECT ${freshAt(at)} AS fresh FROM "AccountCounter" c WHERE c."accountId" = ${accountIds[1]!}`;
      expect(kept?.fresh).toBe(true);
    }
  });

  it("report drift from the rows, and repair it", async () => {
    const account = accountIds[2]!;
    await db.prisma.$executeRaw`UPDATE "AccountCounter" SET "openCount" = "openCount" + 5 WHERE "accountId" = ${account}`;
    await db.prisma.$executeRaw`UPDATE "AccountStatusCount" SET count = count + 1 WHERE "accountId" = ${account}`;
    const { drift } = await checkStaffFigures(db.prisma, new Date());
    const mine = drift.filter((d) => d.accountId === account);
    expect(mine.map((d) => d.field).sort()).toEqual(expect.arrayContaining(["openCount"]));
    expect(mine.some((d) => d.field.startsWith("domains "))).toBe(true);
    await repairStaffFigures(db.prisma, [account], new Date());
    const after = await checkStaffFigures(db.prisma, new Date());
    expect(after.drift.filter((d) => d.accountId === account)).toEqual([]);
  });
});
