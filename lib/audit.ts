// The append-only audit log: one function writes it, inside the caller's transaction,
// nothing in the code base updates or deletes an AuditEvent, and the database refuses
// to (a trigger from migration *_audit_event_append_only).
import { cuid } from "@/lib/db/cuid";
import type { NewAuditEventRow } from "@/lib/db/record-sql";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

/**
 * Every event the code base writes, by name: `AuditEntry.event` is typed by this list, so a
 * writer cannot use a name missing here, and tests/unit/audit-events.test.ts fails when a
 * name here is written nowhere. The audit log's "kind" filter offers these (lib/queries/audit-log.ts),
 * titled from `staff.events` in messages/*.json.
 */
export const AUDIT_EVENTS = [
  "message.recorded",
  "action.updated",
  "domain.created",
  "domain.facts_answered",
  "domain.filing_updated",
  "domain.moved",
  "review.recorded",
  "user.signed_in",
  "user.sign_in_failed",
  "user.created",
  "user.role_changed",
  "user.password_reset",
  "user.disabled",
  "user.enabled",
  "api_token.created",
  "api_token.revoked",
  "account.created",
  "account.renamed",
  "import.validated",
  "import.started",
  "import.completed",
  "webhook.created",
  "webhook.deleted",
  "intake_channel.created",
  "intake_channel.revoked",
  "inbound.received",
  "inbound.confirmed",
  "inbound.rejected",
] as const;
export type AuditEventName = (typeof AUDIT_EVENTS)[number];

export type AuditActor = { id: string | null; label: string; role: Role | null };

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system", role: null };

export type AuditEntry = {
  actor: AuditActor;
  event: AuditEventName;
  targetType: string;
  targetId?: string | null;
  accountId?: string | null;
  domainId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  ip?: string | null;
  requestId?: string | null;
};

type AuditWriter = { auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => Promise<unknown> } };
type AuditBulkWriter = { auditEvent: { createMany: (args: { data: Prisma.AuditEventUncheckedCreateInput[] }) => Promise<unknown> } };

function auditRow(entry: AuditEntry): Prisma.AuditEventUncheckedCreateInput {
  return {
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    actorRole: entry.actor.role,
    event: entry.event,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    accountId: entry.accountId ?? null,
    domainId: entry.domainId ?? null,
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
    ip: entry.ip ?? null,
    requestId: entry.requestId ?? null,
  };
}

export async function writeAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(entry) });
}

/**
 * The row of an entry with its id and time, for a caller that writes it with its other rows
 * in one statement (lib/db/record-sql.ts applyWrites); the same content writeAudit stores.
 */
export function auditEventRow(entry: AuditEntry, createdAt: Date): NewAuditEventRow {
  const row = auditRow(entry);
  return {
    id: cuid(),
    actorId: row.actorId ?? null,
    actorLabel: row.actorLabel,
    actorRole: row.actorRole ?? null,
    event: row.event,
    targetType: row.targetType,
    targetId: row.targetId ?? null,
    accountId: row.accountId ?? null,
    domainId: row.domainId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: row.ip ?? null,
    requestId: row.requestId ?? null,
    createdAt,
  };
}

/** Several entries in one statement (the bulk importer). */
export async function writeAudits(tx: AuditBulkWriter, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await tx.auditEvent.createMany({ data: entries.map(auditRow) });
}
