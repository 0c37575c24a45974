import { describe, expect, it } from "vitest";
import * as db from "@/lib/generated/prisma/enums";
import { ACTION_KEYS, ACTION_STATES, CHANNELS, DOMAIN_STATUSES, HOSTING_VALUES, MESSAGE_KINDS, PROVIDER_ACCESS_VALUES } from "@/lib/icp";
import { WEBHOOK_KINDS } from "@/lib/notifications/categories";

// The database enums and the domain core's unions must name the same values, or a
// derived status or action could not be stored (or a stored one not understood).
describe("database enums match the ICP core", () => {
  it.each([
    ["MessageKind", db.MessageKind, MESSAGE_KINDS],
    ["DomainStatus", db.DomainStatus, DOMAIN_STATUSES],
    ["ActionKey", db.ActionKey, ACTION_KEYS],
    ["ActionState", db.ActionState, ACTION_STATES],
    ["Channel", db.Channel, CHANNELS],
    ["Hosting", db.Hosting, HOSTING_VALUES],
    ["ProviderAccess", db.ProviderAccess, PROVIDER_ACCESS_VALUES],
    ["WebhookKind", db.WebhookKind, WEBHOOK_KINDS],
  ])("%s", (_name, dbEnum, coreValues) => {
    expect(Object.values(dbEnum).sort()).toEqual([...coreValues].sort());
  });
});
