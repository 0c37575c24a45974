import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { chinaDateString } from "@/lib/icp";
import { writeAudit } from "@/lib/audit";
import { findAuditEvents, findDomainHistory, parseAuditQuery } from "@/lib/queries/audit-log";
import { createDomain } from "@/lib/use-cases/create-domain";
import { recordMessage } from "@/lib/use-cases/record-message";
import { recordReview } from "@/lib/use-cases/record-review";
import { updateAction } from "@/lib/use-cases/update-action";
import { updateDomainFacts } from "@/lib/use-cases/update-domain-facts";
import { actorOf, createTestUser, openTestDatabase, unique, type TestUser } from "./support/database";

let db: OpenDatabase;
let admin: TestUser;
let agent: TestUser;
let customer: TestUser;
let otherCustomer: TestUser;
let accountId: string;
const tag = unique("audit");
const domain = `audit-${tag}.cn`;
const otherDomain = `other-${tag}.cn`;
const NOW = new Date(Date.now() - 60_000);

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestUser(db, "admin");
  agent = await createTestUser(db, "agent");
  const account = await db.prisma.account.create({ data: { name: `Audited ${tag}` } });
  const other = await db.prisma.account.create({ data: { name: `Other ${tag}` } });
  accountId = account.id;
  customer = await createTestUser(db, "customer", account.id);
  otherCustomer = await createTestUser(db, "customer", other.id);
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: domain, account: account.name }, now: NOW });
  await createDomain(db.prisma, { actor: actorOf(admin), input: { name: otherDomain, account: other.name }, now: NOW });
  await recordMessage(db.prisma, {
    actor: actorOf(admin),
    now: NOW,
    input: {
      domain,
      kind: "filing_invalid",
      text: `Invalid ICP Filing: ${domain} is an empty-shell website.`,
      receivedAt: new Date(NOW.getTime() - 3600_000),
    },
  });
  // The agent answers the hosting question for the customer, then tracks the new action.
  await updateDomainFacts(db.prisma, { actor: actorOf(agent), domainName: domain, input: { hosting: "elsewhere" }, now: NOW });
  const action = await db.prisma.action.findFirstOrThrow({ where: { domain: { name: domain }, state: "open" } });
  await updateAction(db.prisma, { actor: actorOf(customer), actionId: action.id, input: { state: "in_progress", version: action.version }, now: NOW });
  await recordReview(db.prisma, { actor: actorOf(agent), now: NOW, input: { accountId, note: "Answered hosting for them.", outcome: "ok" } });
});
afterAll(async () => db.close());

describe("the audit log for staff", () => {
  it("hides sign-ins unless asked for, and names the actor", async () => {
    await writeAudit(db.prisma, {
      actor: { id: customer.id, label: customer.email, role: "customer" },
      event: "user.signed_in",
      targetType: "user",
      targetId: customer.id,
      accountId,
    });
    const plain = await findAuditEvents(db.prisma, agent, parseAuditQuery({ account: accountId }));
    expect(plain!.items.map((e) => e.event)).not.toContain("user.signed_in");
    const withSignIns = await findAuditEvents(db.prisma, agent, parseAuditQuery({ account: accountId, signIns: "1" }));
    const signIn = withSignIns!.items.find((e) => e.event === "user.signed_in");
    expect(signIn).toMatchObject({ actorLabel: customer.email, actorName: customer.name });
    const chosen = await findAuditEvents(db.prisma, agent, parseAuditQuery({ account: accountId, event: "user.signed_in" }));
    expect(chosen!.items.map((e) => e.event)).toEqual(["user.signed_in"]);
  });

  it("names the user an entry is about, not only its id", async () => {
    await writeAudit(db.prisma, {
      actor: { id: admin.id, label: admin.email, role: "admin" },
      event: "user.role_changed",
      targetType: "user",
      targetId: otherCustomer.id,
      before: { role: "customer", account: null },
      after: { role: "agent", account: null },
    });
    const page = await findAuditEvents(db.prisma, agent, parseAuditQuery({ event: "user.role_changed", actor: admin.email }));
    const entry = page!.items.find((e) => e.targetId === otherCustomer.id)!;
    expect(entry).toMatchObject({ targetName: otherCustomer.name, actorName: admin.name });
  });

  it("records who did what to the account, with before and after, newest first", async () => {
    const page = await findAuditEvents(db.prisma, agent, parseAuditQuery({ account: accountId }));
    expect(page!.items.map((e) => e.event)).toEqual(["review.recorded", "action.updated", "domain.facts_answered", "message.recorded", "domain.created"]);
    const facts = page!.items.find((e) => e.event === "domain.facts_answered")!;
    expect(facts).toMatchObject({ actorLabel: agent.email, actorRole: "agent", domainName: domain, accountName: `Audited ${tag}` });
    expect(facts.before).toMatchObject({ hosting: "unknown", status: "rectification_required" });
    expect(facts.after).toMatchObject({ hosting: "elsewhere" });
  });

  it("filters by actor, kind, domain, account name and time", async () => {
    const byActor = await findAuditEvents(db.prisma, agent, parseAuditQuery({ actor: agent.email.toUpperCase(), account: accountId }));
    expect(byActor!.items.map((e) => e.event)).toEqual(["review.recorded", "domain.facts_answered"]);
    const byKind = await findAuditEvents(db.prisma, admin, parseAuditQuery({ event: "action.updated", domain }));
    expect(byKind!.items).toHaveLength(1);
    expect(byKind!.items[0]!.actorLabel).toBe(customer.email);
    const byDomain = await findAuditEvents(db.prisma, agent, parseAuditQuery({ domain: `WWW.${otherDomain.toUpperCase()}` }));
    expect(byDomain!.items.map((e) => e.event)).toEqual(["domain.created"]);
    const byAccountName = await findAuditEvents(db.prisma, agent, parseAuditQuery({ account: `audited ${tag}` }));
    expect(byAccountName!.items).toHaveLength(5);
    const future = await findAuditEvents(db.prisma, agent, parseAuditQuery({ account: accountId, from: "2999-01-01" }));
    expect(future!.items).toEqual([]);
    const untilToday = await findAuditEvents(db.prisma, agent, parseAuditQuery({ account: accountId, to: chinaDateString(new Date()) }));
    expect(untilToday!.items).toHaveLength(5);
  });

  it("pages without counting, and ignores malformed filters", async () => {
    const first = await findAuditEvents(db.prisma, agent, { ...parseAuditQuery({ account: accountId }), pageSize: 2 });
    expect(first!.items).toHaveLength(2);
    expect(first!.hasNext).toBe(true);
    const last = await findAuditEvents(db.prisma, agent, { ...parseAuditQuery({ account: accountId }), pageSize: 2, page: 3 });
    expect(last!.items.map((e) => e.event)).toEqual(["domain.created"]);
    expect(last!.hasNext).toBe(false);
    expect(parseAuditQuery({ event: "'; drop", from: "yesterday", to: "2026-13-40", domain: "not a domain", pageSize: "7" })).toMatchObject({
      event: undefined,
      from: undefined,
      to: undefined,
      domain: undefined,
      page: 1,
      pageSize: 50,
    });
  });

  it("is closed to customers", async () => {
    expect(await findAuditEvents(db.prisma, customer, parseAuditQuery({}))).toBeNull();
  });
});

describe("a domain's history", () => {
  it("shows a customer their own domain's history, with staff named as support and no addresses", async () => {
    const id = (await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } })).id;
    const history = await findDomainHistory(db.prisma, customer, id);
    expect(history!.map((e) => e.event)).toEqual(["action.updated", "domain.facts_answered", "message.recorded", "domain.created"]);
    expect(history!.map((e) => e.actorLabel)).toEqual([customer.email, "support", "support", "support"]);
    expect(history!.every((e) => e.ip === null)).toBe(true);
    // Reviews are about the account, not the domain: a customer never sees them.
    expect(history!.some((e) => e.event === "review.recorded")).toBe(false);
  });

  it("shows another account's domain to nobody but staff", async () => {
    const id = (await db.prisma.domain.findUniqueOrThrow({ where: { name: domain } })).id;
    expect(await findDomainHistory(db.prisma, otherCustomer, id)).toBeNull();
    const staffView = await findDomainHistory(db.prisma, agent, id);
    expect(staffView!.find((e) => e.event === "domain.facts_answered")!.actorLabel).toBe(agent.email);
    expect(await findDomainHistory(db.prisma, agent, "no-such-domain")).toBeNull();
  });

  it("reads the same with the domain its dashboard has read already, without reading it again", async () => {
    const row = await db.prisma.domain.findUniqueOrThrow({ where: { name: domain }, include: { account: { select: { name: true } } } });
    const known = { id: row.id, accountId: row.accountId, name: row.name, displayName: row.displayName, accountName: row.account.name };
    for (const user of [customer, agent]) expect(await findDomainHistory(db.prisma, user, row.id, known)).toEqual(await findDomainHistory(db.prisma, user, row.id));
    // A known domain other than the one asked about is not used.
    const other = { ...known, id: "another-domain" };
    expect(await findDomainHistory(db.prisma, customer, row.id, other)).toEqual(await findDomainHistory(db.prisma, customer, row.id));
  });
});

describe("the audit log is append-only", () => {
  const ROOTS = ["app", "lib", "components", "scripts", "proxy.ts"];
  const SKIP = new Set(["node_modules", "generated"]);
  const FORBIDDEN: [string, RegExp][] = [
    ["a Prisma update, delete or upsert of AuditEvent", /\bauditEvent\s*\.\s*(update|updateMany|updateManyAndReturn|delete|deleteMany|upsert)\b/],
    ["raw SQL that changes AuditEvent", /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?|ALTER\s+TABLE|DROP\s+TABLE)\s+(ONLY\s+)?"?AuditEvent"?/i],
    ["a dynamic delegate's update or delete", /\[\s*["'`]auditEvent["'`]\s*\]\s*\.\s*(update|updateMany|delete|deleteMany|upsert)\b/],
  ];

  function sourceFiles(entry: string): string[] {
    const stat = statSync(entry, { throwIfNoEntry: false });
    if (!stat) return [];
    if (stat.isFile()) return /\.(ts|tsx|js|mjs|cjs|sql)$/.test(entry) ? [entry] : [];
    return readdirSync(entry).flatMap((name) => (SKIP.has(name) ? [] : sourceFiles(path.join(entry, name))));
  }

  function violations(text: string): string[] {
    return FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
  }

  it("the scanner recognises each forbidden form (so a clean scan means something)", () => {
    expect(violations("await tx.auditEvent.update({ where: { id } })")).toEqual(["a Prisma update, delete or upsert of AuditEvent"]);
    expect(violations("db.auditEvent\n  .deleteMany({})")).toEqual(["a Prisma update, delete or upsert of AuditEvent"]);
    expect(violations('await db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${id}`')).toEqual(["raw SQL that changes AuditEvent"]);
    expect(violations('UPDATE "AuditEvent" SET "actorLabel" = 1')).toEqual(["raw SQL that changes AuditEvent"]);
    expect(violations("prisma['auditEvent'].deleteMany()")).toEqual(["a dynamic delegate's update or delete"]);
    expect(violations('type Row = PrismaClient["auditEvent"]["findMany"]')).toEqual([]);
    expect(violations("await tx.auditEvent.create({ data })")).toEqual([]);
  });

  it("no route, page, use case, script or migration updates or deletes an audit row", () => {
    const files = [...ROOTS.flatMap(sourceFiles), ...sourceFiles("prisma/migrations")];
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => violations(readFileSync(file, "utf8")).map((what) => `${file}: ${what}`));
    expect(found).toEqual([]);
  });

  it("only lib/audit.ts creates audit rows", () => {
    const writers = ROOTS.flatMap(sourceFiles).filter((file) => /\bauditEvent\s*\.\s*(create|createMany|createManyAndReturn)\b/.test(readFileSync(file, "utf8")));
    expect(writers).toEqual([path.join("lib", "audit.ts")]);
  });
});
