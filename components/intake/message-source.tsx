import { getTranslations } from "@/lib/i18n/server";
import { parseSource, sourceText, type SourceWords } from "@/lib/intake/source";

/** Where a message that arrived by itself came from, for the timeline ("SMS forwarded from 106… via intake 'Li's phone'"). */
export async function MessageSourceNote({ source }: { source: unknown }) {
  const parsed = parseSource(source);
  if (!parsed) return null;
  const t = (await getTranslations("intake.source")) as unknown as SourceWords;
  return (
    <span className="message-source" data-testid="message-source">
      {" · "}
      {sourceText(parsed, t)}
    </span>
  );
}
