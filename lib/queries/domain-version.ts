import "server-only";
// What lets an open dashboard or domain list notice a change by itself (components/domain/
// live-refresh.tsx polls GET /api/v1/changes about once a second). A version is an opaque
// token that changes whenever anything those pages show changes; it is compared for
// equality only, never ordered, so transactions that commit out of order cannot hide a change.
import { createHash } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { scopeOf, type Scope } from "./scope";

type Caller = Pick<CurrentUser, "role" | "accountId">;

function token(parts: (string | number)[]): string {
  return createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 22);
}

function accountCondition(scope: Scope, column: Prisma.Sql): Prisma.Sql | null {
  switch (scope.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "account":
      return Prisma.sql`${column} = ${scope.accountId}`;
    case "none":
      return null;
  }
}

/**
 * One domain's version, or null when it does not exist or the caller may not see it. Every
 * write that changes a dashboard updates the domain row (status, facts, action summary),
 * adds a message, bumps an action's version, or writes an audit event naming the domain (a
 * note on an action does only the last two); each of those changes the version. Four
 * index-range lookups in one statement.
 */
export async function findDomainVersion(db: PrismaClient, user: Caller, name: string): Promise<string | null> {
  const where = accountCondition(scopeOf(user), Prisma.sql`d."accountId"`);
  if (!where) return null;
  const rows = await db.$queryRaw<{ id: string; updatedAt: Date; messages: string; actions: string; audits: string }[]>`
    SELECT d.id, d."updatedAt",
      (SELECT count(*) FROM "Message" m WHERE m."domainId" = d.id)::text AS messages,
      (SELECT count(*) + coalesce(sum(a.version), 0) FROM "Action" a WHERE a."domainId" = d.id)::text AS actions,
      (SELECT count(*) FROM "AuditEvent" e WHERE e."domainId" = d.id)::text AS audits
    FROM "Domain" d
    WHERE d.name = ${name} AND ${where}`;
  const row = rows[0];
  if (!row) return null;
  return token(["domain", row.id, new Date(row.updatedAt).getTime(), row.messages, row.actions, row.audits]);
}

/**
 * The version of everything the caller's domain list shows: every column it shows lives on
 * the domain rows (status, reason, ICP number, open actions, next due date), and every
 * statement that inserts, changes or deletes an account's domain rows raises that account's
 * kept list version (a statement trigger on Domain; migrations *_domain_list_version, *_statement_level_figures). A customer's
 * version is one row, however many domains the account has; staff see every account's, one
 * small row per account.
 */
export async function findDomainListVersion(db: PrismaClient, user: Caller): Promise<string | null> {
  const scope = scopeOf(user);
  if (scope.kind === "none") return null;
  if (scope.kind === "account") {
    const [row] = await db.$queryRaw<{ v: string }[]>`
      SELECT "listVersion"::text AS v FROM "AccountCounter" WHERE "accountId" = ${scope.accountId}`;
    return token(["list", scope.accountId, row?.v ?? "none"]);
  }
  const [row] = await db.$queryRaw<{ n: string; s: string }[]>`
    SELECT count(*)::text AS n, coalesce(sum("listVersion"), 0)::text AS s FROM "AccountCounter"`;
  return token(["list", row?.n ?? "0", row?.s ?? "0"]);
}
