import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkStaffFigures } from "@/lib/counters/figures";
import type { OpenDatabase } from "@/lib/db/connect";
import { openTestDatabase, unique } from "./support/database";

// The staff figures are kept by statement-level triggers (migration *_statement_level_figures):
// one statement may change many rows of several accounts. After each multi-row statement
// below, every kept figure (AccountCounter, AccountStatusCount) must equal the same figure
// computed from the rows (lib/counters/figures.ts checkStaffFigures: counts as of the row's
// asOf, nextChangeAt not later than the true next change, domains by status).
let db: OpenDatabase;
const tag = unique("fs");
const acc = (n: number) => `${tag}-acc${n}`;
const dom = (a: number, n: number) => `${tag}-d${a}-${n}`;
const accounts = [1, 2, 3, 4].map(acc);
const NOW = `(now() AT TIME ZONE 'UTC')::timestamp(3)`;

async function exec(sql: string): Promise<void> {
  await db.prisma.$executeRawUnsafe(sql.replaceAll("$NOW", NOW).replaceAll("$TAG", tag));
}

async function expectNoDrift(step: string) {
  const { drift } = await checkStaffFigures(db.prisma, new Date());
  expect({ step, drift: drift.filter((d) => accounts.includes(d.accountId)) }).toEqual({ step, drift: [] });
}

const listVersions = async () =>
  new Map(
    (
      await db.prisma.$queryRawUnsafe<{ accountId: string; v: string }[]>(
        `SELECT "accountId", "listVersion"::text AS v FROM "AccountCounter" WHERE "accountId" = ANY($1)`,
        accounts,
      )
    ).map((r) => [r.accountId, Number(r.v)]),
  );

beforeAll(async () => {
  db = await openTestDatabase();
  for (const [i, id] of accounts.entries()) await db.prisma.account.create({ data: { id, name: `Statements ${i + 1} ${tag}` } });
  // Accounts 2 and 3 kept as of another time: every change to them is evaluated at their asOf.
  await exec(`SELECT icp_refresh_account('${acc(2)}', $NOW - interval '50 hours')`);
  await exec(`SELECT icp_refresh_account('${acc(3)}', $NOW - interval '10 days')`);
}, 120_000);

afterAll(async () => db?.close());

describe("the staff figures kept per statement", () => {
  it("follow an INSERT of domains of several accounts at once", async () => {
    // Four domains in each of accounts 1–3, one in account 4, with their denormalised shares.
    await exec(`INSERT INTO "Domain" (id, name, "displayName", "accountId", status, "openActionCount", "nextDueAt", "updatedAt")
      SELECT '$TAG-d' || a || '-' || n, '$TAG-d' || a || '-' || n || '.cn', 'd' || n, '$TAG-acc' || a,
             (ARRAY['not_filed', 'provider_review', 'filed', 'sms_verification'])[n]::"DomainStatus",
             CASE WHEN n <= 3 THEN n ELSE 0 END,
             CASE n WHEN 1 THEN $NOW - interval '2 days' WHEN 2 THEN $NOW + interval '30 hours' WHEN 3 THEN $NOW + interval '9 days' END,
             $NOW
        FROM generate_series(1, 3) a, generate_series(1, 4) n
      UNION ALL SELECT '$TAG-d4-1', '$TAG-d4-1.cn', 'd1', '$TAG-acc4', 'filed', 0, NULL, $NOW`);
    await expectNoDrift("insert domains");
  });

  it("follow an INSERT of many actions at once", async () => {
    // Every mix of urgency, due date (overdue, within 24 h, within 72 h, later, none) and state.
    await exec(`INSERT INTO "Action" (id, "domainId", key, state, "dueAt", "updatedAt")
      SELECT '$TAG-x' || a || '-' || n || '-' || k, '$TAG-d' || a || '-' || n,
             (ARRAY['complete_sms_verification', 'display_icp_number', 'apply_new_icp_number', 'complete_psb_filing'])[1 + k % 4]::"ActionKey",
             (ARRAY['open', 'in_progress', 'open', 'done', 'dismissed', 'open'])[1 + (k + n) % 6]::"ActionState",
             CASE k % 5 WHEN 0 THEN $NOW - interval '3 days' WHEN 1 THEN $NOW + interval '20 hours' WHEN 2 THEN $NOW + interval '60 hours'
                        WHEN 3 THEN $NOW + interval '12 days' END,
             $NOW
        FROM generate_series(1, 3) a, generate_series(1, 4) n, generate_series(0, 9) k`);
    await expectNoDrift("insert actions");
    // Not a vacuous check: every kind of count is there, in accounts kept as of now and of 50 hours ago.
    const kept = await db.prisma.$queryRawUnsafe<{ accountId: string }[]>(
      `SELECT "accountId" FROM "AccountCounter" WHERE "accountId" = ANY($1) AND "openCount" > "urgentKeyCount"
          AND "urgentKeyCount" > 0 AND "criticalCount" > 0 AND "dueSoonCount" > 0 AND "overdueCount" > 0 AND "domainsWithActions" > 0
        ORDER BY 1`,
      accounts,
    );
    expect(kept.map((r) => r.accountId)).toEqual([acc(1), acc(2)]);
  });

  it("follow one UPDATE changing the state, due date and key of actions of several domains and accounts", async () => {
    await exec(`UPDATE "Action" SET
        state = CASE WHEN state IN ('open', 'in_progress') THEN 'done'::"ActionState" ELSE 'open'::"ActionState" END,
        "updatedAt" = $NOW
      WHERE id LIKE '$TAG-x%' AND right(id, 1) IN ('0', '3', '7')`);
    await expectNoDrift("state");
    await exec(`UPDATE "Action" SET "dueAt" = CASE WHEN "dueAt" IS NULL THEN $NOW + interval '10 hours' ELSE "dueAt" - interval '2 days' END
      WHERE id LIKE '$TAG-x%' AND right(id, 1) IN ('1', '4', '8')`);
    await expectNoDrift("dueAt");
    await exec(`UPDATE "Action" SET key = CASE WHEN icp_urgent_key(key) THEN 'display_icp_number'::"ActionKey" ELSE 'complete_sms_verification'::"ActionKey" END
      WHERE id LIKE '$TAG-x%' AND right(id, 1) IN ('2', '5', '9')`);
    await expectNoDrift("key");
    // All at once, with rows that change nothing counted (only the version).
    await exec(`UPDATE "Action" SET version = version + 1,
        state = CASE WHEN right(id, 1) = '6' THEN 'in_progress'::"ActionState" ELSE state END,
        "dueAt" = CASE WHEN right(id, 1) = '1' THEN "dueAt" + interval '90 hours' ELSE "dueAt" END,
        key = CASE WHEN right(id, 1) = '4' THEN 'apply_new_icp_number'::"ActionKey" ELSE key END
      WHERE id LIKE '$TAG-x%'`);
    await expectNoDrift("mixed");
  });

  it("follow actions moved to a domain of another account", async () => {
    await exec(`UPDATE "Action" SET "domainId" = '$TAG-d4-1' WHERE id LIKE '$TAG-x1-2-%' OR id LIKE '$TAG-x3-1-%'`);
    await expectNoDrift("actions moved");
  });

  it("follow one UPDATE of domains of several accounts: shares and status", async () => {
    const before = await listVersions();
    await exec(`UPDATE "Domain" SET
        "openActionCount" = CASE WHEN "openActionCount" > 0 THEN 0 ELSE 2 END,
        "nextDueAt" = CASE WHEN "nextDueAt" IS NULL THEN $NOW + interval '5 hours' WHEN right(id, 1) = '2' THEN NULL ELSE "nextDueAt" - interval '8 days' END,
        status = CASE WHEN right(id, 1) IN ('1', '4') THEN 'authority_review'::"DomainStatus" ELSE status END
      WHERE id LIKE '$TAG-d1-%' OR id LIKE '$TAG-d2-%' OR id LIKE '$TAG-d3-%'`);
    await expectNoDrift("domains");
    // The list version: raised once for each account of the statement, and no other.
    const after = await listVersions();
    expect(accounts.map((a) => after.get(a)! - before.get(a)!)).toEqual([1, 1, 1, 0]);
    // A status change only.
    await exec(`UPDATE "Domain" SET status = 'filed' WHERE id IN ('${dom(1, 2)}', '${dom(2, 3)}', '${dom(3, 4)}')`);
    await expectNoDrift("status");
  });

  it("follow a domain moved to another account, beside other changes in the same statement", async () => {
    await exec(`UPDATE "Domain" SET "accountId" = '$TAG-acc3' WHERE id = '${dom(2, 1)}'`);
    await expectNoDrift("moved");
    await exec(`UPDATE "Domain" SET
        "accountId" = CASE WHEN id = '${dom(1, 3)}' THEN '$TAG-acc4' ELSE "accountId" END,
        "openActionCount" = "openActionCount" + 1, "nextDueAt" = coalesce("nextDueAt", $NOW + interval '40 hours'),
        status = 'rectification_required'
      WHERE id IN ('${dom(1, 3)}', '${dom(1, 1)}', '${dom(4, 1)}', '${dom(2, 2)}')`);
    await expectNoDrift("moved with others");
  });

  it("follow a DELETE of the actions of several domains, then of those domains", async () => {
    await exec(`DELETE FROM "Action" WHERE "domainId" IN ('${dom(1, 1)}', '${dom(2, 2)}', '${dom(3, 3)}', '${dom(2, 1)}')`);
    await expectNoDrift("delete actions");
    await exec(`DELETE FROM "Domain" WHERE id IN ('${dom(1, 1)}', '${dom(2, 2)}', '${dom(3, 3)}', '${dom(2, 1)}')`);
    await expectNoDrift("delete domains");
    const remaining = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Domain" WHERE id LIKE '${tag}-%'`,
    );
    expect(remaining[0]!.n).toBe(13 - 4);
  });
});
