// The scheduled pass that turns the clock into events: reminders before due dates,
// overdue notices, and escalations of overdue urgent actions. Set-based: a handful of
// INSERT … SELECT statements whatever the number of domains, each idempotent through the
// event key (ON CONFLICT DO NOTHING), so two instances running it at once write each
// event once.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { URGENT_ACTION_KEYS } from "@/lib/icp/urgency";
import { DEADLINE_LADDER, SMS_LADDER, type LadderStep } from "./categories";

export type ReminderPassResult = { reminders: number; overdue: number; escalations: number; statements: number };

/** Overdue actions older than this are not announced (e.g. history imported long after). */
const OVERDUE_LOOKBACK_MS = 7 * 24 * 3_600_000;

type Runner = Pick<PrismaClient, "$executeRawUnsafe">;

function ladderRows(ladder: readonly LadderStep[], sms: boolean): string[] {
  return ladder.map((step, index) => {
    const next = ladder[index + 1]?.beforeMs ?? 0;
    return `('${step.step}', ${sms}, ${step.beforeMs}, ${next})`;
  });
}

const STEPS_SQL = [...ladderRows(SMS_LADDER, true), ...ladderRows(DEADLINE_LADDER, false)].join(", ");

const DUE_MS = `floor(extract(epoch from a."dueAt") * 1000)::bigint`;
const NOW = `($1::timestamptz AT TIME ZONE 'UTC')`;

/**
 * A reminder is due when its moment (due date minus the step) has come, the next step's
 * moment has not (so a pass that was down for a while sends only the latest reminder),
 * the due date is still ahead, and the moment had not already passed when the action
 * was opened. Only open or in-progress actions get one.
 */
const REMINDERS_SQL = `
WITH steps(step, sms, before_ms, next_ms) AS (VALUES ${STEPS_SQL})
INSERT INTO "NotificationEvent" (id, key, kind, category, urgent, "accountId", "domainId", "domainName", "actionId", "actionKey", payload, "createdAt")
SELECT gen_random_uuid()::text,
       'reminder:' || a.id || ':' || ${DUE_MS} || ':' || s.step,
       'reminder'::"NotificationKind",
       (CASE WHEN s.sms THEN 'sms_expiring' ELSE 'reminder' END)::"NotificationCategory",
       s.sms,
       d."accountId", d.id, d.name, a.id, a.key::text,
       jsonb_build_object('domain', d."displayName", 'step', s.step,
         'action', jsonb_build_object('id', a.id, 'key', a.key::text, 'dueAt', to_char(a."dueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
       ${NOW}
FROM "Action" a
JOIN steps s ON s.sms = (a.key = 'complete_sms_verification')
JOIN "Domain" d ON d.id = a."domainId"
WHERE a.state IN ('open', 'in_progress')
  AND a."dueAt" IS NOT NULL
  AND a."dueAt" > ${NOW}
  AND a."dueAt" - s.before_ms * interval '1 millisecond' <= ${NOW}
  AND a."dueAt" - s.next_ms * interval '1 millisecond' > ${NOW}
  AND a."dueAt" - s.before_ms * interval '1 millisecond' >= a."createdAt"
ON CONFLICT (key) DO NOTHING`;

function overdueSql(kind: "overdue" | "escalation"): string {
  const urgentOnly = kind === "escalation" ? `AND a.key::text = ANY($3::text[])` : "";
  const urgent = kind === "escalation" ? "true" : `(a.key::text = ANY($3::text[]))`;
  return `
INSERT INTO "NotificationEvent" (id, key, kind, category, urgent, "accountId", "domainId", "domainName", "actionId", "actionKey", payload, "createdAt")
SELECT gen_random_uuid()::text,
       '${kind}:' || a.id || ':' || ${DUE_MS},
       '${kind}'::"NotificationKind",
       '${kind}'::"NotificationCategory",
       ${urgent},
       d."accountId", d.id, d.name, a.id, a.key::text,
       jsonb_build_object('domain', d."displayName", 'account', acc.name,
         'action', jsonb_build_object('id', a.id, 'key', a.key::text, 'dueAt', to_char(a."dueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
       ${NOW}
FROM "Action" a
JOIN "Domain" d ON d.id = a."domainId"
JOIN "Account" acc ON acc.id = d."accountId"
WHERE a.state IN ('open', 'in_progress')
  AND a."dueAt" IS NOT NULL
  AND a."dueAt" <= ${NOW}
  AND a."dueAt" > ($2::timestamptz AT TIME ZONE 'UTC')
  ${urgentOnly}
ON CONFLICT (key) DO NOTHING`;
}

const OVERDUE_SQL = overdueSql("overdue");
const ESCALATION_SQL = overdueSql("escalation");

export async function runReminderPass(db: Runner, now: Date): Promise<ReminderPassResult> {
  const iso = now.toISOString();
  const since = new Date(now.getTime() - OVERDUE_LOOKBACK_MS).toISOString();
  const reminders = await db.$executeRawUnsafe(REMINDERS_SQL, iso);
  const overdue = await db.$executeRawUnsafe(OVERDUE_SQL, iso, since, [...URGENT_ACTION_KEYS]);
  const escalations = await db.$executeRawUnsafe(ESCALATION_SQL, iso, since, [...URGENT_ACTION_KEYS]);
  return { reminders, overdue, escalations, statements: 3 };
}
