import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockedUntil, MAX_FAILURES, recordFailure, recordSuccess, THROTTLE_BLOCK_MS, THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";
import { openDatabase, type OpenDatabase } from "@/lib/db/connect";
import { openTestDatabase, unique } from "./support/database";

let db: OpenDatabase;
const NOW = new Date("2026-11-20T02:00:00Z");
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
});
