// Shared by the chat-bot channels: post JSON, then read the bot's own success field
// (the bots answer HTTP 200 with an error code in the body when they refuse a message).
import { RefusedTargetError, safeRequest } from "@/lib/net/safe-request";
import { outcomeOfStatus, type SendOutcome } from "./types";

export async function postToBot(url: string, payload: unknown, codeOf: (json: Record<string, unknown>) => number | undefined): Promise<SendOutcome> {
  try {
    const response = await safeRequest(url, { body: JSON.stringify(payload), headers: { "content-type": "application/json" } });
    const byStatus = outcomeOfStatus(response.status, response.body);
    if (byStatus.outcome !== "sent") return byStatus;
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(response.body) as Record<string, unknown>;
    } catch {
      return { outcome: "failed", responseCode: response.status, error: "The bot's answer is not JSON." };
    }
    const code = codeOf(json);
    if (code === undefined || code === 0) return { outcome: "sent", responseCode: response.status };
    const message = String(json.errmsg ?? json.msg ?? json.StatusMessage ?? "");
    // Rate limits are worth retrying; other refusals (bad key, bad signature) are not.
    const limited = /limit|frequen|频/i.test(message) || code === 45009 || code === 130101 || code === 11232 || code === 9499;
    return { outcome: limited ? "failed" : "refused", responseCode: response.status, error: `bot error ${code}: ${message}`.slice(0, 300) };
  } catch (error) {
    if (error instanceof RefusedTargetError) return { outcome: "refused", error: error.message };
    return { outcome: "failed", error: (error as Error).message };
  }
}
