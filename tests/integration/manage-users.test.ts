import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { OpenDatabase } from "@/lib/db/connect";
import type { Actor } from "@/lib/use-cases/actor";
import {
  changeUserRole,
  createUser,
  resetUserPassword,
  setUserDisabled,
  UserRuleError,
  type UserRule,
} from "@/lib/use-cases/manage-users";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let acme: { id: string; name: string };
let beta: { id: string; name: string };
const NOW = new Date("2026-11-20T02:00:00Z");
const STRONG = "a sound long passphrase 42";

beforeAll(async () => {
  db = await openTestDatabase();
  acme = await db.prisma.account.create({ data: { name: unique("Acme ") } });
  beta = await db.prisma.account.create({ data: { name: unique("Beta ") } });
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  customer = await createTestUser(db, "customer", acme.id);
});
afterAll(async () => db.close());

async function auditFor(targetId: string) {
  return db.prisma.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
}

/** Every user and audit row, to prove a refused change wrote nothing at all. */
async function snapshot() {
  const users = await db.prisma.user.findMany({ orderBy: { id: "asc" } });
  const audit = await db.prisma.auditEvent.count();
  const accounts = await db.prisma.account.count();
  return { users, audit, accounts };
}

async function ruleOf(promise: Promise<unknown>): Promise<UserRule | string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserRuleError) return error.rule;
    return (error as Error).name;
  }
  return "accepted";
}

describe("createUser", () => {
  it("creates a customer in an account and audits it without the password", async () => {
    const email = `${unique("new")}@example.test`;
    const user = await createUser(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { email: `  ${email.toUpperCase()} `, name: "Wang Fang", role: "customer", account: acme.name, password: STRONG },
    });
    expect(user).toMatchObject({ email, role: "customer", accountId: acme.id, accountName: acme.name, disabledAt: null });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, STRONG)).toBe(true);
    const [event, ...rest] = await auditFor(user.id);
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({ event: "user.created", actorId: admin.id, actorRole: "admin", accountId: acme.id });
    expect(event?.after).toEqual({ email, name: "Wang Fang", role: "customer", account: acme.name });
    expect(JSON.stringify(event)).not.toContain(STRONG);
    expect(JSON.stringify(event)).not.toContain(stored.passwordHash);
  });

  it("creates staff without an account, finding the account by id as well as by name", async () => {
    const agentUser = await createUser(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { email: `${unique("ag")}@example.test`, name: "Agent", role: "agent", account: "", password: STRONG },
    });
    expect(agentUser.accountId).toBeNull();
    const byId = await createUser(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { email: `${unique("c")}@example.test`, name: "C", role: "customer", account: beta.id, password: STRONG },
    });
    expect(byId.accountId).toBe(beta.id);
  });

  it.each<[string, Record<string, string>, UserRule | string]>([
    ["a customer without an account", { role: "customer", account: "" }, "account_required"],
    ["a customer of an unknown account", { role: "customer", account: "No Such Account" }, "account_unknown"],
    ["staff with an account", { role: "agent", account: "Any Account" }, "account_for_staff"],
    ["a weak password", { password: "short" }, "weak_password"],
    ["a password containing the email's name", { email: "wangfang@example.test", password: "wangfang-is-my-name" }, "weak_password"],
    ["an invalid email", { email: "not-an-email" }, "ZodError"],
    ["an unknown role", { role: "superuser" }, "ZodError"],
  ])("refuses %s and writes nothing", async (_, change, rule) => {
    const before = await snapshot();
    const input = {
      email: `${unique("r")}@example.test`,
      name: "Refused",
      role: "customer",
      account: acme.name,
      password: STRONG,
      ...change,
    };
    expect(await ruleOf(createUser(db.prisma, { actor: actorOf(admin), now: NOW, input: input as never }))).toBe(rule);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an email that exists, whatever its case", async () => {
    const before = await snapshot();
    const input = { email: customer.email.toUpperCase(), name: "Dup", role: "agent" as const, password: STRONG };
    expect(await ruleOf(createUser(db.prisma, { actor: actorOf(admin), now: NOW, input }))).toBe("email_taken");
    expect(await snapshot()).toEqual(before);
  });
});

describe("changeUserRole", () => {
  it("moves a customer to staff and back into another account, auditing before and after", async () => {
    const target = await createTestUser(db, "customer", acme.id);
    const asAgent = await changeUserRole(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: target.id, role: "agent" } });
    expect(asAgent).toMatchObject({ role: "agent", accountId: null });
    const back = await changeUserRole(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { userId: target.id, role: "customer", account: beta.name },
    });
    expect(back).toMatchObject({ role: "customer", accountId: beta.id });
    const events = await auditFor(target.id);
    expect(events.map((e) => [e.event, e.before, e.after])).toEqual([
      ["user.role_changed", { role: "customer", account: acme.name }, { role: "agent", account: null }],
      ["user.role_changed", { role: "agent", account: null }, { role: "customer", account: beta.name }],
    ]);
  });

  it("writes no audit event when nothing changes", async () => {
    const target = await createTestUser(db, "agent");
    await changeUserRole(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: target.id, role: "agent" } });
    expect(await auditFor(target.id)).toHaveLength(0);
  });

  it("does not let an admin demote themselves, but lets them keep their role", async () => {
    const self = await createTestUser(db, "admin");
    const before = await snapshot();
    expect(await ruleOf(changeUserRole(db.prisma, { actor: actorOf(self), now: NOW, input: { userId: self.id, role: "agent" } }))).toBe(
      "self_demote",
    );
    expect(await snapshot()).toEqual(before);
    expect(await ruleOf(changeUserRole(db.prisma, { actor: actorOf(self), now: NOW, input: { userId: self.id, role: "admin" } }))).toBe(
      "accepted",
    );
  });

  it("answers not found for an unknown user", async () => {
    expect(await ruleOf(changeUserRole(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: "nope", role: "agent" } }))).toBe(
      "user_not_found",
    );
  });
});

describe("resetUserPassword", () => {
  it("replaces the hash and audits that it changed, never the password", async () => {
    const target = await createTestUser(db, "customer", acme.id);
    const oldHash = (await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash;
    const newPassword = "another sound passphrase 7";
    await resetUserPassword(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: target.id, password: newPassword } });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored.passwordHash).not.toBe(oldHash);
    expect(await verifyPassword(stored.passwordHash, newPassword)).toBe(true);
    // Every session opened with the old password ends (lib/auth/session.ts compares versions).
    expect(stored.sessionVersion).toBe(1);
    const events = await auditFor(target.id);
    expect(events.map((e) => [e.event, e.before, e.after])).toEqual([["user.password_reset", null, { passwordChanged: true }]]);
    expect(JSON.stringify(events)).not.toContain(newPassword);
  });

  it("refuses a weak password and keeps the old one", async () => {
    const target = await createTestUser(db, "agent");
    const before = await snapshot();
    expect(await ruleOf(resetUserPassword(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: target.id, password: "aaaaaaaaaaaaaaaa" } }))).toBe(
      "weak_password",
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("setUserDisabled", () => {
  it("disables and re-enables, auditing each", async () => {
    const target = await createTestUser(db, "customer", beta.id);
    const disabled = await setUserDisabled(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: target.id, disabled: true } });
    expect(disabled.disabledAt).toEqual(NOW);
    // Disabling twice changes nothing and writes nothing.
    await setUserDisabled(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: target.id, disabled: true } });
    const enabled = await setUserDisabled(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: target.id, disabled: false } });
    expect(enabled.disabledAt).toBeNull();
    // Disabling ended the old sessions for good; re-enabling did not revive them.
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion).toBe(1);
    const events = await auditFor(target.id);
    expect(events.map((e) => [e.event, e.before, e.after, e.accountId])).toEqual([
      ["user.disabled", { disabledAt: null }, { disabledAt: NOW.toISOString() }, beta.id],
      ["user.enabled", { disabledAt: NOW.toISOString() }, { disabledAt: null }, beta.id],
    ]);
  });

  it("does not let an admin disable themselves", async () => {
    const before = await snapshot();
    expect(await ruleOf(setUserDisabled(db.prisma, { actor: actorOf(admin), now: NOW, input: { userId: admin.id, disabled: true } }))).toBe(
      "self_disable",
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("only admins manage users", () => {
  const STAFF_OR_CUSTOMER = ["agent", "customer"] as const;

  it.each(STAFF_OR_CUSTOMER)("refuses every change for a %s and leaves the database unchanged", async (role) => {
    const actor: Actor = actorOf(role === "agent" ? agent : customer);
    const target = await createTestUser(db, "customer", acme.id);
    const before = await snapshot();
    const attempts = [
      createUser(db.prisma, {
        actor,
        now: NOW,
        input: { email: `${unique("x")}@example.test`, name: "X", role: "admin", password: STRONG },
      }),
      changeUserRole(db.prisma, { actor, now: NOW, input: { userId: target.id, role: "admin" } }),
      // Even promoting themselves.
      changeUserRole(db.prisma, { actor, now: NOW, input: { userId: actor.userId!, role: "admin" } }),
      resetUserPassword(db.prisma, { actor, now: NOW, input: { userId: target.id, password: STRONG } }),
      setUserDisabled(db.prisma, { actor, now: NOW, input: { userId: target.id, disabled: true } }),
    ];
    for (const attempt of attempts) {
      expect(await ruleOf(attempt)).toBe("forbidden");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answers 403 with the forbidden code, for the API to map", async () => {
    const error = await createUser(db.prisma, {
      actor: actorOf(agent),
      now: NOW,
      input: { email: `${unique("x")}@example.test`, name: "X", role: "agent", password: STRONG },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserRuleError);
    expect((error as UserRuleError).status).toBe(403);
  });
});
