import { describe, expect, it } from "vitest";
import { createPGlite, pgliteAdapterFactory } from "@/lib/db/connect";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";

describe("migrations", () => {
  it("take a database exactly to prisma/schema.prisma (no migration is missing)", async () => {
    const scratch = await createPGlite("memory://");
    try {
      const sql = await diffMigrationsToSchema(pgliteAdapterFactory(scratch));
      expect(sql.trim()).toMatch(/^(-- This is an empty migration\.)?$/);
    } finally {
      await scratch.close();
    }
    // Replays every migration twice (scratch and shadow database), each with pg_trgm loaded.
  }, 300_000);
});
