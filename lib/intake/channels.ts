// Intake channels: a customer creates them for their own account, an admin for any. The URL
// token and the signing secret are shown once; the token is kept as a hash, the secret as a
// hash and sealed (docs/decisions/0009-intake-channel-secrets.md). Revocable at once.
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import { openSecret, randomToken, sealSecret, sha256Hex } from "./keys";

export const INTAKE_PATH = "/api/intake/";
const TOKEN_PREFIX = "in_";
const SECRET_PREFIX = "SEC";

export const ZCreateIntakeChannelInput = z
  .object({
    name: z.string().trim().min(1, "Name the channel (e.g. the phone or mailbox it forwards from).").max(100, "At most 100 characters."),
    /** The account's name or id; customers may leave it out (their own). */
    account: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type TCreateIntakeChannelInput = z.infer<typeof ZCreateIntakeChannelInput>;

export type IntakeChannelDto = {
  id: string;
  name: string;
  account: string;
  accountId: string;
  url: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

type Caller = Pick<Actor, "userId" | "role" | "accountId" | "label">;

function mayManage(caller: Pick<Caller, "role" | "accountId">, accountId: string): boolean {
  if (can(caller.role, "intake:manage_any")) return true;
  return can(caller.role, "intake:manage_own") && caller.accountId === accountId;
}

async function resolveAccount(db: PrismaClient, caller: Caller, account: string | undefined): Promise<{ id: string; name: string }> {
  if (can(caller.role, "intake:manage_any")) {
    if (!account) throw new AppError("validation_failed", "Name the account the channel is for.", { account: "Required for staff." });
    const found = await db.account.findFirst({ where: { OR: [{ id: account }, { name: account }] }, select: { id: true, name: true } });
    if (!found) throw new AppError("unprocessable", `There is no account "${account}".`, { account: "Unknown account." });
    return found;
  }
  if (!can(caller.role, "intake:manage_own") || !caller.accountId) {
    throw new AppError("forbidden", "Intake channels are created by the account's customers or by an admin.");
  }
  const own = await db.account.findUniqueOrThrow({ where: { id: caller.accountId }, select: { id: true, name: true } });
  // Naming another account is answered as if it did not exist.
  if (account && account !== own.id && account !== own.name) throw new AppError("not_found", "The account was not found.");
  return own;
}

export function intakeUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}${INTAKE_PATH}${token}`;
}

/** Creates a channel; the answer holds the URL (with its token) and the secret, never shown again. */
export async function createIntakeChannel(
  db: PrismaClient,
  { actor, input, now, baseUrl }: { actor: Actor; input: TCreateIntakeChannelInput; now: Date; baseUrl: string },
): Promise<{ channel: { id: string; name: string; account: string; url: string; secret: string; createdAt: string } }> {
  const { name, account } = ZCreateIntakeChannelInput.parse(input);
  const target = await resolveAccount(db, actor, account);
  const token = `${TOKEN_PREFIX}${randomToken(32)}`;
  const secret = `${SECRET_PREFIX}${randomToken(24)}`;
  return db.$transaction(async (tx) => {
    const channel = await tx.intakeChannel.create({
      data: {
        accountId: target.id,
        name,
        tokenHash: sha256Hex(token),
        secretHash: sha256Hex(secret),
        secretSealed: sealSecret(secret),
        createdById: actor.userId,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "intake_channel.created",
      targetType: "intake_channel",
      targetId: channel.id,
      accountId: target.id,
      after: { name },
    });
    return {
      channel: { id: channel.id, name, account: target.name, url: intakeUrl(baseUrl, token), secret, createdAt: now.toISOString() },
    };
  });
}

/** Revokes a channel; from the next request on its URL answers 404. Another account's: 404. */
export async function revokeIntakeChannel(
  db: PrismaClient,
  { actor, channelId, now }: { actor: Actor; channelId: string; now: Date },
): Promise<{ revoked: boolean }> {
  if (!can(actor.role, "intake:manage_any") && !can(actor.role, "intake:manage_own")) {
    throw new AppError("forbidden", "Intake channels are managed by the account's customers or by an admin.");
  }
  return db.$transaction(async (tx) => {
    const channel = await tx.intakeChannel.findUnique({ where: { id: channelId } });
    if (!channel || !mayManage(actor, channel.accountId)) throw new AppError("not_found", "The intake channel was not found.");
    if (channel.revokedAt) return { revoked: false };
    await tx.intakeChannel.update({ where: { id: channel.id }, data: { revokedAt: now } });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "intake_channel.revoked",
      targetType: "intake_channel",
      targetId: channel.id,
      accountId: channel.accountId,
      before: { name: channel.name, revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
    return { revoked: true };
  });
}

/**
 * Channels the caller may see, without secrets: a customer their account's, staff every
 * account's (or one account's). The URL's token is not kept, so the list shows the path
 * with the token elided.
 */
export async function listIntakeChannels(
  db: PrismaClient,
  caller: { role: Role; accountId: string | null },
  { account }: { account?: string | null } = {},
): Promise<(Omit<IntakeChannelDto, "url"> & { secretReadable: boolean })[]> {
  let where: { accountId?: string } = {};
  if (can(caller.role, "domains:read_all")) {
    if (account) {
      const found = await db.account.findFirst({ where: { OR: [{ id: account }, { name: account }] }, select: { id: true } });
      where = { accountId: found?.id ?? "~none" };
    }
  } else if (caller.accountId && can(caller.role, "intake:manage_own")) {
    where = { accountId: caller.accountId };
  } else {
    return [];
  }
  const rows = await db.intakeChannel.findMany({
    where,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: { account: { select: { name: true } } },
    take: 500,
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    account: c.account.name,
    accountId: c.accountId,
    createdAt: c.createdAt.toISOString(),
    lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    secretReadable: openSecret(c.secretSealed) !== null,
  }));
}
