// The intake forms' server actions (channels, customer reports, the inbox) go through
// runServerAction: who may call them, and that every message and field error reads in the
// page's language, against a real database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { OpenDatabase } from "@/lib/db/connect";
import { createDomain } from "@/lib/use-cases/create-domain";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-for-intake-0123456789";

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(path.resolve(__dirname, `../../messages/${locale}.json`), "utf8")) as Record<string, unknown>;
let db: OpenDatabase;
let signedIn: CurrentUser | null = null;
let locale = "en";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => locale,
  // The real catalogues: lib/i18n/server.ts translates from them with next-intl's own translator.
  getMessages: async () => catalogue(locale),
}));
vi.mock("next/navigation", () => ({ unstable_rethrow: () => undefined }));

const { createChannelAction, revokeChannelAction } = await import("@/app/intake/actions");
const { reportAction } = await import("@/components/intake/report-actions");
const { confirmItemAction, rejectItemAction } = await import("@/app/staff/inbox/actions");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const HAN = /[\u4e00-\u9fff]/;
let admin: TestUser;
let agent: TestUser;
let li: TestUser;
let acme: { id: string; name: string };
let domain: string;
const asCurrent = (user: TestUser): CurrentUser => ({ ...user });

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  acme = await db.prisma.account.create({ data: { name: unique("Acme ") } });
  li = await createTestUser(db, "customer", acme.id);
  domain = `${unique("act").replace(/[0-9]/g, (c) => "ghijklmnop"[Number(c)]!)}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: domain, account: acme.name }, now: new Date() });
}, 300_000);
afterAll(async () => db?.close());
beforeEach(() => {
  signedIn = null;
  locale = "en";
});

describe("intake channel actions", () => {
  it("refuse the signed-out and agents; a customer creates and revokes a channel of their own", async () => {
    const idle = { status: "idle", seq: 0 } as const;
    expect(await createChannelAction(idle, form({ name: "Li's phone" }))).toMatchObject({ status: "error", code: "unauthenticated" });
    signedIn = asCurrent(agent);
    expect(await createChannelAction(idle, form({ name: "Li's phone" }))).toMatchObject({ status: "error", code: "forbidden" });
    signedIn = asCurrent(li);
    const created = await createChannelAction(idle, form({ name: "Li's phone" }));
    expect(created).toMatchObject({ status: "created", seq: 1, name: "Li's phone", account: acme.name });
    if (created.status !== "created") throw new Error("not created");
    expect(created.url).toMatch(/^http:\/\/localhost:3000\/api\/intake\/in_/);
    const row = await db.prisma.intakeChannel.findFirstOrThrow({ where: { accountId: acme.id, name: "Li's phone" } });
    expect(await revokeChannelAction(created, form({ channelId: row.id }))).toEqual({ status: "revoked", seq: 2 });
    expect((await db.prisma.intakeChannel.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).not.toBeNull();
  });

  it("answer field errors in Chinese on a Chinese page", async () => {
    signedIn = asCurrent(li);
    locale = "zh-CN";
    expect(await createChannelAction({ status: "idle", seq: 0 }, form({ name: "   " }))).toEqual({
      status: "error",
      seq: 1,
      code: "validation_failed",
      message: "请检查标出的字段。",
      fields: { name: "请为通道命名，例如转发消息的手机或邮箱。" },
    });
    signedIn = asCurrent(admin);
    const unknown = await createChannelAction({ status: "idle", seq: 0 }, form({ name: "Relay", account: "No such account" }));
    expect(unknown).toMatchObject({ status: "error", code: "unprocessable", fields: { account: "没有这个账户。" } });
    if (unknown.status === "error") expect(unknown.message).toMatch(HAN);
  });
});

describe("the report action", () => {
  it("previews and reports for a customer; field errors follow the page's language", async () => {
    signedIn = asCurrent(li);
    const text = `【工信部】您的网站 ${domain} 备案号 沪ICP备2024031299号-6 已被注销。`;
    const preview = await reportAction({ status: "idle", seq: 0 }, form({ text, receivedAt: "2026-11-20T10:00", domain, intent: "preview" }));
    expect(preview).toMatchObject({ status: "preview", kind: "icp_number_cancelled", auto: true, after: "cancelled" });
    expect(await db.prisma.inboundItem.count({ where: { accountId: acme.id } })).toBe(0);

    expect(await reportAction({ status: "idle", seq: 0 }, form({ text: "", receivedAt: "2999-01-01T00:00", intent: "preview" }))).toMatchObject({
      fields: { text: "Paste the message text." },
    });
    locale = "zh-CN";
    expect(await reportAction({ status: "idle", seq: 0 }, form({ text: "备案", receivedAt: "2999-01-01T00:00", intent: "submit" }))).toMatchObject({
      status: "error",
      code: "unprocessable",
      fields: { receivedAt: "不能晚于当前时间。" },
    });
    expect(await reportAction({ status: "idle", seq: 0 }, form({ text: "备案", receivedAt: "not a date", intent: "submit" }))).toMatchObject({
      fields: { receivedAt: "不是有效的日期时间（北京时间，例如 2026-11-20 10:00）。" },
    });

    locale = "en";
    const submitted = await reportAction({ status: "idle", seq: 0 }, form({ text, receivedAt: "2026-11-20T10:00", domain, intent: "submit" }));
    expect(submitted).toMatchObject({ status: "submitted", state: "recorded", duplicate: false, domain });
    expect((await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } })).status).toBe("cancelled");
  });

  it("is refused to staff, who report through the API naming the account", async () => {
    signedIn = asCurrent(agent);
    expect(await reportAction({ status: "idle", seq: 0 }, form({ text: "x", receivedAt: "2026-11-20T10:00", intent: "preview" }))).toMatchObject({ code: "forbidden" });
    signedIn = asCurrent(admin);
    expect(await reportAction({ status: "idle", seq: 0 }, form({ text: "x", receivedAt: "2026-11-20T10:00", intent: "preview" }))).toMatchObject({ code: "forbidden" });
  });
});

describe("the inbox actions", () => {
  async function pendingItem(): Promise<string> {
    signedIn = asCurrent(li);
    const result = await reportAction(
      { status: "idle", seq: 0 },
      form({ text: `【工信部】您的网站 ${unique("x")} 备案信息请核实。`, receivedAt: "2026-11-21T09:00", intent: "submit" }),
    );
    expect(result).toMatchObject({ status: "submitted", state: "pending" });
    const item = await db.prisma.inboundItem.findFirstOrThrow({ where: { accountId: acme.id, state: "pending" }, orderBy: { createdAt: "desc" } });
    return item.id;
  }

  it("only triagers confirm; an unknown domain or no kind is a field error in the page's language; a confirmation records", async () => {
    const itemId = await pendingItem();
    expect(await confirmItemAction({ status: "idle", seq: 0 }, form({ itemId, domain }))).toMatchObject({ status: "error", code: "forbidden" });
    signedIn = asCurrent(agent);
    locale = "zh-CN";
    expect(await confirmItemAction({ status: "idle", seq: 0 }, form({ itemId, domain: "", kind: "verification_code" }))).toMatchObject({
      code: "validation_failed",
      fields: { domain: "请填写域名。" },
    });
    expect(await confirmItemAction({ status: "idle", seq: 0 }, form({ itemId, domain: "no-such-domain.cn", kind: "verification_code" }))).toMatchObject({
      code: "unprocessable",
      fields: { domain: "该账户下没有这个域名。" },
    });
    expect(await confirmItemAction({ status: "idle", seq: 0 }, form({ itemId, domain }))).toMatchObject({ code: "unprocessable", fields: { kind: "请选择消息类型。" } });
    locale = "en";
    expect(await confirmItemAction({ status: "idle", seq: 0 }, form({ itemId, domain, kind: "verification_code" }))).toEqual({
      status: "done",
      seq: 1,
      state: "recorded",
      domain,
    });
    expect((await db.prisma.inboundItem.findUniqueOrThrow({ where: { id: itemId } })).state).toBe("recorded");
  });

  it("rejecting needs a reason, in the page's language", async () => {
    const itemId = await pendingItem();
    signedIn = asCurrent(admin);
    locale = "zh-CN";
    expect(await rejectItemAction({ status: "idle", seq: 0 }, form({ itemId, reason: " " }))).toMatchObject({ fields: { reason: "请说明驳回原因。" } });
    expect(await rejectItemAction({ status: "idle", seq: 0 }, form({ itemId, reason: "Not about a filing." }))).toEqual({
      status: "done",
      seq: 1,
      state: "rejected",
      domain: null,
    });
    expect(await rejectItemAction({ status: "idle", seq: 0 }, form({ itemId, reason: "Again." }))).toMatchObject({ code: "conflict" });
  });
});
