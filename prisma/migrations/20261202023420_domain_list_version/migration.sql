-- AlterTable
ALTER TABLE "AccountCounter" ADD COLUMN     "listVersion" BIGINT NOT NULL DEFAULT 0;

-- The domain list's version per account: raised once per statement that inserts, changes or
-- deletes any of the account's domain rows. The list (and its once-a-second poll) compares it
-- for equality; reading it is one row, where summing the update times of a 10,000-domain
-- account read every one of its rows on every poll. The raise takes the counter row's lock
-- until commit, so two writers' raises commit in order and each commit changes the value.
-- Rows are locked in account order, so statements touching several accounts cannot deadlock.
CREATE FUNCTION icp_domain_list_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  accs text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n."accountId") INTO accs FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT o."accountId") INTO accs FROM old_rows o;
  ELSE
    SELECT array_agg(DISTINCT a) INTO accs
      FROM (SELECT n."accountId" AS a FROM new_rows n UNION SELECT o."accountId" FROM old_rows o) x;
  END IF;
  IF accs IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "AccountCounter" c WHERE c."accountId" = ANY(accs) ORDER BY c."accountId" FOR UPDATE;
  UPDATE "AccountCounter" c SET "listVersion" = c."listVersion" + 1 WHERE c."accountId" = ANY(accs);
  RETURN NULL;
END
$$;

CREATE TRIGGER icp_domain_list_version_insert AFTER INSERT ON "Domain"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_domain_list_version();
CREATE TRIGGER icp_domain_list_version_update AFTER UPDATE ON "Domain"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_domain_list_version();
CREATE TRIGGER icp_domain_list_version_delete AFTER DELETE ON "Domain"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION icp_domain_list_version();
