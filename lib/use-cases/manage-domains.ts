// Admins move a domain to another account and set its filing record (ICP numbers,
// filing type, provider stage). Adding a domain is createDomain (create-domain.ts).
// Each change is audited and re-derives the domain under its row lock, so the stored
// status, reason and counts stay what lib/icp/derive.ts says.
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { extractIcpNumbers } from "@/lib/icp";
import { auditActor, type Actor } from "./actor";
import { lockDomainByName } from "@/lib/db/locks";
import { rederiveDomain } from "./rederive-domain";

function requireDomainAdmin(actor: Actor): void {
  if (!can(actor.role, "accounts:manage")) throw new AppError("forbidden", "Only admins manage domains.");
}

export const ZMoveDomainInput = z.object({
  /** The account's name or id. */
  account: z.string().trim().min(1, "Choose the account.").max(200),
});

export async function moveDomain(
  db: PrismaClient,
  { actor, domainName, input, now }: { actor: Actor; domainName: string; input: z.input<typeof ZMoveDomainInput>; now: Date },
): Promise<{ domainId: string; changed: boolean }> {
  requireDomainAdmin(actor);
  const parsed = ZMoveDomainInput.parse(input);
  return db.$transaction(async (tx) => {
    // Lock first, then read (lib/db/locks.ts).
    const domainId = await lockDomainByName(tx, domainName);
    const domain = domainId ? await tx.domain.findUnique({ where: { id: domainId }, include: { account: true } }) : null;
    if (!domain) throw new AppError("not_found", `The domain ${domainName} does not exist.`);
    const target = await tx.account.findFirst({ where: { OR: [{ id: parsed.account }, { name: parsed.account }] } });
    if (!target) throw new AppError("unprocessable", `The account "${parsed.account}" does not exist.`, { account: "Unknown account." });
    if (target.id === domain.accountId) return { domainId: domain.id, changed: false };
    await tx.domain.update({ where: { id: domain.id }, data: { accountId: target.id } });
    await rederiveDomain(tx, domain.id, { now });
    // Recorded under the old account: it names that account, which the new owner must not
    // learn (the new owner's history shows only its own account's events). Staff see it in
    // the domain's history and under the old account in the audit log.
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "domain.moved",
      targetType: "domain",
      targetId: domain.id,
      accountId: domain.accountId,
      domainId: domain.id,
      before: { accountId: domain.accountId, account: domain.account.name },
      after: { accountId: target.id, account: target.name },
    });
    return { domainId: domain.id, changed: true };
  });
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable();

export const ZDomainFilingInput = z.object({
  icpNumber: optionalText(100),
  icpEntityNumber: optionalText(100),
  filingType: optionalText(100),
  providerStage: optionalText(200),
});
export type TDomainFilingInput = z.input<typeof ZDomainFilingInput>;

function icpNumberOrThrow(value: string | null, field: "icpNumber" | "icpEntityNumber"): string | null {
  if (value === null) return null;
  const found = extractIcpNumbers(value);
  if (found.length !== 1 || !found[0]) {
    throw new AppError("unprocessable", `"${value}" is not an ICP number.`, { [field]: "Not an ICP number, e.g. 京ICP备2021123456号-1." });
  }
  const number = found[0];
  if (field === "icpNumber" && !/-\d+$/.test(number)) {
    throw new AppError("unprocessable", "The website number ends in -N.", { icpNumber: "A website number ends in -N, e.g. 京ICP备2021123456号-1." });
  }
  if (field === "icpEntityNumber" && /-\d+$/.test(number)) {
    throw new AppError("unprocessable", "The entity number has no -N.", { icpEntityNumber: "The entity number has no -N suffix." });
  }
  return number;
}

/** Sets the filing record. An entity number left empty with a website number is taken from it. */
export async function updateDomainFiling(
  db: PrismaClient,
  { actor, domainName, input, now }: { actor: Actor; domainName: string; input: TDomainFilingInput; now: Date },
): Promise<{ domainId: string; changed: boolean }> {
  requireDomainAdmin(actor);
  const parsed = ZDomainFilingInput.parse(input);
  const icpNumber = icpNumberOrThrow(parsed.icpNumber, "icpNumber");
  const icpEntityNumber = icpNumberOrThrow(parsed.icpEntityNumber, "icpEntityNumber") ?? (icpNumber ? icpNumber.replace(/-\d+$/, "") : null);
  if (icpNumber && icpEntityNumber && !icpNumber.startsWith(icpEntityNumber)) {
    throw new AppError("unprocessable", "The website number does not belong to the entity number.", {
      icpEntityNumber: "Must be the website number without its -N.",
    });
  }
  const next = { icpNumber, icpEntityNumber, filingType: parsed.filingType, providerStage: parsed.providerStage };
  return db.$transaction(async (tx) => {
    // Lock first, then read (lib/db/locks.ts).
    const domainId = await lockDomainByName(tx, domainName);
    const domain = domainId ? await tx.domain.findUnique({ where: { id: domainId } }) : null;
    if (!domain) throw new AppError("not_found", `The domain ${domainName} does not exist.`);
    const before = {
      icpNumber: domain.icpNumber,
      icpEntityNumber: domain.icpEntityNumber,
      filingType: domain.filingType,
      providerStage: domain.providerStage,
    };
    if (Object.entries(next).every(([key, value]) => before[key as keyof typeof before] === value)) {
      return { domainId: domain.id, changed: false };
    }
    await tx.domain.update({ where: { id: domain.id }, data: next });
    // The derivation reads facts and messages only, but re-deriving here keeps every write
    // ending the same way, should the rules ever read the record too.
    await rederiveDomain(tx, domain.id, { now });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "domain.filing_updated",
      targetType: "domain",
      targetId: domain.id,
      accountId: domain.accountId,
      domainId: domain.id,
      before,
      after: next,
    });
    return { domainId: domain.id, changed: true };
  });
}
