// Writers to one domain at the same moment: each waits for the domain's lock and then
// reads what the other wrote, so nothing is lost; two creations of one domain leave one
// domain and a 409 for the other. On PostgreSQL these run truly in parallel (PGlite has one
// connection and runs them one after the other, which must give the same result).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { updateAction } from "@/lib/use-cases/update-action";
import { updateDomainFacts } from "@/lib/use-cases/update-domain-facts";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let accountName: string;
const NOW = new Date("2026-11-20T02:00:00Z");
const HOUR = 3600_000;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  accountName = unique("Concurrent ");
  await db.prisma.account.create({ data: { name: accountName } });
});
afterAll(async () => db.close());

async function invalidFilingDomain(): Promise<string> {
  const name = `${unique("c")}.cn`;
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW });
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: { domain: name, text: "Invalid ICP Filing", receivedAt: new Date(NOW.getTime() - HOUR), kind: "filing_invalid" },
  });
  return name;
}

describe("concurrent writers to one domain", () => {
  it("keeps both of two fact answers given at the same moment", async () => {
    for (let round = 0; round < 6; round++) {
      const name = await invalidFilingDomain();
      await Promise.all([
        updateDomainFacts(db.prisma, { actor: actorOf(admin), domainName: name, input: { hosting: "provider" }, now: NOW }),
        updateDomainFacts(db.prisma, { actor: actorOf(agent), domainName: name, input: { providerAccess: "active" }, now: NOW }),
      ]);
      const domain = await db.prisma.domain.findUniqueOrThrow({ where: { name }, include: { actions: true } });
      expect({ hosting: domain.hosting, providerAccess: domain.providerAccess }).toEqual({ hosting: "provider", providerAccess: "active" });
      // The actions are those of both answers together.
      expect(domain.actions.filter((a) => a.state === "open").map((a) => a.key)).toEqual(["point_domain_to_instance"]);
    }
  });

  it("lets exactly one of two updates of one action version through; the other is told it is stale", async () => {
    const name = await invalidFilingDomain();
    const action = await db.prisma.action.findFirstOrThrow({ where: { domain: { name }, state: "open" } });
    const results = await Promise.allSettled([
      updateAction(db.prisma, { actor: actorOf(admin), actionId: action.id, input: { state: "in_progress", version: action.version }, now: NOW }),
      updateAction(db.prisma, { actor: actorOf(agent), actionId: action.id, input: { state: "dismissed", version: action.version }, now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("stale_version");
    const after = await db.prisma.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after.version).toBe(action.version + 1);
  });

  it("creates a domain requested eight times at once exactly once; the others answer conflict", async () => {
    const name = `${unique("race")}.cn`;
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => createDomain(db.prisma, { actor: actorOf(admin), input: { name, account: accountName }, now: NOW })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === "rejected" ? [r.reason instanceof AppError ? r.reason.code : String(r.reason)] : []));
    expect(codes).toEqual(Array(7).fill("conflict"));
    expect(await db.prisma.domain.count({ where: { name } })).toBe(1);
    const domain = await db.prisma.domain.findUniqueOrThrow({ where: { name } });
    expect(await db.prisma.auditEvent.count({ where: { event: "domain.created", domainId: domain.id } })).toBe(1);
  });
});
