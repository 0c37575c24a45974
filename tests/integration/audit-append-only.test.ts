// The database itself refuses to change or remove audit events: a trigger from the
// migrations, on PGlite and on PostgreSQL alike, whatever client or code path tries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit";
import type { OpenDatabase } from "@/lib/db/connect";
import { openTestDatabase, unique } from "./support/database";

let db: OpenDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db.close());

async function newEvent() {
  const targetId = unique("append");
  await writeAudit(db.prisma, { actor: { id: null, label: "system", role: null }, event: "account.created", targetType: "test", targetId, after: { n: 1 } });
  return db.prisma.auditEvent.findFirstOrThrow({ where: { targetId } });
}

describe("the audit log is append-only in the database", () => {
  it("refuses an UPDATE, through Prisma and in SQL", async () => {
    const event = await newEvent();
    await expect(db.prisma.auditEvent.update({ where: { id: event.id }, data: { actorLabel: "someone else" } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEvent.updateMany({ where: { id: event.id }, data: { after: { n: 2 } } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRaw`UPDATE "AuditEvent" SET "ip" = '192.0.2.1' WHERE "id" = ${event.id}`).rejects.toThrow(/append-only/);
    expect(await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("refuses a DELETE and a TRUNCATE", async () => {
    const event = await newEvent();
    await expect(db.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEvent.deleteMany({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.prisma.auditEvent.findUnique({ where: { id: event.id } })).toEqual(event);
  });

  it("still takes new events, also inside a transaction that is then rolled back cleanly", async () => {
    const before = await db.prisma.auditEvent.count();
    await newEvent();
    const rolledBack = unique("rolled-back");
    await expect(
      db.prisma.$transaction(async (tx) => {
        await writeAudit(tx, { actor: { id: null, label: "system", role: null }, event: "account.created", targetType: "test", targetId: rolledBack });
        throw new Error("give up");
      }),
    ).rejects.toThrow("give up");
    expect(await db.prisma.auditEvent.count()).toBeGreaterThanOrEqual(before + 1);
    expect(await db.prisma.auditEvent.count({ where: { targetId: rolledBack } })).toBe(0);
  });
});
