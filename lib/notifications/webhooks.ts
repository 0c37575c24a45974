// Account webhooks: a customer manages their own account's, an admin any account's.
// Another account's webhook does not exist for a customer (404). The secret is returned
// once, when the webhook is created.
import { randomBytes } from "node:crypto";
import { lookup } from "node:dns/promises";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { checkTargetUrl, isPrivateAddress, privateTargetsAllowed, RefusedTargetError } from "@/lib/net/safe-request";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import { CATEGORIES, WEBHOOK_KINDS } from "./categories";

export { WEBHOOK_KINDS };

export const ZCreateWebhookInput = z
  .object({
    url: z.string().trim().min(1).max(2000),
    kind: z.enum(WEBHOOK_KINDS),
    secret: z.string().min(8, "At least 8 characters.").max(200).optional(),
    events: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).optional(),
    /** Admins: the account (name or id). Customers: omitted, or their own. */
    account: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type TCreateWebhookInput = z.infer<typeof ZCreateWebhookInput>;

export type WebhookDto = { id: string; url: string; kind: string; events: string[]; account: { id: string; name: string }; createdAt: string; hasSecret: boolean };

type Caller = { id: string; role: Role; accountId: string | null };

function mayManageAll(caller: Caller): boolean {
  return caller.role === "admin";
}

function assertMayManage(caller: Caller): void {
  if (caller.role === "admin" || (caller.role === "customer" && caller.accountId)) return;
  throw new AppError("not_found", "Not found.");
}

/** Refuses a URL whose host resolves to a private, loopback or link-local address (checked again at send time). */
async function checkWebhookUrl(raw: string): Promise<string> {
  let url: URL;
  try {
    url = checkTargetUrl(raw);
  } catch (error) {
    throw new AppError("unprocessable", (error as Error).message, { url: (error as Error).message });
  }
  if (privateTargetsAllowed()) return url.toString();
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw new AppError("unprocessable", `The host ${host} does not resolve.`, { url: "The host does not resolve." });
  }
  const refused = addresses.find((a) => isPrivateAddress(a));
  if (refused) {
    const message = new RefusedTargetError(`${host} resolves to ${refused}, a private, loopback or link-local address.`).message;
    throw new AppError("unprocessable", message, { url: "Private, loopback and link-local addresses are not allowed." });
  }
  return url.toString();
}

async function resolveAccount(db: PrismaClient, caller: Caller, account: string | undefined): Promise<{ id: string; name: string }> {
  if (!mayManageAll(caller)) {
    const own = await db.account.findUniqueOrThrow({ where: { id: caller.accountId! }, select: { id: true, name: true } });
    if (account && account !== own.id && account !== own.name) throw new AppError("not_found", "The account was not found.");
    return own;
  }
  if (!account) throw new AppError("validation_failed", "Name the account.", { account: "Required for admins." });
  const found = await db.account.findFirst({ where: { OR: [{ id: account }, { name: account }] }, select: { id: true, name: true } });
  if (!found) throw new AppError("not_found", "The account was not found.", { account: "Unknown account." });
  return found;
}

function dto(row: { id: string; url: string; kind: string; events: string[]; accountId: string; createdAt: Date; secret: string | null }, accountName: string): WebhookDto {
  return {
    id: row.id,
    // The URL of a bot holds its access key: shown without its query string after creation.
    url: row.url.replace(/\?.*$/, row.url.includes("?") ? "?…" : ""),
    kind: row.kind,
    events: row.events,
    account: { id: row.accountId, name: accountName },
    createdAt: row.createdAt.toISOString(),
    hasSecret: row.secret !== null,
  };
}

export async function listWebhooks(db: PrismaClient, caller: Caller, account?: string): Promise<WebhookDto[]> {
  assertMayManage(caller);
  let accountId: string | undefined = mayManageAll(caller) ? undefined : caller.accountId!;
  if (account && mayManageAll(caller)) accountId = (await resolveAccount(db, caller, account)).id;
  const rows = await db.webhook.findMany({ where: accountId ? { accountId } : {}, orderBy: { createdAt: "desc" }, take: 500 });
  const accounts = await db.account.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.accountId))] } }, select: { id: true, name: true } });
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  return rows.map((r) => dto(r, names.get(r.accountId) ?? ""));
}

export async function createWebhook(
  db: PrismaClient,
  { caller, actor, input, now }: { caller: Caller; actor: Actor; input: TCreateWebhookInput; now: Date },
): Promise<WebhookDto & { secret: string | null }> {
  assertMayManage(caller);
  const parsed = ZCreateWebhookInput.parse(input);
  const account = await resolveAccount(db, caller, parsed.account);
  const url = await checkWebhookUrl(parsed.url);
  if (parsed.kind === "wecom" && parsed.secret) {
    throw new AppError("unprocessable", "WeCom robots are not signed; leave the secret out.", { secret: "Not used by WeCom." });
  }
  // Generic webhooks are always signed: a secret is made when none is given.
  const secret = parsed.secret ?? (parsed.kind === "generic" ? `whsec_${randomBytes(24).toString("base64url")}` : null);
  return db.$transaction(async (tx) => {
    const row = await tx.webhook.create({
      data: { accountId: account.id, url, kind: parsed.kind, secret, events: parsed.events ?? [], createdById: caller.id, createdAt: now },
    });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "webhook.created",
      targetType: "webhook",
      targetId: row.id,
      accountId: account.id,
      after: { kind: row.kind, url: dto(row, account.name).url, events: row.events },
    });
    return { ...dto(row, account.name), url, secret };
  });
}

async function findVisible(db: PrismaClient, caller: Caller, id: string) {
  assertMayManage(caller);
  const row = await db.webhook.findUnique({ where: { id } });
  if (!row || (!mayManageAll(caller) && row.accountId !== caller.accountId)) throw new AppError("not_found", "The webhook was not found.");
  return row;
}

export async function deleteWebhook(db: PrismaClient, { caller, actor, id }: { caller: Caller; actor: Actor; id: string }): Promise<void> {
  const row = await findVisible(db, caller, id);
  await db.$transaction(async (tx) => {
    await tx.webhook.delete({ where: { id: row.id } });
    await writeAudit(tx, { actor: auditActor(actor), event: "webhook.deleted", targetType: "webhook", targetId: row.id, accountId: row.accountId, before: { kind: row.kind } });
  });
}

export async function webhookDeliveries(db: PrismaClient, caller: Caller, id: string, limit = 50) {
  const row = await findVisible(db, caller, id);
  const deliveries = await db.notificationDelivery.findMany({
    where: { webhookId: row.id },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(limit, 1), 200),
    include: { event: { select: { kind: true, domainName: true } }, log: { orderBy: { createdAt: "asc" } } },
  });
  return deliveries.map((d) => ({
    id: d.id,
    eventId: d.eventId,
    event: d.event.kind,
    domain: d.event.domainName,
    status: d.status,
    attempts: d.attempts,
    lastResponseCode: d.lastResponseCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    sentAt: d.sentAt?.toISOString() ?? null,
    log: d.log.map((a) => ({ attempt: a.attempt, outcome: a.outcome, responseCode: a.responseCode, error: a.error, durationMs: a.durationMs, at: a.createdAt.toISOString() })),
  }));
}
