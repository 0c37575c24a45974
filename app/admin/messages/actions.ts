"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, formTexts, runServerAction } from "@/lib/actions/server-action";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import { classifyMessage, defaultChannelForKind, isConfidentClassification, isProviderEventKind, MESSAGE_KIND_CATALOGUE, parseChinaTimestamp, type MessageKind } from "@/lib/icp";
import { formatChinaInput } from "@/lib/import/format";
import { findDomainStatus } from "@/lib/queries/domain-detail";
import { previewMessage } from "@/lib/use-cases/preview-message";
import { recordMessage, type TRecordMessageInput } from "@/lib/use-cases/record-message";
import { emptyValues, type ProviderEventState, type RecordFormState, type RecordValues } from "./form-state";

const KEYS: (keyof RecordValues)[] = ["domain", "text", "receivedAt", "kind", "channel", "icpNumbers", "deadline", "reviewed"];

/** The record form's fields: all text, read as typed. */
const ZRecordValues = z.object(Object.fromEntries(KEYS.map((key) => [key, z.string()])) as Record<keyof RecordValues, z.ZodString>);

async function failure(previous: RecordFormState, values: RecordValues, error: unknown): Promise<RecordFormState> {
  const { code, message, fields } = await actionFailure(error, "submitRecordForm");
  return { seq: previous.seq + 1, values, outcome: "error", error: { code, message, fields } };
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

/**
 * One action for the three buttons of the record form: classify (pre-fill from the text),
 * preview (what saving would do, nothing written) and save (recordMessage).
 */
export async function submitRecordForm(previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  const values = formTexts(form, KEYS);
  const intent = String(form.get("intent") ?? "preview");
  const outcome = await runServerAction(form, {
    name: "submitRecordForm",
    permission: "messages:record",
    schema: ZRecordValues,
    read: () => values,
    run: async ({ db, actor, now }): Promise<RecordFormState> => {
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
            const failed = await failure(previous, filled, error);
            return { ...state, error: failed.error };
          }
        }
        return state;
      }
      if (intent === "save") {
        const result = await recordMessage(db, { actor, input: inputOf(values), now });
        const domain = await findDomainStatus(db, result.domainId);
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
    },
  });
  if (outcome.ok) return outcome.value;
  const { code, message, fields } = outcome.failure;
  return { seq: previous.seq + 1, values, outcome: "error", error: { code, message, fields } };
}

/** Provider-side events (submitted, returned, sent to the authority, synced): recorded like messages, channel `provider`. */
export async function recordProviderEvent(previous: ProviderEventState, form: FormData): Promise<ProviderEventState> {
  const values = formTexts(form, ["domain", "kind", "receivedAt", "note"]);
  const seq = previous.seq + 1;
  const outcome = await runServerAction(form, {
    name: "recordProviderEvent",
    permission: "messages:record",
    schema: z.object({ domain: z.string(), kind: z.string(), receivedAt: z.string(), note: z.string() }),
    read: () => values,
    run: async ({ db, actor, now }) => {
      const kind = values.kind as MessageKind;
      if (!values.kind || !isProviderEventKind(kind)) throw new AppError("validation_failed", "Choose the event.", { kind: "Choose the event." });
      const title = MESSAGE_KIND_CATALOGUE[kind].title;
      const result = await recordMessage(db, {
        actor,
        now,
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
      return { ...(await findDomainStatus(db, result.domainId)), created: result.created };
    },
  });
  if (!outcome.ok) return { status: "error", seq, message: outcome.failure.message, fields: outcome.failure.fields, values };
  revalidatePath("/", "layout");
  const saved = outcome.value;
  return { status: "saved", seq, saved: { domain: saved.name, displayName: saved.displayName, status: saved.status, reason: saved.reason, reasonZh: saved.reasonZh, created: saved.created } };
}
