// npm run bench:staff — how the staff pages scale. Fills a scratch database (an in-memory
// PGlite, or with DATABASE_URL a fresh database on that PostgreSQL server, dropped
// afterwards) with 10,000 accounts, 100,000 domains, 250,000 actions, 15,000 reviews,
// 200,000 status changes and 200,000 audit events by bulk INSERT … SELECT generate_series,
// then times the queries the staff pages run. Prints the median and p95 of repeated runs.
// Options: --accounts N (default 10000), --domains-per-account N (default 10).
import { performance } from "node:perf_hooks";
import type { OpenDatabase } from "../lib/db/connect";
import { openScratchDatabase } from "../lib/db/scratch";
import { applyMigrations } from "../lib/db/schema-engine";
import { findAccountForReview } from "../lib/queries/account-review";
import { findAuditEvents, parseAuditQuery } from "../lib/queries/audit-log";
import { findOverview } from "../lib/queries/overview";
import { findReviewQueue, findReviewQueueForExport, parseReviewQueueQuery } from "../lib/queries/review-queue";
import { searchAccounts } from "../lib/queries/search";
import { timeQuery } from "./lib/bench";
import { runScript } from "./lib/run";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const ACCOUNTS = option("accounts", 10_000);
const PER_ACCOUNT = option("domains-per-account", 10);
const DOMAINS = ACCOUNTS * PER_ACCOUNT;
const RUNS = 11;

async function fill(db: OpenDatabase): Promise<void> {
  const p = db.prisma;
  const started = performance.now();
  await p.$executeRawUnsafe(`INSERT INTO "Account" (id, name, "updatedAt") SELECT 'a' || i, 'Account ' || i, now() FROM generate_series(0, ${ACCOUNTS - 1}) i`);
  await p.$executeRawUnsafe(`INSERT INTO "User" (id, email, name, "passwordHash", role, "accountId", "updatedAt")
    SELECT 'u' || i, 'owner' || i || '@customer' || (i % 97) || '.example', 'Owner ' || i, 'x', 'customer', 'a' || i, now()
    FROM generate_series(0, ${ACCOUNTS - 1}) i`);
  await p.$executeRawUnsafe(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('agent', 'agent@bench.example', 'Agent', 'x', 'agent', now())`);
  await p.$executeRawUnsafe(`
    INSERT INTO "Domain" (id, name, "displayName", "accountId", status, reason, "reasonZh", "statusChangedAt", "openActionCount", "nextDueAt", "icpNumber", "icpEntityNumber", "updatedAt")
    SELECT 'd' || i, 'site' || i || '.cn', 'site' || i || '.cn', 'a' || (i / ${PER_ACCOUNT}),
      (ARRAY['filed','filed','filed','approved_pending_sync','rectification_required','cancelled','sms_verification','provider_review','access_cancelled','not_filed'])[1 + i % 10]::"DomainStatus",
      'Derived reason for site ' || i, '原因 ' || i, now() - (i % 500) * interval '1 hour', 0, NULL,
      '京ICP备' || (2020000000 + i / ${PER_ACCOUNT}) || '号-' || (1 + i % ${PER_ACCOUNT}), '京ICP备' || (2020000000 + i / ${PER_ACCOUNT}) || '号', now()
    FROM generate_series(0, ${DOMAINS - 1}) i`);
  // 2.5 actions per domain on average: urgent and ordinary keys, live and closed, some overdue.
  await p.$executeRawUnsafe(`
    INSERT INTO "Action" (id, "domainId", key, state, "dueAt", "updatedAt")
    SELECT 'x' || d || '_' || k, 'd' || d,
      (ARRAY['display_icp_number','complete_psb_filing','apply_new_icp_number','complete_sms_verification','check_public_query','add_access_at_current_provider'])[1 + (d + k) % 6]::"ActionKey",
      (ARRAY['open','in_progress','done','dismissed','open'])[1 + (d * 7 + k) % 5]::"ActionState",
      CASE WHEN (d + k) % 3 = 0 THEN NULL ELSE now() + (((d * 13 + k) % 61) - 10) * interval '1 day' END, now()
    FROM generate_series(0, ${DOMAINS - 1}) d, generate_series(1, 3) k
    WHERE (d + k) % 6 <> 0`);
  await p.$executeRawUnsafe(`
    UPDATE "Domain" dm SET "openActionCount" = s.n, "nextDueAt" = s.due
      FROM (SELECT "domainId", count(*) AS n, min("dueAt") AS due FROM "Action" WHERE state IN ('open','in_progress') GROUP BY "domainId") s
     WHERE dm.id = s."domainId"`);
  // Reviews: two thirds of the accounts, some twice; a third of those with a follow-up date.
  await p.$executeRawUnsafe(`
    INSERT INTO "Review" (id, "accountId", "agentId", note, outcome, "followUpAt", "createdAt")
    SELECT 'r' || i || '_' || k, 'a' || i, 'agent', 'Checked.', (ARRAY['ok','needs_follow_up','escalated'])[1 + (i + k) % 3]::"ReviewOutcome",
      CASE WHEN i % 3 = 0 THEN now() + ((i % 21) - 10) * interval '1 day' END, now() - ((i * 7 + k * 30) % 200) * interval '1 day'
    FROM generate_series(0, ${ACCOUNTS - 1}) i, generate_series(1, 2) k
    WHERE i % 3 <> 2 AND (k = 1 OR i % 2 = 0)`);
  // Status history: each domain created 60–300 days ago, changed once within the last 90 days.
  await p.$executeRawUnsafe(`
    INSERT INTO "DomainStatusChange" (id, "domainId", "accountId", "fromStatus", "toStatus", "changedAt")
    SELECT 'c' || i || '_0', 'd' || i, 'a' || (i / ${PER_ACCOUNT}), NULL::"DomainStatus", 'not_filed'::"DomainStatus", now() - (60 + i % 240) * interval '1 day'
    FROM generate_series(0, ${DOMAINS - 1}) i
    UNION ALL
    SELECT 'c' || i || '_1', d.id, d."accountId", 'not_filed'::"DomainStatus", d.status, now() - (i % 59) * interval '1 day'
    FROM generate_series(0, ${DOMAINS - 1}) i JOIN "Domain" d ON d.id = 'd' || i`);
  await p.$executeRawUnsafe(`
    INSERT INTO "AuditEvent" (id, "actorId", "actorLabel", "actorRole", event, "targetType", "targetId", "accountId", "domainId", after, "createdAt")
    SELECT 'e' || i, CASE WHEN i % 4 = 0 THEN 'agent' END, CASE WHEN i % 4 = 0 THEN 'agent@bench.example' ELSE 'owner' || (i % ${ACCOUNTS}) || '@customer.example' END,
      CASE WHEN i % 4 = 0 THEN 'agent'::"Role" ELSE 'customer'::"Role" END,
      (ARRAY['message.recorded','action.updated','domain.facts_answered','user.signed_in'])[1 + i % 4], 'domain', 'd' || (i % ${DOMAINS}),
      'a' || ((i % ${DOMAINS}) / ${PER_ACCOUNT}), 'd' || (i % ${DOMAINS}), '{"status":"filed"}'::jsonb, now() - (i % 10000) * interval '1 minute'
    FROM generate_series(0, ${2 * DOMAINS - 1}) i`);
  await p.$executeRawUnsafe(`ANALYZE`);
  console.log(`filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const time = (label: string, run: () => Promise<unknown>) => timeQuery(label, run, RUNS);

await runScript(async () => {
  const { db, drop, label } = await openScratchDatabase(process.env.DATABASE_URL, "icp_bench_staff");
  try {
    await applyMigrations(db.adapterFactory);
    console.log(`${label}: ${ACCOUNTS.toLocaleString("en")} accounts, ${DOMAINS.toLocaleString("en")} domains`);
    await fill(db);
    const counts = await db.prisma.$queryRawUnsafe<{ actions: number; reviews: number; changes: number; audit: number }[]>(
      `SELECT (SELECT count(*)::int FROM "Action") AS actions, (SELECT count(*)::int FROM "Review") AS reviews,
              (SELECT count(*)::int FROM "DomainStatusChange") AS changes, (SELECT count(*)::int FROM "AuditEvent") AS audit`,
    );
    console.log(counts[0]);
    const now = new Date();
    const agent = { role: "agent" as const, accountId: null };
    const queue = (params: Record<string, string>) => () => findReviewQueue(db.prisma, agent, parseReviewQueueQuery(params), now);

    await time("queue, page 1 (25 rows)", queue({}));
    await time("queue, last page (400 × 25)", queue({ page: String(Math.ceil(ACCOUNTS / 25)) }));
    await time("queue, status filter (cancelled)", queue({ status: "cancelled" }));
    await time("queue, follow-up due", queue({ followUpDue: "1" }));
    await time("queue, never reviewed", queue({ neverReviewed: "1" }));
    await time(`queue, CSV export of all ${ACCOUNTS.toLocaleString("en")} accounts`, () =>
      findReviewQueueForExport(db.prisma, agent, parseReviewQueueQuery({}), now),
    );
    await time("search, exact domain name", () => searchAccounts(db.prisma, agent, "site54321.cn"));
    await time("search, part of a domain name", () => searchAccounts(db.prisma, agent, "site5432"));
    await time("search, ICP website number", () => searchAccounts(db.prisma, agent, "京ICP备2020005432号-2"));
    await time("search, ICP entity number", () => searchAccounts(db.prisma, agent, "京ICP备2020005432号"));
    await time("search, account name", () => searchAccounts(db.prisma, agent, "Account 9876"));
    await time("search, user email", () => searchAccounts(db.prisma, agent, "owner9876@"));
    await time("account review page, 10 domains", () => findAccountForReview(db.prisma, agent, "a5432"));
    await time("audit log, page 1", () => findAuditEvents(db.prisma, agent, parseAuditQuery({})));
    await time("audit log, one account", () => findAuditEvents(db.prisma, agent, parseAuditQuery({ account: "a5432" })));
    await time("audit log, one actor", () => findAuditEvents(db.prisma, agent, parseAuditQuery({ actor: "agent@bench" })));
    await time("overview (status now, 90-day replay, overdue)", () => findOverview(db.prisma, agent, now));
  } finally {
    await db.close();
    if (!process.env.BENCH_KEEP_DATABASE) await drop();
  }
});
