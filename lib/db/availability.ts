// Whether the database failed recently, in this process: set when a request found it down
// or saturated (lib/api/respond.ts, instrumentation.ts), read by proxy.ts to answer page
// requests with a 503 page at once instead of letting each one fail on its own; after a
// short hold-off the next request tries again. Nothing here talks to the database.

/** Seconds clients are told to wait (Retry-After) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
/** After a failure, pages are answered 503 without trying for this long; then one request tries again. */
const HOLD_OFF_MS = 2_000;

type State = { failedAt: number | null };
const globalForState = globalThis as unknown as { icpDatabaseAvailability?: State };
const state = (globalForState.icpDatabaseAvailability ??= { failedAt: null });

export function noteDatabaseUnavailable(now = Date.now()): void {
  state.failedAt = now;
}

/** True while a recent failure says requests should not even try. */
export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  return state.failedAt !== null && now - state.failedAt < HOLD_OFF_MS;
}
