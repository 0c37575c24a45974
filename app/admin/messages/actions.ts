"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import { classifyMessage, defaultChannelForKind, isConfidentClassification, isProviderEventKind, MESSAGE_KIND_CATALOGUE, parseChinaTimestamp, type MessageKind } from "@/lib/icp";
import { formatChinaInput } from "@/lib/import/format";
import { actorFromUser } from "@/lib/use-cases/actor";
import { previewMessage } from "@/lib/use-cases/preview-message";
import { recordMessage, type TRecordMessageInput } from "@/lib/use-cases/record-message";
import { emptyValues, type ProviderEventState, type RecordFormState, type RecordValues } from "./form-state";

const KEYS: (keyof RecordValues)[] = ["domain", "text", "receivedAt", "kind", "channel", "icpNumbers", "deadline", "reviewed"];

function valuesOf(form: FormData): RecordValues {
  const values = {} as RecordValues;
  for (const key of KEYS) values[key] = String(form.get(key) ?? "");
  return values;
}

function failure(previous: RecordFormState, values: RecordValues, error: unknown): RecordFormState {
  const base = { seq: previous.seq + 1, values, outcome: "error" as const };
  if (error instanceof AppError) return { ...base, error: { code: error.code, message: error.message, fields: error.fields ?? {} } };
  if (error instanceof z.ZodError) {
    return { ...base, error: { code: "validation_failed", message: "Check the highlighted fields.", fields: fieldErrorsOf(error) } };
  }
  console.error("record message form failed", error);
  return { ...base, error: { code: "internal_error", message: "The message could not be saved.", fields: {} } };
}

function timestampOrThrow(value: string, field: "receivedAt" | "deadline"): Date {
  const date = parseChinaTimestamp(value);
  if (!date) throw new AppError("unprocessable", `${field} is not a date-time.`, { [field]: "Not a date-time (China time, e.g. 2026-11-20 10:00)." });
  return date;
}

/** The form's fields as recordMessage's input: empty means "from the text" until the classifier filled them. */
function inputOf(values: RecordValues): TRecordMessageInput {
  const reviewed = values.reviewed === "1";
  const numbers = values.icpNumbers.split(/[\s,;，；]+/).filter(Boolean);
  return {
    domain: values.domain,
    text: values.text,
    receivedAt: timestampOrThrow(values.receivedAt, "receivedAt"),
    kind: (values.kind || undefined) as TRecordMessageInput["kind"],
    channel: (values.channel || undefined) as TRecordMessageInput["channel"],
    icpNumbers: numbers.length ? numbers : reviewed ? [] : undefined,
    deadline: values.deadline ? timestampOrThrow(values.deadline, "deadline") : reviewed ? null : undefined,
  };
}

async function adminOrNull() {
  const user = await getCurrentUser();
  return user && can(user.role, "messages:record") ? user : null;
}

const NOT_ALLOWED = { code: "forbidden", message: "Only admins record messages. Sign in again as an admin.", fields: {} };

/**
 * One action for the three buttons of the record form: classify (pre-fill from the text),
 * preview (what saving would do, nothing written) and save (recordMessage).
 */
export async function submitRecordForm(previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  const values = valuesOf(form);
  // A server action is a public POST endpoint: it checks the caller itself.
  const user = await adminOrNull();
  if (!user) return { seq: previous.seq + 1, values, outcome: "error", error: NOT_ALLOWED };
  const actor = actorFromUser(user);
  const db = await prisma();
  const now = new Date();
  const intent = String(form.get("intent") ?? "preview");
  try {
    if (intent === "classify") {
      if (!values.text.trim()) throw new AppError("unprocessable", "Paste the message text first.", { text: "Paste the message text." });
      const receivedAt = values.receivedAt ? timestampOrThrow(values.receivedAt, "receivedAt") : now;
      const result = classifyMessage(values.text, { referenceDate: receivedAt });
      const kind = result.kind === "unknown" ? "" : result.kind;
      const filled: RecordValues = {
        ...values,
        domain: values.domain || (result.domains[0] ? (normaliseDomainName(result.domains[0])?.displayName ?? "") : ""),
        kind,
        channel: kind ? defaultChannelForKind(kind) : values.channel,
        icpNumbers: result.icpNumbers.join(", "),
        deadline: result.deadline ? formatChinaInput(result.deadline) : "",
        reviewed: "1",
      };
      const state: RecordFormState = {
        seq: previous.seq + 1,
        values: filled,
        outcome: kind ? "classified" : "unclassified",
        confidence: result.confidence,
        explanation: {
          confidence: result.confidence,
          level: result.confidenceLevel,
          decidedBy: result.decidedBy,
          runnerUp: result.runnerUp,
          confident: isConfidentClassification(result),
        },
      };
      // With a kind and a known domain the preview comes straight away; otherwise the admin fills in first.
      if (kind && filled.domain) {
        try {
          state.preview = await previewMessage(db, { actor, input: inputOf(filled), now });
        } catch (error) {
          const failed = failure(previous, filled, error);
          return { ...state, error: failed.error };
        }
      }
      return state;
    }
    if (intent === "save") {
      const result = await recordMessage(db, { actor, input: inputOf(values), now });
      const domain = await db.domain.findUniqueOrThrow({
        where: { id: result.domainId },
        select: { name: true, displayName: true, status: true, reason: true, reasonZh: true },
      });
      revalidatePath("/", "layout");
      return {
        seq: previous.seq + 1,
        // Ready for the next message: same domain and time, the text cleared.
        values: { ...emptyValues(values.receivedAt), domain: values.domain },
        outcome: "saved",
        saved: { domain: domain.name, displayName: domain.displayName, status: domain.status, reason: domain.reason, reasonZh: domain.reasonZh, created: result.created },
      };
    }
    const preview = await previewMessage(db, { actor, input: inputOf(values), now });
    return { seq: previous.seq + 1, values, outcome: "previewed", preview };
  } catch (error) {
    return failure(previous, values, error);
  }
}

/** Provider-side events (submitted, returned, sent to the authority, synced): recorded like messages, channel `provider`. */
export async function recordProviderEvent(previous: ProviderEventState, form: FormData): Promise<ProviderEventState> {
  const values = {
    domain: String(form.get("domain") ?? ""),
    kind: String(form.get("kind") ?? ""),
    receivedAt: String(form.get("receivedAt") ?? ""),
    note: String(form.get("note") ?? ""),
  };
  const seq = previous.seq + 1;
  const user = await adminOrNull();
  if (!user) return { status: "error", seq, message: NOT_ALLOWED.message, fields: {}, values };
  try {
    const kind = values.kind as MessageKind;
    if (!values.kind || !isProviderEventKind(kind)) throw new AppError("validation_failed", "Choose the event.", { kind: "Choose the event." });
    const title = MESSAGE_KIND_CATALOGUE[kind].title;
    const db = await prisma();
    const result = await recordMessage(db, {
      actor: actorFromUser(user),
      now: new Date(),
      input: {
        domain: values.domain,
        kind,
        channel: "provider",
        receivedAt: timestampOrThrow(values.receivedAt, "receivedAt"),
        // The event's own words when staff add none, so the timeline says what happened.
        text: values.note.trim() || `${title.en} (${title.zh})`,
        deadline: null,
        icpNumbers: [],
      },
    });
    const domain = await db.domain.findUniqueOrThrow({
      where: { id: result.domainId },
      select: { name: true, displayName: true, status: true, reason: true, reasonZh: true },
    });
    revalidatePath("/", "layout");
    return { status: "saved", seq, saved: { domain: domain.name, displayName: domain.displayName, status: domain.status, reason: domain.reason, reasonZh: domain.reasonZh, created: result.created } };
  } catch (error) {
    const failed = failure({ seq } as RecordFormState, values as unknown as RecordValues, error);
    return { status: "error", seq, message: failed.error?.message ?? "", fields: failed.error?.fields ?? {}, values };
  }
}
