-- The audit log is append-only, enforced by the database: any UPDATE, DELETE or
-- TRUNCATE of "AuditEvent" fails, whichever client, role or code path sends it.
-- Nothing in the app changes or removes audit events (AuditEvent has no foreign keys,
-- so deleting a user, account or domain cascades nothing into it).
-- The function body is an E'' string with \x3B for its semicolons: the PostgreSQL
-- driver adapter splits a migration script at every semicolon.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''AuditEvent is append-only: % is not allowed'', TG_OP USING ERRCODE = ''insufficient_privilege''\x3B END\x3B';

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
