// Bulk import: the messages of one domain recorded together, inside the caller's
// transaction — the domain locked once, its new messages inserted in one statement
// (a message already recorded is skipped by the unique key and reported a duplicate),
// the domain re-derived once, the notification outbox written, one audit event per
// recorded message in one statement.
// The same steps as recordMessage (lib/use-cases/record-message.ts) for one message.
import { writeAudits } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueDomainNotifications } from "@/lib/notifications/enqueue";
import { auditActor, type Actor } from "@/lib/use-cases/actor";
import type { PreparedMessage } from "@/lib/use-cases/record-message";
import { lockDomain, rederiveDomain } from "@/lib/use-cases/rederive-domain";
import type { RowOutcome } from "./report";

type Tx = Prisma.TransactionClient;

export type GroupRow = { rowId: string; prepared: PreparedMessage };

const DUPLICATE = "Already recorded (same domain, received-at and text).";
const keyOf = (receivedAt: Date, textHash: string) => `${receivedAt.getTime()}|${textHash}`;

/** Records `rows` (in file order) for the domain; answers each row's outcome. */
export async function recordDomainGroup(
  tx: Tx,
  actor: Actor,
  domain: { id: string; accountId: string },
  rows: GroupRow[],
  now: Date,
): Promise<RowOutcome[]> {
  await lockDomain(tx, domain.id);
  const before = await tx.domain.findUniqueOrThrow({ where: { id: domain.id }, select: { status: true, icpNumber: true } });
  const created = await tx.message.createManyAndReturn({
    data: rows.map(({ prepared: m }) => ({
      domainId: domain.id,
      kind: m.kind,
      channel: m.channel,
      receivedAt: m.receivedAt,
      text: m.text,
      textHash: m.textHash,
      icpNumbers: m.icpNumbers,
      deadline: m.deadline,
      retractsMessageId: m.retractsMessageId ?? null,
      recordedById: actor.userId,
    })),
    skipDuplicates: true,
    select: { id: true, receivedAt: true, textHash: true },
  });
  const createdByKey = new Map(created.map((m) => [keyOf(m.receivedAt, m.textHash), m.id]));
  const missing = rows.filter((r) => !createdByKey.has(keyOf(r.prepared.receivedAt, r.prepared.textHash)));
  const existingByKey = new Map<string, string>();
  if (missing.length) {
    const existing = await tx.message.findMany({
      where: { domainId: domain.id, textHash: { in: missing.map((r) => r.prepared.textHash) } },
      select: { id: true, receivedAt: true, textHash: true },
    });
    for (const m of existing) existingByKey.set(keyOf(m.receivedAt, m.textHash), m.id);
  }

  // A key twice in the rows (never after validation, but cheap to keep exact): the first recorded it.
  const seen = new Set<string>();
  const firsts = new Set<GroupRow>();
  for (const r of rows) {
    const key = keyOf(r.prepared.receivedAt, r.prepared.textHash);
    if (!seen.has(key)) firsts.add(r);
    seen.add(key);
  }
  const recorded = rows.filter((r) => firsts.has(r) && createdByKey.has(keyOf(r.prepared.receivedAt, r.prepared.textHash)));
  if (recorded.length) {
    const last = recorded[recorded.length - 1]!;
    const lastId = createdByKey.get(keyOf(last.prepared.receivedAt, last.prepared.textHash))!;
    // Re-deriving also sets the ICP number from the newest approval (by received-at).
    await rederiveDomain(tx, domain.id, { now, triggeringMessageId: lastId });
    // The outbox (lib/notifications/enqueue.ts), as recordMessage writes it: for each new
    // message that caused a live action, and for the last one (the status it led to).
    const recordedIds = new Set(recorded.map((r) => createdByKey.get(keyOf(r.prepared.receivedAt, r.prepared.textHash))!));
    const causes = await tx.action.findMany({
      where: { domainId: domain.id, state: { in: ["open", "in_progress"] }, causeMessageId: { in: [...recordedIds] } },
      select: { causeMessageId: true },
    });
    const after = await tx.domain.findUniqueOrThrow({ where: { id: domain.id }, select: { status: true, reason: true, icpNumber: true } });
    const notify = new Set([...causes.map((c) => c.causeMessageId!), lastId]);
    for (const messageId of [...recordedIds].filter((id) => notify.has(id))) {
      // The status change is the last message's to announce, once.
      await enqueueDomainNotifications(tx, { domainId: domain.id, messageId, statusBefore: messageId === lastId ? before.status : after.status, now });
    }
    await writeAudits(
      tx,
      recorded.map(({ prepared: m }) => ({
        actor: auditActor(actor),
        event: "message.recorded",
        targetType: "message",
        targetId: createdByKey.get(keyOf(m.receivedAt, m.textHash))!,
        accountId: domain.accountId,
        domainId: domain.id,
        before: { status: before.status, icpNumber: before.icpNumber },
        after: { kind: m.kind, channel: m.channel, receivedAt: m.receivedAt.toISOString(), status: after.status, reason: after.reason, icpNumber: after.icpNumber },
      })),
    );
  }
  return rows.map((r) => {
    const key = keyOf(r.prepared.receivedAt, r.prepared.textHash);
    const id = firsts.has(r) ? createdByKey.get(key) : undefined;
    if (id) return { rowId: r.rowId, outcome: "recorded", messageId: id, error: null };
    return { rowId: r.rowId, outcome: "duplicate", messageId: existingByKey.get(key) ?? createdByKey.get(key) ?? null, error: DUPLICATE };
  });
}
