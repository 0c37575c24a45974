"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { formText, runServerAction, type ActionFailure } from "@/lib/actions/server-action";
import { AppError } from "@/lib/errors";
import type { ActionKey, DomainStatus, MessageKind } from "@/lib/icp";
import { previewReport } from "@/lib/intake/report-preview";
import { localizeIntakeFields } from "@/lib/intake/form-errors";
import { reportInbound, ZReportInput } from "@/lib/intake/triage";

export type ReportFormState =
  | { status: "idle"; seq: number }
  | {
      status: "preview";
      seq: number;
      kind: MessageKind | null;
      auto: boolean;
      reasonCode: string | null;
      domain: { name: string; displayName: string } | null;
      before: DomainStatus | null;
      after: DomainStatus | null;
      reason: { en: string; zh: string } | null;
      actions: { key: ActionKey; isNew: boolean }[];
      duplicate: boolean;
    }
  | { status: "submitted"; seq: number; state: "recorded" | "pending" | "rejected"; duplicate: boolean; domain: string | null }
  | { status: "error"; seq: number; code: string; message: string; fields: Record<string, string> };

async function failed(seq: number, { code, message, fields, cause }: ActionFailure): Promise<ReportFormState> {
  return { status: "error", seq, code, message, fields: localizeIntakeFields(fields, cause, await getTranslations("intake.fieldErrors")) };
}

/** The form's fields as the report's input (the same schema as POST /api/v1/inbound). */
function fieldsOf(form: FormData) {
  return { text: formText(form, "text"), receivedAt: formText(form, "receivedAt"), domain: formText(form, "domain").trim() || null };
}

/** One action for both buttons: "preview" shows what the message means, "submit" reports it. */
export async function reportAction(previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const seq = previous.seq + 1;
  const outcome = await runServerAction(form, {
    name: "reportInbound",
    // Customers report for their own account here; staff use the inbox or the API.
    permission: "intake:manage_own",
    schema: ZReportInput,
    read: () => fieldsOf(form),
    run: async ({ db, user, actor, input, now }): Promise<ReportFormState> => {
      if (user.role !== "customer" || !user.accountId) throw new AppError("forbidden", "Only customers report messages here.");
      const fields = { text: input.text, receivedAt: input.receivedAt, domain: input.domain ?? null };
      if (form.get("intent") === "submit") {
        const result = await reportInbound(db, { actor, input: fields, now });
        const item = await db.inboundItem.findUniqueOrThrow({ where: { id: result.item.id }, select: { domainId: true } });
        const domain = item.domainId ? await db.domain.findUnique({ where: { id: item.domainId }, select: { name: true } }) : null;
        revalidatePath("/inbound");
        if (domain) revalidatePath(`/domains/${domain.name}`);
        return { status: "submitted", seq, state: result.item.state, duplicate: result.duplicate, domain: domain?.name ?? null };
      }
      const preview = await previewReport(db, { user, ...fields, now });
      return {
        status: "preview",
        seq,
        kind: preview.kind,
        auto: preview.auto,
        reasonCode: preview.reasonCode,
        domain: preview.domain,
        before: preview.preview?.before.status ?? null,
        after: preview.preview?.after.status ?? null,
        reason: preview.preview?.after.reason ?? null,
        actions: preview.preview?.after.actions.map((a) => ({ key: a.key, isNew: a.isNew })) ?? [],
        duplicate: preview.preview?.duplicate ?? false,
      };
    },
  });
  return outcome.ok ? outcome.value : failed(seq, outcome.failure);
}
