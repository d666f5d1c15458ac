-- Schema version 29: what the daily planning run needs to decide only the contacts whose calls may have changed
-- (issue 18; docs/internals.md, "The daily run decides what changed").
-- plan_dirty: a row for each contact one of whose facts the planner reads was changed or deleted (the contact, and
-- with it its tags: every change of tags updates the contact's row; its service events, promised callbacks, call
-- tasks and calls' outcomes), kept by the triggers below whatever writes it. A planning run takes the rows up to a
-- cut and deletes them when it has decided those contacts. Rows added are found without triggers, which cost
-- Derby some 0.2 ms a row (an import would pay that for every contact, tag and event): a new contact has no
-- plan_wake row, and new service events, callbacks, call tasks and outcomes have ids above the watermarks of
-- plan_state (their ids are drawn from id_block in the transaction that inserts them, so every id below the
-- block's next id is committed once no transaction holds the block's row).
CREATE TABLE plan_dirty (
  id          BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contact_id  BIGINT NOT NULL
);
-- plan_wake: for each contact a run decided, the first planning day on which its decision may differ although
-- nothing of it changed (the call types' "stable until", the gates' own dependence on the day), the contact whose
-- chunk planned its events and promises (a successor's, for a contact who left), and what it added to the run's
-- figures when that decision is settled (proposals; refusals as already planned, pending, do-not-call, not active).
CREATE TABLE plan_wake (
  contact_id  BIGINT NOT NULL PRIMARY KEY,
  wake        DATE NOT NULL,
  home        BIGINT NOT NULL,
  proposals   INT DEFAULT 0 NOT NULL,
  already     INT DEFAULT 0 NOT NULL,
  pending     INT DEFAULT 0 NOT NULL,
  off_list    INT DEFAULT 0 NOT NULL,
  inactive    INT DEFAULT 0 NOT NULL
);
CREATE INDEX plan_wake_wake ON plan_wake (wake);
-- plan_state: the one row describing the last run that recorded plan_wake: what its decisions assumed (the campaigns,
-- settings, calendar and call types, as a fingerprint; the horizon's length), the service events it offered, and the
-- sums of the settled figures of plan_wake.
CREATE TABLE plan_state (
  id            INT NOT NULL PRIMARY KEY,
  fingerprint   VARCHAR(128) NOT NULL,
  days          INT NOT NULL,
  horizon_from  DATE NOT NULL,
  events_from   TIMESTAMP NOT NULL,
  events_to     TIMESTAMP NOT NULL,
  event_ids     BIGINT NOT NULL,
  callback_ids  BIGINT NOT NULL,
  task_ids      BIGINT NOT NULL,
  outcome_ids   BIGINT NOT NULL,
  proposals     BIGINT DEFAULT 0 NOT NULL,
  already       BIGINT DEFAULT 0 NOT NULL,
  pending       BIGINT DEFAULT 0 NOT NULL,
  off_list      BIGINT DEFAULT 0 NOT NULL,
  inactive      BIGINT DEFAULT 0 NOT NULL
);
CREATE TRIGGER plan_dirty_contact_upd AFTER UPDATE ON contact REFERENCING NEW AS n FOR EACH ROW INSERT INTO plan_dirty (contact_id) VALUES (n.id);
CREATE TRIGGER plan_dirty_contact_del AFTER DELETE ON contact REFERENCING OLD AS o FOR EACH ROW INSERT INTO plan_dirty (contact_id) VALUES (o.id);
CREATE TRIGGER plan_dirty_event_upd AFTER UPDATE ON service_event REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT x FROM (VALUES (o.contact_id), (n.contact_id)) AS v (x) WHERE x IS NOT NULL;
CREATE TRIGGER plan_dirty_event_del AFTER DELETE ON service_event REFERENCING OLD AS o FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT x FROM (VALUES (o.contact_id)) AS v (x) WHERE x IS NOT NULL;
CREATE TRIGGER plan_dirty_callback_upd AFTER UPDATE ON callback REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT x FROM (VALUES (o.contact_id), (n.contact_id)) AS v (x) WHERE x IS NOT NULL;
CREATE TRIGGER plan_dirty_callback_del AFTER DELETE ON callback REFERENCING OLD AS o FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT x FROM (VALUES (o.contact_id)) AS v (x) WHERE x IS NOT NULL;
CREATE TRIGGER plan_dirty_task_upd AFTER UPDATE OF contact_id, campaign_id, call_type, due_from, priority, state, plan_key, callback_id ON call_task REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO plan_dirty (contact_id) VALUES (o.contact_id), (n.contact_id);
CREATE TRIGGER plan_dirty_task_del AFTER DELETE ON call_task REFERENCING OLD AS o FOR EACH ROW INSERT INTO plan_dirty (contact_id) VALUES (o.contact_id);
CREATE TRIGGER plan_dirty_outcome_upd AFTER UPDATE ON call_outcome REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT contact_id FROM call_task WHERE id = n.task_id OR id = o.task_id UNION ALL VALUES (o.contact_id), (n.contact_id);
CREATE TRIGGER plan_dirty_outcome_del AFTER DELETE ON call_outcome REFERENCING OLD AS o FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT contact_id FROM call_task WHERE id = o.task_id UNION ALL VALUES (o.contact_id);
