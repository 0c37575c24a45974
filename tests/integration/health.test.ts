import { afterEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "./support/database";

// The route uses the process-wide connection of lib/db.ts; each case gives it one.
const globalForDb = globalThis as unknown as { icpDatabase?: Promise<unknown> };

afterEach(() => {
  globalForDb.icpDatabase = undefined;
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("GET /api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const db = await openTestDatabase();
    globalForDb.icpDatabase = Promise.resolve(db);
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
    await db.close();
  });

  it("answers 503 with a JSON body when the database cannot be reached", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/unreachable");
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", database: "unreachable" });
    quiet.mockRestore();
  });
});
