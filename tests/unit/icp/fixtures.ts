import type { DerivationMessage, DomainFacts, MessageKind } from "../../../lib/icp";

/** A China wall-clock time as a Date ("2026-11-20 10:00" → 02:00 UTC; seconds optional). */
export const cst = (wallClock: string): Date => {
  const iso = wallClock.replace(" ", "T");
  const date = new Date(`${iso.length === 16 ? `${iso}:00` : iso}+08:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`bad fixture time ${wallClock}`);
  return date;
};

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function msg(
  id: string,
  kind: MessageKind,
  receivedAt: Date,
  extra: Partial<Omit<DerivationMessage, "id" | "kind" | "receivedAt">> = {},
): DerivationMessage {
  return { id, kind, receivedAt, deadline: null, icpNumbers: [], ...extra };
}

export const UNKNOWN_FACTS: DomainFacts = { hosting: "unknown", providerAccess: "unknown" };
