// npm run check:counters — re-checks the maintained staff figures (per-account action
// counters and domains by status) against the rows they summarise, on the configured
// database (DATABASE_URL, else the embedded one: stop the server first). Prints every
// difference and exits 1 when there is any; `--repair` recomputes the accounts that
// differ from their rows (and exits 0 once they match).
import { checkStaffFigures, repairStaffFigures } from "../lib/counters/figures";
import { describeTarget, openDatabase, resolveDatabaseTarget } from "../lib/db/connect";
import { runScript } from "./lib/run";

await runScript(async () => {
  const target = resolveDatabaseTarget();
  const db = await openDatabase(target);
  try {
    const now = new Date();
    const started = performance.now();
    const { accounts, drift } = await checkStaffFigures(db.prisma, now);
    console.log(`${describeTarget(target)}: checked ${accounts} accounts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!drift.length) {
      console.log("No drift: every maintained figure matches its rows.");
      return;
    }
    for (const d of drift) console.log(`drift: account ${d.accountId} ${d.field}: kept ${d.kept}, rows say ${d.actual}`);
    const ids = [...new Set(drift.map((d) => d.accountId))];
    if (!process.argv.includes("--repair")) {
      throw new Error(`${drift.length} figures of ${ids.length} accounts differ from their rows; run with --repair to recompute them.`);
    }
    await repairStaffFigures(db.prisma, ids, new Date());
    const again = await checkStaffFigures(db.prisma, new Date());
    if (again.drift.length) throw new Error(`${again.drift.length} figures still differ after the repair.`);
    console.log(`Repaired ${ids.length} accounts.`);
  } finally {
    await db.close();
  }
});
