// The append-only audit log: one function writes it, inside the caller's transaction,
// nothing in the code base updates or deletes an AuditEvent, and the database refuses
// to (a trigger from migration *_audit_event_append_only).
import type { Prisma, Role } from "@/lib/generated/prisma/client";

export type AuditActor = { id: string | null; label: string; role: Role | null };

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system", role: null };

export type AuditEntry = {
  actor: AuditActor;
  event: string;
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

/** Several entries in one statement (the bulk importer). */
export async function writeAudits(tx: AuditBulkWriter, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await tx.auditEvent.createMany({ data: entries.map(auditRow) });
}
