import { getTranslations } from "@/lib/i18n/server";
import { parseSource } from "@/lib/intake/source";

/** Where a message that arrived by itself came from, for the timeline ("SMS forwarded from 106… via intake 'Li's phone'"). */
export async function MessageSourceNote({ source }: { source: unknown }) {
  const parsed = parseSource(source);
  if (!parsed) return null;
  const t = await getTranslations("intake.source");
  const sender = parsed.sender ?? t("unknownSender");
  const parts = [
    parsed.via === "sms" ? t("sms", { sender }) : parsed.via === "email" ? t("email", { sender }) : t("report", { name: parsed.reportedBy ?? "" }),
    parsed.channel ? t("via", { channel: parsed.channel }) : null,
    parsed.confirmedBy ? t("confirmed", { name: parsed.confirmedBy }) : null,
  ].filter(Boolean);
  return (
    <span className="message-source" data-testid="message-source">
      {" · "}
      {parts.join(", ")}
    </span>
  );
}
