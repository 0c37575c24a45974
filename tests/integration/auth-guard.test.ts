// The guard every page and route calls (lib/auth/session.ts), against the real database:
// the session names only the user; role, account and the disabled flag are read on each
// request, so a change counts from the very next one.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createTestUser, openTestDatabase, unique } from "./support/database";

let db: OpenDatabase;
let sessionUserId: string | null = null;
let sessionVersion = 0;
/** The secret the cookie is made with; the server's unless a test forges one. */
let cookieSecret: string | null = null;

const secret = "auth-guard-test-secret-of-enough-length";
vi.stubEnv("NEXTAUTH_SECRET", secret);
vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
// The session cookie a signed-in browser sends: a real token, made as next-auth makes it.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-icp-path": "/admin/users?page=2" }),
  cookies: async () => {
    const { encodeSession } = await import("@/lib/auth/jwt");
    const value = sessionUserId ? await encodeSession({ token: { sub: sessionUserId, sessionVersion }, secret: cookieSecret ?? secret, maxAge: 600 }) : null;
    return { getAll: () => (value ? [{ name: "next-auth.session-token", value }] : []) };
  },
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (path: string) => {
    throw new Error(`NEXT_REDIRECT ${path}`);
  },
}));
// React's per-request cache would keep the first answer for the whole test file.
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T,>(fn: T) => fn }));

const { getCurrentUser, requirePermission, requireUser, unreadNotificationsOfCurrentUser } = await import("@/lib/auth/session");

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db.close());

describe("getCurrentUser", () => {
  it("reads role, account and disabled from the database on every call", async () => {
    const account = await db.prisma.account.create({ data: { name: unique("Guard ") } });
    const user = await createTestUser(db, "customer", account.id);
    sessionUserId = user.id;
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "customer", accountId: account.id, accountName: account.name });

    await db.prisma.user.update({ where: { id: user.id }, data: { role: "agent", accountId: null } });
    expect(await getCurrentUser()).toMatchObject({ role: "agent", accountId: null, accountName: null });

    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();

    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect(await getCurrentUser()).toMatchObject({ id: user.id });

    await db.prisma.user.delete({ where: { id: user.id } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("ends a session whose version is older than the user's (password reset, disabled)", async () => {
    const user = await createTestUser(db, "agent");
    sessionUserId = user.id;
    sessionVersion = 0;
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    await db.prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
    // A new sign-in carries the new version.
    sessionVersion = 1;
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    sessionVersion = 0;
  });

  it("is null for a cookie made with another secret (a forged session)", async () => {
    const user = await createTestUser(db, "admin");
    sessionUserId = user.id;
    cookieSecret = "another-secret-that-the-server-does-not-hold";
    expect(await getCurrentUser()).toBeNull();
    cookieSecret = null;
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });

  it("reads the user's unread notifications in the same statement, for the bell", async () => {
    const user = await createTestUser(db, "customer");
    sessionUserId = user.id;
    expect(await unreadNotificationsOfCurrentUser()).toBe(0);
    for (const [i, readAt] of [null, null, new Date()].entries()) {
      const event = await db.prisma.notificationEvent.create({
        data: { key: unique(`guard-bell-${i}`), kind: "reminder", category: "reminder", urgent: false, payload: {} },
      });
      await db.prisma.notification.create({ data: { eventId: event.id, userId: user.id, title: "t", body: "b", readAt } });
    }
    expect(await unreadNotificationsOfCurrentUser()).toBe(2);
    sessionUserId = null;
    expect(await unreadNotificationsOfCurrentUser()).toBe(0);
  });

  it("is null without a session", async () => {
    sessionUserId = null;
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("requireUser and requirePermission", () => {
  it("send a signed-out visitor to sign in, back to the page they asked for", async () => {
    sessionUserId = null;
    await expect(requireUser()).rejects.toThrow("NEXT_REDIRECT /login?callbackUrl=%2Fadmin%2Fusers%3Fpage%3D2");
    await expect(requirePermission("users:manage")).rejects.toThrow(/NEXT_REDIRECT \/login/);
  });

  it("answer 404 to a signed-in user without the permission, and let the holder through", async () => {
    const agent = await createTestUser(db, "agent");
    sessionUserId = agent.id;
    await expect(requirePermission("users:manage")).rejects.toThrow("NEXT_NOT_FOUND");
    expect(await requirePermission("domains:read_all")).toMatchObject({ id: agent.id });

    // Promoted: allowed from the next request on, with no new sign-in.
    await db.prisma.user.update({ where: { id: agent.id }, data: { role: "admin" } });
    expect(await requirePermission("users:manage")).toMatchObject({ role: "admin" });
  });
});
