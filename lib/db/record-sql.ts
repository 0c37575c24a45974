// The set-based SQL of recording and re-deriving (lib/use-cases/record-message.ts,
// lib/use-cases/rederive-domain.ts): one statement reads what derivation needs, one
// statement writes everything it decided. Each statement sent through Prisma costs Node
// CPU (the query compiler, the adapter) besides its round trip, so a recorded message is
// a handful of statements instead of one per row (tests/integration/record-message-statements.test.ts
// counts them). Plain PostgreSQL, so it runs on PostgreSQL and on PGlite alike; the
// triggers that keep the per-account figures fire once per statement (transition tables) as
// they do for Prisma's writes.
import type { Prisma } from "../generated/prisma/client";
import type { ActionKey, ActionState, Channel, DomainStatus, Hosting, MessageKind, ProviderAccess, Role } from "../generated/prisma/enums";

type Tx = Prisma.TransactionClient;

export type StoredDomain = {
  id: string;
  name: string;
  displayName: string;
  accountId: string;
  accountName: string;
  hosting: Hosting;
  providerAccess: ProviderAccess;
  status: DomainStatus;
  reason: string;
  reasonZh: string;
  statusCauseMessageId: string | null;
  statusChangedAt: Date;
  openActionCount: number;
  nextDueAt: Date | null;
  icpNumber: string | null;
  icpEntityNumber: string | null;
};

export type StoredMessage = {
  id: string;
  kind: MessageKind;
  receivedAt: Date;
  deadline: Date | null;
  icpNumbers: string[];
  retractsMessageId: string | null;
};

export type StoredActionEvent = {
  id: string;
  createdAt: Date;
  /** The acting user's name and role; null when the system did it (or the user is gone). */
  by: { name: string; role: Role | null } | null;
  fromState: ActionState | null;
  toState: ActionState | null;
  note: string | null;
  messageId: string | null;
};

export type StoredAction = {
  id: string;
  key: ActionKey;
  causeMessageId: string | null;
  state: ActionState;
  dueAt: Date | null;
  version: number;
  supersededByMessageId: string | null;
  closedAt: Date | null;
  createdAt: Date;
  /** Only when read with history. */
  events?: StoredActionEvent[];
};

/** A whole message row, as the API answers it. */
export type StoredFullMessage = StoredMessage & { channel: Channel; text: string; recordedBy: string | null };

export type DomainState = {
  domain: StoredDomain;
  messages: StoredMessage[];
  /**
   * With history: every action of the domain with its events, oldest first (createdAt, id),
   * as the domain's answer lists them. Without: the non-superseded ones, without events.
   */
  actions: StoredAction[];
  /** The latest status change that is not the domain's creation entry. */
  lastChangedAt: Date | null;
  /** The message with this received-at and text hash, when asked for and already recorded. */
  duplicate: StoredFullMessage | null;
  /** The recording user's name (a new message's recordedBy), when asked for. */
  recorderName: string | null;
};

// Timestamps are stored without a zone, in UTC; json renders them ISO 8601 without one.
const date = (value: string): Date => new Date(`${value}Z`);
const maybeDate = (value: string | null): Date | null => (value === null ? null : date(value));

type Raw<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

const ACTION_FIELDS = `'id', x.id, 'key', x.key, 'causeMessageId', x."causeMessageId", 'state', x.state, 'dueAt', x."dueAt",
  'version', x.version, 'supersededByMessageId', x."supersededByMessageId", 'closedAt', x."closedAt", 'createdAt', x."createdAt"`;

const EVENTS = `'events', (SELECT coalesce(json_agg(json_build_object('id', e.id, 'createdAt', e."createdAt", 'actorName', u.name,
  'actorRole', e."actorRole", 'fromState', e."fromState", 'toState', e."toState", 'note', e.note, 'messageId', e."messageId")
  ORDER BY e."createdAt", e.id), '[]'::json) FROM "ActionEvent" e LEFT JOIN "User" u ON u.id = e."actorId" WHERE e."actionId" = x.id)`;

function readSql(history: boolean): string {
  return `SELECT json_build_object(
  'domain', (SELECT json_build_object('id', d.id, 'name', d.name, 'displayName', d."displayName", 'accountId', d."accountId",
      'accountName', a.name, 'hosting', d.hosting, 'providerAccess', d."providerAccess", 'status', d.status, 'reason', d.reason,
      'reasonZh', d."reasonZh", 'statusCauseMessageId', d."statusCauseMessageId", 'statusChangedAt', d."statusChangedAt",
      'openActionCount', d."openActionCount", 'nextDueAt', d."nextDueAt", 'icpNumber', d."icpNumber", 'icpEntityNumber', d."icpEntityNumber")
    FROM "Domain" d JOIN "Account" a ON a.id = d."accountId" WHERE d.id = $1),
  'messages', (SELECT coalesce(json_agg(json_build_object('id', m.id, 'kind', m.kind, 'receivedAt', m."receivedAt", 'deadline', m.deadline,
      'icpNumbers', m."icpNumbers", 'retractsMessageId', m."retractsMessageId")), '[]'::json)
    FROM "Message" m WHERE m."domainId" = $1),
  'actions', (SELECT coalesce(json_agg(json_build_object(${ACTION_FIELDS}${history ? `, ${EVENTS}` : ""}) ORDER BY x."createdAt", x.id), '[]'::json)
    FROM "Action" x WHERE x."domainId" = $1${history ? "" : ` AND x.state <> 'superseded'`}),
  'lastChangedAt', (SELECT max(s."changedAt") FROM "DomainStatusChange" s WHERE s."domainId" = $1 AND s."fromStatus" IS NOT NULL),
  'duplicate', (SELECT json_build_object('id', m.id, 'kind', m.kind, 'channel', m.channel, 'receivedAt', m."receivedAt", 'text', m.text,
      'deadline', m.deadline, 'icpNumbers', m."icpNumbers", 'retractsMessageId', m."retractsMessageId", 'recordedBy', u.name)
    FROM "Message" m LEFT JOIN "User" u ON u.id = m."recordedById"
    WHERE m."domainId" = $1 AND m."receivedAt" = $2::timestamp(3) AND m."textHash" = $3),
  'recorderName', (SELECT u.name FROM "User" u WHERE u.id = $4)
) AS state`;
}

// The recording statements are long (several KB each) and the same on every call, so they
// run as server-side prepared statements (lib/db/connect.ts statementNameGenerator): the
// text is sent and parsed once per pooled connection instead of on every message. Only
// the statements named here are prepared; every other query stays unnamed.
const PREPARED_NAMES = new Map<string, string>();

function prepared(sql: string): string {
  if (!PREPARED_NAMES.has(sql)) PREPARED_NAMES.set(sql, `icp_record_${PREPARED_NAMES.size + 1}`);
  return sql;
}

/** The prepared statement's name for a recording statement's text; undefined for any other SQL. */
export function recordingStatementName(sql: string): string | undefined {
  return PREPARED_NAMES.get(sql);
}

const READ_WITH_HISTORY = prepared(readSql(true));
const READ_FOR_DERIVATION = prepared(readSql(false));

type RawState = {
  domain: Raw<StoredDomain> | null;
  messages: Raw<StoredMessage>[];
  actions: (Raw<Omit<StoredAction, "events">> & {
    events?: (Raw<Omit<StoredActionEvent, "by">> & { actorName: string | null; actorRole: Role | null })[];
  })[];
  lastChangedAt: string | null;
  duplicate: Raw<StoredFullMessage> | null;
  recorderName: string | null;
};

/**
 * Everything re-deriving a domain reads, in one statement: the domain row (with its
 * account's name), its messages, its actions and the date of its last status change;
 * optionally the actions' history (for an answer), a duplicate of the message about to be
 * recorded and the recorder's name. Null when the domain does not exist. Take the domain's
 * lock first (lib/db/locks.ts): this statement's snapshot starts when it does.
 */
export async function readDomainState(
  tx: Tx,
  domainId: string,
  options: { history?: boolean; duplicateOf?: { receivedAt: Date; textHash: string }; recorderId?: string | null } = {},
): Promise<DomainState | null> {
  const rows = await tx.$queryRawUnsafe<{ state: RawState | string }[]>(
    options.history ? READ_WITH_HISTORY : READ_FOR_DERIVATION,
    domainId,
    options.duplicateOf?.receivedAt.toISOString() ?? null,
    options.duplicateOf?.textHash ?? null,
    options.recorderId ?? null,
  );
  const raw = rows[0]?.state;
  const state: RawState | undefined = typeof raw === "string" ? (JSON.parse(raw) as RawState) : raw;
  if (!state?.domain) return null;
  const d = state.domain;
  return {
    domain: { ...d, statusChangedAt: date(d.statusChangedAt), nextDueAt: maybeDate(d.nextDueAt) },
    messages: state.messages.map((m) => ({ ...m, receivedAt: date(m.receivedAt), deadline: maybeDate(m.deadline) })),
    actions: state.actions.map(({ events, ...a }) => ({
      ...a,
      dueAt: maybeDate(a.dueAt),
      closedAt: maybeDate(a.closedAt),
      createdAt: date(a.createdAt),
      ...(events
        ? {
            events: events.map(({ actorName, actorRole, ...e }) => ({
              ...e,
              createdAt: date(e.createdAt),
              by: actorName === null ? null : { name: actorName, role: actorRole },
            })),
          }
        : {}),
    })),
    lastChangedAt: maybeDate(state.lastChangedAt),
    duplicate: state.duplicate
      ? { ...state.duplicate, receivedAt: date(state.duplicate.receivedAt), deadline: maybeDate(state.duplicate.deadline) }
      : null,
    recorderName: state.recorderName,
  };
}

// --- the write -------------------------------------------------------------------------

export type NewMessageRow = {
  id: string;
  domainId: string;
  kind: MessageKind;
  channel: Channel;
  receivedAt: Date;
  text: string;
  textHash: string;
  icpNumbers: string[];
  deadline: Date | null;
  retractsMessageId: string | null;
  recordedById: string | null;
  idempotencyKey: string | null;
  requestHash: string | null;
  source?: Prisma.InputJsonValue | null;
  createdAt: Date;
};

export type NewActionRow = {
  id: string;
  domainId: string;
  key: ActionKey;
  causeMessageId: string | null;
  dueAt: Date | null;
  createdAt: Date;
};

/** `reuse`: a kept action gets a new cause or due date; otherwise it is closed. The version goes up by one either way. */
export type ActionUpdateRow =
  | { id: string; reuse: true; causeMessageId: string | null; dueAt: Date | null; updatedAt: Date }
  | { id: string; reuse: false; state: ActionState; closedAt: Date; supersededByMessageId: string | null; updatedAt: Date };

export type NewActionEventRow = {
  id: string;
  actionId: string;
  fromState: ActionState | null;
  toState: ActionState;
  messageId: string | null;
  actorId?: string | null;
  actorRole?: Role | null;
  createdAt: Date;
};

export type DomainUpdateRow = {
  id: string;
  status: DomainStatus;
  reason: string;
  reasonZh: string;
  statusCauseMessageId: string | null;
  openActionCount: number;
  nextDueAt: Date | null;
  icpNumber: string | null;
  icpEntityNumber: string | null;
  /** Null leaves it as it is. */
  statusChangedAt: Date | null;
  updatedAt: Date;
};

export type NewStatusChangeRow = {
  id: string;
  domainId: string;
  accountId: string;
  fromStatus: DomainStatus | null;
  toStatus: DomainStatus;
  causeMessageId: string | null;
  changedAt: Date;
};

/** The domain's creation entry moves back to `changedAt` when it is later than that. */
export type CreationBackdateRow = { domainId: string; changedAt: Date };

export type NewNotificationEventRow = Prisma.NotificationEventCreateManyInput & { id: string; createdAt: Date };

export type NewAuditEventRow = {
  id: string;
  actorId: string | null;
  actorLabel: string;
  actorRole: Role | null;
  event: string;
  targetType: string;
  targetId: string | null;
  accountId: string | null;
  domainId: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  ip: string | null;
  requestId: string | null;
  createdAt: Date;
};

export type RecordingWrites = {
  messages?: NewMessageRow[];
  actions?: NewActionRow[];
  actionUpdates?: ActionUpdateRow[];
  actionEvents?: NewActionEventRow[];
  domains?: DomainUpdateRow[];
  creationBackdates?: CreationBackdateRow[];
  statusChanges?: NewStatusChangeRow[];
  notificationEvents?: NewNotificationEventRow[];
  auditEvents?: NewAuditEventRow[];
};

// One statement for all the writes: each part reads its rows from the one jsonb parameter,
// and only the parts with rows are sent (less for the server to plan). An UPDATE also
// names its keys as `= ANY (ARRAY(…))`: the planner guesses 100 rows for jsonb_to_recordset
// and would rather scan a big table than probe its index 100 times. The parts run on
// one snapshot and touch different rows; foreign keys are checked at the end of the
// statement, so an action may name the message inserted beside it.
const WRITE_PARTS: Record<keyof RecordingWrites, string> = {
  messages: `  INSERT INTO "Message" (id, "domainId", kind, channel, "receivedAt", text, "textHash", "icpNumbers", deadline, "retractsMessageId",
                         "recordedById", "idempotencyKey", "requestHash", source, "createdAt")
  SELECT x.id, x."domainId", x.kind, x.channel, x."receivedAt", x.text, x."textHash", x."icpNumbers", x.deadline, x."retractsMessageId",
         x."recordedById", x."idempotencyKey", x."requestHash", x.source, x."createdAt"
    FROM p, jsonb_to_recordset(p.j->'messages') AS x(id text, "domainId" text, kind "MessageKind", channel "Channel",
         "receivedAt" timestamp(3), text text, "textHash" text, "icpNumbers" text[], deadline timestamp(3), "retractsMessageId" text,
         "recordedById" text, "idempotencyKey" text, "requestHash" text, source jsonb, "createdAt" timestamp(3))
  RETURNING 1`,
  actions: `  INSERT INTO "Action" (id, "domainId", key, "causeMessageId", state, "dueAt", version, "createdAt", "updatedAt")
  SELECT x.id, x."domainId", x.key, x."causeMessageId", 'open', x."dueAt", 1, x."createdAt", x."createdAt"
    FROM p, jsonb_to_recordset(p.j->'actions') AS x(id text, "domainId" text, key "ActionKey", "causeMessageId" text,
         "dueAt" timestamp(3), "createdAt" timestamp(3))
  RETURNING 1`,
  actionUpdates: `  UPDATE "Action" a SET
    "causeMessageId" = CASE WHEN x.reuse THEN x."causeMessageId" ELSE a."causeMessageId" END,
    "dueAt" = CASE WHEN x.reuse THEN x."dueAt" ELSE a."dueAt" END,
    state = CASE WHEN x.reuse THEN a.state ELSE x.state END,
    "closedAt" = CASE WHEN x.reuse THEN a."closedAt" ELSE x."closedAt" END,
    "supersededByMessageId" = CASE WHEN x.reuse THEN a."supersededByMessageId" ELSE x."supersededByMessageId" END,
    version = a.version + 1,
    "updatedAt" = x."updatedAt"
    FROM p, jsonb_to_recordset(p.j->'actionUpdates') AS x(id text, reuse boolean, "causeMessageId" text, "dueAt" timestamp(3),
         state "ActionState", "closedAt" timestamp(3), "supersededByMessageId" text, "updatedAt" timestamp(3))
   WHERE a.id = x.id AND a.id = ANY (ARRAY(SELECT r->>'id' FROM jsonb_array_elements((SELECT j FROM p)->'actionUpdates') AS r))
  RETURNING 1`,
  actionEvents: `  INSERT INTO "ActionEvent" (id, "actionId", "actorId", "actorRole", "fromState", "toState", "messageId", "createdAt")
  SELECT x.id, x."actionId", x."actorId", x."actorRole", x."fromState", x."toState", x."messageId", x."createdAt"
    FROM p, jsonb_to_recordset(p.j->'actionEvents') AS x(id text, "actionId" text, "actorId" text, "actorRole" "Role",
         "fromState" "ActionState", "toState" "ActionState", "messageId" text, "createdAt" timestamp(3))
  RETURNING 1`,
  domains: `  UPDATE "Domain" d SET
    status = x.status, reason = x.reason, "reasonZh" = x."reasonZh", "statusCauseMessageId" = x."statusCauseMessageId",
    "openActionCount" = x."openActionCount", "nextDueAt" = x."nextDueAt", "icpNumber" = x."icpNumber",
    "icpEntityNumber" = x."icpEntityNumber", "statusChangedAt" = coalesce(x."statusChangedAt", d."statusChangedAt"),
    "updatedAt" = x."updatedAt"
    FROM p, jsonb_to_recordset(p.j->'domains') AS x(id text, status "DomainStatus", reason text, "reasonZh" text,
         "statusCauseMessageId" text, "openActionCount" int, "nextDueAt" timestamp(3), "icpNumber" text, "icpEntityNumber" text,
         "statusChangedAt" timestamp(3), "updatedAt" timestamp(3))
   WHERE d.id = x.id AND d.id = ANY (ARRAY(SELECT r->>'id' FROM jsonb_array_elements((SELECT j FROM p)->'domains') AS r))
  RETURNING 1`,
  creationBackdates: `  UPDATE "DomainStatusChange" s SET "changedAt" = x."changedAt"
    FROM p, jsonb_to_recordset(p.j->'creationBackdates') AS x("domainId" text, "changedAt" timestamp(3))
   WHERE s."domainId" = x."domainId" AND s."fromStatus" IS NULL AND s."changedAt" > x."changedAt"
     AND s."domainId" = ANY (ARRAY(SELECT r->>'domainId' FROM jsonb_array_elements((SELECT j FROM p)->'creationBackdates') AS r))
  RETURNING 1`,
  statusChanges: `  INSERT INTO "DomainStatusChange" (id, "domainId", "accountId", "fromStatus", "toStatus", "causeMessageId", "changedAt")
  SELECT x.id, x."domainId", x."accountId", x."fromStatus", x."toStatus", x."causeMessageId", x."changedAt"
    FROM p, jsonb_to_recordset(p.j->'statusChanges') AS x(id text, "domainId" text, "accountId" text, "fromStatus" "DomainStatus",
         "toStatus" "DomainStatus", "causeMessageId" text, "changedAt" timestamp(3))
  RETURNING 1`,
  notificationEvents: `  INSERT INTO "NotificationEvent" (id, key, kind, category, urgent, "accountId", "domainId", "domainName", "actionId", "actionKey",
                                   "messageId", payload, "createdAt")
  SELECT x.id, x.key, x.kind, x.category, x.urgent, x."accountId", x."domainId", x."domainName", x."actionId", x."actionKey",
         x."messageId", x.payload, x."createdAt"
    FROM p, jsonb_to_recordset(p.j->'notificationEvents') AS x(id text, key text, kind "NotificationKind",
         category "NotificationCategory", urgent boolean, "accountId" text, "domainId" text, "domainName" text, "actionId" text,
         "actionKey" text, "messageId" text, payload jsonb, "createdAt" timestamp(3))
  ON CONFLICT DO NOTHING
  RETURNING 1`,
  auditEvents: `  INSERT INTO "AuditEvent" (id, "actorId", "actorLabel", "actorRole", event, "targetType", "targetId", "accountId", "domainId",
                            before, after, ip, "requestId", "createdAt")
  SELECT x.id, x."actorId", x."actorLabel", x."actorRole", x.event, x."targetType", x."targetId", x."accountId", x."domainId",
         x.before, x.after, x.ip, x."requestId", x."createdAt"
    FROM p, jsonb_to_recordset(p.j->'auditEvents') AS x(id text, "actorId" text, "actorLabel" text, "actorRole" "Role", event text,
         "targetType" text, "targetId" text, "accountId" text, "domainId" text, before jsonb, after jsonb, ip text,
         "requestId" text, "createdAt" timestamp(3))
  RETURNING 1`,
};

/** The statement of each combination of parts, built (and named for preparing) once. */
const WRITE_SQL = new Map<string, string>();

function writeSql(writes: RecordingWrites): string | null {
  const parts = (Object.keys(WRITE_PARTS) as (keyof RecordingWrites)[]).filter((key) => (writes[key]?.length ?? 0) > 0);
  if (parts.length === 0) return null;
  const combination = parts.join(",");
  let sql = WRITE_SQL.get(combination);
  if (sql === undefined) {
    sql = prepared(`WITH p AS (SELECT $1::jsonb AS j),\n${parts.map((key) => `"${key}" AS (\n${WRITE_PARTS[key]}\n)`).join(",\n")}\nSELECT 1 AS done`);
    WRITE_SQL.set(combination, sql);
  }
  return sql;
}

/** JSON for the parameter: Dates as ISO strings (UTC), and a null JSON value left out (stored as NULL). */
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  if (original instanceof Date) return original.toISOString();
  if ((key === "before" || key === "after" || key === "source") && value === null) return undefined;
  return value;
}

/** Writes everything in one statement (nothing when there is nothing to write). */
export async function applyWrites(tx: Tx, writes: RecordingWrites): Promise<void> {
  const sql = writeSql(writes);
  if (sql) await tx.$queryRawUnsafe(sql, JSON.stringify(writes, replacer));
}
