-- ---------------------------------------------------------------------------------------
-- The staff figures (AccountCounter, AccountStatusCount) and the domain list's version kept
-- by STATEMENT-level triggers with transition tables, instead of row triggers that ran two
-- to four statements per changed row (docs/decisions/0005-maintained-staff-figures.md,
-- docs/benchmarks.md). Same meaning as the row triggers of *_staff_figures_and_trigram_search
-- and *_domain_list_version, per statement:
--   1. one grouped query computes, from the transition rows, each account's changes (live
--      actions by account, urgency and due date; domain shares by account, "has live
--      actions" and due date; domains by account and status) and creates the missing
--      AccountCounter rows (ON CONFLICT DO NOTHING);
--   2. the affected AccountCounter rows are locked in account order;
--   3. one UPDATE applies the changes, evaluated at each row's asOf, read after the lock (a
--      new statement, so a new snapshot in READ COMMITTED: a refresh that committed while
--      we waited for the lock is seen);
--   4. one upsert changes the domains by status; a domain moved to another account has both
--      accounts recomputed from their rows (icp_refresh_account), after the changes.
-- Only live actions ('open', 'in_progress') count; an action whose domain is gone is
-- skipped; an UPDATE counts only the rows whose counted columns changed (the row triggers'
-- WHEN conditions); nextChangeAt only moves earlier when a share is added (icp_next_crossing).
-- Rows of an UPDATE are paired by id; a row whose id changed (nothing does that) counts as
-- removed and added, and for a domain its accounts are recomputed.
--
-- Plans: the statements take the account lists as array variables, for which PL/pgSQL's plan
-- cache keeps choosing a custom plan, planned again on every call (measured: about 1 ms per
-- message, more than the statements' execution). The functions use their generic plans, and
-- every statement in them reaches AccountCounter, AccountStatusCount, Domain and Action by key
-- (a few rows of a large table), so sequential scans are off inside them: a generic plan
-- cannot know the arrays are short and would scan a small AccountCounter whole.

DROP TRIGGER icp_action_figures_insert ON "Action";
DROP TRIGGER icp_action_figures_update ON "Action";
DROP TRIGGER icp_action_figures_delete ON "Action";
DROP TRIGGER icp_domain_figures_insert ON "Domain";
DROP TRIGGER icp_domain_figures_update ON "Domain";
DROP TRIGGER icp_domain_figures_delete ON "Domain";
DROP TRIGGER icp_domain_list_version_insert ON "Domain";
DROP TRIGGER icp_domain_list_version_update ON "Domain";
DROP TRIGGER icp_domain_list_version_delete ON "Domain";
DROP FUNCTION icp_action_figures();
DROP FUNCTION icp_domain_figures();
DROP FUNCTION icp_domain_list_version();
DROP FUNCTION icp_counter_action(text, "ActionKey", timestamp(3), int);
DROP FUNCTION icp_counter_domain(text, int, timestamp(3), int);
DROP FUNCTION icp_status_count(text, "DomainStatus", int);

-- Live actions added (+1) and removed (-1) by one statement on "Action".
CREATE FUNCTION icp_action_figures_statement() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan SET enable_seqscan = off AS $$
DECLARE
  ts timestamp(3) := (now() AT TIME ZONE 'UTC')::timestamp(3);
  gacc text[];
  gu boolean[];
  gdue timestamp(3)[];
  gnet int[];
  gadd boolean[];
BEGIN
  -- 1. The changes grouped by account, urgency and due date: net count and whether any was
  --    added; the missing counter rows created.
  IF TG_OP = 'INSERT' THEN
    WITH ch AS (
      SELECT n."domainId" AS dom, n.key, n."dueAt" AS due, 1 AS s FROM new_rows n WHERE n.state IN ('open', 'in_progress')
    ), g AS (
      SELECT d."accountId" AS acc, icp_urgent_key(ch.key) AS u, ch.due, sum(ch.s)::int AS net, bool_or(ch.s > 0) AS added
        FROM ch JOIN "Domain" d ON d.id = ch.dom GROUP BY 1, 2, 3
    ), ins AS (
      INSERT INTO "AccountCounter" ("accountId", "asOf") SELECT DISTINCT acc, ts FROM g ORDER BY 1
      ON CONFLICT ("accountId") DO NOTHING
    )
    SELECT array_agg(acc), array_agg(u), array_agg(due), array_agg(net), array_agg(added) INTO gacc, gu, gdue, gnet, gadd FROM g;
  ELSIF TG_OP = 'DELETE' THEN
    WITH ch AS (
      SELECT o."domainId" AS dom, o.key, o."dueAt" AS due, -1 AS s FROM old_rows o WHERE o.state IN ('open', 'in_progress')
    ), g AS (
      SELECT d."accountId" AS acc, icp_urgent_key(ch.key) AS u, ch.due, sum(ch.s)::int AS net, bool_or(ch.s > 0) AS added
        FROM ch JOIN "Domain" d ON d.id = ch.dom GROUP BY 1, 2, 3
    ), ins AS (
      INSERT INTO "AccountCounter" ("accountId", "asOf") SELECT DISTINCT acc, ts FROM g ORDER BY 1
      ON CONFLICT ("accountId") DO NOTHING
    )
    SELECT array_agg(acc), array_agg(u), array_agg(due), array_agg(net), array_agg(added) INTO gacc, gu, gdue, gnet, gadd FROM g;
  ELSE
    WITH p AS (
      SELECT o.id AS oid, o."domainId" AS odom, o.key AS okey, o."dueAt" AS odue, o.state AS ostate,
             n.id AS nid, n."domainId" AS ndom, n.key AS nkey, n."dueAt" AS ndue, n.state AS nstate
        FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
    ), r AS (
      SELECT * FROM p
       WHERE oid IS NULL OR nid IS NULL OR ostate IS DISTINCT FROM nstate OR odue IS DISTINCT FROM ndue
          OR okey IS DISTINCT FROM nkey OR odom IS DISTINCT FROM ndom
    ), ch AS (
      SELECT odom AS dom, okey AS key, odue AS due, -1 AS s FROM r WHERE oid IS NOT NULL AND ostate IN ('open', 'in_progress')
      UNION ALL
      SELECT ndom, nkey, ndue, 1 FROM r WHERE nid IS NOT NULL AND nstate IN ('open', 'in_progress')
    ), g AS (
      SELECT d."accountId" AS acc, icp_urgent_key(ch.key) AS u, ch.due, sum(ch.s)::int AS net, bool_or(ch.s > 0) AS added
        FROM ch JOIN "Domain" d ON d.id = ch.dom GROUP BY 1, 2, 3
    ), ins AS (
      INSERT INTO "AccountCounter" ("accountId", "asOf") SELECT DISTINCT acc, ts FROM g ORDER BY 1
      ON CONFLICT ("accountId") DO NOTHING
    )
    SELECT array_agg(acc), array_agg(u), array_agg(due), array_agg(net), array_agg(added) INTO gacc, gu, gdue, gnet, gadd FROM g;
  END IF;
  IF gacc IS NULL THEN
    RETURN NULL;
  END IF;
  -- 2. The counter rows locked in account order.
  PERFORM 1 FROM "AccountCounter" c WHERE c."accountId" = ANY(gacc) ORDER BY c."accountId" FOR UPDATE;
  -- 3. The changes applied, evaluated at each row's asOf (read after the lock).
  UPDATE "AccountCounter" c SET
    "openCount" = c."openCount" + x.open,
    "urgentKeyCount" = c."urgentKeyCount" + x.uk,
    "criticalCount" = c."criticalCount" + x.critical,
    "dueSoonCount" = c."dueSoonCount" + x.soon,
    "overdueCount" = c."overdueCount" + x.overdue,
    "nextChangeAt" = least(c."nextChangeAt", x.nc)
  FROM (
    SELECT acc, sum(net)::int AS open,
           sum(CASE WHEN u THEN net ELSE 0 END)::int AS uk,
           sum(CASE WHEN u AND due < k."asOf" + interval '24 hours' THEN net ELSE 0 END)::int AS critical,
           sum(CASE WHEN NOT u AND due < k."asOf" + interval '72 hours' THEN net ELSE 0 END)::int AS soon,
           sum(CASE WHEN due < k."asOf" THEN net ELSE 0 END)::int AS overdue,
           min(icp_next_crossing(u, due, k."asOf")) FILTER (WHERE added) AS nc
      FROM unnest(gacc, gu, gdue, gnet, gadd) AS g(acc, u, due, net, added)
      JOIN "AccountCounter" k ON k."accountId" = g.acc
     GROUP BY acc
  ) x
  WHERE c."accountId" = x.acc;
  RETURN NULL;
END
$$;

CREATE TRIGGER icp_action_figures_insert AFTER INSERT ON "Action"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_action_figures_statement();
CREATE TRIGGER icp_action_figures_update AFTER UPDATE ON "Action"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_action_figures_statement();
CREATE TRIGGER icp_action_figures_delete AFTER DELETE ON "Action"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_action_figures_statement();

-- One statement on "Domain": the domain shares (has live actions; earliest live due date),
-- the domains by status, the accounts to recompute (a domain moved to another account), and
-- the domain list's version of every account with a row in the statement. The version was
-- a trigger of its own (*_domain_list_version); it is raised here under the same lock, once
-- per statement and account, so the rows are locked once, in account order, for both: two
-- writers' raises still commit in order and each commit changes the value.
CREATE FUNCTION icp_domain_figures_statement() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan SET enable_seqscan = off AS $$
DECLARE
  ts timestamp(3) := (now() AT TIME ZONE 'UTC')::timestamp(3);
  accs text[];     -- every account with a row in the statement (the list version)
  gacc text[];     -- domain shares: account, has live actions, due date, net, any added
  ghas boolean[];
  gdue timestamp(3)[];
  gnet int[];
  gadd boolean[];
  sacc text[];     -- domains by status: account, status, net
  sst "DomainStatus"[];
  snet int[];
  racc text[];     -- accounts recomputed from their rows
BEGIN
  -- 1. The changes, grouped; the missing counter rows of the accounts they change created.
  IF TG_OP = 'INSERT' THEN
    WITH sh AS (
      SELECT n."accountId" AS acc, n."openActionCount" AS open, n."nextDueAt" AS due, 1 AS s FROM new_rows n
    ), g AS (
      SELECT acc, open > 0 AS has, due, sum(s)::int AS net, bool_or(s > 0) AS added
        FROM sh WHERE open > 0 OR due IS NOT NULL GROUP BY 1, 2, 3
    ), st AS (
      SELECT n."accountId" AS acc, n.status, count(*)::int AS net FROM new_rows n GROUP BY 1, 2
    ), ins AS (
      INSERT INTO "AccountCounter" ("accountId", "asOf") SELECT DISTINCT acc, ts FROM g ORDER BY 1
      ON CONFLICT ("accountId") DO NOTHING
    )
    SELECT (SELECT array_agg(DISTINCT n."accountId") FROM new_rows n),
           (SELECT array_agg(acc) FROM g), (SELECT array_agg(has) FROM g), (SELECT array_agg(due) FROM g),
           (SELECT array_agg(net) FROM g), (SELECT array_agg(added) FROM g),
           (SELECT array_agg(acc) FROM st), (SELECT array_agg(status) FROM st), (SELECT array_agg(net) FROM st)
      INTO accs, gacc, ghas, gdue, gnet, gadd, sacc, sst, snet;
  ELSIF TG_OP = 'DELETE' THEN
    WITH sh AS (
      SELECT o."accountId" AS acc, o."openActionCount" AS open, o."nextDueAt" AS due, -1 AS s FROM old_rows o
    ), g AS (
      SELECT acc, open > 0 AS has, due, sum(s)::int AS net, bool_or(s > 0) AS added
        FROM sh WHERE open > 0 OR due IS NOT NULL GROUP BY 1, 2, 3
    ), st AS (
      SELECT o."accountId" AS acc, o.status, -count(*)::int AS net FROM old_rows o GROUP BY 1, 2
    ), ins AS (
      INSERT INTO "AccountCounter" ("accountId", "asOf") SELECT DISTINCT acc, ts FROM g ORDER BY 1
      ON CONFLICT ("accountId") DO NOTHING
    )
    SELECT (SELECT array_agg(DISTINCT o."accountId") FROM old_rows o),
           (SELECT array_agg(acc) FROM g), (SELECT array_agg(has) FROM g), (SELECT array_agg(due) FROM g),
           (SELECT array_agg(net) FROM g), (SELECT array_agg(added) FROM g),
           (SELECT array_agg(acc) FROM st), (SELECT array_agg(status) FROM st), (SELECT array_agg(net) FROM st)
      INTO accs, gacc, ghas, gdue, gnet, gadd, sacc, sst, snet;
  ELSE
    WITH p AS (
      SELECT o.id AS oid, o."accountId" AS oacc, o.status AS ost, o."openActionCount" AS oopen, o."nextDueAt" AS odue,
             n.id AS nid, n."accountId" AS nacc, n.status AS nst, n."openActionCount" AS nopen, n."nextDueAt" AS ndue
        FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
    ), r AS (
      -- The rows the row triggers' WHEN let through; moved: to another account.
      SELECT *, (oid IS NOT NULL AND nid IS NOT NULL AND oacc <> nacc) AS moved FROM p
       WHERE oid IS NULL OR nid IS NULL OR ost IS DISTINCT FROM nst OR oacc IS DISTINCT FROM nacc
          OR oopen IS DISTINCT FROM nopen OR odue IS DISTINCT FROM ndue
    ), sh AS (
      SELECT oacc AS acc, oopen AS open, odue AS due, -1 AS s FROM r WHERE oid IS NOT NULL AND NOT moved
      UNION ALL
      SELECT nacc, nopen, ndue, 1 FROM r WHERE nid IS NOT NULL AND NOT moved
    ), g AS (
      SELECT acc, open > 0 AS has, due, sum(s)::int AS net, bool_or(s > 0) AS added
        FROM sh WHERE open > 0 OR due IS NOT NULL GROUP BY 1, 2, 3
    ), st0 AS (
      SELECT oacc AS acc, ost AS status, -1 AS s FROM r WHERE oid IS NOT NULL AND (moved OR nid IS NULL OR ost <> nst)
      UNION ALL
      SELECT nacc, nst, 1 FROM r WHERE nid IS NOT NULL AND (moved OR oid IS NULL OR ost <> nst)
    ), st AS (
      SELECT acc, status, sum(s)::int AS net FROM st0 GROUP BY 1, 2
    ), rf AS (
      SELECT oacc AS acc FROM r WHERE oid IS NOT NULL AND (moved OR nid IS NULL)
      UNION
      SELECT nacc FROM r WHERE nid IS NOT NULL AND (moved OR oid IS NULL)
    ), ins AS (
      INSERT INTO "AccountCounter" ("accountId", "asOf") SELECT acc, ts FROM (SELECT acc FROM g UNION SELECT acc FROM rf) m ORDER BY 1
      ON CONFLICT ("accountId") DO NOTHING
    )
    SELECT (SELECT array_agg(DISTINCT a) FROM (SELECT oacc AS a FROM p WHERE oid IS NOT NULL UNION SELECT nacc FROM p WHERE nid IS NOT NULL) x),
           (SELECT array_agg(acc) FROM g), (SELECT array_agg(has) FROM g), (SELECT array_agg(due) FROM g),
           (SELECT array_agg(net) FROM g), (SELECT array_agg(added) FROM g),
           (SELECT array_agg(acc) FROM st), (SELECT array_agg(status) FROM st), (SELECT array_agg(net) FROM st),
           (SELECT array_agg(acc ORDER BY acc) FROM rf)
      INTO accs, gacc, ghas, gdue, gnet, gadd, sacc, sst, snet, racc;
  END IF;
  IF accs IS NULL THEN
    RETURN NULL;
  END IF;
  -- 2. The counter rows locked in account order (every account of the statement's rows).
  PERFORM 1 FROM "AccountCounter" c WHERE c."accountId" = ANY(accs) ORDER BY c."accountId" FOR UPDATE;
  -- 3. The list version raised and the domain shares applied, at each row's asOf (read after the lock).
  UPDATE "AccountCounter" c SET
    "listVersion" = c."listVersion" + 1,
    "domainsWithActions" = c."domainsWithActions" + coalesce(x.dwa, 0),
    "overdueDomainCount" = c."overdueDomainCount" + coalesce(x.odc, 0),
    "nextChangeAt" = least(c."nextChangeAt", x.nc)
  FROM unnest(accs) AS t(acc)
  LEFT JOIN (
    SELECT g.acc, sum(CASE WHEN g.has THEN g.net ELSE 0 END)::int AS dwa,
           sum(CASE WHEN g.due < k."asOf" THEN g.net ELSE 0 END)::int AS odc,
           min(g.due) FILTER (WHERE g.added AND g.due >= k."asOf") AS nc
      FROM unnest(gacc, ghas, gdue, gnet, gadd) AS g(acc, has, due, net, added)
      JOIN "AccountCounter" k ON k."accountId" = g.acc
     GROUP BY g.acc
  ) x ON x.acc = t.acc
  WHERE c."accountId" = t.acc;
  -- 4. The domains by status, in key order; then the moved domains' accounts from their rows.
  IF sacc IS NOT NULL THEN
    INSERT INTO "AccountStatusCount" ("accountId", status, count)
    SELECT s.acc, s.st, s.net FROM unnest(sacc, sst, snet) AS s(acc, st, net) ORDER BY 1, 2
    ON CONFLICT ("accountId", status) DO UPDATE SET count = "AccountStatusCount".count + EXCLUDED.count;
  END IF;
  IF racc IS NOT NULL THEN
    PERFORM icp_refresh_account(a, ts) FROM unnest(racc) AS a ORDER BY a;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER icp_domain_figures_insert AFTER INSERT ON "Domain"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_domain_figures_statement();
CREATE TRIGGER icp_domain_figures_update AFTER UPDATE ON "Domain"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_domain_figures_statement();
CREATE TRIGGER icp_domain_figures_delete AFTER DELETE ON "Domain"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_domain_figures_statement();
