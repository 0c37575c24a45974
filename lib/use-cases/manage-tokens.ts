// Admin API tokens: created with a name, a scope and an optional expiry, the secret shown
// once, only its sha256 stored, revocable at once. A token acts for its creator, who must
// still be an active admin, and only within its scope (lib/auth/token-scopes.ts).
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ApiTokenScope, PrismaClient, Role } from "@/lib/generated/prisma/client";
import { TOKEN_EXPIRY_DAYS, TOKEN_SCOPES } from "@/lib/auth/token-scopes";
import { auditActor, type Actor } from "./actor";

export const TOKEN_PREFIX = "icp_";
/** How many characters of the secret are kept in clear to tell tokens apart. */
const SHOWN_PREFIX_LENGTH = 12;
/** lastUsedAt is written at most this often per token, so a busy integration does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

const DAY_MS = 24 * 60 * 60 * 1000;

export const ZCreateApiTokenInput = z.object({
  name: z.string().trim().min(1, "Name the token (e.g. the integration that uses it).").max(100, "At most 100 characters."),
  scope: z.enum(TOKEN_SCOPES, { error: "Choose what the token may do: read, record or admin." }),
  /** Days until it stops working; null for never. */
  expiresInDays: z
    .number()
    .nullable()
    .refine((days) => (TOKEN_EXPIRY_DAYS as readonly (number | null)[]).includes(days), "Choose 30, 90 or 365 days, or no expiry."),
});
export type TCreateApiTokenInput = z.infer<typeof ZCreateApiTokenInput>;

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

function requireTokenAdmin(actor: Actor): void {
  if (!can(actor.role, "tokens:manage")) throw new AppError("forbidden", "Only admins manage API tokens.");
}

/** Creates a token; the answer holds the secret, which is never stored nor shown again. */
export async function createApiToken(
  db: PrismaClient,
  { actor, input, now }: { actor: Actor; input: TCreateApiTokenInput; now: Date },
): Promise<{ id: string; name: string; prefix: string; scope: ApiTokenScope; expiresAt: Date | null; secret: string }> {
  requireTokenAdmin(actor);
  const { name, scope, expiresInDays } = ZCreateApiTokenInput.parse(input);
  const expiresAt = expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * DAY_MS);
  if (!actor.userId) throw new AppError("forbidden", "API tokens are created by a signed-in admin.");
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = secret.slice(0, SHOWN_PREFIX_LENGTH);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: { name, prefix, scope, expiresAt, tokenHash: hashToken(secret), createdById: actor.userId, createdAt: now },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "api_token.created",
      targetType: "api_token",
      targetId: token.id,
      after: { name, prefix, scope, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { id: token.id, name, prefix, scope, expiresAt, secret };
  });
}

/** Revokes a token; from the next request on it answers 401. Revoking twice changes nothing. */
export async function revokeApiToken(
  db: PrismaClient,
  { actor, tokenId, now }: { actor: Actor; tokenId: string; now: Date },
): Promise<{ revoked: boolean }> {
  requireTokenAdmin(actor);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    if (!token) throw new AppError("not_found", "The API token was not found.");
    if (token.revokedAt) return { revoked: false };
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "api_token.revoked",
      targetType: "api_token",
      targetId: token.id,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
    return { revoked: true };
  });
}

export type TokenCaller = {
  token: { id: string; name: string; prefix: string; scope: ApiTokenScope };
  user: { id: string; email: string; name: string; role: Role; accountId: string | null; accountName: string | null };
  actor: Actor;
};

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,200})$/;

/**
 * The caller behind an `Authorization: Bearer …` header, or null for anything that does
 * not identify a live token of an active admin: a malformed header, an unknown, revoked or
 * expired token, a creator who was deleted, disabled or is no longer an admin.
 */
export async function authenticateApiToken(db: PrismaClient, header: string, now: Date): Promise<TokenCaller | null> {
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) return null;
  // One statement on every API request: the token, its creator and the creator's account.
  const rows = await db.$queryRaw<TokenRow[]>`
    SELECT t.id, t.name, t.prefix, t.scope::text AS scope, t."revokedAt", t."expiresAt", t."lastUsedAt",
           u.id AS "userId", u.email, u.name AS "userName", u.role::text AS role, u."accountId", u."disabledAt",
           a.name AS "accountName"
      FROM "ApiToken" t
      LEFT JOIN "User" u ON u.id = t."createdById"
      LEFT JOIN "Account" a ON a.id = u."accountId"
     WHERE t."tokenHash" = ${hashToken(match[1])}`;
  const token = rows[0];
  if (!token || token.revokedAt) return null;
  const expiresAt = asDate(token.expiresAt);
  if (expiresAt && expiresAt.getTime() <= now.getTime()) return null;
  if (!token.userId || !token.email || !token.userName || !token.role || token.disabledAt || !can(token.role, "tokens:manage")) return null;
  const lastUsedAt = asDate(token.lastUsedAt);
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so a revocation that lands meanwhile is not undone and concurrent calls write once.
    await db.apiToken.updateMany({ where: { id: token.id, revokedAt: null, lastUsedAt }, data: { lastUsedAt: now } });
  }
  return {
    token: { id: token.id, name: token.name, prefix: token.prefix, scope: token.scope },
    user: {
      id: token.userId,
      email: token.email,
      name: token.userName,
      role: token.role,
      accountId: token.accountId,
      accountName: token.accountName,
    },
    // The audit log names the token, and through it the admin who created it.
    actor: { userId: token.userId, label: `api-token:${token.name} (${token.email})`, role: token.role, accountId: token.accountId },
  };
}

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  revokedAt: Date | string | null;
  expiresAt: Date | string | null;
  lastUsedAt: Date | string | null;
  userId: string | null;
  email: string | null;
  userName: string | null;
  role: Role | null;
  accountId: string | null;
  disabledAt: Date | string | null;
  accountName: string | null;
};

/** A raw query's timestamp (stored in UTC without a zone) as a Date, whichever form the adapter gives it in. */
function asDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}
