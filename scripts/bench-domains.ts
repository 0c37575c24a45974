// npm run bench:domains — how the customer's domain list and the domain dashboard scale.
// Fills a scratch database (an in-memory PGlite, or with DATABASE_URL a fresh database
// on that PostgreSQL server, dropped afterwards) with 100,000 domains over 1,000
// accounts — one of them holding 10,000 — plus actions and messages, then times the
// queries the pages run. Prints the median and p95 of repeated runs.
// Options: --domains N (default 100000), --messages-per-domain N (default 10).
import { performance } from "node:perf_hooks";
import type { OpenDatabase } from "../lib/db/connect";
import { openScratchDatabase } from "../lib/db/scratch";
import { applyMigrations } from "../lib/db/schema-engine";
import { findDomainForUser } from "../lib/queries/domain-detail";
import { findDomainsForUser, parseDomainListQuery } from "../lib/queries/domains";
import { timeQuery } from "./lib/bench";
import { runScript } from "./lib/run";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const TOTAL_DOMAINS = option("domains", 100_000);
const MESSAGES_PER_DOMAIN = option("messages-per-domain", 10);
const BIG_ACCOUNT = 10_000;
const SMALL_ACCOUNT = 10;
const RUNS = 15;

async function fill(db: OpenDatabase): Promise<void> {
  const p = db.prisma;
  const started = performance.now();
  // Account 0 has 10 domains, account 1 has 10,000, the rest share the remainder.
  await p.$executeRawUnsafe(`INSERT INTO "Account" (id, name, "updatedAt") SELECT 'a' || i, 'Account ' || i, now() FROM generate_series(0, 999) i`);
  await p.$executeRawUnsafe(`
    INSERT INTO "Domain" (id, name, "displayName", "accountId", status, reason, "reasonZh", "statusChangedAt", "openActionCount", "nextDueAt", "icpNumber", "updatedAt")
    SELECT 'd' || i, 'site' || i || '.cn', 'site' || i || '.cn',
      CASE WHEN i < ${SMALL_ACCOUNT} THEN 'a0' WHEN i < ${SMALL_ACCOUNT + BIG_ACCOUNT} THEN 'a1' ELSE 'a' || (2 + i % 998) END,
      (ARRAY['filed','approved_pending_sync','rectification_required','cancelled','sms_verification','provider_review'])[1 + i % 6]::"DomainStatus",
      'Derived reason for site ' || i, '原因 ' || i,
      now() - (i % 500) * interval '1 hour',
      i % 4,
      CASE WHEN i % 4 = 0 THEN NULL ELSE now() + ((i % 61) - 20) * interval '1 day' END,
      '京ICP备' || (2020000000 + i) || '号-1', now()
    FROM generate_series(0, ${TOTAL_DOMAINS - 1}) i`);
  await p.$executeRawUnsafe(`
    INSERT INTO "Message" (id, "domainId", kind, channel, "receivedAt", text, "textHash", "icpNumbers", "createdAt")
    SELECT 'm' || d || '_' || k, 'd' || d, 'filing_approved', 'sms', now() - (k * 7 + d % 5) * interval '1 day',
      '备案成功，备案号：京ICP备' || (2020000000 + d) || '号-1', md5(d::text || '_' || k), ARRAY['京ICP备' || (2020000000 + d) || '号-1'], now()
    FROM generate_series(0, ${TOTAL_DOMAINS - 1}) d, generate_series(1, ${MESSAGES_PER_DOMAIN}) k`);
  await p.$executeRawUnsafe(`
    INSERT INTO "Action" (id, "domainId", key, state, "dueAt", "updatedAt")
    SELECT 'x' || d || '_' || k, 'd' || d,
      (ARRAY['display_icp_number','complete_psb_filing','resolve_domain_to_instance'])[k]::"ActionKey",
      (ARRAY['open','in_progress','done'])[1 + (d + k) % 3]::"ActionState",
      now() + ((d % 61) - 20) * interval '1 day', now()
    FROM generate_series(0, ${TOTAL_DOMAINS - 1}) d, generate_series(1, 3) k`);
  await p.$executeRawUnsafe(`ANALYZE`);
  console.log(`filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const time = (label: string, run: () => Promise<unknown>) => timeQuery(label, run, RUNS);

await runScript(async () => {
  const { db, drop, label } = await openScratchDatabase(process.env.DATABASE_URL, "icp_bench");
  try {
    await applyMigrations(db.adapterFactory);
    console.log(`${label}: ${TOTAL_DOMAINS.toLocaleString("en")} domains, ${(TOTAL_DOMAINS * MESSAGES_PER_DOMAIN).toLocaleString("en")} messages, ${(TOTAL_DOMAINS * 3).toLocaleString("en")} actions`);
    await fill(db);
    const now = new Date();
    const customer = (accountId: string) => ({ id: "bench", email: "bench@example.com", name: "Bench", role: "customer" as const, accountId, accountName: null });
    const staff = { id: "bench", email: "staff@example.com", name: "Staff", role: "agent" as const, accountId: null, accountName: null };
    const list = (user: ReturnType<typeof customer> | typeof staff, params: Record<string, string>) => () =>
      findDomainsForUser(db.prisma, user, parseDomainListQuery(params), now);

    await time(`list, account with ${SMALL_ACCOUNT} domains, page 1`, list(customer("a0"), {}));
    await time(`list, account with ${BIG_ACCOUNT.toLocaleString("en")} domains, page 1`, list(customer("a1"), {}));
    await time(`list, ${BIG_ACCOUNT.toLocaleString("en")} domains, page 200 (last)`, list(customer("a1"), { page: "200", pageSize: "50" }));
    await time(`list, ${BIG_ACCOUNT.toLocaleString("en")} domains, sort by next due date`, list(customer("a1"), { sort: "next_due" }));
    await time(`list, ${BIG_ACCOUNT.toLocaleString("en")} domains, sort by status change`, list(customer("a1"), { sort: "status_changed" }));
    await time(`list, ${BIG_ACCOUNT.toLocaleString("en")} domains, status filter`, list(customer("a1"), { status: "cancelled" }));
    await time(`list, ${BIG_ACCOUNT.toLocaleString("en")} domains, overdue filter`, list(customer("a1"), { overdue: "1" }));
    await time(`list, ${BIG_ACCOUNT.toLocaleString("en")} domains, search "site1234"`, list(customer("a1"), { q: "site1234" }));
    await time(`list, staff, all ${TOTAL_DOMAINS.toLocaleString("en")} domains, page 1`, list(staff, {}));
    await time(`list, staff, search by ICP number across all`, list(staff, { q: "京ICP备2020054321号" }));
    await time(`dashboard, one domain with its ${MESSAGES_PER_DOMAIN} messages and actions`, () =>
      findDomainForUser(db.prisma, customer("a1"), "site5000.cn"),
    );
  } finally {
    await db.close();
    if (!process.env.BENCH_KEEP_DATABASE) await drop();
  }
});
