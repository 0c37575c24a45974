import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/schema-engine";
import { DOMAIN_STATUSES } from "@/lib/icp";
import { seedDemo } from "@/scripts/seed";

describe("the demo data", () => {
  it("covers every status through the real use cases, and seeds only an empty database", async () => {
    // Its own database: the demo sign-ins have fixed emails.
    const db = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    try {
      await applyMigrations(db.adapterFactory);
      expect(await seedDemo(db.prisma)).toBe(true);
      const domains = await db.prisma.domain.findMany({ select: { status: true, account: { select: { name: true } } } });
      expect(new Set(domains.map((d) => d.status))).toEqual(new Set(DOMAIN_STATUSES));
      expect(new Set(domains.map((d) => d.account.name))).toEqual(new Set(["Acme Trading", "Beta Media"]));
      const users = await db.prisma.user.findMany({ select: { email: true, role: true, account: { select: { name: true } } }, orderBy: { email: "asc" } });
      expect(users.map((u) => [u.email, u.role, u.account?.name ?? null])).toEqual([
        ["admin@example.com", "admin", null],
        ["agent@example.com", "agent", null],
        ["customer@example.com", "customer", "Acme Trading"],
        ["other@example.com", "customer", "Beta Media"],
      ]);
      const stored = await db.prisma.message.findMany({ select: { text: true } });
      expect(stored.some((m) => m.text.includes("482913"))).toBe(false);
      expect(await seedDemo(db.prisma)).toBe(false);
      expect(await db.prisma.domain.count()).toBe(domains.length);
    } finally {
      await db.close();
    }
  }, 120_000); // a whole migration and the demo seed on a fresh database: slow on a loaded 2-core machine
});
