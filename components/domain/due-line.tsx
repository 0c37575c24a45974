import type { getTranslations } from "@/lib/i18n/server";
import { timeLeft } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type DomainT = Awaited<ReturnType<typeof getTranslations<"domain">>>;

/**
 * The due date of a required action with the time left ("3 days left", "overdue by 5 hours"), or
 * "no deadline stated". Synchronous, with the caller's translator: one per action card.
 */
export function DueLine({ dueAt, now, locale, t }: { dueAt: Date | null; now: Date; locale: Locale; t: DomainT }) {
  const left = timeLeft(dueAt, now);
  if (left.kind === "none" || dueAt === null) return <p className="due due-none muted">{t("noDeadline")}</p>;
  const span = t(`span.${left.unit}`, { count: left.amount });
  return (
    <p className={left.kind === "overdue" ? "due overdue-tag" : "due"} data-due={dueAt.toISOString()}>
      <time dateTime={dueAt.toISOString()}>{t("due", { time: formatDateTime(dueAt, locale) })}</time>
      {" · "}
      <strong>{left.kind === "overdue" ? t("overdueBy", { span }) : t("left", { span })}</strong>
    </p>
  );
}
