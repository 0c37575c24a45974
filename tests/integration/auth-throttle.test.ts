import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockedUntil, MAX_FAILURES, pruneExpired, recordFailure, recordSuccess, THROTTLE_BLOCK_MS, THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";
import { openDatabase, type OpenDatabase } from "@/lib/db/connect";
import { openTestDatabase, unique } from "./support/database";

let db: OpenDatabase;
// The present: every failure prunes counters older than a window (before its own time),
// and on PostgreSQL other test files share this database.
const NOW = new Date();
const MINUTE = 60_000;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db.close());

const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

describe("sign-in throttle", () => {
  it("blocks an email after 5 failures, for 15 minutes, whatever the address", async () => {
    const email = `${unique("victim")}@example.test`;
    for (let i = 0; i < MAX_FAILURES.email - 1; i++) {
      // A different address each time: the email's own counter must still trip.
      await recordFailure(db.prisma, { email, ip: `10.0.${i}.1` }, at(i));
      expect(await blockedUntil(db.prisma, { email, ip: null }, at(i))).toBeNull();
    }
    await recordFailure(db.prisma, { email, ip: "10.0.9.1" }, at(4));
    const until = await blockedUntil(db.prisma, { email: email.toUpperCase(), ip: "192.0.2.1" }, at(4));
    expect(until).toEqual(new Date(at(4).getTime() + THROTTLE_BLOCK_MS));
    expect(await blockedUntil(db.prisma, { email, ip: null }, at(18))).not.toBeNull();
    expect(await blockedUntil(db.prisma, { email, ip: null }, at(19.01))).toBeNull();
  });

  it("keeps the counters in the database, so a fresh client (another instance, a restart) sees them", async () => {
    const email = `${unique("persist")}@example.test`;
    for (let i = 0; i < MAX_FAILURES.email; i++) await recordFailure(db.prisma, { email, ip: null }, at(i));
    const row = await db.prisma.signInThrottle.findUnique({ where: { key: `email:${email}` } });
    expect(row?.failures).toBe(MAX_FAILURES.email);
    if (db.target.kind === "postgres") {
      // A second connection to the same database: what another app instance would open.
      const other = await openDatabase(db.target);
      try {
        expect(await blockedUntil(other.prisma, { email, ip: null }, at(5))).not.toBeNull();
      } finally {
        await other.close();
      }
    } else {
      // An in-memory PGlite cannot be shared; a fresh Prisma client over the same adapter
      // has no memory of its own, so anything it sees came from the database.
      const { PrismaClient } = await import("@/lib/generated/prisma/client");
      const fresh = new PrismaClient({ adapter: db.adapterFactory });
      try {
        expect(await blockedUntil(fresh, { email, ip: null }, at(5))).not.toBeNull();
      } finally {
        await fresh.$disconnect();
      }
    }
  });

  it("blocks an address after 20 failures across different emails", async () => {
    const ip = unique("addr-");
    for (let i = 0; i < MAX_FAILURES.ip - 1; i++) {
      await recordFailure(db.prisma, { email: `${unique("spray")}@example.test`, ip }, at(0));
    }
    expect(await blockedUntil(db.prisma, { email: `${unique("next")}@example.test`, ip }, at(1))).toBeNull();
    await recordFailure(db.prisma, { email: `${unique("spray")}@example.test`, ip }, at(1));
    expect(await blockedUntil(db.prisma, { email: `${unique("next")}@example.test`, ip }, at(1))).not.toBeNull();
    // Another address is not affected.
    expect(await blockedUntil(db.prisma, { email: `${unique("next")}@example.test`, ip: `${ip}-other` }, at(1))).toBeNull();
  });

  it("starts a new window when the old one has passed", async () => {
    const email = `${unique("slow")}@example.test`;
    for (let i = 0; i < MAX_FAILURES.email - 1; i++) await recordFailure(db.prisma, { email, ip: null }, at(i));
    // The 5th failure comes after the window: it counts as the first of a new one.
    await recordFailure(db.prisma, { email, ip: null }, at(THROTTLE_WINDOW_MS / MINUTE + 1));
    expect(await blockedUntil(db.prisma, { email, ip: null }, at(THROTTLE_WINDOW_MS / MINUTE + 1))).toBeNull();
    const row = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(1);
  });

  it("clears the email's counter on a successful sign-in", async () => {
    const email = `${unique("ok")}@example.test`;
    for (let i = 0; i < MAX_FAILURES.email - 1; i++) await recordFailure(db.prisma, { email, ip: null }, at(i));
    await recordSuccess(db.prisma, email);
    await recordFailure(db.prisma, { email, ip: null }, at(5));
    expect(await blockedUntil(db.prisma, { email, ip: null }, at(5))).toBeNull();
  });

  it("counts 20 parallel failures for one email as 20, and blocks the email", async () => {
    const email = `${unique("parallel")}@example.test`;
    const ip = unique("par-");
    await Promise.all(Array.from({ length: 20 }, () => recordFailure(db.prisma, { email, ip }, at(1))));
    const emailRow = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    const ipRow = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `ip:${ip}` } });
    expect(emailRow.failures).toBe(20);
    expect(ipRow.failures).toBe(20);
    expect(emailRow.blockedUntil).toEqual(new Date(at(1).getTime() + THROTTLE_BLOCK_MS));
    expect(ipRow.blockedUntil).toEqual(new Date(at(1).getTime() + THROTTLE_BLOCK_MS));
  });

  it("prunes counters whose window and block are over", async () => {
    // Two days ago, so pruning here touches nobody else's counters.
    const base = -2 * 24 * 60;
    const old = `${unique("old")}@example.test`;
    const recent = `${unique("recent")}@example.test`;
    await recordFailure(db.prisma, { email: old, ip: null }, at(base));
    await recordFailure(db.prisma, { email: recent, ip: null }, at(base + 10));
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: `email:${old}` } })).not.toBeNull();
    // 16 minutes after the first failure: its window (15) and any block (15) are over.
    expect(await pruneExpired(db.prisma, at(base + 16))).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: `email:${old}` } })).toBeNull();
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: `email:${recent}` } })).not.toBeNull();
  });
});
