"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { trackAction, type FormState } from "@/app/actions/domain";

type Props = { actionId: string; version: number; state: string };

/** Start, finish, reopen or dismiss an action, and add a note: works without JavaScript too. */
export function ActionTracker({ actionId, version, state }: Props) {
  const t = useTranslations("domain");
  const [result, formAction, pending] = useActionState<FormState, FormData>(trackAction, { status: "idle" });
  const noteId = `note-${actionId}`;
  const noteError = result.status === "error" ? (result.fields?.note ?? result.fields?.state) : undefined;
  return (
    <form action={formAction} className="tracker">
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor={noteId}>{t("note")}</label>
        <textarea
          id={noteId}
          name="note"
          rows={2}
          maxLength={2000}
          defaultValue={result.status === "error" ? (result.values?.note ?? "") : ""}
          key={result.status === "saved" ? `saved-${version}` : `edit-${version}`}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${noteId}-error` : undefined}
        />
        {noteError ? (
          <span id={`${noteId}-error`} className="field-error">
            {noteError}
          </span>
        ) : null}
      </div>
      <div className="button-row">
        {state === "open" ? (
          <button type="submit" name="intent" value="in_progress" disabled={pending}>
            {t("start")}
          </button>
        ) : null}
        {state === "open" || state === "in_progress" ? (
          <button type="submit" name="intent" value="done" disabled={pending}>
            {t("markDone")}
          </button>
        ) : null}
        {state === "done" || state === "dismissed" ? (
          <button type="submit" name="intent" value="open" className="secondary" disabled={pending}>
            {t("reopen")}
          </button>
        ) : null}
        {state === "open" || state === "in_progress" ? (
          <button type="submit" name="intent" value="dismissed" className="secondary" disabled={pending}>
            {t("dismiss")}
          </button>
        ) : null}
        <button type="submit" name="intent" value="note" className="secondary" disabled={pending}>
          {t("addNote")}
        </button>
      </div>
      <p aria-live="polite" className="form-status">
        {result.status === "saved" ? t("saved") : null}
        {result.status === "conflict" ? (
          <span className="form-error" role="alert">
            {t("conflict", { state: t(`state.${result.currentState}` as "state.open") })}
          </span>
        ) : null}
        {result.status === "error" && !noteError ? (
          <span className="form-error" role="alert">
            {result.code === "not_found" ? t("notFoundAction") : result.message || t("genericError")}
          </span>
        ) : null}
      </p>
    </form>
  );
}
