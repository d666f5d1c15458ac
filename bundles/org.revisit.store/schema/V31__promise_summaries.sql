-- Schema version 31: the closed promises in the report summaries (issue 13), so that the promised-callback report
-- reads the summary for the promises closed and folded, and only the others (those still owed, and those closed
-- since the last fold) row by row. See docs/internals.md, "Report summaries".
-- callback.report_fold: 0 while the promise is not in the summaries, else the number of the fold that added it;
-- only promises marked done are folded (closing a promise is the last change the store makes to it; an edit of a
-- folded promise, CallbackRepository.update, takes it out of the summaries first).
ALTER TABLE callback ADD COLUMN report_fold INT DEFAULT 0 NOT NULL;
-- The promises not folded that are due in a period, read from this index alone (every column the counts use):
-- two ranges, those still owed and those done (the few closed since the last fold, which a fold also finds here).
CREATE INDEX callback_report_tail ON callback(report_fold, done, due_at, closed_as, owner, source, closed_at);
-- The folded promises per day of their due time at the summaries' offset, owner, source, engineer of the service
-- event and how they were closed (null: marked done by hand): how many, and how many were closed after their due
-- time. A promise taken out adds the negative.
CREATE TABLE report_promises (
  on_day      DATE NOT NULL,
  owner       VARCHAR(64),
  source      VARCHAR(20),
  engineer    VARCHAR(100),
  closed_as   VARCHAR(20),
  promises    BIGINT NOT NULL,
  late        BIGINT NOT NULL
);
CREATE INDEX report_promises_day ON report_promises(on_day);
-- Folding a promise (report_fold) or a new version number is no change for the planner: the daily run's trigger on
-- callback (schema version 29) now fires only for the columns the planner reads, as the one on call_task does.
DROP TRIGGER plan_dirty_callback_upd;
CREATE TRIGGER plan_dirty_callback_upd AFTER UPDATE OF contact_id, due_at, owner, reason, source, service_event_id, outcome_id, done, closed_as, closed_at, superseded_by ON callback REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT x FROM (VALUES (o.contact_id), (n.contact_id)) AS v (x) WHERE x IS NOT NULL;
