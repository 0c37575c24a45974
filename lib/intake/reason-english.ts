// An inbound item's reason in English, for the API's `reason` field: the same messages the
// pages word it from (intake.reasonDetail), in English.
import { createTranslator } from "next-intl";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import en from "@/messages/en.json";
import { readStoredReason, wordReason, type ReasonWording } from "./reason";

const english: ReasonWording = {
  t: createTranslator({ locale: "en", messages: en, namespace: "intake.reasonDetail" }),
  kindTitle: (kind) => messageKindTitle(kind, "en"),
  separator: ", ",
};

export function reasonInEnglish(code: string | null, reason: string | null): string | null {
  const stored = readStoredReason(code, reason);
  switch (stored.type) {
    case "params":
      return wordReason(code, reason, english);
    case "none":
      return null;
    default:
      return stored.text;
  }
}
