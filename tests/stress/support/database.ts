// Direct reads of the stress database, to check what requests wrote (or did not).
import pg from "pg";

export async function withDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fingerprint of everything stored: the row count of every table and a hash of every
 * row of the tables requests may change. ApiToken is left out (its lastUsedAt moves on use),
 * and so is StatusHistoryDay: a cache of finished days that the overview page fills the
 * first time it is read (lib/queries/overview.ts), whatever the request's other parameters.
 */
export async function fingerprint(url: string): Promise<Record<string, string>> {
  return withDatabase(url, async (client) => {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('_prisma_migrations', 'ApiToken', 'StatusHistoryDay') ORDER BY table_name`,
    );
    const result: Record<string, string> = {};
    for (const { table_name: table } of tables.rows) {
      const row = await client.query<{ n: string; h: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${table}" t`,
      );
      result[table] = `${row.rows[0]!.n}:${row.rows[0]!.h ?? "-"}`;
    }
    return result;
  });
}
