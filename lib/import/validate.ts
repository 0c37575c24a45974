// Bulk import, step 1: every row of an uploaded file checked against the rules and the
// database, nothing written. The report (lib/import/report.ts) stores the outcome of
// each row; the runner (lib/import/runner.ts) records the valid ones.
import { AppError } from "@/lib/errors";
import type { ImportRowOutcome, PrismaClient } from "@/lib/generated/prisma/client";
import { maskVerificationCodes, parseChinaDeadline, parseChinaTimestamp } from "@/lib/icp";
import type { RawImportRow } from "@/lib/import/parse-file";
import { prepareMessage, type TRecordMessageInput } from "@/lib/use-cases/record-message";

const LOOKUP_CHUNK = 1_000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export type StoredRowInput = {
  domain: string;
  receivedAt: string;
  text: string;
  kind: string;
  channel: string;
  deadline: string;
  /** The CSV line where the row starts; null for JSON. */
  line: number | null;
};

export type ValidatedRow = { rowNumber: number; input: StoredRowInput; outcome: ImportRowOutcome; error: string | null };

/** The row as recordMessage's input; throws an AppError with the reason a row is refused. */
export function rowToInput(input: StoredRowInput): TRecordMessageInput {
  const receivedAt = input.receivedAt.trim() ? parseChinaTimestamp(input.receivedAt) : null;
  if (!input.receivedAt.trim()) throw new AppError("unprocessable", "receivedAt is empty.");
  if (!receivedAt) throw new AppError("unprocessable", `receivedAt "${input.receivedAt}" is not a date-time (e.g. 2026-11-20 10:00 or 2026-11-20T02:00:00Z).`);
  let deadline: Date | undefined;
  if (input.deadline.trim()) {
    const parsed = parseChinaDeadline(input.deadline);
    if (!parsed) throw new AppError("unprocessable", `deadline "${input.deadline}" is not a date-time.`);
    deadline = parsed;
  }
  const kind = input.kind.trim();
  const channel = input.channel.trim();
  return {
    domain: input.domain,
    text: input.text,
    receivedAt,
    kind: (kind || undefined) as TRecordMessageInput["kind"],
    channel: (channel || undefined) as TRecordMessageInput["channel"],
    deadline,
  };
}

/** Why a row was refused. Errors echo the values they refuse: masked like the values themselves. */
export function reasonOf(error: unknown): string {
  if (error instanceof AppError) return maskVerificationCodes(error.message);
  if (error && typeof error === "object" && "issues" in error) {
    // zod: an unknown kind or channel, a text over 20,000 characters, …
    const issues = (error as { issues: { path: PropertyKey[]; message: string }[] }).issues;
    return maskVerificationCodes(issues.map((i) => `${i.path.map(String).join(".") || "row"}: ${i.message}`).join("; "));
  }
  return "Unexpected error.";
}

export function storedInput(raw: RawImportRow): StoredRowInput {
  // Masked before anything is stored: a code pasted into any column never reaches the database.
  const mask = (value: string) => maskVerificationCodes(value);
  return {
    domain: mask(raw.values.domain),
    receivedAt: mask(raw.values.receivedAt),
    text: mask(raw.values.text),
    kind: mask(raw.values.kind),
    channel: mask(raw.values.channel),
    deadline: mask(raw.values.deadline),
    line: raw.line,
  };
}

/** Validates every row against the rules and the database; writes nothing. */
export async function validateImportRows(db: PrismaClient, rows: RawImportRow[], now: Date): Promise<ValidatedRow[]> {
  const prepared: { row: ValidatedRow; domain?: string; receivedAt?: Date; textHash?: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]!;
    const input = storedInput(raw);
    const row: ValidatedRow = { rowNumber: raw.rowNumber, input, outcome: "valid", error: null };
    if (raw.shapeError) {
      prepared.push({ row: { ...row, outcome: "invalid", error: maskVerificationCodes(raw.shapeError) } });
    } else {
      try {
        // Classified from the text as uploaded: once masked, a code SMS no longer reads as one.
        // The kind and deadline found are kept with the row, so the import records exactly them.
        const message = prepareMessage(rowToInput({ ...input, text: raw.values.text }), now);
        row.input = { ...input, kind: message.kind, deadline: message.deadline?.toISOString() ?? "" };
        prepared.push({ row, domain: message.domainName, receivedAt: message.receivedAt, textHash: message.textHash });
      } catch (error) {
        prepared.push({ row: { ...row, outcome: "invalid", error: reasonOf(error) } });
      }
    }
    // Classifying 10,000 texts takes a while: let other requests run in between.
    if (i % 500 === 499) await yieldToEventLoop();
  }

  const names = [...new Set(prepared.flatMap((p) => (p.domain ? [p.domain] : [])))];
  const domains = new Map<string, string>();
  for (let i = 0; i < names.length; i += LOOKUP_CHUNK) {
    const found = await db.domain.findMany({ where: { name: { in: names.slice(i, i + LOOKUP_CHUNK) } }, select: { id: true, name: true } });
    for (const d of found) domains.set(d.name, d.id);
  }
  // Messages already recorded, looked up by text hash (indexed with domain and time).
  const hashes = [...new Set(prepared.flatMap((p) => (p.textHash && p.domain && domains.has(p.domain) ? [p.textHash] : [])))];
  const recorded = new Set<string>();
  for (let i = 0; i < hashes.length; i += LOOKUP_CHUNK) {
    const found = await db.message.findMany({
      where: { textHash: { in: hashes.slice(i, i + LOOKUP_CHUNK) }, domainId: { in: [...new Set(domains.values())] } },
      select: { domainId: true, receivedAt: true, textHash: true },
    });
    for (const m of found) recorded.add(`${m.domainId}|${m.receivedAt.getTime()}|${m.textHash}`);
  }

  const seenInFile = new Map<string, number>();
  return prepared.map(({ row, domain, receivedAt, textHash }) => {
    if (row.outcome !== "valid" || !domain || !receivedAt || !textHash) return row;
    const domainId = domains.get(domain);
    if (!domainId) return { ...row, outcome: "invalid", error: `The domain ${domain} does not exist. Add it on the Domains page first.` };
    const key = `${domainId}|${receivedAt.getTime()}|${textHash}`;
    if (recorded.has(key)) return { ...row, outcome: "duplicate", error: "Already recorded (same domain, received-at and text)." };
    const earlier = seenInFile.get(key);
    if (earlier !== undefined) return { ...row, outcome: "duplicate", error: `Same message as row ${earlier}.` };
    seenInFile.set(key, row.rowNumber);
    return row;
  });
}

