import type { ClassificationCue, ConfidenceLevel, MessageKind } from "@/lib/icp";
import type { MessagePreview } from "@/lib/use-cases/preview-message";
import type { RecordMismatch } from "./mismatch";

export type RecordValues = {
  domain: string;
  text: string;
  receivedAt: string;
  kind: string;
  channel: string;
  icpNumbers: string;
  deadline: string;
  /** "1" once the classifier has filled the fields: empty fields then mean "none", not "from the text". */
  reviewed: string;
};

export type SavedMessage = {
  domain: string;
  displayName: string;
  status: MessagePreview["after"]["status"];
  reason: string;
  reasonZh: string;
  created: boolean;
};

export type RecordFormState = {
  /** Changes on every answer so the form re-mounts with the answer's values. */
  seq: number;
  values: RecordValues;
  outcome: "idle" | "classified" | "unclassified" | "previewed" | "saved" | "error";
  confidence?: number;
  /** Why the classifier chose the kind (shown after the classify step). */
  explanation?: {
    confidence: number;
    level: ConfidenceLevel;
    decidedBy: ClassificationCue | null;
    runnerUp: { kind: MessageKind; confidence: number } | null;
    /** Whether automatic intake would record this text without a person (isConfidentClassification). */
    confident: boolean;
    /** The text also has words of a kind this one is known to be confused with (Classification.caution). */
    caution: boolean;
  };
  preview?: MessagePreview;
  /** The text names a domain or ICP number that is not the chosen domain's. */
  warnings?: RecordMismatch[];
  /** The digest of the fields previewed: Save records only while the form still matches it. */
  previewKey?: string;
  /** Save was pressed without a preview of these fields ("missing") or after they changed ("changed"): here is the new one. */
  stale?: "missing" | "changed";
  saved?: SavedMessage;
  error?: { code: string; message: string; fields: Record<string, string> };
};

export type ProviderValues = { domain: string; kind: string; receivedAt: string; note: string };

export type ProviderEventState =
  | { status: "idle"; seq: number }
  | { status: "previewed"; seq: number; values: ProviderValues; preview: MessagePreview; previewKey: string; stale?: "missing" | "changed" }
  | { status: "saved"; seq: number; saved: SavedMessage }
  | { status: "error"; seq: number; message: string; fields: Record<string, string>; values: Record<string, string> };

export function emptyValues(receivedAt: string): RecordValues {
  return { domain: "", text: "", receivedAt, kind: "", channel: "", icpNumbers: "", deadline: "", reviewed: "" };
}
