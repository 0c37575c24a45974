// Rebuilds every maintained staff figure from the rows, set-based: for data loaded in
// bulk with triggers off (the HTTP benchmark's loader). Takes any SQL executor.
export async function rebuildStaffFigures(exec: { query: (sql: string) => Promise<unknown> }): Promise<void> {
  const at = `(now() AT TIME ZONE 'UTC')::timestamp(3)`;
  await exec.query(`DELETE FROM "AccountStatusCount"`);
  await exec.query(`INSERT INTO "AccountStatusCount" ("accountId", status, count)
    SELECT "accountId", status, count(*)::int FROM "Domain" GROUP BY "accountId", status`);
  await exec.query(`DELETE FROM "AccountCounter"`);
  await exec.query(`INSERT INTO "AccountCounter" ("accountId", "openCount", "urgentKeyCount", "criticalCount", "dueSoonCount",
      "overdueCount", "domainsWithActions", "overdueDomainCount", "asOf", "nextChangeAt")
    SELECT f."accountId", f."openCount", f."urgentKeyCount", f."criticalCount", f."dueSoonCount", f."overdueCount",
           f."domainsWithActions", f."overdueDomainCount", ${at}, f."nextChangeAt"
      FROM icp_all_account_figures(${at}) f`);
  // The accounts without live actions, and every row's name and newest review (the queue's order).
  await exec.query(`SELECT icp_queue_keys(NULL)`);
  await exec.query(`DELETE FROM "StatusHistoryDay"`);
}
