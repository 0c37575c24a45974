// Bulk import: the messages of several domains recorded together, inside the caller's
// transaction, set-based: the domains locked in one statement (in id order, so two imports
// never wait on each other in a cycle), the new messages of all of them inserted in one
// statement (a message already recorded is skipped by the unique key and reported a
// duplicate), each domain's state read once and re-derived once in memory (planRederive),
// and the writes of all of them (actions, status changes, domain rows, outbox events, one
// audit event per recorded message) in one statement (applyWrites, lib/db/record-sql.ts).
// The same steps as recordMessage (lib/use-cases/record-message.ts) for one message.
import { auditEventRow } from "@/lib/audit";
import { cuid } from "@/lib/db/cuid";
import { applyWrites, readDomainState, type RecordingWrites } from "@/lib/db/record-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionState, DomainStatus } from "@/lib/generated/prisma/enums";
import { notificationEventsFor } from "@/lib/notifications/enqueue";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import { planRederive } from "@/lib/use-cases/rederive-domain";
import type { ImportMessage } from "./prepare-row";
import type { RowOutcome } from "./report";

type Tx = Prisma.TransactionClient;

export type GroupRow = { rowId: string; prepared: ImportMessage };
/** One domain's rows, in file order. */
export type DomainGroup = { domain: { id: string; name: string; accountId: string }; rows: GroupRow[] };

const LIVE: ReadonlySet<ActionState> = new Set(["open", "in_progress"]);
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
  for (const { rows } of present) for (const r of rows) idOf.set(r, cuid());
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
    // rederiveDomain's steps (lib/use-cases/rederive-domain.ts) for each domain: its state
    // read in one statement and the re-derivation planned in memory; then the writes of all
    // the domains, their outbox events and the audit events in one statement.
    const writes: Required<RecordingWrites> = {
      messages: [],
      actions: [],
      actionUpdates: [],
      actionEvents: [],
      domains: [],
      creationBackdates: [],
      statusChanges: [],
      notificationEvents: [],
      auditEvents: [],
    };
    const writtenAt = new Date();
    for (const [domainId, { group, recorded, ids, lastId }] of recordedByDomain) {
      const state = await readDomainState(tx, domainId);
      if (!state) throw new Error(`recordDomainGroups: the domain ${domainId} does not exist.`);
      // Re-deriving also sets the ICP number from the newest approval (by received-at).
      const plan = planRederive(state, { now, triggeringMessageId: lastId }, writtenAt);
      writes.actions.push(...plan.writes.actions);
      writes.actionUpdates.push(...plan.writes.actionUpdates);
      writes.actionEvents.push(...plan.writes.actionEvents);
      writes.domains.push(...plan.writes.domains);
      writes.creationBackdates.push(...plan.writes.creationBackdates);
      writes.statusChanges.push(...plan.writes.statusChanges);
      const was = before.get(domainId)!;
      const { domain: settled, actions } = plan.result;
      // The outbox (lib/notifications/enqueue.ts), as recordMessage writes it: for each new
      // message that caused a live action, and for the last one (the status it led to).
      const causes = new Set(actions.filter((a) => LIVE.has(a.state)).map((a) => a.causeMessageId));
      for (const messageId of ids.filter((id) => causes.has(id) || id === lastId)) {
        // The status change is the last message's to announce, once.
        const statusBefore = messageId === lastId ? was.status : settled.status;
        writes.notificationEvents.push(...notificationEventsFor(settled, actions, { messageId, statusBefore, now }, writtenAt));
      }
      recorded.forEach(({ prepared: m }, i) =>
        writes.auditEvents.push(
          auditEventRow(
            {
              actor: auditActor(actor),
              event: "message.recorded",
              targetType: "message",
              targetId: ids[i]!,
              accountId: group.domain.accountId,
              domainId,
              before: { status: was.status, icpNumber: was.icpNumber },
              after: { kind: m.kind, channel: m.channel, receivedAt: m.receivedAt.toISOString(), status: settled.status, reason: settled.reason, icpNumber: settled.icpNumber },
            },
            writtenAt,
          ),
        ),
      );
    }
    await applyWrites(tx, writes);
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
