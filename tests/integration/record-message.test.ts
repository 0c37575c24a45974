import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { updateDomainFacts } from "@/lib/use-cases/update-domain-facts";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  accountName = unique("Account ");
  await db.prisma.account.create({ data: { name: accountName } });
});
afterAll(async () => db.close());

async function newDomain(): Promise<string> {
  const name = `${unique("d")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW });
  return name;
}

async function snapshot(name: string) {
  const domain = await db.prisma.domain.findUniqueOrThrow({ where: { name }, include: { actions: true, messages: true } });
  // Enums sort by declaration order in PostgreSQL; compare by name here.
  return { ...domain, actions: domain.actions.sort((a, b) => a.key.localeCompare(b.key)) };
}

/** What this file's admin wrote; other test files may write to a shared database meanwhile. */
async function counts() {
  const [messages, actions, audits, events] = await Promise.all([
    db.prisma.message.count({ where: { recordedById: admin.id } }),
    db.prisma.action.count({ where: { domain: { account: { name: accountName } } } }),
    db.prisma.auditEvent.count({ where: { actorId: admin.id } }),
    db.prisma.actionEvent.count({ where: { action: { domain: { account: { name: accountName } } } } }),
  ]);
  return { messages, actions, audits, events };
}

describe("recordMessage", () => {
  it("records an approval, derives approved_pending_sync with its four actions, and audits it", async () => {
    const name = await newDomain();
    const result = await recordMessage(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: {
        domain: name.toUpperCase(),
        text: `ICP Filing successful. ${name} 京ICP备2026123456号-1`,
        receivedAt: new Date(NOW.getTime() - HOUR),
      },
    });
    expect(result.created).toBe(true);
    const domain = await snapshot(name);
    expect(domain.status).toBe("approved_pending_sync");
    expect(domain.icpNumber).toBe("京ICP备2026123456号-1");
    expect(domain.icpEntityNumber).toBe("京ICP备2026123456号");
    expect(domain.actions.map((a) => [a.key, a.state])).toEqual([
      ["await_provider_sync", "open"],
      ["complete_psb_filing", "open"],
      ["display_icp_number", "open"],
      ["resolve_domain_to_instance", "open"],
    ]);
    const psb = domain.actions.find((a) => a.key === "complete_psb_filing")!;
    expect(psb.dueAt?.toISOString()).toBe(new Date(NOW.getTime() - HOUR + 30 * 24 * HOUR).toISOString());
    expect(domain.openActionCount).toBe(4);
    expect(domain.nextDueAt?.toISOString()).toBe(psb.dueAt?.toISOString());
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { domainId: domain.id, event: "message.recorded" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toMatchObject({ kind: "filing_approved", status: "approved_pending_sync" });
  });

  it("closes only await_provider_sync when the sync is recorded", async () => {
    const name = await newDomain();
    const actor = actorOf(admin);
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - 5 * HOUR), kind: "filing_approved" } });
    const started = (await snapshot(name)).actions.find((a) => a.key === "display_icp_number")!;
    await db.prisma.action.update({ where: { id: started.id }, data: { state: "in_progress" } });
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "Result synced by the provider.", receivedAt: new Date(NOW.getTime() - HOUR), kind: "provider_synced" } });
    const domain = await snapshot(name);
    expect(domain.status).toBe("filed");
    expect(Object.fromEntries(domain.actions.map((a) => [a.key, a.state]))).toEqual({
      await_provider_sync: "done",
      complete_psb_filing: "open",
      display_icp_number: "in_progress",
      resolve_domain_to_instance: "open",
    });
  });

  it("supersedes actions no longer required, naming the message that superseded them", async () => {
    const name = await newDomain();
    const actor = actorOf(admin);
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - 5 * HOUR), kind: "filing_approved" } });
    const cancelled = await recordMessage(db.prisma, {
      actor,
      now: NOW,
      input: { domain: name, text: "您的备案号已注销", receivedAt: new Date(NOW.getTime() - HOUR), kind: "icp_number_cancelled" },
    });
    const domain = await snapshot(name);
    expect(domain.status).toBe("cancelled");
    const superseded = domain.actions.filter((a) => a.state === "superseded");
    expect(superseded.map((a) => a.key).sort()).toEqual(
      ["await_provider_sync", "complete_psb_filing", "display_icp_number", "resolve_domain_to_instance"].sort(),
    );
    expect(superseded.every((a) => a.supersededByMessageId === cancelled.messageId)).toBe(true);
    expect(domain.actions.filter((a) => a.state === "open").map((a) => a.key).sort()).toEqual([
      "apply_new_icp_number",
      "check_public_query",
      "remove_cancelled_icp_number",
    ]);
  });

  it("keeps the duties of the ICP number open when an invalid-filing notice arrives: the number still exists", async () => {
    const name = await newDomain();
    const actor = actorOf(admin);
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - 5 * HOUR), kind: "filing_approved" } });
    await recordMessage(db.prisma, {
      actor,
      now: NOW,
      input: { domain: name, text: "Invalid ICP Filing", receivedAt: new Date(NOW.getTime() - HOUR), kind: "filing_invalid" },
    });
    const domain = await snapshot(name);
    expect(domain.status).toBe("rectification_required");
    const states = Object.fromEntries(domain.actions.map((a) => [a.key, a.state]));
    expect(states).toMatchObject({ display_icp_number: "open", complete_psb_filing: "open", confirm_hosting_facts: "open" });
  });

  it("asks the hosting question for an invalid filing, then replaces it with the right action", async () => {
    const name = await newDomain();
    const actor = actorOf(admin);
    await recordMessage(db.prisma, {
      actor,
      now: NOW,
      input: { domain: name, text: "Invalid ICP Filing", receivedAt: new Date(NOW.getTime() - HOUR), kind: "filing_invalid" },
    });
    let domain = await snapshot(name);
    expect(domain.status).toBe("rectification_required");
    expect(domain.actions.map((a) => [a.key, a.state])).toEqual([["confirm_hosting_facts", "open"]]);

    await updateDomainFacts(db.prisma, { actor, domainName: name, input: { hosting: "provider", providerAccess: "active" }, now: NOW });
    domain = await snapshot(name);
    expect(Object.fromEntries(domain.actions.map((a) => [a.key, a.state]))).toEqual({
      confirm_hosting_facts: "superseded",
      point_domain_to_instance: "open",
    });

    // The answer's author is on the history of the actions it opened and superseded.
    const point = domain.actions.find((a) => a.key === "point_domain_to_instance")!;
    expect(await db.prisma.actionEvent.findMany({ where: { actionId: point.id }, select: { actorId: true, actorRole: true, toState: true } })).toEqual([
      { actorId: admin.id, actorRole: "admin", toState: "open" },
    ]);

    await updateDomainFacts(db.prisma, { actor, domainName: name, input: { hosting: "elsewhere" }, now: NOW });
    domain = await snapshot(name);
    expect(domain.actions.filter((a) => a.state === "open").map((a) => a.key)).toEqual(["transfer_filing_to_new_provider"]);
    const audit = await db.prisma.auditEvent.findMany({ where: { domainId: domain.id, event: "domain.facts_answered" } });
    expect(audit).toHaveLength(2);
  });

  it("keeps an action's state and history when re-deriving, and re-deriving twice changes nothing", async () => {
    const name = await newDomain();
    const actor = actorOf(admin);
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - 5 * HOUR), kind: "filing_approved" } });
    const before = await snapshot(name);
    const again = await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - 5 * HOUR), kind: "filing_approved" } });
    expect(again.created).toBe(false);
    const after = await snapshot(name);
    expect(after.messages).toHaveLength(1);
    expect(after.actions.map((a) => [a.id, a.state, a.version])).toEqual(before.actions.map((a) => [a.id, a.state, a.version]));
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it("does not let an older message recorded later override a newer one", async () => {
    const name = await newDomain();
    const actor = actorOf(admin);
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案号已注销", receivedAt: new Date(NOW.getTime() - HOUR), kind: "icp_number_cancelled" } });
    await recordMessage(db.prisma, { actor, now: NOW, input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - 48 * HOUR), kind: "filing_approved" } });
    expect((await snapshot(name)).status).toBe("cancelled");
  });

  it("masks verification codes before storing the text", async () => {
    const name = await newDomain();
    await recordMessage(db.prisma, {
      actor: actorOf(admin),
      now: NOW,
      input: { domain: name, text: "【工信部】您的验证码为 583920，请在24小时内完成短信核验。", receivedAt: new Date(NOW.getTime() - HOUR) },
    });
    const domain = await snapshot(name);
    expect(domain.messages[0]!.kind).toBe("verification_code");
    expect(domain.messages[0]!.text).not.toContain("583920");
    expect(domain.status).toBe("sms_verification");
    expect(domain.actions[0]!.dueAt?.toISOString()).toBe(new Date(NOW.getTime() - HOUR + 24 * HOUR).toISOString());
  });

  it.each([
    ["an unknown domain", { domain: "no-such-domain-here.cn", text: "备案成功", receivedAt: new Date(NOW.getTime() - HOUR) }, "not_found"],
    ["a received-at in the future", { text: "备案成功", receivedAt: new Date(NOW.getTime() + HOUR) }, "unprocessable"],
    ["an unparseable date", { text: "备案成功", receivedAt: "yesterday-ish" }, "unprocessable"],
    ["empty text", { text: "   ", receivedAt: new Date(NOW.getTime() - HOUR) }, "unprocessable"],
    ["unclassifiable text", { text: "Your bank verification code is 1234.", receivedAt: new Date(NOW.getTime() - HOUR) }, "unprocessable"],
    ["not a domain name", { domain: "not a domain", text: "备案成功", receivedAt: new Date(NOW.getTime() - HOUR) }, "unprocessable"],
  ])("refuses %s and writes nothing", async (_label, input, code) => {
    const name = await newDomain();
    const before = await counts();
    const error = await recordMessage(db.prisma, { actor: actorOf(admin), now: NOW, input: { domain: name, ...input } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect(await counts()).toEqual(before);
  });

  it("refuses a support agent and a customer", async () => {
    const name = await newDomain();
    const agent = await createTestUser(db, "agent");
    const before = await counts();
    const error = await recordMessage(db.prisma, {
      actor: actorOf(agent),
      now: NOW,
      input: { domain: name, text: "备案成功", receivedAt: new Date(NOW.getTime() - HOUR), kind: "filing_approved" },
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("forbidden");
    expect(await counts()).toEqual(before);
  });
});
