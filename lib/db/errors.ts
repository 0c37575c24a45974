// What a database failure means for the caller. Prisma's driver adapters surface errors
// as PrismaClientKnownRequestError (code P…), as a DriverAdapterError whose cause carries
// the PostgreSQL SQLSTATE, or as the driver's own error (a Node socket error, pg's pool
// timeout), depending on where it happened; these helpers look through all of them.

type Coded = { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown; originalCode?: unknown };

/** The error and everything it wraps (cause, Prisma's meta.driverAdapterError), a few levels deep. */
function chain(error: unknown): Coded[] {
  const seen: Coded[] = [];
  const queue: unknown[] = [error];
  while (queue.length && seen.length < 8) {
    const next = queue.shift();
    if (typeof next !== "object" || next === null || seen.includes(next as Coded)) continue;
    const coded = next as Coded;
    seen.push(coded);
    queue.push(coded.cause);
    const meta = coded.meta as { driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta === "object") queue.push(meta.driverAdapterError);
  }
  return seen;
}

function codesOf(error: unknown): string[] {
  return chain(error).flatMap((e) => [e.code, e.originalCode].filter((c): c is string => typeof c === "string"));
}

/** A unique constraint refused the write (someone else created the same row first). */
export function isUniqueViolation(error: unknown): boolean {
  return codesOf(error).some((code) => code === "P2002" || code === "23505");
}

/**
 * Prisma codes that mean "the database cannot serve this now", not "this request is wrong":
 * not reachable (P1001), timed out (P1008), connection closed (P1017), a transaction that
 * could not start or ran out of time waiting (P2028), no free connection in time (P2024),
 * a write conflict or deadlock (P2034), too many connections (P2037).
 */
const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034", "P2037"]);
/** SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P (operator intervention: shutdown, starting up). */
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[1-5]|55P03|40001|40P01)$/;
const UNAVAILABLE_NODE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"]);
/** Driver errors that carry no code: pg's pool timeout and a connection dropped mid-query. */
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|connection terminated|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Unable to start a transaction in the given time|Transaction already closed|Server has closed the connection/;

/**
 * The database is down, restarting or saturated: the request may well succeed if retried
 * in a moment. Answered 503 `unavailable` with Retry-After, never 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    for (const code of [e.code, e.originalCode]) {
      if (typeof code !== "string") continue;
      if (UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE.has(code)) return true;
    }
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/**
 * PostgreSQL refused a value the request carried: a NUL character or bytes that are not
 * UTF-8 (22021, 22P05), a string too long for its column (22001), a number out of range
 * (22003, 22P02). The request is at fault: 400, nothing written.
 */
export function isRefusedValue(error: unknown): boolean {
  return codesOf(error).some((code) => ["22021", "22P05", "22001", "22003", "22P02", "P2000", "P2007", "P2020"].includes(code));
}
