// Tracks an action: start it, mark it done, dismiss or reopen it, add a note. Every
// update names the version it read; a stale version is refused (409) so two people
// never overwrite each other silently.
import { z } from "zod";
import { maskVerificationCodes } from "@/lib/icp";
import { writeAudit } from "@/lib/audit";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ActionState, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { deriveDomainState } from "@/lib/icp";
import { onActionStateChanged } from "@/lib/notifications/enqueue";
import { auditActor, type Actor } from "./actor";
import { lockDomain } from "@/lib/db/locks";
import { liveActionSummary } from "./rederive-domain";

/** States a person may set; `superseded` is the system's alone. */
export const SETTABLE_STATES = ["open", "in_progress", "done", "dismissed"] as const satisfies readonly ActionState[];

export const ZUpdateActionInput = z
  .object({
    state: z.enum(SETTABLE_STATES).optional(),
    // Masked on the way in: the stored note and its audit copy never hold a code in clear.
    note: z.string().trim().max(2000, "A note has at most 2,000 characters.").transform(maskVerificationCodes).optional(),
    version: z.number().int().min(1),
  })
  .strict()
  .refine((v) => v.state !== undefined || (v.note !== undefined && v.note.length > 0), {
    message: "Change the state or add a note.",
    path: ["state"],
  });
export type TUpdateActionInput = z.infer<typeof ZUpdateActionInput>;

export class StaleVersionError extends AppError {
  readonly currentVersion: number;
  readonly currentState: ActionState;
  constructor(currentVersion: number, currentState: ActionState) {
    super("stale_version", "This action was changed by someone else in the meantime. Review its current state and try again.");
    this.currentVersion = currentVersion;
    this.currentState = currentState;
  }
}

export async function updateAction(
  db: PrismaClient,
  { actor, actionId, input, now }: { actor: Actor; actionId: string; input: TUpdateActionInput; now: Date },
): Promise<{ domainId: string; domainName: string }> {
  const parsed = ZUpdateActionInput.parse(input);
  return db.$transaction(async (tx) => {
    // An action never changes domain: find its domain, lock it, then read everything
    // (the domain's account and the action's version) after the lock.
    const owner = await tx.action.findUnique({ where: { id: actionId }, select: { domainId: true } });
    if (owner) await lockDomain(tx, owner.domainId);
    const found = owner
      ? await tx.action.findUnique({
          where: { id: actionId },
          select: { domainId: true, domain: { select: { accountId: true, name: true } } },
        })
      : null;
    // Another account's action does not exist for a customer (404, never 403).
    const visible =
      found &&
      can(actor.role, "actions:update") &&
      (can(actor.role, "domains:read_all") || found.domain.accountId === actor.accountId);
    if (!found || !visible) throw new AppError("not_found", "The action was not found.");
    const action = await tx.action.findUniqueOrThrow({ where: { id: actionId } });
    if (action.version !== parsed.version) throw new StaleVersionError(action.version, action.state);
    if (action.state === "superseded" && parsed.state !== undefined) {
      throw new AppError("unprocessable", "This action is no longer required (superseded); it cannot change state.", {
        state: "Superseded actions cannot change state.",
      });
    }
    const toState = parsed.state ?? action.state;
    const closing = toState === "done" || toState === "dismissed";
    const reopening = (action.state === "done" || action.state === "dismissed") && !closing;
    if (reopening && !(await stillRequired(tx, action, now))) {
      throw new AppError("unprocessable", "This action is no longer required by the domain's messages; it cannot be reopened.", {
        state: "No longer required: it cannot be reopened.",
      });
    }
    const updated = await tx.action.update({
      where: { id: actionId },
      data: {
        state: toState,
        closedAt: closing ? (action.closedAt && action.state === toState ? action.closedAt : now) : null,
        version: { increment: 1 },
      },
    });
    await tx.actionEvent.create({
      data: {
        actionId,
        actorId: actor.userId,
        actorRole: actor.role,
        fromState: parsed.state !== undefined ? action.state : null,
        toState: parsed.state !== undefined ? toState : null,
        note: parsed.note || null,
      },
    });
    if (toState !== action.state) {
      await tx.domain.update({ where: { id: found.domainId }, data: await liveActionSummary(tx, found.domainId) });
      // A closed action's undelivered reminders are dropped with it: lib/notifications/enqueue.ts.
      await onActionStateChanged(tx, { actionId, state: toState });
    }
    await writeAudit(tx, {
      actor: auditActor(actor),
      event: "action.updated",
      targetType: "action",
      targetId: actionId,
      accountId: found.domain.accountId,
      domainId: found.domainId,
      before: { state: action.state, version: action.version },
      after: { state: updated.state, version: updated.version, ...(parsed.note ? { note: parsed.note } : {}) },
    });
    return { domainId: found.domainId, domainName: found.domain.name };
  });
}

/**
 * Whether the domain's facts and messages still require this very action (its key, for
 * the message that caused it). A finished action that a later message made unnecessary
 * stays finished: reopened, it would count as open although nothing asks for it.
 */
async function stillRequired(
  tx: Prisma.TransactionClient,
  action: { domainId: string; key: string; causeMessageId: string | null },
  now: Date,
): Promise<boolean> {
  const domain = await tx.domain.findUniqueOrThrow({ where: { id: action.domainId }, select: { hosting: true, providerAccess: true } });
  const messages = await tx.message.findMany({
    where: { domainId: action.domainId },
    select: { id: true, kind: true, receivedAt: true, deadline: true, icpNumbers: true, retractsMessageId: true },
  });
  const derived = deriveDomainState(domain, messages, now);
  return derived.actions.some((required) => required.key === action.key && required.causeMessageId === action.causeMessageId);
}
