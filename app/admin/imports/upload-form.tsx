"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

type UploadError = { message: string };

/** Sends the chosen file as the body of POST /api/v1/imports and opens its validation report. */
export function UploadForm({ maxMegabytes }: { maxMegabytes: number }) {
  const t = useTranslations("admin.imports");
  const router = useRouter();
  const [error, setError] = useState<UploadError | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) {
      setError({ message: t("chooseFile") });
      return;
    }
    if (file.size > maxMegabytes * 1024 * 1024) {
      setError({ message: t("tooLarge", { max: maxMegabytes }) });
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/imports?fileName=${encodeURIComponent(file.name)}`, {
        method: "POST",
        headers: { "Content-Type": file.type || "application/octet-stream" },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as { import?: { id: string }; error?: { message: string } } | null;
      if (!response.ok || !body?.import) {
        setError({ message: body?.error?.message ?? t("uploadFailed") });
        return;
      }
      router.push(`/admin/imports/${body.import.id}`);
    } catch {
      setError({ message: t("uploadFailed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={upload} className="panel stack" aria-busy={pending}>
      <div className="field">
        <label htmlFor="import-file">{t("file")}</label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "import-file-error" : "import-file-hint"}
        />
        <span className="muted small" id="import-file-hint">
          {t("fileHint", { max: maxMegabytes })}
        </span>
        {error ? (
          <span className="field-error" id="import-file-error" role="alert">
            {error.message}
          </span>
        ) : null}
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("checking") : t("check")}
        </button>
      </div>
    </form>
  );
}
