// runServerAction, the one wrapper of every server action: who may call, what the form
// must hold, and how each failure reads, in both languages, against a real database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import type { OpenDatabase } from "@/lib/db/connect";
import { AppError, type ErrorCode } from "@/lib/errors";
import { createAccount, ZCreateAccountInput } from "@/lib/use-cases/manage-accounts";
import { createTestUser, openTestDatabase, unique } from "./support/database";

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(path.resolve(__dirname, `../../messages/${locale}.json`), "utf8")) as Record<string, unknown>;
let db: OpenDatabase;
let signedIn: CurrentUser | null = null;
let locale = "en";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => locale,
  // The real catalogues: lib/i18n/server.ts translates from them with next-intl's own translator.
  getMessages: async () => catalogue(locale),
}));
vi.mock("next/navigation", () => ({
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") throw error;
  },
}));

const { runServerAction } = await import("@/lib/actions/server-action");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const createAccountSpec = {
  name: "test",
  permission: "accounts:manage" as const,
  schema: ZCreateAccountInput,
  read: (f: FormData) => ({ name: f.get("name") }),
  run: ({ db: client, actor, input }: { db: OpenDatabase["prisma"]; actor: Parameters<typeof createAccount>[1]["actor"]; input: { name: string } }) =>
    createAccount(client, { actor, input }),
};

let admin: CurrentUser;
let customer: CurrentUser;

beforeAll(async () => {
  db = await openTestDatabase();
  const account = await db.prisma.account.create({ data: { name: unique("Acme ") } });
  const asUser = async (id: string): Promise<CurrentUser> => {
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id }, include: { account: true } });
    return { id: row.id, email: row.email, name: row.name, role: row.role, accountId: row.accountId, accountName: row.account?.name ?? null };
  };
  admin = await asUser((await createTestUser(db, "admin")).id);
  customer = await asUser((await createTestUser(db, "customer", account.id)).id);
});
afterAll(async () => db.close());
beforeEach(() => {
  signedIn = null;
  locale = "en";
});

describe("runServerAction", () => {
  it("refuses a signed-out caller and one without the permission, writing nothing", async () => {
    const before = await db.prisma.account.count();
    expect(await runServerAction(form({ name: unique("A ") }), createAccountSpec)).toMatchObject({
      ok: false,
      failure: { code: "unauthenticated", message: "Your session has ended. Sign in again.", fields: {} },
    });
    signedIn = customer;
    expect(await runServerAction(form({ name: unique("A ") }), createAccountSpec)).toMatchObject({ ok: false, failure: { code: "forbidden" } });
    expect(await runServerAction(form({ name: unique("A ") }), { ...createAccountSpec, denied: "not_found" })).toMatchObject({
      ok: false,
      failure: { code: "not_found" },
    });
    expect(await db.prisma.account.count()).toBe(before);
  });

  it("answers invalid input field by field, and a use case's refusal with its code and fields", async () => {
    signedIn = admin;
    const invalid = await runServerAction(form({ name: " " }), createAccountSpec);
    expect(invalid).toMatchObject({ ok: false, failure: { code: "validation_failed", message: "Check the highlighted fields.", fields: { name: "Name the account." } } });
    const name = unique("Taken ");
    expect(await runServerAction(form({ name }), createAccountSpec)).toMatchObject({ ok: true, value: { name } });
    const taken = await runServerAction(form({ name }), createAccountSpec);
    expect(taken.ok).toBe(false);
    if (!taken.ok) {
      expect(taken.failure.code).toBe("conflict");
      expect(taken.failure.cause).toBeInstanceOf(AppError);
    }
  });

  it("speaks the caller's language: Chinese texts for every failure in zh-CN", async () => {
    locale = "zh-CN";
    expect(await runServerAction(form({ name: "x" }), createAccountSpec)).toMatchObject({ failure: { message: "您的会话已结束，请重新登录。" } });
    signedIn = admin;
    const refused = await runServerAction(form({ name: "x" }), {
      ...createAccountSpec,
      run: async () => {
        throw new AppError("unprocessable", "An English sentence from a use case.");
      },
    });
    expect(refused).toMatchObject({ ok: false, failure: { code: "unprocessable", message: "此更改不符合规则：请检查标出的字段。" } });
  });

  it("logs the unexpected and answers it generically; a redirect still redirects", async () => {
    signedIn = admin;
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const crashed = await runServerAction(form({}), {
      name: "crash",
      schema: z.object({}),
      read: () => ({}),
      run: async () => {
        throw new TypeError("secret internals");
      },
    });
    expect(crashed).toMatchObject({ ok: false, failure: { code: "internal_error" } });
    expect(JSON.stringify(crashed)).not.toContain("secret internals");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
    await expect(
      runServerAction(form({}), {
        name: "redirects",
        schema: z.object({}),
        read: () => ({}),
        run: async () => {
          throw new Error("NEXT_REDIRECT");
        },
      }),
    ).rejects.toThrow("NEXT_REDIRECT");
  });

  it("has a text in both languages for every error code", () => {
    // A Record over ErrorCode: a new code that lacks a text here fails the typecheck.
    const codes = Object.keys({
      validation_failed: true,
      unauthenticated: true,
      forbidden: true,
      not_found: true,
      conflict: true,
      stale_version: true,
      unprocessable: true,
      payload_too_large: true,
      rate_limited: true,
      unavailable: true,
    } satisfies Record<ErrorCode, true>);
    for (const lang of ["en", "zh-CN"]) {
      const errors = (catalogue(lang).forms as { errors: Record<string, string> }).errors;
      for (const code of [...codes, "internal_error"]) expect(errors[code], `${lang} ${code}`).toMatch(/\S/);
    }
  });
});
