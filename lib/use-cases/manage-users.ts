// Admin user management: create a user, change their role (and account), reset their
// password, disable or re-enable them. Each is one transaction with one audit event whose
// before/after never holds a password or its hash. The admin pages, the server actions and
// `npm run user:create` all come through here.
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import { can } from "@/lib/auth/permissions";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { auditActor, type Actor } from "./actor";

type Tx = Prisma.TransactionClient;

/**
 * Why a change was refused, for screens that show it in the reader's language
 * (app/admin/users/actions.ts maps each to a catalogue entry). The API and the command
 * line use the English message and fields of the AppError itself.
 */
export type UserRule =
  | "forbidden"
  | "user_not_found"
  | "email_taken"
  | "account_required"
  | "account_unknown"
  | "account_for_staff"
  | "weak_password"
  | "self_demote"
  | "self_disable";

export class UserRuleError extends AppError {
  readonly rule: UserRule;
  constructor(rule: UserRule, code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, fields);
    this.rule = rule;
  }
}

const ZRole = z.enum(Role, { message: "Choose a role: customer, agent or admin." });
const ZUserId = z.string().trim().min(1, "Name the user.").max(100);
/** The customer's account, by name or id; empty means none. */
const ZAccountRef = z
  .string()
  .trim()
  .max(200, "At most 200 characters.")
  .optional()
  .transform((value) => (value ? value : undefined));
const ZPassword = z.string().min(1, "Enter a password.").max(200, "The password must be at most 200 characters long.");

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().max(320, "At most 320 characters.").email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter the person's name.").max(200, "At most 200 characters."),
  role: ZRole,
  account: ZAccountRef,
  password: ZPassword,
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZChangeUserRoleInput = z.object({ userId: ZUserId, role: ZRole, account: ZAccountRef });
export type TChangeUserRoleInput = z.input<typeof ZChangeUserRoleInput>;

export const ZResetUserPasswordInput = z.object({ userId: ZUserId, password: ZPassword });
export type TResetUserPasswordInput = z.input<typeof ZResetUserPasswordInput>;

export const ZSetUserDisabledInput = z.object({ userId: ZUserId, disabled: z.boolean() });
export type TSetUserDisabledInput = z.input<typeof ZSetUserDisabledInput>;

/** A user as the admin screens and the command line see them: never the hash. */
export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: Role;
  accountId: string | null;
  accountName: string | null;
  disabledAt: Date | null;
};

type Args<T> = { actor: Actor; input: T; now: Date };

function assertMayManage(actor: Actor): void {
  if (!can(actor.role, "users:manage")) {
    throw new UserRuleError("forbidden", "forbidden", "Only admins manage users.");
  }
}

function assertStrongPassword(password: string, email: string): void {
  const weakness = passwordWeakness(password, email);
  if (weakness) throw new UserRuleError("weak_password", "unprocessable", weakness, { password: weakness });
}

/**
 * Customers belong to exactly one existing account, staff to none (schema: User.accountId).
 * Answers the account to store.
 */
async function accountFor(tx: Tx, role: Role, account: string | undefined): Promise<{ id: string; name: string } | null> {
  if (role !== "customer") {
    if (account) {
      throw new UserRuleError("account_for_staff", "unprocessable", "Support agents and admins belong to no account.", {
        account: "Leave the account empty for support agents and admins.",
      });
    }
    return null;
  }
  if (!account) {
    throw new UserRuleError("account_required", "unprocessable", "A customer must belong to an account.", {
      account: "Choose the customer's account.",
    });
  }
  const found = await tx.account.findFirst({ where: { OR: [{ id: account }, { name: account }] }, select: { id: true, name: true } });
  if (!found) {
    throw new UserRuleError("account_unknown", "unprocessable", `The account "${account}" does not exist.`, {
      account: "No account has this name.",
    });
  }
  return found;
}

/** Reads the user with a row lock, so two admins changing one user queue rather than interleave. */
async function lockUser(tx: Tx, userId: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId }, include: { account: { select: { name: true } } } });
  if (!user) throw new UserRuleError("user_not_found", "not_found", "The user was not found.");
  return user;
}

function toDto(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  accountId: string | null;
  disabledAt: Date | null;
  account?: { name: string } | null;
}): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    accountId: user.accountId,
    accountName: user.account?.name ?? null,
    disabledAt: user.disabledAt,
  };
}

export async function createUser(db: PrismaClient, { actor, input, now }: Args<TCreateUserInput>): Promise<UserDto> {
  assertMayManage(actor);
  const parsed = ZCreateUserInput.parse(input);
  assertStrongPassword(parsed.password, parsed.email);
  // Hash outside the transaction: argon2 takes a moment and needs no lock.
  const passwordHash = await hashPassword(parsed.password);
  try {
    return await db.$transaction(async (tx) => {
      const account = await accountFor(tx, parsed.role, parsed.account);
      const existing = await tx.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
      if (existing) throw emailTaken();
      const user = await tx.user.create({
        data: { email: parsed.email, name: parsed.name, role: parsed.role, accountId: account?.id ?? null, passwordHash, createdAt: now },
        include: { account: { select: { name: true } } },
      });
      await writeAudit(tx, {
        actor: auditActor(actor),
        event: "user.created",
        targetType: "user",
        targetId: user.id,
        accountId: user.accountId,
        after: { email: user.email, name: user.name, role: user.role, account: account?.name ?? null },
      });
      return toDto(user);
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

function emailTaken(): UserRuleError {
  return new UserRuleError("email_taken", "conflict", "A user with this email already exists.", {
    email: "A user with this email already exists.",
  });
}

export async function changeUserRole(db: PrismaClient, { actor, input }: Args<TChangeUserRoleInput>): Promise<UserDto> {
  assertMayManage(actor);
  const parsed = ZChangeUserRoleInput.parse(input);
  // An admin who demoted themselves could lock every admin out; another admin must do it.
  if (parsed.userId === actor.userId && parsed.role !== "admin") {
    throw new UserRuleError("self_demote", "unprocessable", "You cannot change your own role.", {
      role: "You cannot change your own role; ask another admin.",
    });
  }
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, parsed.userId);
    const account = await accountFor(tx, parsed.role, parsed.account);
    const accountId = account?.id ?? null;
    if (user.role === parsed.role && user.accountId === accountId) return toDto(user);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: parsed.role, accountId },
      include: { account: { select: { name: true } } },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "user.role_changed",
      targetType: "user",
      targetId: user.id,
      // The account the user belonged to or now belongs to, so either account's log shows it.
      accountId: accountId ?? user.accountId,
      before: { role: user.role, account: user.account?.name ?? null },
      after: { role: updated.role, account: account?.name ?? null },
    });
    return toDto(updated);
  });
}

export async function resetUserPassword(db: PrismaClient, { actor, input }: Args<TResetUserPasswordInput>): Promise<UserDto> {
  assertMayManage(actor);
  const parsed = ZResetUserPasswordInput.parse(input);
  const target = await db.user.findUnique({ where: { id: parsed.userId }, select: { email: true } });
  if (!target) throw new UserRuleError("user_not_found", "not_found", "The user was not found.");
  assertStrongPassword(parsed.password, target.email);
  const passwordHash = await hashPassword(parsed.password);
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, parsed.userId);
    const updated = await tx.user.update({
      where: { id: user.id },
      // Every session signed in with the old password ends on its next request.
      data: { passwordHash, sessionVersion: { increment: 1 } },
      include: { account: { select: { name: true } } },
    });
    // That the password changed, never what it is or its hash.
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "user.password_reset",
      targetType: "user",
      targetId: user.id,
      accountId: user.accountId,
      after: { passwordChanged: true },
    });
    return toDto(updated);
  });
}

export async function setUserDisabled(db: PrismaClient, { actor, input, now }: Args<TSetUserDisabledInput>): Promise<UserDto> {
  assertMayManage(actor);
  const parsed = ZSetUserDisabledInput.parse(input);
  if (parsed.disabled && parsed.userId === actor.userId) {
    throw new UserRuleError("self_disable", "unprocessable", "You cannot disable yourself.", {
      disabled: "You cannot disable yourself; ask another admin.",
    });
  }
  return db.$transaction(async (tx) => {
    const user = await lockUser(tx, parsed.userId);
    if (Boolean(user.disabledAt) === parsed.disabled) return toDto(user);
    const disabledAt = parsed.disabled ? now : null;
    const updated = await tx.user.update({
      where: { id: user.id },
      // Disabling ends every session for good: re-enabling does not bring them back.
      data: { disabledAt, ...(parsed.disabled ? { sessionVersion: { increment: 1 } } : {}) },
      include: { account: { select: { name: true } } },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: parsed.disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: user.id,
      accountId: user.accountId,
      before: { disabledAt: user.disabledAt?.toISOString() ?? null },
      after: { disabledAt: disabledAt?.toISOString() ?? null },
    });
    return toDto(updated);
  });
}
