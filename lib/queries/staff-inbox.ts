import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listIntakeChannels } from "@/lib/intake/channels";
import { listInbound, type InboundItemDto, type TInboundQuery } from "@/lib/intake/triage";

/** Names suggested per account: enough for a person to pick from, not the whole of a large account. */
export const DOMAIN_SUGGESTIONS = 1000;

export type StaffInbox = {
  items: InboundItemDto[];
  /** The channels the channel filter offers. */
  channels: Awaited<ReturnType<typeof listIntakeChannels>>;
  /** Per account of a pending item, the names suggested for its domain field. */
  domainsByAccount: Record<string, string[]>;
};

/**
 * The triage inbox for agents and admins: one page of items, the channels to filter by, and
 * for each account with a pending item the domain names to suggest (the field takes any name;
 * confirming checks it belongs to the item's account). Empty for anyone else.
 */
export async function findStaffInbox(db: PrismaClient, user: Pick<CurrentUser, "role" | "accountId">, query: TInboundQuery): Promise<StaffInbox> {
  if (!can(user.role, "inbound:triage")) return { items: [], channels: [], domainsByAccount: {} };
  const [items, channels] = await Promise.all([listInbound(db, user, query), listIntakeChannels(db, user)]);
  const accountIds = [...new Set(items.filter((i) => i.state === "pending").map((i) => i.accountId))];
  const suggestions = await Promise.all(
    accountIds.map((accountId) =>
      db.domain.findMany({ where: { accountId }, select: { name: true }, orderBy: { name: "asc" }, take: DOMAIN_SUGGESTIONS }),
    ),
  );
  const domainsByAccount: Record<string, string[]> = Object.fromEntries(accountIds.map((id, i) => [id, suggestions[i]!.map((d) => d.name)]));
  return { items, channels, domainsByAccount };
}
