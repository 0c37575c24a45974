-- Trigram indexes for substring search (pg_trgm ships with PostgreSQL and with PGlite,
-- which lib/db/connect.ts loads it into).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "AccountCounter" (
    "accountId" TEXT NOT NULL,
    "openCount" INTEGER NOT NULL DEFAULT 0,
    "urgentKeyCount" INTEGER NOT NULL DEFAULT 0,
    "criticalCount" INTEGER NOT NULL DEFAULT 0,
    "dueSoonCount" INTEGER NOT NULL DEFAULT 0,
    "overdueCount" INTEGER NOT NULL DEFAULT 0,
    "domainsWithActions" INTEGER NOT NULL DEFAULT 0,
    "overdueDomainCount" INTEGER NOT NULL DEFAULT 0,
    "asOf" TIMESTAMP(3) NOT NULL,
    "nextChangeAt" TIMESTAMP(3),

    CONSTRAINT "AccountCounter_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "AccountStatusCount" (
    "accountId" TEXT NOT NULL,
    "status" "DomainStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AccountStatusCount_pkey" PRIMARY KEY ("accountId","status")
);

-- CreateTable
CREATE TABLE "StatusHistoryDay" (
    "day" TIMESTAMP(3) NOT NULL,
    "status" "DomainStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "StatusHistoryDay_pkey" PRIMARY KEY ("day","status")
);

-- CreateIndex
CREATE INDEX "AccountCounter_asOf_idx" ON "AccountCounter"("asOf");

-- CreateIndex
CREATE INDEX "AccountCounter_nextChangeAt_idx" ON "AccountCounter"("nextChangeAt");

-- CreateIndex
CREATE INDEX "AccountStatusCount_status_count_idx" ON "AccountStatusCount"("status", "count");

-- CreateIndex
CREATE INDEX "Account_name_trgm_idx" ON "Account" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditEvent_actorLabel_trgm_idx" ON "AuditEvent" USING GIN ("actorLabel" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Domain_name_trgm_idx" ON "Domain" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Domain_displayName_trgm_idx" ON "Domain" USING GIN ("displayName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Domain_icpNumber_trgm_idx" ON "Domain" USING GIN ("icpNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Domain_icpEntityNumber_trgm_idx" ON "Domain" USING GIN ("icpEntityNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "AccountCounter" ADD CONSTRAINT "AccountCounter_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountStatusCount" ADD CONSTRAINT "AccountStatusCount_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Maintained staff figures (docs/decisions/0005-maintained-staff-figures.md).
-- Prisma timestamps are UTC without a zone; "now" below is the transaction's UTC time.

-- Catalogue urgency "urgent" (lib/icp/catalogue.ts); tests/integration/staff-figures.test.ts
-- fails when the two lists differ.
CREATE FUNCTION icp_urgent_key(k "ActionKey") RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT k IN ('apply_new_icp_number', 'point_domain_to_instance', 'submit_transfer_application',
               'transfer_filing_to_new_provider', 'confirm_hosting_facts', 'complete_sms_verification',
               'add_access_at_current_provider')
$$;

-- The first instant after `at` at which a live action due `due` changes a count: it
-- becomes overdue at `due`, critical (urgent key) at due - 24 h, due soon (other keys) at
-- due - 72 h. Counts use strict comparisons, so a count kept as of `at` holds up to and
-- including that instant. Null when nothing changes any more.
CREATE FUNCTION icp_next_crossing(u boolean, due timestamp(3), ts timestamp(3)) RETURNS timestamp(3)
LANGUAGE sql IMMUTABLE AS $$
  SELECT least(CASE WHEN due >= ts THEN due END,
               CASE WHEN u AND due - interval '24 hours' >= ts THEN due - interval '24 hours' END,
               CASE WHEN NOT u AND due - interval '72 hours' >= ts THEN due - interval '72 hours' END)
$$;

-- One account's figures computed from its rows, as of `at`.
CREATE FUNCTION icp_account_figures(acc text, ts timestamp(3))
RETURNS TABLE ("openCount" int, "urgentKeyCount" int, "criticalCount" int, "dueSoonCount" int, "overdueCount" int,
               "domainsWithActions" int, "overdueDomainCount" int, "nextChangeAt" timestamp(3))
LANGUAGE sql STABLE AS $$
  WITH live AS (
    SELECT a."dueAt" AS due, icp_urgent_key(a.key) AS u
      FROM "Action" a JOIN "Domain" d ON d.id = a."domainId"
     WHERE d."accountId" = acc AND a.state IN ('open', 'in_progress')
  ), doms AS (
    SELECT "openActionCount" AS n, "nextDueAt" AS due FROM "Domain"
     WHERE "accountId" = acc AND ("openActionCount" > 0 OR "nextDueAt" IS NOT NULL)
  ), la AS (
    SELECT count(*)::int AS open, (count(*) FILTER (WHERE u))::int AS uk,
           (count(*) FILTER (WHERE u AND due < ts + interval '24 hours'))::int AS critical,
           (count(*) FILTER (WHERE NOT u AND due < ts + interval '72 hours'))::int AS soon,
           (count(*) FILTER (WHERE due < ts))::int AS overdue,
           min(icp_next_crossing(u, due, ts)) AS nc
      FROM live
  ), ld AS (
    SELECT (count(*) FILTER (WHERE n > 0))::int AS dwa, (count(*) FILTER (WHERE due < ts))::int AS odc,
           min(due) FILTER (WHERE due >= ts) AS nc
      FROM doms
  )
  SELECT la.open, la.uk, la.critical, la.soon, la.overdue, ld.dwa, ld.odc, least(la.nc, ld.nc) FROM la, ld
$$;

-- Every account's figures computed from the rows, as of `at` (drift check, rebuild).
CREATE FUNCTION icp_all_account_figures(ts timestamp(3))
RETURNS TABLE ("accountId" text, "openCount" int, "urgentKeyCount" int, "criticalCount" int, "dueSoonCount" int,
               "overdueCount" int, "domainsWithActions" int, "overdueDomainCount" int, "nextChangeAt" timestamp(3))
LANGUAGE sql STABLE AS $$
  WITH la AS (
    SELECT d."accountId" AS acc, count(*)::int AS open, (count(*) FILTER (WHERE icp_urgent_key(a.key)))::int AS uk,
           (count(*) FILTER (WHERE icp_urgent_key(a.key) AND a."dueAt" < ts + interval '24 hours'))::int AS critical,
           (count(*) FILTER (WHERE NOT icp_urgent_key(a.key) AND a."dueAt" < ts + interval '72 hours'))::int AS soon,
           (count(*) FILTER (WHERE a."dueAt" < ts))::int AS overdue,
           min(icp_next_crossing(icp_urgent_key(a.key), a."dueAt", ts)) AS nc
      FROM "Action" a JOIN "Domain" d ON d.id = a."domainId"
     WHERE a.state IN ('open', 'in_progress')
     GROUP BY d."accountId"
  ), ld AS (
    SELECT "accountId" AS acc, (count(*) FILTER (WHERE "openActionCount" > 0))::int AS dwa,
           (count(*) FILTER (WHERE "nextDueAt" < ts))::int AS odc, min("nextDueAt") FILTER (WHERE "nextDueAt" >= ts) AS nc
      FROM "Domain" WHERE "openActionCount" > 0 OR "nextDueAt" IS NOT NULL
     GROUP BY "accountId"
  )
  SELECT coalesce(la.acc, ld.acc), coalesce(la.open, 0), coalesce(la.uk, 0), coalesce(la.critical, 0), coalesce(la.soon, 0),
         coalesce(la.overdue, 0), coalesce(ld.dwa, 0), coalesce(ld.odc, 0), least(la.nc, ld.nc)
    FROM la FULL JOIN ld ON ld.acc = la.acc
$$;

-- Recomputes one account's row from its rows as of `at`.
CREATE FUNCTION icp_refresh_account(acc text, ts timestamp(3)) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "AccountCounter" ("accountId", "openCount", "urgentKeyCount", "criticalCount", "dueSoonCount", "overdueCount",
                                "domainsWithActions", "overdueDomainCount", "asOf", "nextChangeAt")
  SELECT acc, f."openCount", f."urgentKeyCount", f."criticalCount", f."dueSoonCount", f."overdueCount",
         f."domainsWithActions", f."overdueDomainCount", ts, f."nextChangeAt"
    FROM icp_account_figures(acc, ts) f
  ON CONFLICT ("accountId") DO UPDATE SET
    "openCount" = EXCLUDED."openCount", "urgentKeyCount" = EXCLUDED."urgentKeyCount",
    "criticalCount" = EXCLUDED."criticalCount", "dueSoonCount" = EXCLUDED."dueSoonCount",
    "overdueCount" = EXCLUDED."overdueCount", "domainsWithActions" = EXCLUDED."domainsWithActions",
    "overdueDomainCount" = EXCLUDED."overdueDomainCount", "asOf" = EXCLUDED."asOf", "nextChangeAt" = EXCLUDED."nextChangeAt"
$$;

-- Adds (s = 1) or removes (s = -1) one live action's share, evaluated at the row's asOf.
CREATE FUNCTION icp_counter_action(acc text, k "ActionKey", due timestamp(3), s int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  u boolean := icp_urgent_key(k);
BEGIN
  INSERT INTO "AccountCounter" ("accountId", "asOf") VALUES (acc, (now() AT TIME ZONE 'UTC')::timestamp(3))
  ON CONFLICT ("accountId") DO NOTHING;
  UPDATE "AccountCounter" c SET
    "openCount" = c."openCount" + s,
    "urgentKeyCount" = c."urgentKeyCount" + CASE WHEN u THEN s ELSE 0 END,
    "criticalCount" = c."criticalCount" + CASE WHEN u AND due < c."asOf" + interval '24 hours' THEN s ELSE 0 END,
    "dueSoonCount" = c."dueSoonCount" + CASE WHEN NOT u AND due < c."asOf" + interval '72 hours' THEN s ELSE 0 END,
    "overdueCount" = c."overdueCount" + CASE WHEN due < c."asOf" THEN s ELSE 0 END,
    "nextChangeAt" = CASE WHEN s > 0 THEN least(c."nextChangeAt", icp_next_crossing(u, due, c."asOf")) ELSE c."nextChangeAt" END
  WHERE c."accountId" = acc;
END
$$;

-- Adds or removes one domain's share (has live actions; earliest live due date).
CREATE FUNCTION icp_counter_domain(acc text, open_count int, next_due timestamp(3), s int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF open_count <= 0 AND next_due IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO "AccountCounter" ("accountId", "asOf") VALUES (acc, (now() AT TIME ZONE 'UTC')::timestamp(3))
  ON CONFLICT ("accountId") DO NOTHING;
  UPDATE "AccountCounter" c SET
    "domainsWithActions" = c."domainsWithActions" + CASE WHEN open_count > 0 THEN s ELSE 0 END,
    "overdueDomainCount" = c."overdueDomainCount" + CASE WHEN next_due < c."asOf" THEN s ELSE 0 END,
    "nextChangeAt" = CASE WHEN s > 0 AND next_due >= c."asOf" THEN least(c."nextChangeAt", next_due) ELSE c."nextChangeAt" END
  WHERE c."accountId" = acc;
END
$$;

CREATE FUNCTION icp_status_count(acc text, st "DomainStatus", s int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "AccountStatusCount" ("accountId", status, count) VALUES (acc, st, s)
  ON CONFLICT ("accountId", status) DO UPDATE SET count = "AccountStatusCount".count + EXCLUDED.count
$$;

CREATE FUNCTION icp_action_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  acc text;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.state IN ('open', 'in_progress') THEN
    SELECT d."accountId" INTO acc FROM "Domain" d WHERE d.id = OLD."domainId";
    IF acc IS NOT NULL THEN
      PERFORM icp_counter_action(acc, OLD.key, OLD."dueAt", -1);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.state IN ('open', 'in_progress') THEN
    IF TG_OP = 'INSERT' OR acc IS NULL OR NEW."domainId" <> OLD."domainId" THEN
      SELECT d."accountId" INTO acc FROM "Domain" d WHERE d.id = NEW."domainId";
    END IF;
    PERFORM icp_counter_action(acc, NEW.key, NEW."dueAt", 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER icp_action_figures_insert AFTER INSERT ON "Action"
  FOR EACH ROW WHEN (NEW.state IN ('open', 'in_progress')) EXECUTE FUNCTION icp_action_figures();
CREATE TRIGGER icp_action_figures_update AFTER UPDATE ON "Action"
  FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD."dueAt" IS DISTINCT FROM NEW."dueAt"
                     OR OLD.key IS DISTINCT FROM NEW.key OR OLD."domainId" IS DISTINCT FROM NEW."domainId")
  EXECUTE FUNCTION icp_action_figures();
CREATE TRIGGER icp_action_figures_delete AFTER DELETE ON "Action"
  FOR EACH ROW WHEN (OLD.state IN ('open', 'in_progress')) EXECUTE FUNCTION icp_action_figures();

CREATE FUNCTION icp_domain_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ts timestamp(3) := (now() AT TIME ZONE 'UTC')::timestamp(3);
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."accountId" <> NEW."accountId" THEN
    -- A domain moved to another account takes its actions along: both accounts are recomputed.
    PERFORM icp_status_count(OLD."accountId", OLD.status, -1);
    PERFORM icp_status_count(NEW."accountId", NEW.status, 1);
    PERFORM icp_refresh_account(OLD."accountId", ts);
    PERFORM icp_refresh_account(NEW."accountId", ts);
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    IF TG_OP = 'DELETE' OR OLD.status <> NEW.status THEN
      PERFORM icp_status_count(OLD."accountId", OLD.status, -1);
    END IF;
    PERFORM icp_counter_domain(OLD."accountId", OLD."openActionCount", OLD."nextDueAt", -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF TG_OP = 'INSERT' OR OLD.status <> NEW.status THEN
      PERFORM icp_status_count(NEW."accountId", NEW.status, 1);
    END IF;
    PERFORM icp_counter_domain(NEW."accountId", NEW."openActionCount", NEW."nextDueAt", 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER icp_domain_figures_insert AFTER INSERT ON "Domain" FOR EACH ROW EXECUTE FUNCTION icp_domain_figures();
CREATE TRIGGER icp_domain_figures_update AFTER UPDATE ON "Domain"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."accountId" IS DISTINCT FROM NEW."accountId"
                     OR OLD."openActionCount" IS DISTINCT FROM NEW."openActionCount" OR OLD."nextDueAt" IS DISTINCT FROM NEW."nextDueAt")
  EXECUTE FUNCTION icp_domain_figures();
CREATE TRIGGER icp_domain_figures_delete AFTER DELETE ON "Domain" FOR EACH ROW EXECUTE FUNCTION icp_domain_figures();

-- A status change dated before today (China time) changes completed days of the history:
-- those days are dropped and computed again when next asked for. The lock orders this
-- against a reader filling the days (lib/queries/overview.ts takes it in SHARE ROW EXCLUSIVE mode).
CREATE FUNCTION icp_status_history_invalidate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  today timestamp(3) := date_trunc('day', (now() AT TIME ZONE 'UTC') + interval '8 hours') - interval '8 hours';
BEGIN
  IF NEW."changedAt" < today THEN
    DELETE FROM "StatusHistoryDay"
     WHERE day >= date_trunc('day', NEW."changedAt" + interval '8 hours') - interval '8 hours';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER icp_status_history_invalidate AFTER INSERT OR UPDATE ON "DomainStatusChange"
  FOR EACH ROW EXECUTE FUNCTION icp_status_history_invalidate();

-- The figures of the rows already there.
INSERT INTO "AccountStatusCount" ("accountId", status, count)
SELECT "accountId", status, count(*)::int FROM "Domain" GROUP BY "accountId", status;
INSERT INTO "AccountCounter" ("accountId", "openCount", "urgentKeyCount", "criticalCount", "dueSoonCount", "overdueCount",
                              "domainsWithActions", "overdueDomainCount", "asOf", "nextChangeAt")
SELECT f."accountId", f."openCount", f."urgentKeyCount", f."criticalCount", f."dueSoonCount", f."overdueCount",
       f."domainsWithActions", f."overdueDomainCount", (now() AT TIME ZONE 'UTC')::timestamp(3), f."nextChangeAt"
  FROM icp_all_account_figures((now() AT TIME ZONE 'UTC')::timestamp(3)) f;
