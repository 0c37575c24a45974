// npm run bench:reminders — the scheduled reminder pass over 10,000 domains that each have
// an open action with a reminder due now (half SMS verifications 2 h from running out,
// half PSB filings 1 day from their deadline), then the fan-out of the events it wrote.
// Reports the time and the number of SQL statements of each, and as a floor the time of
// one `count(*)` over the same actions measured in the same run, so results compare as
// ratios across machines. A second pass at the same moment must write nothing.
// Scratch database: in-memory PGlite, or a fresh database on DATABASE_URL's server.
// Options: --domains N (default 10000).
import { performance } from "node:perf_hooks";
import { openScratchDatabase } from "../lib/db/scratch";
import { applyMigrations } from "../lib/db/schema-engine";
import { PrismaClient } from "../lib/generated/prisma/client";
import { dispatchPendingEvents } from "../lib/notifications/dispatch";
import { runReminderPass } from "../lib/notifications/reminder-pass";
import { runScript } from "./lib/run";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
const DOMAINS = option("domains", 10_000);
const HOUR = 3_600_000;

await runScript(async () => {
  const { db, drop, label } = await openScratchDatabase(process.env.DATABASE_URL, "icp_bench_reminders");
  try {
    await applyMigrations(db.adapterFactory);
    // A client on the same connection that counts every statement it sends.
    const counted = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
    let statements = 0;
    // Time per statement shape (parameters stripped), to show where the fan-out's time goes.
    const byShape = new Map<string, { count: number; ms: number }>();
    counted.$on("query", (event) => {
      statements++;
      const shape = event.query.replace(/\$\d+(,\s*\$\d+)*/g, "$…").replace(/\s+/g, " ").slice(0, 90);
      const entry = byShape.get(shape) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += Number(event.duration);
      byShape.set(shape, entry);
    });
    const p = db.prisma;
    const accounts = 100;
    for (let a = 0; a < accounts; a++) {
      const account = await p.account.create({ data: { name: `Bench ${a}` } });
      await p.user.create({ data: { email: `bench${a}@example.com`, name: `Bench ${a}`, role: "customer", accountId: account.id, passwordHash: "x" } });
    }
    const accountIds = (await p.account.findMany({ select: { id: true }, orderBy: { name: "asc" } })).map((a) => a.id);
    const opened = new Date(Date.now() - 23 * HOUR);
    const now = new Date();
    for (let start = 0; start < DOMAINS; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, DOMAINS - start) }, (_, k) => start + k);
      await p.domain.createMany({
        data: batch.map((i) => ({ id: `bd${i}`, name: `bench${i}.cn`, displayName: `bench${i}.cn`, accountId: accountIds[i % accounts]!, status: "sms_verification" })),
      });
      await p.action.createMany({
        data: batch.map((i) =>
          i % 2 === 0
            ? { domainId: `bd${i}`, key: "complete_sms_verification", state: "open", dueAt: new Date(now.getTime() + 2 * HOUR - 60_000), createdAt: opened }
            : { domainId: `bd${i}`, key: "complete_psb_filing", state: "open", dueAt: new Date(now.getTime() + 24 * HOUR - 60_000), createdAt: new Date(now.getTime() - 29 * 24 * HOUR) },
        ) as never,
      });
    }
    console.log(`${label}: ${DOMAINS.toLocaleString("en")} domains, each with one action whose reminder is due`);

    const floorStart = performance.now();
    await counted.$queryRawUnsafe(`SELECT count(*) FROM "Action" WHERE state IN ('open', 'in_progress') AND "dueAt" IS NOT NULL`);
    const floorMs = performance.now() - floorStart;

    statements = 0;
    let start = performance.now();
    const pass = await runReminderPass(counted, now);
    const passMs = performance.now() - start;
    const passStatements = statements;

    statements = 0;
    start = performance.now();
    const again = await runReminderPass(counted, now);
    const againMs = performance.now() - start;

    statements = 0;
    byShape.clear();
    start = performance.now();
    let events = 0;
    let deliveries = 0;
    for (;;) {
      const result = await dispatchPendingEvents(counted, now, 500);
      if (result.events === 0) break;
      events += result.events;
      deliveries += result.deliveries.length;
    }
    const fanoutMs = performance.now() - start;
    const fanoutStatements = statements;

    const row = (name: string, ms: number, extra: string) =>
      console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  ${(ms / floorMs).toFixed(1).padStart(7)}× floor  ${extra}`);
    row("floor: count(*) of open actions with due dates", floorMs, "1 statement");
    row("reminder pass", passMs, `${passStatements} statements, ${pass.reminders} reminders, ${pass.overdue} overdue, ${pass.escalations} escalations`);
    row("reminder pass again (same moment)", againMs, `${again.reminders + again.overdue + again.escalations} new events`);
    row("fan-out (batches of 500)", fanoutMs, `${fanoutStatements} statements, ${events} events → ${deliveries} e-mail deliveries + in-app`);
    console.log("fan-out statements by total time (Prisma's own duration):");
    for (const [shape, { count, ms }] of [...byShape].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6)) {
      console.log(`  ${ms.toFixed(0).padStart(8)} ms ${String(count).padStart(4)}×  ${shape}`);
    }
    if (pass.reminders !== DOMAINS) throw new Error(`Expected ${DOMAINS} reminders, got ${pass.reminders}.`);
    if (again.reminders !== 0) throw new Error("The second pass wrote reminders again.");
    await counted.$disconnect();
  } finally {
    await db.close();
    await drop();
  }
});
