// Generated messages for one domain: many kinds, distinct received-at times over the last
// weeks, each text unique, so the final state depends on all of them and not on their
// arrival order.
import { seeded } from "./http";

type Kind =
  | "filing_submitted"
  | "submitted_to_authority"
  | "verification_code"
  | "filing_approved"
  | "provider_synced"
  | "filing_invalid"
  | "footer_notice"
  | "record_changed"
  | "access_cancelled"
  | "rectification_notice";

const KINDS: readonly Kind[] = [
  "filing_submitted",
  "submitted_to_authority",
  "verification_code",
  "filing_approved",
  "provider_synced",
  "filing_invalid",
  "footer_notice",
  "record_changed",
  "access_cancelled",
  "rectification_notice",
];

export type GeneratedMessage = { kind: Kind; text: string; receivedAt: string; channel: "sms" | "email" | "provider" };

export function generateMessages(count: number, seed: number, now = Date.now()): GeneratedMessage[] {
  const random = seeded(seed);
  const minutes = new Set<number>();
  const messages: GeneratedMessage[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    let minute: number;
    do minute = 60 + Math.floor(random() * 40 * 24 * 60);
    while (minutes.has(minute));
    minutes.add(minute);
    const receivedAt = new Date(Math.floor((now - minute * 60_000) / 60_000) * 60_000).toISOString();
    const text =
      kind === "filing_approved"
        ? `ICP Filing successful (#${i}): 京ICP备2026${String(100000 + i)}号-1`
        : kind === "verification_code"
          ? `【工信部】您的验证码为 ${String(100000 + i)}，请在24小时内完成短信核验。(#${i})`
          : `Stress message #${i} of kind ${kind}`;
    const channel = kind === "provider_synced" || kind === "filing_submitted" || kind === "submitted_to_authority" ? "provider" : "sms";
    messages.push({ kind, text, receivedAt, channel });
  }
  return messages;
}
