// Bulk import: the messages of several domains recorded together, inside the caller's
// transaction. Set-based where the steps allow it: the domains locked in one statement
// (in id order, so two imports never wait on each other in a cycle), the new messages
// of all of them inserted in one statement (a message already recorded is skipped by the
// unique key and reported a duplicate), each domain re-derived once, the notification
// outbox written, one audit event per recorded message, all in one statement.
// The same steps as recordMessage (lib/use-cases/record-message.ts) for one message.
import { randomUUID } from "node:crypto";
import type { AuditEntry } from "@/lib/audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DomainStatus } from "@/lib/generated/prisma/enums";
import { enqueueDomainNotifications } from "@/lib/notifications/enqueue";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import type { PreparedMessage } from "@/lib/use-cases/record-message";
import { rederiveDomain } from "@/lib/use-cases/rederive-domain";
import type { RowOutcome } from "./report";

type Tx = Prisma.TransactionClient;

export type GroupRow = { rowId: string; prepared: PreparedMessage };
/** One domain's rows, in file order. */
export type DomainGroup = { domain: { id: string; name: string; accountId: string }; rows: GroupRow[] };

const DUPLICATE = "Already recorded (same domain, received-at and text).";
const keyOf = (domainId: string, receivedAt: Date, textHash: string) => `${domainId}|${receivedAt.getTime()}|${textHash}`;
const rowKey = (domainId: string, r: GroupRow) => keyOf(domainId, r.prepared.receivedAt, r.prepared.textHash);

/** Records each group's rows; answers every row's outcome, groups in the order given. */
export async function recordDomainGroups(tx: Tx, actor: Actor, groups: DomainGroup[], now: Date): Promise<RowOutcome[]> {
  if (!groups.length) return [];
  // Lock first, then read (lib/db/locks.ts): the state before comes with the lock.
  const ids = [...new Set(groups.map((g) => g.domain.id))].sort();
  const locked = await tx.$queryRaw<{ id: string; status: DomainStatus; icpNumber: string | null }[]>`
    SELECT id, status::text AS status, "icpNumber" FROM "Domain" WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
  const before = new Map(locked.map((d) => [d.id, d]));
  // A domain deleted since the validation: its rows are refused, the others recorded.
  const present = groups.filter((g) => before.has(g.domain.id));

  // Ids chosen here, so the statement answers only which rows it inserted.
  const idOf = new Map<GroupRow, string>();
  for (const { rows } of present) for (const r of rows) idOf.set(r, randomUUID());
  const inserted = new Set(await insertMessages(tx, actor, present, idOf, now));
  const createdByKey = new Map<string, string>();
  for (const { domain, rows } of present) for (const r of rows) if (inserted.has(idOf.get(r)!)) createdByKey.set(rowKey(domain.id, r), idOf.get(r)!);
  const missing = present.flatMap(({ domain, rows }) => rows.filter((r) => !createdByKey.has(rowKey(domain.id, r))).map((r) => ({ domain, r })));
  const existingByKey = new Map<string, string>();
  if (missing.length) {
    const existing = await tx.message.findMany({
      where: { domainId: { in: [...new Set(missing.map((m) => m.domain.id))] }, textHash: { in: [...new Set(missing.map((m) => m.r.prepared.textHash))] } },
      select: { id: true, domainId: true, receivedAt: true, textHash: true },
    });
    for (const m of existing) existingByKey.set(keyOf(m.domainId, m.receivedAt, m.textHash), m.id);
  }

  // Per domain: the rows it records (a key twice in the rows — never after validation, but
  // cheap to keep exact — is recorded by the first), the last one, the message ids.
  const firsts = new Set<GroupRow>();
  const recordedByDomain = new Map<string, { group: DomainGroup; recorded: GroupRow[]; ids: string[]; lastId: string }>();
  const seenByDomain = new Map<string, Set<string>>();
  for (const group of present) {
    const seen = seenByDomain.get(group.domain.id) ?? new Set<string>();
    seenByDomain.set(group.domain.id, seen);
    for (const r of group.rows) {
      const key = rowKey(group.domain.id, r);
      if (!seen.has(key)) firsts.add(r);
      seen.add(key);
    }
    const recorded = group.rows.filter((r) => firsts.has(r) && createdByKey.has(rowKey(group.domain.id, r)));
    if (!recorded.length) continue;
    const ids = recorded.map((r) => createdByKey.get(rowKey(group.domain.id, r))!);
    const previous = recordedByDomain.get(group.domain.id);
    // The same domain twice in `groups` (more rows than a group holds): one entry, in order.
    if (previous) recordedByDomain.set(group.domain.id, { group, recorded: [...previous.recorded, ...recorded], ids: [...previous.ids, ...ids], lastId: ids[ids.length - 1]! });
    else recordedByDomain.set(group.domain.id, { group, recorded, ids, lastId: ids[ids.length - 1]! });
  }

  if (recordedByDomain.size) {
    const domainIds = [...recordedByDomain.keys()];
    // Re-deriving also sets the ICP number from the newest approval (by received-at).
    for (const [domainId, { lastId }] of recordedByDomain) await rederiveDomain(tx, domainId, { now, triggeringMessageId: lastId });
    // The outbox (lib/notifications/enqueue.ts), as recordMessage writes it: for each new
    // message that caused a live action, and for the last one (the status it led to).
    const allIds = domainIds.flatMap((id) => recordedByDomain.get(id)!.ids);
    const causes = await tx.action.findMany({
      where: { domainId: { in: domainIds }, state: { in: ["open", "in_progress"] }, causeMessageId: { in: allIds } },
      select: { causeMessageId: true },
    });
    const causeIds = new Set(causes.map((c) => c.causeMessageId!));
    const after = new Map(
      (await tx.domain.findMany({ where: { id: { in: domainIds } }, select: { id: true, status: true, reason: true, icpNumber: true } })).map((d) => [d.id, d]),
    );
    const audits: AuditEntry[] = [];
    for (const [domainId, { group, recorded, ids, lastId }] of recordedByDomain) {
      const was = before.get(domainId)!;
      const settled = after.get(domainId)!;
      for (const messageId of ids.filter((id) => causeIds.has(id) || id === lastId)) {
        // The status change is the last message's to announce, once.
        await enqueueDomainNotifications(tx, { domainId, messageId, statusBefore: messageId === lastId ? was.status : settled.status, now });
      }
      recorded.forEach(({ prepared: m }, i) =>
        audits.push({
          actor: auditActor(actor),
          event: "message.recorded",
          targetType: "message",
          targetId: ids[i]!,
          accountId: group.domain.accountId,
          domainId,
          before: { status: was.status, icpNumber: was.icpNumber },
          after: { kind: m.kind, channel: m.channel, receivedAt: m.receivedAt.toISOString(), status: settled.status, reason: settled.reason, icpNumber: settled.icpNumber },
        }),
      );
    }
    await insertAudits(tx, audits, now);
  }

  return groups.flatMap(({ domain, rows }) =>
    rows.map((r): RowOutcome => {
      if (!before.has(domain.id)) return { rowId: r.rowId, outcome: "refused", messageId: null, error: `The domain ${domain.name} does not exist.` };
      const key = rowKey(domain.id, r);
      const id = firsts.has(r) ? createdByKey.get(key) : undefined;
      if (id) return { rowId: r.rowId, outcome: "recorded", messageId: id, error: null };
      return { rowId: r.rowId, outcome: "duplicate", messageId: existingByKey.get(key) ?? createdByKey.get(key) ?? null, error: DUPLICATE };
    }),
  );
}

/**
 * The groups' messages in one INSERT (rows as one JSON parameter: Prisma's createMany
 * costs most of a millisecond of this thread per row); a message already recorded is
 * skipped by the unique key, as is a second copy in the rows. Answers the ids inserted.
 */
async function insertMessages(tx: Tx, actor: Actor, groups: DomainGroup[], idOf: Map<GroupRow, string>, now: Date): Promise<string[]> {
  const rows = groups.flatMap(({ domain, rows }) =>
    rows.map(({ prepared: m }, i) => ({
      id: idOf.get(rows[i]!)!,
      domainId: domain.id,
      kind: m.kind,
      channel: m.channel,
      receivedAt: m.receivedAt.toISOString(),
      text: m.text,
      textHash: m.textHash,
      icpNumbers: m.icpNumbers,
      deadline: m.deadline?.toISOString() ?? null,
      retractsMessageId: m.retractsMessageId ?? null,
    })),
  );
  if (!rows.length) return [];
  // Timestamps are stored as UTC without a zone (as Prisma writes them): an ISO string cast
  // to timestamp drops its "Z" and keeps the UTC time.
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Message" (id, "domainId", kind, channel, "receivedAt", text, "textHash", "icpNumbers", deadline, "retractsMessageId", "recordedById", "createdAt")
    SELECT r.id, r."domainId", r.kind::"MessageKind", r.channel::"Channel", r."receivedAt"::timestamp(3), r.text, r."textHash",
           ARRAY(SELECT jsonb_array_elements_text(r."icpNumbers")), r.deadline::timestamp(3), r."retractsMessageId",
           ${actor.userId}::text, ${now.toISOString()}::timestamp(3)
      FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS (id text, "domainId" text, kind text, channel text,
           "receivedAt" text, text text, "textHash" text, "icpNumbers" jsonb, deadline text, "retractsMessageId" text))
           WITH ORDINALITY AS r(id, "domainId", kind, channel, "receivedAt", text, "textHash", "icpNumbers", deadline, "retractsMessageId", n)
     ORDER BY r.n
    ON CONFLICT ("domainId", "receivedAt", "textHash") DO NOTHING
    RETURNING id`;
  return inserted.map((m) => m.id);
}

/** The audit events in one INSERT, as lib/audit.ts writes them one by one. */
async function insertAudits(tx: Tx, entries: AuditEntry[], now: Date): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((e) => ({
    id: randomUUID(),
    actorId: e.actor.id,
    actorLabel: e.actor.label,
    actorRole: e.actor.role,
    event: e.event,
    targetType: e.targetType,
    targetId: e.targetId ?? null,
    accountId: e.accountId ?? null,
    domainId: e.domainId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
  }));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" (id, "actorId", "actorLabel", "actorRole", event, "targetType", "targetId", "accountId", "domainId", before, after, "createdAt")
    SELECT r.id, r."actorId", r."actorLabel", r."actorRole"::"Role", r.event, r."targetType", r."targetId", r."accountId", r."domainId",
           r.before, r.after, ${now.toISOString()}::timestamp(3)
      FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS (id text, "actorId" text, "actorLabel" text, "actorRole" text,
           event text, "targetType" text, "targetId" text, "accountId" text, "domainId" text, before jsonb, after jsonb))
           WITH ORDINALITY AS r(id, "actorId", "actorLabel", "actorRole", event, "targetType", "targetId", "accountId", "domainId", before, after, n)
     ORDER BY r.n`;
}
