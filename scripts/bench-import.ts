// npm run bench:import — a bulk import of 10,000 messages, end to end through the same
// use cases as the admin page (createImportBatch → startImport → recordMessage per row),
// on a scratch database (in-memory PGlite, or a fresh database on DATABASE_URL's server).
// While it runs, a probe runs the customer's domain list every 250 ms in the same process
// and reports how long each answer took from when it was due: the import must not block
// other users.
// Options: --rows N (default 10000), --domains N (default 200).
import { performance } from "node:perf_hooks";
import { openScratchDatabase } from "../lib/db/scratch";
import { applyMigrations } from "../lib/db/schema-engine";
import { findDomainsForUser, parseDomainListQuery } from "../lib/queries/domains";
import type { Actor } from "../lib/use-cases/actor";
import { createDomain } from "../lib/use-cases/create-domain";
import { createImportBatch, startImport } from "../lib/use-cases/import-messages";
import { runScript } from "./lib/run";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
const ROWS = option("rows", 10_000);
const DOMAINS = option("domains", 200);

function csvFile(now: Date): Uint8Array {
  const kinds = [
    ["filing_submitted", "Your ICP filing order was submitted for the provider's first review."],
    ["submitted_to_authority", "订单已提交管局审核，请留意工信部发送的核验短信。"],
    ["filing_approved", "备案成功，备案号：京ICP备2026000001号-1"],
    ["footer_notice", "您的网站首页底部未展示备案号，请于2026-12-31前完成整改。"],
  ] as const;
  const lines = ["domain,receivedAt,text,kind"];
  for (let i = 0; i < ROWS; i++) {
    const [kind, text] = kinds[i % kinds.length]!;
    const receivedAt = new Date(now.getTime() - (ROWS - i) * 60_000).toISOString();
    lines.push(`import${i % DOMAINS}.cn,${receivedAt},"${text} (#${i})",${kind}`);
  }
  return new TextEncoder().encode(lines.join("\n"));
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `n=${sorted.length} median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms`;
}

await runScript(async () => {
  const { db, drop, label } = await openScratchDatabase(process.env.DATABASE_URL, "icp_bench_import");
  try {
    await applyMigrations(db.adapterFactory);
    const p = db.prisma;
    const account = await p.account.create({ data: { name: "Import bench" } });
    const admin = await p.user.create({ data: { email: "bench-admin@example.com", name: "Bench", role: "admin", passwordHash: "x" } });
    const actor: Actor = { userId: admin.id, label: admin.email, role: "admin", accountId: null };
    const now = new Date();
    for (let i = 0; i < DOMAINS; i++) {
      await createDomain(p, { actor, input: { name: `import${i}.cn`, account: account.name }, now });
    }
    const file = { name: "bench.csv", bytes: csvFile(now), contentType: "text/csv" };
    console.log(`${label}: ${ROWS.toLocaleString("en")} rows over ${DOMAINS} domains (${(file.bytes.length / 1024).toFixed(0)} KiB)`);

    let started = performance.now();
    const { batchId } = await createImportBatch(p, { actor, file, now: new Date() });
    console.log(`validation report: ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const probeUser = { id: "probe", email: "probe@example.com", name: "Probe", role: "customer" as const, accountId: account.id, accountName: null };
    const probes: number[] = [];
    let importing = true;
    const probe = (async () => {
      while (importing) {
        // Measured from when the request was due, so time spent waiting for the event loop
        // or the database (PGlite runs in this thread) counts as the user would feel it.
        const due = performance.now() + 250;
        await new Promise((resolve) => setTimeout(resolve, 250));
        await findDomainsForUser(p, probeUser, parseDomainListQuery({}), new Date());
        probes.push(performance.now() - due);
      }
    })();

    started = performance.now();
    const { done } = await startImport(p, { actor, batchId, now: new Date() });
    await done;
    const seconds = (performance.now() - started) / 1000;
    importing = false;
    await probe;
    const batch = await p.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    console.log(
      `import: ${seconds.toFixed(1)} s (${((seconds * 1000) / ROWS).toFixed(1)} ms a row), state ${batch.state}, recorded ${batch.recordedRows}, duplicate ${batch.duplicateRows}, refused ${batch.refusedRows}`,
    );
    console.log(`domain list during the import: ${stats(probes)}`);

    started = performance.now();
    const again = await createImportBatch(p, { actor, file, now: new Date() });
    const rerun = await p.importBatch.findUniqueOrThrow({ where: { id: again.batchId } });
    console.log(
      `same file again: validated in ${((performance.now() - started) / 1000).toFixed(1)} s, ${rerun.validRows} to record, ${rerun.duplicateRows} duplicates`,
    );
  } finally {
    await db.close();
    await drop();
  }
});
