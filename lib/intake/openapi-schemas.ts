// The JSON the intake and inbound routes answer, for the OpenAPI document (lib/openapi);
// they mirror lib/intake/channels.ts and lib/intake/triage.ts, and the contract test parses
// real answers with them.
import { z } from "zod";
import { InboundState, InboundVia, MessageKind } from "@/lib/generated/prisma/enums";
import { RECORD_ERROR_CODES, RECORD_ERROR_FIELDS } from "./reason";

const isoDateTime = z.string().meta({ format: "date-time", example: "2026-11-27T01:30:00.000Z" });

export const ZCreatedChannelResponse = z
  .strictObject({
    channel: z.strictObject({
      id: z.string(),
      name: z.string(),
      account: z.string(),
      url: z.string().meta({ description: "Ends in /api/intake/{token}; shown only in this answer." }),
      secret: z.string().meta({ description: "The signing secret; shown only in this answer." }),
      createdAt: isoDateTime,
    }),
  })
  .meta({ id: "CreatedIntakeChannel" });

export const ZChannelList = z
  .strictObject({
    channels: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        account: z.string(),
        accountId: z.string(),
        createdAt: isoDateTime,
        lastUsedAt: isoDateTime.nullable(),
        revokedAt: isoDateTime.nullable(),
        secretReadable: z.boolean().meta({ description: "False when the server's secret changed since: SmsForwarder's signatures can no longer be checked." }),
      }),
    ),
  })
  .meta({ id: "IntakeChannelList" });

export const ZRevokedChannel = z.strictObject({ channel: z.strictObject({ id: z.string(), revoked: z.literal(true) }), changed: z.boolean() });

export const ZIntakeAnswer = z
  .strictObject({ item: z.strictObject({ id: z.string(), state: z.enum(InboundState) }) })
  .meta({ id: "IntakeAnswer" });

export const ZInboundItem = z
  .strictObject({
    id: z.string(),
    state: z.enum(InboundState),
    reasonCode: z.string().nullable(),
    reason: z
      .string()
      .nullable()
      .meta({ description: "In English: why the item waits (reasonCode with reasonParams, worded), the reason a rejecting agent typed, or why recording failed." }),
    reasonParams: z
      .strictObject({ kind: z.enum(MessageKind).optional(), domains: z.array(z.string()).optional() })
      .nullable()
      .meta({ description: "For a decision of the intake rules: the kind the text read like and the domains it named, to word reasonCode in another language. Null otherwise, and for items stored before it existed." }),
    recordError: z
      .strictObject({
        code: z.enum(RECORD_ERROR_CODES),
        kind: z.enum(MessageKind).optional(),
        fields: z.array(z.enum(RECORD_ERROR_FIELDS)).optional(),
      })
      .nullable()
      .meta({
        description:
          "For reasonCode record_failed: the error code the recording answered (as in error.code), the kind it was recorded as and the fields the error named, to word it in another language (reason keeps the English sentence). Null otherwise, and for items stored before it existed.",
      }),
    account: z.string(),
    accountId: z.string(),
    domain: z.string().nullable(),
    kind: z.enum(MessageKind).nullable(),
    messageId: z.string().nullable(),
    channel: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
    via: z.enum(InboundVia),
    sender: z.string().nullable(),
    subject: z.string().nullable(),
    text: z.string().meta({ description: "Verification codes masked." }),
    reportedBy: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: isoDateTime.nullable(),
    receivedAt: isoDateTime,
    createdAt: isoDateTime,
  })
  .meta({ id: "InboundItem" });

export const ZInboundItemResponse = z.strictObject({ item: ZInboundItem }).meta({ id: "InboundItemResponse" });
export const ZInboundList = z.strictObject({ items: z.array(ZInboundItem) }).meta({ id: "InboundList" });
export const ZConfirmedResponse = z.strictObject({ item: ZInboundItem, domain: z.string() }).meta({ id: "ConfirmedInboundItem" });
