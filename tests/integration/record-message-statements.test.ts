// How many SQL statements one recorded message costs. Each statement through Prisma
// costs Node CPU (the query compiler, the adapter) and a round trip, so recording is
// written as a handful of set-based statements (lib/db/record-sql.ts); this test fails
// when a change adds statements back. Counted through Prisma's query events, which see
// every statement the client sends (BEGIN and COMMIT left out: each transaction has them).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { recordMessageFromRequest } from "@/lib/api/record-message-request";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let counted: PrismaClient;
let statements: string[] = [];
let admin: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  counted = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
  (counted as unknown as { $on: (kind: "query", listener: (event: { query: string }) => void) => void }).$on("query", (event) => {
    // BEGIN and COMMIT are the transaction's, and PGlite's adapter does not report its BEGIN.
    if (!/^\s*(BEGIN|COMMIT|ROLLBACK)\b|Implicit "(BEGIN|COMMIT)"/i.test(event.query)) statements.push(event.query);
  });
  admin = await createTestUser(db, "admin");
  accountName = unique("Account ");
  await db.prisma.account.create({ data: { name: accountName } });
});
afterAll(async () => {
  await counted.$disconnect();
  await db.close();
});

async function newDomain(): Promise<string> {
  const name = `${unique("s")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW });
  return name;
}

async function count(run: () => Promise<unknown>): Promise<string[]> {
  statements = [];
  await run();
  return statements;
}

/**
 * The most statements one message may cost: lock (with the Idempotency-Key look-up), read
 * the domain with its messages and actions, write everything. Before lib/db/record-sql.ts
 * it was 19 for recordMessage and 28 for the API request.
 */
const LIMIT = 3;

describe("statements per recorded message", () => {
  it("records a message that opens, reuses and supersedes actions in a handful of statements", async () => {
    const name = await newDomain();
    await recordMessage(counted, {
      actor: actorOf(admin),
      now: NOW,
      input: { domain: name, text: `ICP Filing successful. ${name} 京ICP备2026123456号-1`, receivedAt: "2026-11-20T08:00:00+08:00" },
    });
    const sync = await count(() =>
      recordMessage(counted, {
        actor: actorOf(admin),
        now: NOW,
        input: { domain: name, text: "备案信息已同步至接入商。", kind: "provider_synced", receivedAt: "2026-11-20T09:00:00+08:00" },
      }),
    );
    console.log(`recordMessage: ${sync.length} statements\n${sync.map((s) => `  ${s.slice(0, 140)}`).join("\n")}`);
    expect(sync.length).toBeLessThanOrEqual(LIMIT);
  });

  it("answers an API request without reading the domain again", async () => {
    const name = await newDomain();
    const request = await count(() =>
      recordMessageFromRequest(counted, {
        actor: actorOf(admin),
        body: { domain: name, text: "您的备案订单已提交管局审核。", kind: "submitted_to_authority", receivedAt: "2026-11-20T08:00:00+08:00" },
        idempotencyKey: unique("key-"),
        idempotencyScope: `user:${admin.id}`,
        now: NOW,
      }),
    );
    console.log(`recordMessageFromRequest: ${request.length} statements\n${request.map((s) => `  ${s.slice(0, 140)}`).join("\n")}`);
    expect(request.length).toBeLessThanOrEqual(LIMIT);
  });
});
