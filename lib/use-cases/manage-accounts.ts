// Admins create and rename accounts (customer organisations). Each change is audited.
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "./actor";

export const ZAccountName = z.string().trim().min(1, "Name the account.").max(200, "At most 200 characters.");
export const ZCreateAccountInput = z.object({ name: ZAccountName });
export const ZRenameAccountInput = z.object({ accountId: z.string().min(1).max(100), name: ZAccountName });

function requireAccountAdmin(actor: Actor): void {
  if (!can(actor.role, "accounts:manage")) throw new AppError("forbidden", "Only admins manage accounts.");
}

const TAKEN = (name: string) => new AppError("conflict", `An account named "${name}" already exists.`, { name: "Already taken." });

export async function createAccount(
  db: PrismaClient,
  { actor, input }: { actor: Actor; input: z.input<typeof ZCreateAccountInput> },
): Promise<{ accountId: string; name: string }> {
  requireAccountAdmin(actor);
  const { name } = ZCreateAccountInput.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.account.findUnique({ where: { name } })) throw TAKEN(name);
      const account = await tx.account.create({ data: { name } });
      await writeAudit(tx, {
        actor: auditActor(actor),
        event: "account.created",
        targetType: "account",
        targetId: account.id,
        accountId: account.id,
        after: { name },
      });
      return { accountId: account.id, name };
    });
  } catch (error) {
    // Two admins creating the same name at once: the loser hits the unique index.
    if (isUniqueViolation(error)) throw TAKEN(name);
    throw error;
  }
}

export async function renameAccount(
  db: PrismaClient,
  { actor, input }: { actor: Actor; input: z.input<typeof ZRenameAccountInput> },
): Promise<{ accountId: string; name: string; changed: boolean }> {
  requireAccountAdmin(actor);
  const { accountId, name } = ZRenameAccountInput.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const account = await tx.account.findUnique({ where: { id: accountId } });
      if (!account) throw new AppError("not_found", "The account was not found.");
      if (account.name === name) return { accountId, name, changed: false };
      const other = await tx.account.findUnique({ where: { name } });
      if (other) throw TAKEN(name);
      await tx.account.update({ where: { id: accountId }, data: { name } });
      await writeAudit(tx, {
        actor: auditActor(actor),
        event: "account.renamed",
        targetType: "account",
        targetId: accountId,
        accountId,
        before: { name: account.name },
        after: { name },
      });
      return { accountId, name, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw TAKEN(name);
    throw error;
  }
}
