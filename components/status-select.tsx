import { DomainStatus } from "@/lib/generated/prisma/enums";
import { statusTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";

/** A labelled filter over every domain status, for GET filter forms (name "status"). */
export function StatusSelect({ label, anyLabel, value, locale }: { label: string; anyLabel: string; value: DomainStatus | undefined; locale: Locale }) {
  return (
    <div className="field">
      <label htmlFor="status">{label}</label>
      <select id="status" name="status" defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {Object.values(DomainStatus).map((status) => (
          <option key={status} value={status}>
            {statusTitle(status, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
