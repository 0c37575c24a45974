// The user-management server actions are public POST endpoints: whoever calls them, only
// an admin's call changes anything. Each action is called as it is in the app, with the
// caller re-read from the real database, once per kind of caller.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { OpenDatabase } from "@/lib/db/connect";
import { createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let signedIn: CurrentUser | null = null;

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
// The catalogue's shape with each message's key (below its namespace) as its text, so the
// answers below name the message they show: lib/i18n/server.ts translates from it.
vi.mock("next-intl/server", async () => {
  const en = (await import("@/messages/en.json")).default as Record<string, unknown>;
  const keysAsText = (node: unknown, path: string[]): unknown =>
    typeof node === "string" ? path.slice(1).join(".") : Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, keysAsText(v, [...path, k])]));
  const messages = keysAsText(en, []);
  return { getMessages: async () => messages, getLocale: async () => "en" };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { path });
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") throw error;
  },
}));

const { changeUserRoleAction, createUserAction, resetUserPasswordAction, setUserDisabledAction } = await import("@/app/admin/users/actions");

const STRONG = "a sound long passphrase 42";
let acme: { id: string; name: string };
let beta: { id: string; name: string };
const callers: Record<string, TestUser | null> = {};
let target: TestUser;

beforeAll(async () => {
  db = await openTestDatabase();
  acme = await db.prisma.account.create({ data: { name: unique("Acme ") } });
  beta = await db.prisma.account.create({ data: { name: unique("Beta ") } });
  callers["signed out"] = null;
  callers["Acme customer"] = await createTestUser(db, "customer", acme.id);
  callers["Beta customer"] = await createTestUser(db, "customer", beta.id);
  callers.agent = await createTestUser(db, "agent");
  callers.admin = await createTestUser(db, "admin");
  target = await createTestUser(db, "customer", acme.id);
});
afterAll(async () => db.close());
beforeEach(() => {
  signedIn = null;
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function signInAs(user: TestUser | null) {
  if (!user) {
    signedIn = null;
    return;
  }
  // As lib/auth/session.ts does: the user as the database has them now.
  const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { account: true } });
  signedIn = row.disabledAt
    ? null
    : { id: row.id, email: row.email, name: row.name, role: row.role, accountId: row.accountId, accountName: row.account?.name ?? null };
}

async function snapshot() {
  return { users: await db.prisma.user.findMany({ orderBy: { id: "asc" } }), audit: await db.prisma.auditEvent.count() };
}

const ACTIONS = {
  create: () => createUserAction({ status: "idle" }, form({ email: `${unique("n")}@example.test`, name: "N", role: "admin", password: STRONG, passwordConfirm: STRONG })),
  "change role": () => changeUserRoleAction({ status: "idle" }, form({ userId: target.id, role: "admin" })),
  "reset password": () => resetUserPasswordAction({ status: "idle" }, form({ userId: target.id, password: STRONG, passwordConfirm: STRONG })),
  disable: () => setUserDisabledAction({ status: "idle" }, form({ userId: target.id, disabled: "true" })),
};

describe.each(["signed out", "Acme customer", "Beta customer", "agent"])("as %s", (caller) => {
  it.each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])("%s is refused and changes nothing", async (action) => {
    await signInAs(callers[caller]!);
    const before = await snapshot();
    const state = await ACTIONS[action]();
    expect(state).toMatchObject({ status: "error", message: "errors.forbidden" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("as admin", () => {
  it("each action goes through and is audited", async () => {
    await signInAs(callers.admin!);
    const audit = await db.prisma.auditEvent.count();
    await expect(ACTIONS.create()).rejects.toMatchObject({ message: "NEXT_REDIRECT", path: expect.stringMatching(/^\/admin\/users\/.+\?created=1$/) });
    expect(await ACTIONS["change role"]()).toMatchObject({ status: "saved", message: "savedRole" });
    expect(await ACTIONS["reset password"]()).toMatchObject({ status: "saved", message: "savedPassword" });
    expect(await ACTIONS.disable()).toMatchObject({ status: "saved", message: "savedDisabled" });
    expect(await db.prisma.auditEvent.count()).toBe(audit + 4);
  });

  it("shows refusals beside the field and writes nothing", async () => {
    await signInAs(callers.admin!);
    const before = await snapshot();
    const state = await createUserAction(
      { status: "idle" },
      form({ email: "not an email", name: "", role: "customer", account: "", password: STRONG, passwordConfirm: "other" }),
    );
    expect(state).toMatchObject({
      status: "error",
      message: "errors.checkFields",
      fields: { email: "errors.email", name: "errors.name", passwordConfirm: "errors.passwordMismatch" },
    });
    const taken = await createUserAction(
      { status: "idle" },
      form({ email: callers.agent!.email, name: "Dup", role: "agent", password: STRONG, passwordConfirm: STRONG }),
    );
    expect(taken.fields).toEqual({ email: "errors.email_taken" });
    expect(await snapshot()).toEqual(before);
  });
});
