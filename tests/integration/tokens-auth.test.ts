import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { authenticateApiToken, createApiToken, hashToken, revokeApiToken } from "@/lib/use-cases/manage-tokens";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
const NOW = new Date("2026-11-20T02:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
});
afterAll(async () => db.close());

async function newToken(owner: TestUser = admin, { scope = "admin", expiresInDays = null }: { scope?: "read" | "record" | "admin"; expiresInDays?: number | null } = {}) {
  return createApiToken(db.prisma, { actor: actorOf(owner), input: { name: unique("token "), scope, expiresInDays }, now: NOW });
}
const DAY_MS = 24 * 60 * 60 * 1000;

describe("API tokens", () => {
  it("stores only a hash and a short prefix, and shows the secret once", async () => {
    const token = await newToken();
    expect(token.secret).toMatch(/^icp_[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashToken(token.secret));
    expect(row.tokenHash).not.toContain(token.secret);
    expect(token.secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(token.secret.length / 2);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(token.secret);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: token.id, event: "api_token.created" } });
    expect(JSON.stringify(audit)).not.toContain(token.secret);
  });

  it("authenticates a live token as its admin creator, labelled with the token's name, and records the last use", async () => {
    const token = await newToken();
    const caller = await authenticateApiToken(db.prisma, `Bearer ${token.secret}`, NOW);
    expect(caller?.user.id).toBe(admin.id);
    expect(caller?.actor.role).toBe("admin");
    expect(caller?.actor.label).toBe(`api-token:${token.name} (${admin.email})`);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.lastUsedAt?.toISOString()).toBe(NOW.toISOString());
  });

  it("refuses a revoked token at once, and revoking twice changes nothing", async () => {
    const token = await newToken();
    expect(await authenticateApiToken(db.prisma, `Bearer ${token.secret}`, NOW)).not.toBeNull();
    expect(await revokeApiToken(db.prisma, { actor: actorOf(admin), tokenId: token.id, now: NOW })).toEqual({ revoked: true });
    expect(await authenticateApiToken(db.prisma, `Bearer ${token.secret}`, NOW)).toBeNull();
    expect(await revokeApiToken(db.prisma, { actor: actorOf(admin), tokenId: token.id, now: NOW })).toEqual({ revoked: false });
    expect(await db.prisma.auditEvent.count({ where: { targetId: token.id, event: "api_token.revoked" } })).toBe(1);
  });

  it.each(["", "Bearer", "Basic abc", "Bearer short", "bearer icp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Bearer icp_unknownunknownunknownunknown", "Bearer a b"])(
    "refuses the malformed or unknown header %j",
    async (header) => {
      expect(await authenticateApiToken(db.prisma, header, NOW)).toBeNull();
    },
  );

  it("refuses the token of a creator who is no longer an admin or is disabled", async () => {
    const demoted = await createTestUser(db, "admin");
    const disabled = await createTestUser(db, "admin");
    const a = await newToken(demoted);
    const b = await newToken(disabled);
    await db.prisma.user.update({ where: { id: demoted.id }, data: { role: "agent" } });
    await db.prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: NOW } });
    expect(await authenticateApiToken(db.prisma, `Bearer ${a.secret}`, NOW)).toBeNull();
    expect(await authenticateApiToken(db.prisma, `Bearer ${b.secret}`, NOW)).toBeNull();
  });

  it.each(["agent", "customer"] as const)("refuses a %s creating or revoking tokens, writing nothing", async (role) => {
    const account = role === "customer" ? await db.prisma.account.create({ data: { name: unique("Account ") } }) : null;
    const user = await createTestUser(db, role, account?.id ?? null);
    const token = await newToken();
    await expect(createApiToken(db.prisma, { actor: actorOf(user), input: { name: "x", scope: "read", expiresInDays: null }, now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(revokeApiToken(db.prisma, { actor: actorOf(user), tokenId: token.id, now: NOW })).rejects.toBeInstanceOf(AppError);
    expect(await db.prisma.apiToken.count({ where: { createdById: user.id } })).toBe(0);
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("refuses an empty or overlong name, an unknown scope and an expiry not offered", async () => {
    const input = { scope: "read", expiresInDays: 30 } as const;
    await expect(createApiToken(db.prisma, { actor: actorOf(admin), input: { ...input, name: "  " }, now: NOW })).rejects.toThrow();
    await expect(createApiToken(db.prisma, { actor: actorOf(admin), input: { ...input, name: "x".repeat(101) }, now: NOW })).rejects.toThrow();
    // @ts-expect-error: a scope that does not exist, as a form could send it
    await expect(createApiToken(db.prisma, { actor: actorOf(admin), input: { ...input, name: "x", scope: "root" }, now: NOW })).rejects.toThrow();
    await expect(createApiToken(db.prisma, { actor: actorOf(admin), input: { ...input, name: "x", expiresInDays: 7 }, now: NOW })).rejects.toThrow();
    expect(await db.prisma.apiToken.count({ where: { name: "x" } })).toBe(0);
  });

  it("keeps the scope and the expiry, and refuses the token from its expiry on", async () => {
    const token = await newToken(admin, { scope: "record", expiresInDays: 30 });
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.scope).toBe("record");
    expect(row.expiresAt?.toISOString()).toBe(new Date(NOW.getTime() + 30 * DAY_MS).toISOString());
    expect((await authenticateApiToken(db.prisma, `Bearer ${token.secret}`, new Date(NOW.getTime() + 30 * DAY_MS - 1)))?.token.scope).toBe("record");
    expect(await authenticateApiToken(db.prisma, `Bearer ${token.secret}`, new Date(NOW.getTime() + 30 * DAY_MS))).toBeNull();
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: token.id, event: "api_token.created" } });
    expect(audit.after).toMatchObject({ scope: "record", expiresAt: row.expiresAt?.toISOString() });
  });
});
