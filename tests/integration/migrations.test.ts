import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";

describe("migrations", () => {
  it("take a database exactly to prisma/schema.prisma (no migration is missing)", async () => {
    const scratch = new PGlite("memory://");
    try {
      const sql = await diffMigrationsToSchema(new PrismaPGlite(scratch));
      expect(sql.trim()).toMatch(/^(-- This is an empty migration\.)?$/);
    } finally {
      await scratch.close();
    }
  });
});
