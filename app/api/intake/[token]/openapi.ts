import { z } from "zod";
import { ZIntakeAnswer } from "@/lib/intake/openapi-schemas";
import { ZSmsForwarderBody } from "@/lib/intake/smsforwarder";
import { defineOperations, errorResponses, jsonResponse } from "@/lib/openapi/registry";

export const operations = defineOperations({
  method: "post",
  path: "/api/intake/{token}",
  operationId: "intake",
  tags: ["Intake"],
  summary: "An intake channel's address: SmsForwarder's webhook or a raw e-mail",
  description:
    "SmsForwarder's default webhook: a form (or JSON) `from, content, timestamp (ms), sign`, where sign is the URL-encoded base64 of HMAC-SHA256(secret, timestamp + \"\\n\" + secret); a wrong sign or a timestamp more than an hour off is 401. Or an e-mail as `message/rfc822` with `Authorization: Bearer <secret>`. 202 with the inbound item (the first one for a repeat). At most 1 MB; rate-limited per token (429 with Retry-After). No session.",
  security: [],
  request: {
    params: z.object({ token: z.string() }),
    body: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": { schema: ZSmsForwarderBody },
        "application/json": { schema: ZSmsForwarderBody },
        "message/rfc822": { schema: z.string().meta({ description: "The raw e-mail (MIME)." }) },
      },
    },
  },
  responses: { "202": jsonResponse("Taken in: recorded, or pending in the inbox.", ZIntakeAnswer), ...errorResponses(400, 401, 404, 413, 429, 503) },
  examples: [
    {
      summary: "An unknown or revoked token",
      as: "anonymous",
      params: { token: "in_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
      headers: { "content-type": "application/x-www-form-urlencoded" },
      rawBody: "from=106598051001&content=x&timestamp=1&sign=x",
      status: 404,
    },
  ],
});
