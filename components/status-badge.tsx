import type { DomainStatus } from "@/lib/generated/prisma/enums";
import { RECHECK_CATALOGUE, type Recheck } from "@/lib/icp";
import { localized, statusTitle, statusTone } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Colour and a word, never colour alone. With a pending re-check (the customer's fix is done,
 * someone else checks it) the badge says so in the waiting tone; the status stays in data-status.
 */
export function StatusBadge({ status, locale, recheck = null }: { status: DomainStatus; locale: Locale; recheck?: Recheck | null }) {
  if (recheck) {
    return (
      <span className="status-badge tone-waiting" data-status={status} data-recheck={recheck} title={statusTitle(status, locale)}>
        {localized(RECHECK_CATALOGUE[recheck].title, locale)}
      </span>
    );
  }
  return (
    <span className={`status-badge tone-${statusTone(status)}`} data-status={status}>
      {statusTitle(status, locale)}
    </span>
  );
}
