"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

type Progress = {
  id: string;
  state: "validated" | "importing" | "completed" | "failed";
  validRows: number;
  processedRows: number;
  recordedRows: number;
  duplicateRows: number;
  refusedRows: number;
  error: string | null;
};

const POLL_MS = 1000;

/**
 * The import button and the progress bar. While importing it polls GET /api/v1/imports/{id}
 * (which also resumes an import a restarted server left behind) and refreshes the page's
 * row list when the import ends.
 */
export function ImportProgress({ initial }: { initial: Progress }) {
  const t = useTranslations("admin.imports");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (progress.state !== "importing") return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/imports/${progress.id}`, { cache: "no-store" });
        const body = (await response.json()) as { import?: Progress; error?: { message: string } };
        if (stopped) return;
        if (!response.ok || !body.import) {
          setError(body.error?.message ?? t("pollFailed"));
          return;
        }
        setProgress(body.import);
        if (body.import.state !== "importing") router.refresh();
      } catch {
        if (!stopped) setError(t("pollFailed"));
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [progress, router, t]);

  async function start() {
    setStarting(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/imports/${progress.id}/start`, { method: "POST" });
      const body = (await response.json()) as { import?: Progress; error?: { message: string } };
      if (!response.ok || !body.import) setError(body.error?.message ?? t("startFailed"));
      else setProgress(body.import);
    } catch {
      setError(t("startFailed"));
    } finally {
      setStarting(false);
    }
  }

  const percent = progress.validRows ? Math.round((progress.processedRows / progress.validRows) * 100) : 100;
  return (
    <section className="panel stack" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t("progressHeading")}</h2>
      <p data-testid="import-state" data-state={progress.state}>
        {t(`state.${progress.state}`)}
      </p>
      {progress.state === "validated" || progress.state === "failed" ? (
        progress.validRows - progress.processedRows > 0 ? (
          <div>
            <button type="button" onClick={start} disabled={starting}>
              {progress.state === "failed"
                ? t("resume", { count: progress.validRows - progress.processedRows })
                : t("start", { count: progress.validRows })}
            </button>
          </div>
        ) : (
          <p className="muted">{t("nothingToImport")}</p>
        )
      ) : null}
      {progress.state !== "validated" ? (
        <>
          <progress className="progress" max={Math.max(progress.validRows, 1)} value={progress.processedRows} aria-label={t("progressLabel")} />
          <p aria-live="polite" data-testid="import-progress">
            {t("progress", { processed: progress.processedRows, total: progress.validRows, percent })}
          </p>
        </>
      ) : null}
      {progress.error ? <p className="form-error">{progress.error}</p> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
