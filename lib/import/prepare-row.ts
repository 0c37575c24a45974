// Bulk import: a validated row made ready to record without classifying its text again.
// The validation (lib/import/validate.ts) classified every row and stored the kind and
// deadline it found; classifying 10,000 texts a second time cost the runner most of a
// millisecond of the server's thread per row. This makes prepareMessage's checks
// (lib/use-cases/record-message.ts) on the stored row and answers the same message; a row
// any check refuses goes through prepareMessage itself, so its reason is worded as always.
import { normaliseDomainName } from "@/lib/domain-name";
import { defaultChannelForKind, extractIcpNumbers, maskVerificationCodes } from "@/lib/icp";
import { prepareMessage, sha256, ZRecordMessageInput, type PreparedMessage } from "@/lib/use-cases/record-message";
import { rowToInput, type StoredRowInput } from "./validate";

/** What the runner records of a row: prepareMessage's answer without the classification. */
export type ImportMessage = Omit<PreparedMessage, "classification">;

export function prepareImportRow(stored: StoredRowInput, now: Date): ImportMessage {
  const input = rowToInput(stored);
  const parsed = ZRecordMessageInput.safeParse(input);
  const receivedAt = input.receivedAt instanceof Date ? input.receivedAt : null;
  const deadline = input.deadline instanceof Date ? input.deadline : input.deadline === undefined ? null : undefined;
  const normalised = parsed.success ? normaliseDomainName(parsed.data.domain) : null;
  const kind = parsed.success ? parsed.data.kind : undefined;
  if (
    !parsed.success ||
    !receivedAt ||
    receivedAt.getTime() > now.getTime() ||
    !parsed.data.text.trim() ||
    !normalised ||
    !kind ||
    kind === "retraction" ||
    deadline === undefined
  ) {
    // Refused (or not an ordinary row): prepareMessage says why, in its words.
    return prepareMessage(input, now);
  }
  const text = maskVerificationCodes(parsed.data.text);
  return {
    domainName: normalised.name,
    receivedAt,
    kind,
    channel: parsed.data.channel ?? defaultChannelForKind(kind),
    deadline,
    text,
    textHash: sha256(text),
    icpNumbers: extractIcpNumbers(text),
    retractsMessageId: null,
  };
}
