import { getTranslations } from "@/lib/i18n/server";
import { deriveFilingProgress, type DerivationMessage } from "@/lib/icp";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The filing progress stepper (提交 → 初审 → 短信核验 → 管局审核 → 备案成功 → 同步), derived from the
 * messages by lib/icp/progress.ts, with the date each step was reached and where the filing left
 * the path, if it did.
 */
export async function FilingProgress({ messages, locale }: { messages: readonly DerivationMessage[]; locale: Locale }) {
  const t = await getTranslations("progress");
  const progress = deriveFilingProgress(messages);
  return (
    <div className="filing-progress" data-complete={progress.complete ? "true" : "false"}>
      <ol className="stepper">
        {progress.steps.map((step, i) => (
          <li key={step.key} className={`step step-${step.state}`} data-step={step.key} data-state={step.state} aria-current={step.state === "current" ? "step" : undefined}>
            <span className="step-marker" aria-hidden="true">
              {step.state === "done" ? "✓" : i + 1}
            </span>
            <span className="step-text">
              <span className="step-label">{t(`step.${step.key}`)}</span>
              <span className="step-date small muted">
                {step.state === "upcoming" ? t(`state.upcoming`) : step.at ? formatDateTime(step.at, locale) : t(step.state === "done" ? "notDated" : "state.current")}
              </span>
              <span className="visually-hidden">{t(`state.${step.state}`)}</span>
            </span>
          </li>
        ))}
      </ol>
      {progress.offRamp ? (
        <p className="offramp" data-off-ramp={progress.offRamp.key}>
          <strong>{t(`offRamp.${progress.offRamp.key}`)}</strong> · <time dateTime={progress.offRamp.at.toISOString()}>{formatDateTime(progress.offRamp.at, locale)}</time>
        </p>
      ) : null}
    </div>
  );
}
