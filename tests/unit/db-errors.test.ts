import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { queueForDomain } from "@/lib/db/domain-queue";
import { isDatabaseUnavailable, isUniqueViolation } from "@/lib/db/errors";
import { databaseSettings, DEFAULT_DATABASE_SETTINGS } from "@/lib/db/settings";
import { AppError } from "@/lib/errors";

const coded = (code: string, message = "x", extra: object = {}) => Object.assign(new Error(message), { code, ...extra });

describe("database errors", () => {
  it.each([
    ["a transaction that could not start in time", coded("P2028", "Transaction API error: Unable to start a transaction in the given time.")],
    ["an unreachable server", coded("P1001")],
    ["a closed connection", coded("P1017")],
    ["a refused socket", coded("ECONNREFUSED")],
    ["pg's pool timeout", new Error("timeout exceeded when trying to connect")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["an admin shutdown inside a driver adapter error", Object.assign(new Error("DriverAdapterError"), { cause: { kind: "postgres", code: "57P01" } })],
    ["a server starting up, in Prisma's meta", coded("P2010", "raw query failed", { meta: { driverAdapterError: { cause: { originalCode: "57P03" } } } })],
    ["a row lock wait that timed out", coded("55P03")],
  ])("counts %s as unavailable (503)", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", coded("P2002")],
    ["a programming error", new TypeError("x is undefined")],
    ["a refused NUL byte", coded("22021", "invalid byte sequence for encoding \"UTF8\": 0x00")],
    ["nothing", undefined],
  ])("does not count %s as unavailable", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("recognises a unique violation from Prisma or from PostgreSQL", () => {
    expect(isUniqueViolation(coded("P2002"))).toBe(true);
    expect(isUniqueViolation({ cause: { code: "23505" } })).toBe(true);
    expect(isUniqueViolation(coded("P2003"))).toBe(false);
  });
});

describe("database settings", () => {
  it("reads the pool and timeouts from the environment, and keeps the defaults for nonsense", () => {
    expect(databaseSettings({})).toEqual(DEFAULT_DATABASE_SETTINGS);
    expect(databaseSettings({ DATABASE_POOL_SIZE: "25", DATABASE_TRANSACTION_TIMEOUT_MS: "30000" })).toMatchObject({
      poolSize: 25,
      transactionTimeoutMs: 30_000,
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(databaseSettings({ DATABASE_POOL_SIZE: "lots", DATABASE_TRANSACTION_MAX_WAIT_MS: "-1" })).toEqual(DEFAULT_DATABASE_SETTINGS);
    } finally {
      console.warn = warn;
    }
  });
});

describe("the per-domain writer queue", () => {
  it("runs one domain's writers one at a time, in arrival order, and other domains' alongside", async () => {
    const log: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const work = (label: string) => async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      log.push(`start ${label}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`end ${label}`);
      inFlight--;
      return label;
    };
    const results = await Promise.all([
      queueForDomain("a.cn", work("a1")),
      queueForDomain("a.cn", work("a2")),
      queueForDomain("a.cn", work("a3")),
    ]);
    expect(results).toEqual(["a1", "a2", "a3"]);
    expect(log).toEqual(["start a1", "end a1", "start a2", "end a2", "start a3", "end a3"]);
    expect(maxInFlight).toBe(1);
    const both = await Promise.all([queueForDomain("b.cn", work("b")), queueForDomain("c.cn", work("c"))]);
    expect(both).toEqual(["b", "c"]);
  });

  it("goes on after a writer failed, and refuses one that waited too long with 503 and Retry-After", async () => {
    await expect(queueForDomain("d.cn", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queueForDomain("d.cn", async () => "next")).toBe("next");

    let release!: () => void;
    const slow = queueForDomain("e.cn", () => new Promise<void>((resolve) => (release = resolve)));
    const refused = await queueForDomain("e.cn", async () => "late", 20).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(0);
    release();
    await slow;
    expect(await queueForDomain("e.cn", async () => "after")).toBe("after");
  });
});

describe("unique-violation detection", () => {
  const root = path.resolve(__dirname, "../..");
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return entry === "generated" || entry === "node_modules" ? [] : sources(full);
      return /\.(ts|tsx|mjs|js)$/.test(entry) ? [full] : [];
    });
  }
  it("lives in lib/db/errors.ts only: no other module reads P2002 or SQLSTATE 23505", () => {
    const offenders = ["app", "lib", "components", "scripts"]
      .flatMap((dir) => sources(path.join(root, dir)))
      .filter((file) => !file.endsWith(path.join("lib", "db", "errors.ts")))
      .filter((file) => /P2002|23505/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
