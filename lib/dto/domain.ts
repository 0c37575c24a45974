// The JSON shapes of the brief ("Shapes"), built from query results. No Prisma types
// leave the server through the API except through these functions.
import { isOverdue } from "@/lib/icp";
import type { DomainDetail } from "@/lib/queries/domain-detail";
import type { DomainListItem } from "@/lib/queries/domains";

export function actionDto(action: DomainDetail["actions"][number], now: Date) {
  return {
    id: action.id,
    key: action.key,
    state: action.state,
    dueAt: action.dueAt?.toISOString() ?? null,
    overdue: isOverdue(action, now),
    version: action.version,
    causeMessageId: action.causeMessageId,
    supersededByMessageId: action.supersededByMessageId,
    closedAt: action.closedAt?.toISOString() ?? null,
    history: action.events.map((event) => ({
      at: event.createdAt.toISOString(),
      by: event.actor ? { name: event.actor.name, role: event.actorRole } : null,
      fromState: event.fromState,
      toState: event.toState,
      note: event.note,
      messageId: event.messageId,
    })),
  };
}

export function messageDto(message: DomainDetail["messages"][number]) {
  return {
    id: message.id,
    kind: message.kind,
    channel: message.channel,
    receivedAt: message.receivedAt.toISOString(),
    // Stored with verification codes already masked (lib/use-cases/record-message.ts).
    text: message.text,
    icpNumbers: message.icpNumbers,
    deadline: message.deadline?.toISOString() ?? null,
    retractsMessageId: message.retractsMessageId,
    recordedBy: message.recordedBy?.name ?? null,
  };
}

export function domainDto(domain: DomainDetail, now: Date) {
  return {
    name: domain.name,
    displayName: domain.displayName,
    account: domain.account.name,
    status: domain.status,
    reason: domain.reason,
    reasonZh: domain.reasonZh,
    statusChangedAt: domain.statusChangedAt.toISOString(),
    hosting: domain.hosting,
    providerAccess: domain.providerAccess,
    icpNumber: domain.icpNumber,
    icpEntityNumber: domain.icpEntityNumber,
    filingType: domain.filingType,
    providerStage: domain.providerStage,
    actions: domain.actions.map((action) => actionDto(action, now)),
    messages: domain.messages.map(messageDto),
    messageCount: domain._count.messages,
  };
}
export type DomainDto = ReturnType<typeof domainDto>;

export function domainListItemDto(item: DomainListItem) {
  return {
    name: item.name,
    displayName: item.displayName,
    account: item.account,
    status: item.status,
    reason: item.reason,
    reasonZh: item.reasonZh,
    icpNumber: item.icpNumber,
    statusChangedAt: item.statusChangedAt.toISOString(),
    openActionCount: item.openActionCount,
    nextDueAt: item.nextDueAt?.toISOString() ?? null,
    overdue: item.overdue,
  };
}
