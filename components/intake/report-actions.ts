"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import type { ActionKey, DomainStatus, MessageKind } from "@/lib/icp";
import { previewReport } from "@/lib/intake/report-preview";
import { reportInbound } from "@/lib/intake/triage";
import { actorFromUser } from "@/lib/use-cases/actor";

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

function failure(seq: number, error: unknown): ReportFormState {
  if (error instanceof AppError) return { status: "error", seq, code: error.code, message: error.message, fields: error.fields ?? {} };
  if (error instanceof z.ZodError) return { status: "error", seq, code: "validation_failed", message: "Check the fields.", fields: fieldErrorsOf(error) };
  console.error("report action failed", error);
  return { status: "error", seq, code: "internal_error", message: "Something went wrong.", fields: {} };
}

function fieldsOf(form: FormData) {
  return {
    text: String(form.get("text") ?? ""),
    receivedAt: String(form.get("receivedAt") ?? ""),
    domain: String(form.get("domain") ?? "").trim() || null,
  };
}

/** One action for both buttons: "preview" shows what the message means, "submit" reports it. */
export async function reportAction(previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const seq = previous.seq + 1;
  const user = await getCurrentUser();
  if (!user || user.role !== "customer" || !user.accountId) {
    return { status: "error", seq, code: "forbidden", message: "Only customers report messages here.", fields: {} };
  }
  const input = fieldsOf(form);
  const db = await prisma();
  const now = new Date();
  try {
    if (form.get("intent") === "submit") {
      const result = await reportInbound(db, { actor: actorFromUser(user), input, now });
      const item = await db.inboundItem.findUniqueOrThrow({ where: { id: result.item.id }, select: { domainId: true } });
      const domain = item.domainId ? await db.domain.findUnique({ where: { id: item.domainId }, select: { name: true } }) : null;
      revalidatePath("/inbound");
      if (domain) revalidatePath(`/domains/${domain.name}`);
      return { status: "submitted", seq, state: result.item.state, duplicate: result.duplicate, domain: domain?.name ?? null };
    }
    const preview = await previewReport(db, { user, ...input, now });
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
  } catch (error) {
    return failure(seq, error);
  }
}
