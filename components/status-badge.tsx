import type { DomainStatus } from "@/lib/generated/prisma/enums";
import { statusTitle, statusTone } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";

// Colour and a word, never colour alone.
export function StatusBadge({ status, locale }: { status: DomainStatus; locale: Locale }) {
  return (
    <span className={`status-badge tone-${statusTone(status)}`} data-status={status}>
      {statusTitle(status, locale)}
    </span>
  );
}
