// POST /api/intake/{token}: an SMS from SmsForwarder (form or JSON, HMAC-signed) or an
// e-mail as raw MIME from a mail relay (the secret as a bearer token). Kept apart from the
// route so the integration tests drive exactly what the route does.
import { AppError } from "@/lib/errors";
import type { InboundState, PrismaClient } from "@/lib/generated/prisma/client";
import { fieldErrorsOf } from "@/lib/forms";
import { parseEmail } from "./email";
import { receiveInbound, type Arrival } from "./inbound";
import { openSecret, safeEqual, sha256Hex } from "./keys";
import { consumeIntakeRate, intakeRatePerMinute } from "./rate-limit";
import { checkSmsForwarderRequest, parseSmsForwarderBody, ZSmsForwarderBody } from "./smsforwarder";

export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("rate_limited", `Too many messages on this intake channel; retry in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const TOKEN = /^in_[A-Za-z0-9_-]{20,100}$/;
const LAST_USED_RESOLUTION_MS = 60_000;

export type IntakeRequest = {
  token: string;
  contentType: string | null;
  authorization: string | null;
  body: Uint8Array;
  now: Date;
  rateLimitPerMinute?: number;
};

export async function findLiveChannel(db: PrismaClient, token: string) {
  if (!TOKEN.test(token)) return null;
  const channel = await db.intakeChannel.findUnique({ where: { tokenHash: sha256Hex(token) } });
  return channel && !channel.revokedAt ? channel : null;
}

export async function handleIntakeRequest(db: PrismaClient, request: IntakeRequest): Promise<{ item: { id: string; state: InboundState } }> {
  const channel = await findLiveChannel(db, request.token);
  if (!channel) throw new AppError("not_found", "There is no intake channel at this address.");
  const wait = await consumeIntakeRate(db, channel.id, request.now, request.rateLimitPerMinute ?? intakeRatePerMinute());
  if (wait !== null) throw new RateLimitedError(wait);

  const type = (request.contentType ?? "").split(";")[0]!.trim().toLowerCase();
  let arrival: Arrival;
  if (type === "message/rfc822") {
    const bearer = /^Bearer\s+(\S+)$/i.exec((request.authorization ?? "").trim())?.[1];
    if (!bearer || !safeEqual(sha256Hex(bearer), channel.secretHash)) {
      throw new AppError("unauthenticated", "Send the channel's secret as `Authorization: Bearer <secret>`.");
    }
    const mail = await parseEmail(request.body);
    arrival = {
      via: "email",
      accountId: channel.accountId,
      channel: { id: channel.id, name: channel.name },
      sender: mail.sender,
      subject: mail.subject,
      text: mail.text,
      receivedAt: mail.date ?? request.now,
      identity: mail.messageId,
    };
  } else {
    const fields = await parseSmsForwarderBody(request.body, request.contentType);
    if (!fields) throw new AppError("validation_failed", "Send SmsForwarder's form or JSON body (from, content, timestamp, sign).", { body: "Not a form or JSON object." });
    const parsed = ZSmsForwarderBody.safeParse(fields);
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error);
      // Without a signature nothing else about the request matters.
      if (errors.sign || errors.timestamp) throw new AppError("unauthenticated", "The request is not signed: set the channel's secret in SmsForwarder.", errors);
      throw new AppError("validation_failed", "The request does not match SmsForwarder's webhook fields.", errors);
    }
    const secret = openSecret(channel.secretSealed);
    if (secret === null) {
      throw new AppError("unauthenticated", "This channel's secret can no longer be read (the server's secret changed); create a new channel.");
    }
    const check = checkSmsForwarderRequest(secret, parsed.data, request.now);
    if (check === "bad_sign") throw new AppError("unauthenticated", "The signature (sign) is wrong for this channel's secret.");
    if (check === "stale") throw new AppError("unauthenticated", "The timestamp is more than an hour away from the server's clock.");
    arrival = {
      via: "sms",
      accountId: channel.accountId,
      channel: { id: channel.id, name: channel.name },
      sender: parsed.data.from || null,
      subject: null,
      text: parsed.data.content,
      receivedAt: new Date(Number(parsed.data.timestamp)),
    };
  }

  const result = await receiveInbound(db, arrival, request.now);
  if (!channel.lastUsedAt || request.now.getTime() - channel.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.intakeChannel.updateMany({ where: { id: channel.id, revokedAt: null }, data: { lastUsedAt: request.now } });
  }
  return { item: result.item };
}
