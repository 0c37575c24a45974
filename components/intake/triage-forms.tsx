"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmItemAction, rejectItemAction, type TriageFormState } from "@/app/staff/inbox/actions";
import { messageKindTitle } from "@/lib/i18n/icp-text";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGE_KINDS, type MessageKind } from "@/lib/icp/kinds";

/** Confirm (domain, kind) → recorded, or reject with a reason, for one pending item. */
/** `listId`: the page's datalist of the item's account's domain names, suggested as the admin types. */
export function TriageForms({ itemId, domain, kind, listId }: { itemId: string; domain: string | null; kind: MessageKind | null; listId?: string }) {
  const t = useTranslations("intake.inbox");
  const locale = useLocale() as Locale;
  const [confirmState, confirmAction, confirming] = useActionState<TriageFormState, FormData>(confirmItemAction, { status: "idle", seq: 0 });
  const [rejectState, rejectAction, rejecting] = useActionState<TriageFormState, FormData>(rejectItemAction, { status: "idle", seq: 0 });
  const confirmFields = confirmState.status === "error" ? confirmState.fields : {};
  const rejectFields = rejectState.status === "error" ? rejectState.fields : {};
  return (
    <div className="triage-forms">
      <form action={confirmAction} className="filters">
        <input type="hidden" name="itemId" value={itemId} />
        <div className="field">
          <label htmlFor={`confirm-domain-${itemId}`}>{t("domain")}</label>
          <input
            id={`confirm-domain-${itemId}`}
            name="domain"
            defaultValue={domain ?? ""}
            list={listId}
            required
            maxLength={300}
            aria-invalid={confirmFields.domain ? true : undefined}
            aria-describedby={confirmFields.domain ? `confirm-domain-${itemId}-error` : undefined}
          />
          <FieldError id={`confirm-domain-${itemId}-error`} text={confirmFields.domain} />
        </div>
        <div className="field">
          <label htmlFor={`confirm-kind-${itemId}`}>{t("kind")}</label>
          <select
            id={`confirm-kind-${itemId}`}
            name="kind"
            defaultValue={kind ?? ""}
            required
            aria-invalid={confirmFields.kind ? true : undefined}
            aria-describedby={confirmFields.kind ? `confirm-kind-${itemId}-error` : undefined}
          >
            <option value="">{t("chooseKind")}</option>
            {MESSAGE_KINDS.filter((k) => k !== "retraction").map((k) => (
              <option key={k} value={k}>
                {messageKindTitle(k, locale)}
              </option>
            ))}
          </select>
          <FieldError id={`confirm-kind-${itemId}-error`} text={confirmFields.kind} />
        </div>
        <button type="submit" disabled={confirming}>
          {t("confirm")}
        </button>
        {confirmState.status === "error" && !confirmFields.domain && !confirmFields.kind ? (
          <span className="field-error" role="alert">
            {t("error", { message: confirmState.message })}
          </span>
        ) : null}
      </form>
      <form action={rejectAction} className="filters">
        <input type="hidden" name="itemId" value={itemId} />
        <div className="field">
          <label htmlFor={`reject-reason-${itemId}`}>{t("rejectReason")}</label>
          <input
            id={`reject-reason-${itemId}`}
            name="reason"
            required
            maxLength={500}
            aria-invalid={rejectFields.reason ? true : undefined}
            aria-describedby={rejectFields.reason ? `reject-reason-${itemId}-error` : undefined}
          />
          <FieldError id={`reject-reason-${itemId}-error`} text={rejectFields.reason} />
        </div>
        <button type="submit" className="secondary" disabled={rejecting}>
          {t("reject")}
        </button>
        {rejectState.status === "error" && !rejectFields.reason ? (
          <span className="field-error" role="alert">
            {t("error", { message: rejectState.message })}
          </span>
        ) : null}
      </form>
    </div>
  );
}

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <span className="field-error" id={id}>
      {text}
    </span>
  ) : null;
}
