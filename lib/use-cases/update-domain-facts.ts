// Answers the questions that decide the "invalid filing" branch (is the site still on
// the provider's servers? was the access cancelled?) and re-derives in one transaction.
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { Hosting, ProviderAccess, type PrismaClient } from "@/lib/generated/prisma/client";
import { auditActor, type Actor } from "./actor";
import { queueForDomain } from "@/lib/db/domain-queue";
import { lockDomainByName } from "@/lib/db/locks";
import { rederiveDomain } from "./rederive-domain";

export const ZDomainFactsInput = z
  .object({ hosting: z.enum(Hosting).optional(), providerAccess: z.enum(ProviderAccess).optional() })
  .strict()
  .refine((v) => v.hosting !== undefined || v.providerAccess !== undefined, {
    message: "Answer at least one question: hosting or providerAccess.",
  });
export type TDomainFactsInput = z.infer<typeof ZDomainFactsInput>;

export async function updateDomainFacts(
  db: PrismaClient,
  { actor, domainName, input, now }: { actor: Actor; domainName: string; input: TDomainFactsInput; now: Date },
): Promise<{ domainId: string }> {
  const facts = ZDomainFactsInput.parse(input);
  if (!can(actor.role, "facts:answer")) throw new AppError("not_found", "The domain was not found.");
  return queueForDomain(domainName, () => db.$transaction(async (tx) => {
    // Lock first, then read: two answers (hosting, providerAccess) at once must each see
    // the other's, not both write back the facts they read before the lock.
    const domainId = await lockDomainByName(tx, domainName);
    const domain = domainId ? await tx.domain.findUnique({ where: { id: domainId } }) : null;
    // Another account's domain does not exist for a customer (404, never 403).
    const visible = domain && (can(actor.role, "domains:edit_facts_any") || domain.accountId === actor.accountId);
    if (!domain || !visible) throw new AppError("not_found", `The domain ${domainName} was not found.`);
    const before = { hosting: domain.hosting, providerAccess: domain.providerAccess, status: domain.status };
    const next = { hosting: facts.hosting ?? domain.hosting, providerAccess: facts.providerAccess ?? domain.providerAccess };
    if (next.hosting === before.hosting && next.providerAccess === before.providerAccess) return { domainId: domain.id };
    await tx.domain.update({ where: { id: domain.id }, data: next });
    await rederiveDomain(tx, domain.id, { now, actor: { userId: actor.userId, role: actor.role } });
    const after = await tx.domain.findUniqueOrThrow({ where: { id: domain.id }, select: { status: true } });
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "domain.facts_answered",
      targetType: "domain",
      targetId: domain.id,
      accountId: domain.accountId,
      domainId: domain.id,
      before,
      after: { ...next, status: after.status },
    });
    return { domainId: domain.id };
  }));
}
