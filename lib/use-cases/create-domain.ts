import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { normaliseDomainName, type NormalisedDomain } from "@/lib/domain-name";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "./actor";
import { rederiveDomain } from "./rederive-domain";

export const ZCreateDomainInput = z.object({
  name: z.string().trim().min(1, "Name the domain.").max(300),
  /** The account's name or id. */
  account: z.string().trim().min(1, "Name the account.").max(200),
});
export type TCreateDomainInput = z.infer<typeof ZCreateDomainInput>;

export async function createDomain(
  db: PrismaClient,
  { actor, input, now }: { actor: Actor; input: TCreateDomainInput; now: Date },
): Promise<{ domainId: string; name: string }> {
  if (!can(actor.role, "accounts:manage")) throw new AppError("forbidden", "Only admins add domains.");
  const parsed = ZCreateDomainInput.parse(input);
  const normalised = normaliseDomainName(parsed.name);
  if (!normalised) throw new AppError("unprocessable", `"${parsed.name}" is not a domain name.`, { name: "Not a domain name." });
  const conflict = () => new AppError("conflict", `The domain ${normalised.name} already exists.`, { name: "Already exists." });
  try {
    return await insertDomain(db, actor, parsed.account, normalised, now, conflict);
  } catch (error) {
    // Two requests created the same domain at once: the loser's insert hits the unique
    // name after the winner committed. That is the same 409 as when it existed before.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

async function insertDomain(
  db: PrismaClient,
  actor: Actor,
  accountRef: string,
  normalised: NormalisedDomain,
  now: Date,
  conflict: () => AppError,
): Promise<{ domainId: string; name: string }> {
  return db.$transaction(async (tx) => {
    const account = await tx.account.findFirst({ where: { OR: [{ id: accountRef }, { name: accountRef }] } });
    if (!account) throw new AppError("unprocessable", `The account "${accountRef}" does not exist.`, { account: "Unknown account." });
    const existing = await tx.domain.findUnique({ where: { name: normalised.name }, select: { id: true } });
    if (existing) throw conflict();
    const domain = await tx.domain.create({
      data: { ...normalised, accountId: account.id, statusChangedAt: now },
    });
    // The first entry of the domain's status history (the overview counts from it).
    await tx.domainStatusChange.create({
      data: { domainId: domain.id, accountId: account.id, fromStatus: null, toStatus: domain.status, changedAt: now },
    });
    await rederiveDomain(tx, domain.id, { now });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "domain.created",
      targetType: "domain",
      targetId: domain.id,
      accountId: account.id,
      domainId: domain.id,
      after: { name: domain.name, displayName: domain.displayName, account: account.name },
    });
    return { domainId: domain.id, name: domain.name };
  });
}
