-- AlterTable
ALTER TABLE "AccountCounter" ADD COLUMN     "accountName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "followUpAt" TIMESTAMP(3),
ADD COLUMN     "lastReviewAt" TIMESTAMP(3),
ADD COLUMN     "lastReviewId" TEXT;

-- ---------------------------------------------------------------------------------------
-- The review queue reads one page of AccountCounter in its order, by index, instead of
-- ranking every account per view (docs/decisions/0005-maintained-staff-figures.md).
-- Every account has a row; the row carries the account's name and its newest review, so
-- the order needs no other table.

-- Creates the rows of the given accounts (all when NULL) that have none, with their
-- figures computed from the rows, and sets the name and newest-review columns.
CREATE FUNCTION icp_queue_keys(accs text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "AccountCounter" ("accountId", "openCount", "urgentKeyCount", "criticalCount", "dueSoonCount", "overdueCount",
                                "domainsWithActions", "overdueDomainCount", "asOf", "nextChangeAt")
  SELECT a.id, f."openCount", f."urgentKeyCount", f."criticalCount", f."dueSoonCount", f."overdueCount",
         f."domainsWithActions", f."overdueDomainCount", (now() AT TIME ZONE 'UTC')::timestamp(3), f."nextChangeAt"
    FROM "Account" a CROSS JOIN LATERAL icp_account_figures(a.id, (now() AT TIME ZONE 'UTC')::timestamp(3)) f
   WHERE (accs IS NULL OR a.id = ANY(accs))
     AND NOT EXISTS (SELECT 1 FROM "AccountCounter" c WHERE c."accountId" = a.id)
  ON CONFLICT ("accountId") DO NOTHING;
  UPDATE "AccountCounter" c
     SET "accountName" = a.name, "lastReviewAt" = r."createdAt", "lastReviewId" = r.id, "followUpAt" = r."followUpAt"
    FROM "Account" a
    LEFT JOIN LATERAL (
      SELECT rv."createdAt", rv.id, rv."followUpAt" FROM "Review" rv
       WHERE rv."accountId" = a.id ORDER BY rv."createdAt" DESC, rv.id DESC LIMIT 1
    ) r ON true
   WHERE a.id = c."accountId" AND (accs IS NULL OR a.id = ANY(accs))
     AND (c."accountName" IS DISTINCT FROM a.name OR c."lastReviewAt" IS DISTINCT FROM r."createdAt"
          OR c."lastReviewId" IS DISTINCT FROM r.id OR c."followUpAt" IS DISTINCT FROM r."followUpAt");
$$;

CREATE FUNCTION icp_account_queue_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM icp_queue_keys(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
CREATE TRIGGER icp_account_queue_insert AFTER INSERT ON "Account" FOR EACH ROW EXECUTE FUNCTION icp_account_queue_keys();
CREATE TRIGGER icp_account_queue_update AFTER UPDATE ON "Account"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION icp_account_queue_keys();

CREATE FUNCTION icp_review_queue_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM icp_queue_keys(ARRAY[OLD."accountId"]);
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."accountId" <> OLD."accountId") THEN
    PERFORM icp_queue_keys(ARRAY[NEW."accountId"]);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER icp_review_queue_keys AFTER INSERT OR UPDATE OR DELETE ON "Review"
  FOR EACH ROW EXECUTE FUNCTION icp_review_queue_keys();

-- icp_account_figures behind a PL/pgSQL call: the queue calls it for the few rows kept as
-- of another time, and a SQL function would be inlined into the queue's plan on every
-- view (planning it cost more than running the page's query).
CREATE FUNCTION icp_account_figures_opaque(acc text, ts timestamp(3))
RETURNS TABLE ("openCount" int, "urgentKeyCount" int, "criticalCount" int, "dueSoonCount" int, "overdueCount" int,
               "domainsWithActions" int, "overdueDomainCount" int, "nextChangeAt" timestamp(3))
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY SELECT * FROM icp_account_figures(acc, ts);
END
$$;

-- The queue's order: urgent actions overdue or expiring, open urgent actions, never or
-- longest unreviewed, name, id (lib/queries/review-queue.ts orders by exactly this).
CREATE INDEX "AccountCounter_queue_idx" ON "AccountCounter"
  ("criticalCount" DESC, ("urgentKeyCount" + "dueSoonCount") DESC, "lastReviewAt" ASC NULLS FIRST, "accountName", "accountId");

-- The overview's overdue actions by kind: the live actions due before now, read from the
-- index alone (no heap visit once the table is vacuumed).
CREATE INDEX "Action_live_dueAt_key_idx" ON "Action" ("dueAt", key)
  WHERE state IN ('open', 'in_progress') AND "dueAt" IS NOT NULL;

SELECT icp_queue_keys(NULL);
