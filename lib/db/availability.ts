// Whether the database failed recently, in this process: set when a request found it down
// or saturated (lib/api/respond.ts, instrumentation.ts) or a pooled connection was cut
// (lib/db/connect.ts), read by proxy.ts to answer page requests with a 503 page at once
// instead of letting each one fail on its own (a page cannot answer 503 itself: it would
// render the 500 error page). While it is set, one probe a second (registered by lib/db.ts)
// asks the database whether it is back, so pages stay 503 through the whole outage and are
// served again as soon as it answers. Nothing else here talks to the database.

/** Seconds clients are told to wait (Retry-After) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
/** After a failure, pages are answered 503 without trying for this long, or until a probe succeeds. */
const HOLD_OFF_MS = 2_000;
/** How often the probe asks while the database is down. */
const PROBE_INTERVAL_MS = 1_000;

type State = { failedAt: number | null; probe?: () => Promise<unknown>; probing: boolean };
const globalForState = globalThis as unknown as { icpDatabaseAvailability?: State };
const state = (globalForState.icpDatabaseAvailability ??= { failedAt: null, probing: false });

/** The check that tells the database is back (a `SELECT 1`); without one, the hold-off alone decides. */
export function setAvailabilityProbe(probe: () => Promise<unknown>): void {
  state.probe = probe;
}

export function noteDatabaseUnavailable(now = Date.now()): void {
  state.failedAt = now;
  void probeUntilBack();
}

/** True while a recent failure says requests should not even try. */
export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  return state.failedAt !== null && now - state.failedAt < HOLD_OFF_MS;
}

async function probeUntilBack(): Promise<void> {
  if (state.probing || !state.probe) return;
  state.probing = true;
  try {
    for (;;) {
      await new Promise<void>((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS).unref());
      try {
        await state.probe();
        state.failedAt = null;
        return;
      } catch {
        state.failedAt = Date.now();
      }
    }
  } finally {
    state.probing = false;
  }
}
