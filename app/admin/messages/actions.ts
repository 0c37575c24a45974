"use server";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, formText, formTexts, runServerAction } from "@/lib/actions/server-action";
import { normaliseDomainName } from "@/lib/domain-name";
import { AppError } from "@/lib/errors";
import { classifyMessage, defaultChannelForKind, isConfidentClassification, isProviderEventKind, MESSAGE_KIND_CATALOGUE, parseChinaTimestamp, type MessageKind } from "@/lib/icp";
import { formatChinaInput } from "@/lib/import/format";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findDomainStatus } from "@/lib/queries/domain-detail";
import { findDomainNumbers } from "@/lib/queries/record-preview";
import type { Actor } from "@/lib/use-cases/actor";
import { previewMessage } from "@/lib/use-cases/preview-message";
import { recordMessage, type TRecordMessageInput } from "@/lib/use-cases/record-message";
import { emptyValues, type ProviderEventState, type ProviderValues, type RecordFormState, type RecordValues } from "./form-state";
import { findRecordMismatches } from "./mismatch";
import { localiseFields } from "./localise-fields";

const KEYS: (keyof RecordValues)[] = ["domain", "text", "receivedAt", "kind", "channel", "icpNumbers", "deadline", "reviewed"];

/** The record form's fields: all text, read as typed. */
const ZRecordValues = z.object(Object.fromEntries(KEYS.map((key) => [key, z.string()])) as Record<keyof RecordValues, z.ZodString>);

async function failure(previous: RecordFormState, values: RecordValues, error: unknown): Promise<RecordFormState> {
  const { code, message, fields } = await actionFailure(error, "submitRecordForm");
  return { seq: previous.seq + 1, values, outcome: "error", error: { code, message, fields: await localiseFields(fields) } };
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
 * What was previewed, as a digest of every field that decides what saving records. Save
 * records only when the form still carries the digest of its own fields: a text, kind or
 * any other field changed after the preview gets a new preview instead (issue 14, item 10).
 */
function previewKeyOf(fields: Record<string, string>): string {
  // Read the way saving reads them, so a browser's own spelling of the same time
  // ("…T10:00" for "…T10:00:00") or of the same domain is the same preview.
  const canonical = (key: string, value: string): string => {
    if (key === "text") return value.replace(/\r\n?/g, "\n");
    if (key === "receivedAt" || key === "deadline") return String(parseChinaTimestamp(value)?.getTime() ?? value.trim());
    if (key === "domain") return normaliseDomainName(value)?.name ?? value.trim();
    if (key === "icpNumbers") return value.split(/[\s,;，；]+/).filter(Boolean).join(",");
    return value.trim();
  };
  const ordered = Object.keys(fields)
    .sort()
    .map((key) => [key, canonical(key, fields[key] ?? "")]);
  return createHash("sha256").update(JSON.stringify(ordered)).digest("base64url");
}

/** The preview with its warnings (a domain or ICP number in the text that is not the chosen domain's). */
async function previewWithWarnings(db: PrismaClient, actor: Actor, input: TRecordMessageInput, now: Date) {
  const preview = await previewMessage(db, { actor, input, now });
  const numbers = await findDomainNumbers(db, preview.domain.name);
  const warnings = numbers ? findRecordMismatches(input.text, { ...numbers, displayName: preview.domain.displayName }) : [];
  return { preview, warnings };
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
            caution: result.caution !== null,
          },
        };
        // With a kind and a known domain the preview comes straight away; otherwise the admin fills in first.
        if (kind && filled.domain) {
          try {
            const { preview, warnings } = await previewWithWarnings(db, actor, inputOf(filled), now);
            Object.assign(state, { preview, warnings, previewKey: previewKeyOf(filled) });
          } catch (error) {
            const failed = await failure(previous, filled, error);
            return { ...state, error: failed.error };
          }
        }
        return state;
      }
      const key = previewKeyOf(values);
      if (intent === "save" && formText(form, "previewKey") === key) {
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
      // A preview, or a save without a preview of exactly these fields: what saving would do, nothing written.
      const { preview, warnings } = await previewWithWarnings(db, actor, inputOf(values), now);
      const stale = intent === "save" ? (formText(form, "previewKey") ? "changed" : "missing") : undefined;
      return { seq: previous.seq + 1, values, outcome: "previewed", preview, warnings, previewKey: key, ...(stale ? { stale } : {}) } satisfies RecordFormState;
    },
  });
  if (outcome.ok) return outcome.value;
  const { code, message, fields } = outcome.failure;
  return { seq: previous.seq + 1, values, outcome: "error", error: { code, message, fields: await localiseFields(fields) } };
}

const PROVIDER_KEYS: (keyof ProviderValues)[] = ["domain", "kind", "receivedAt", "note"];

/** A provider event as recordMessage's input: channel `provider`, the event's own words when staff add none. */
function providerInputOf(values: ProviderValues): TRecordMessageInput {
  const kind = values.kind as MessageKind;
  if (!values.kind || !isProviderEventKind(kind)) throw new AppError("validation_failed", "Choose the event.", { kind: "Choose the event." });
  const title = MESSAGE_KIND_CATALOGUE[kind].title;
  return {
    domain: values.domain,
    kind,
    channel: "provider",
    receivedAt: timestampOrThrow(values.receivedAt, "receivedAt"),
    // The event's own words when staff add none, so the timeline says what happened.
    text: values.note.trim() || `${title.en} (${title.zh})`,
    deadline: null,
    icpNumbers: [],
  };
}

/**
 * Provider-side events (submitted, returned, sent to the authority, synced): recorded like
 * messages, channel `provider`, and previewed first like them: "Record" saves only what the
 * preview showed; otherwise it answers with the preview.
 */
export async function recordProviderEvent(previous: ProviderEventState, form: FormData): Promise<ProviderEventState> {
  const values = formTexts(form, PROVIDER_KEYS);
  const intent = formText(form, "intent") || "save";
  const seq = previous.seq + 1;
  const outcome = await runServerAction(form, {
    name: "recordProviderEvent",
    permission: "messages:record",
    schema: z.object({ domain: z.string(), kind: z.string(), receivedAt: z.string(), note: z.string() }),
    read: () => values,
    run: async ({ db, actor, now }): Promise<ProviderEventState> => {
      const input = providerInputOf(values);
      const key = previewKeyOf(values);
      if (intent === "save" && formText(form, "previewKey") === key) {
        const result = await recordMessage(db, { actor, now, input });
        const saved = await findDomainStatus(db, result.domainId);
        revalidatePath("/", "layout");
        return { status: "saved", seq, saved: { domain: saved.name, displayName: saved.displayName, status: saved.status, reason: saved.reason, reasonZh: saved.reasonZh, created: result.created } };
      }
      const preview = await previewMessage(db, { actor, input, now });
      const stale = intent === "save" ? (formText(form, "previewKey") ? "changed" : "missing") : undefined;
      return { status: "previewed", seq, values, preview, previewKey: key, ...(stale ? { stale } : {}) };
    },
  });
  if (!outcome.ok) return { status: "error", seq, message: outcome.failure.message, fields: await localiseFields(outcome.failure.fields), values };
  return outcome.value;
}
