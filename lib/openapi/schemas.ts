// The JSON the API answers, as zod schemas: the OpenAPI document is generated from these
// and from the request schemas the routes validate with, and the contract test checks
// that real answers parse with them (tests/integration/openapi.test.ts). They mirror
// lib/dto/domain.ts and importBatchDto; a field added there fails that test until it is
// added here.
import { z } from "zod";
import { ActionKey, ActionState, Channel, DomainStatus, Hosting, ImportState, MessageKind, ProviderAccess, Role } from "@/lib/generated/prisma/enums";

const isoDateTime = z.string().meta({ format: "date-time", example: "2026-11-27T01:30:00.000Z" });

export const ZErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({ example: "validation_failed" }),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "Field → what is wrong with it." }),
      requestId: z.string().optional().meta({ description: "Only on 500: quote it to support." }),
    }),
  })
  .meta({ id: "Error" });

export const ZActionHistoryEntry = z
  .strictObject({
    at: isoDateTime,
    by: z.strictObject({ name: z.string(), role: z.enum(Role).nullable() }).nullable(),
    fromState: z.enum(ActionState).nullable(),
    toState: z.enum(ActionState).nullable(),
    note: z.string().nullable(),
    messageId: z.string().nullable(),
  })
  .meta({ id: "ActionHistoryEntry" });

export const ZAction = z
  .strictObject({
    id: z.string(),
    key: z.enum(ActionKey),
    state: z.enum(ActionState),
    dueAt: isoDateTime.nullable(),
    overdue: z.boolean(),
    version: z.number().int().meta({ description: "Send it back with PATCH /api/v1/actions/{id} (optimistic locking)." }),
    causeMessageId: z.string().nullable(),
    supersededByMessageId: z.string().nullable(),
    closedAt: isoDateTime.nullable(),
    history: z.array(ZActionHistoryEntry),
  })
  .meta({ id: "Action" });

export const ZMessage = z
  .strictObject({
    id: z.string(),
    kind: z.enum(MessageKind),
    channel: z.enum(Channel),
    receivedAt: isoDateTime,
    text: z.string().meta({ description: "As stored: verification codes masked." }),
    icpNumbers: z.array(z.string()),
    deadline: isoDateTime.nullable(),
    retractsMessageId: z.string().nullable(),
    recordedBy: z.string().nullable(),
  })
  .meta({ id: "Message" });

export const ZDomain = z
  .strictObject({
    name: z.string().meta({ description: "Normalised: lowercase, punycode.", example: "acme-cloud.com" }),
    displayName: z.string().meta({ description: "The Unicode form." }),
    account: z.string(),
    status: z.enum(DomainStatus),
    reason: z.string(),
    reasonZh: z.string(),
    statusChangedAt: isoDateTime,
    hosting: z.enum(Hosting),
    providerAccess: z.enum(ProviderAccess),
    icpNumber: z.string().nullable(),
    icpEntityNumber: z.string().nullable(),
    filingType: z.string().nullable(),
    providerStage: z.string().nullable(),
    actions: z.array(ZAction),
    messages: z.array(ZMessage).meta({ description: "The newest messages (at most 200)." }),
    messageCount: z.number().int(),
  })
  .meta({ id: "Domain" });

export const ZDomainResponse = z.strictObject({ domain: ZDomain }).meta({ id: "DomainResponse" });

export const ZDomainListItem = z
  .strictObject({
    name: z.string(),
    displayName: z.string(),
    account: z.string(),
    status: z.enum(DomainStatus),
    reason: z.string(),
    reasonZh: z.string(),
    icpNumber: z.string().nullable(),
    statusChangedAt: isoDateTime,
    openActionCount: z.number().int(),
    nextDueAt: isoDateTime.nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: "DomainListItem" });

export const ZDomainList = z
  .strictObject({
    domains: z.array(ZDomainListItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
  })
  .meta({ id: "DomainList" });

export const ZRecordedMessage = z
  .strictObject({
    message: ZMessage.extend({ domain: z.string() }),
    domain: z.strictObject({
      name: z.string(),
      displayName: z.string(),
      status: z.enum(DomainStatus),
      reason: z.string(),
      reasonZh: z.string(),
      statusChangedAt: isoDateTime,
      icpNumber: z.string().nullable(),
      actions: z.array(ZAction),
    }),
  })
  .meta({ id: "RecordedMessage" });

export const ZStaleVersion = ZErrorBody.extend({
  current: z.strictObject({ id: z.string(), state: z.enum(ActionState), version: z.number().int() }),
}).meta({ id: "StaleVersion" });

export const ZImportBatch = z
  .strictObject({
    id: z.string(),
    fileName: z.string(),
    format: z.string().meta({ example: "csv" }),
    state: z.enum(ImportState),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    processedRows: z.number().int(),
    recordedRows: z.number().int(),
    duplicateRows: z.number().int(),
    refusedRows: z.number().int(),
    error: z.string().nullable(),
    createdAt: isoDateTime,
    startedAt: isoDateTime.nullable(),
    finishedAt: isoDateTime.nullable(),
  })
  .meta({ id: "ImportBatch" });

export const ZImportResponse = z.strictObject({ import: ZImportBatch }).meta({ id: "ImportResponse" });

export const ZHealth = z
  .strictObject({ status: z.enum(["ok", "error"]), database: z.enum(["ok", "unreachable"]) })
  .meta({ id: "Health" });
