-- Schema version 34: the complaints report (issue 13) reads what it counts of each complaint from the complaint's own
-- row, so that it reads one range of service_event_complaint and joins nothing: complaint_closed, whether a callback
-- promised on it was closed DONE, and complaint_closed_at, the earliest closed_at of those (null when none has a
-- time: closed, 0 seconds to close, as the report counted before); follow_ups and follow_ups_done, the follow-ups of the
-- outcomes of the tasks following it up (source_event_id) or keeping a promise made on it (the callback's
-- service_event_id), each follow-up once per complaint, and how many of them are done. The rows are filled by
-- org.revisit.store.ComplaintFigures.fill after this script, and kept by the triggers below, which call
-- ComplaintFigures to count one complaint again through the indexes (Derby's own plans for these correlated counts
-- read the whole of follow_up or service_event). Only rows of kind COMPLAINT hold figures. A task or an outcome
-- with follow-ups cannot be deleted (their foreign keys), so only their links changing counts again.
ALTER TABLE service_event ADD COLUMN complaint_closed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE service_event ADD COLUMN complaint_closed_at TIMESTAMP;
ALTER TABLE service_event ADD COLUMN follow_ups INT DEFAULT 0 NOT NULL;
ALTER TABLE service_event ADD COLUMN follow_ups_done INT DEFAULT 0 NOT NULL;
DROP INDEX service_event_complaint;
CREATE INDEX service_event_complaint ON service_event(kind, occurred_at, complaint_category, severity, resolved, contact_id, subject, complaint_closed, complaint_closed_at, follow_ups, follow_ups_done);
CREATE PROCEDURE revisit_complaint_figures(event_id BIGINT, callback_id BIGINT, task_id BIGINT, outcome_id BIGINT) LANGUAGE JAVA PARAMETER STYLE JAVA MODIFIES SQL DATA EXTERNAL NAME 'org.revisit.store.ComplaintFigures.count(java.lang.Long,java.lang.Long,java.lang.Long,java.lang.Long)';
CREATE PROCEDURE revisit_follow_up_added(outcome_id BIGINT, done BOOLEAN) LANGUAGE JAVA PARAMETER STYLE JAVA MODIFIES SQL DATA EXTERNAL NAME 'org.revisit.store.ComplaintFigures.followUpAdded(java.lang.Long,java.lang.Boolean)';
-- A new promise changes its complaint's figures only when it is stored closed DONE: no task names it yet (promise ids
-- are reserved, never reused, and a task gets its promise's id after the promise is stored; call_task.callback_id has
-- no foreign key), so an open promise (a complaint's import, `callback add`) calls nothing.
CREATE TRIGGER complaint_callback_ins AFTER INSERT ON callback REFERENCING NEW AS n FOR EACH ROW WHEN (n.service_event_id IS NOT NULL AND n.closed_as = 'DONE') CALL revisit_complaint_figures(n.service_event_id, NULL, NULL, NULL);
-- A promise closed DONE (what finishing its call does) only sets its complaint closed and keeps the earliest closing
-- time: no count again, which would read every task of the complaint, maybe another agent's uncommitted rows.
CREATE TRIGGER complaint_callback_done AFTER UPDATE OF closed_as, closed_at ON callback REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (COALESCE(n.closed_as, '') = 'DONE' AND COALESCE(o.closed_as, '') <> 'DONE' AND o.service_event_id IS NOT NULL AND n.service_event_id IS NOT NULL AND o.service_event_id = n.service_event_id) UPDATE service_event SET complaint_closed = TRUE, complaint_closed_at = CASE WHEN n.closed_at IS NULL THEN complaint_closed_at WHEN complaint_closed_at IS NULL OR n.closed_at < complaint_closed_at THEN n.closed_at ELSE complaint_closed_at END WHERE id = n.service_event_id AND kind = 'COMPLAINT';
-- Any other change that can move the figures (a DONE promise reopened or its time edited, a promise moved to another
-- event) counts its complaint again; a promise closed otherwise than DONE changes nothing.
CREATE TRIGGER complaint_callback_upd AFTER UPDATE OF service_event_id, closed_as, closed_at ON callback REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (NOT (COALESCE(n.closed_as, '') = 'DONE' AND COALESCE(o.closed_as, '') <> 'DONE' AND o.service_event_id IS NOT NULL AND n.service_event_id IS NOT NULL AND o.service_event_id = n.service_event_id) AND (o.service_event_id IS NOT NULL OR n.service_event_id IS NOT NULL) AND (COALESCE(o.closed_as, '') = 'DONE' OR COALESCE(n.closed_as, '') = 'DONE' OR COALESCE(o.service_event_id, -1) <> COALESCE(n.service_event_id, -1))) CALL revisit_complaint_figures(n.service_event_id, NULL, NULL, NULL);
CREATE TRIGGER complaint_callback_upd_old AFTER UPDATE OF service_event_id ON callback REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.service_event_id IS NOT NULL AND (n.service_event_id IS NULL OR n.service_event_id <> o.service_event_id)) CALL revisit_complaint_figures(o.service_event_id, NULL, NULL, NULL);
CREATE TRIGGER complaint_callback_del AFTER DELETE ON callback REFERENCING OLD AS o FOR EACH ROW WHEN (o.service_event_id IS NOT NULL) CALL revisit_complaint_figures(o.service_event_id, NULL, NULL, NULL);
CREATE TRIGGER complaint_task_upd_old AFTER UPDATE OF source_event_id, callback_id ON call_task REFERENCING OLD AS o FOR EACH ROW WHEN (o.source_event_id IS NOT NULL OR o.callback_id IS NOT NULL) CALL revisit_complaint_figures(o.source_event_id, o.callback_id, NULL, NULL);
CREATE TRIGGER complaint_task_upd_new AFTER UPDATE OF source_event_id, callback_id ON call_task REFERENCING NEW AS n FOR EACH ROW WHEN (n.source_event_id IS NOT NULL OR n.callback_id IS NOT NULL) CALL revisit_complaint_figures(n.source_event_id, n.callback_id, NULL, NULL);
CREATE TRIGGER complaint_outcome_upd_old AFTER UPDATE OF task_id ON call_outcome REFERENCING OLD AS o FOR EACH ROW WHEN (o.task_id IS NOT NULL) CALL revisit_complaint_figures(NULL, NULL, o.task_id, NULL);
CREATE TRIGGER complaint_outcome_upd_new AFTER UPDATE OF task_id ON call_outcome REFERENCING NEW AS n FOR EACH ROW WHEN (n.task_id IS NOT NULL) CALL revisit_complaint_figures(NULL, NULL, n.task_id, NULL);
-- A follow-up stored (with a finished call) adds itself to its complaints without counting them again.
CREATE TRIGGER complaint_follow_up_ins AFTER INSERT ON follow_up REFERENCING NEW AS n FOR EACH ROW WHEN (n.outcome_id IS NOT NULL) CALL revisit_follow_up_added(n.outcome_id, n.done);
CREATE TRIGGER complaint_follow_up_upd_old AFTER UPDATE OF outcome_id ON follow_up REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.outcome_id IS NOT NULL AND (n.outcome_id IS NULL OR n.outcome_id <> o.outcome_id)) CALL revisit_complaint_figures(NULL, NULL, NULL, o.outcome_id);
CREATE TRIGGER complaint_follow_up_upd AFTER UPDATE OF outcome_id, done ON follow_up REFERENCING NEW AS n FOR EACH ROW WHEN (n.outcome_id IS NOT NULL) CALL revisit_complaint_figures(NULL, NULL, NULL, n.outcome_id);
CREATE TRIGGER complaint_follow_up_del AFTER DELETE ON follow_up REFERENCING OLD AS o FOR EACH ROW WHEN (o.outcome_id IS NOT NULL) CALL revisit_complaint_figures(NULL, NULL, NULL, o.outcome_id);
CREATE TRIGGER complaint_event_kind AFTER UPDATE OF kind ON service_event REFERENCING NEW AS n FOR EACH ROW WHEN (n.kind = 'COMPLAINT') CALL revisit_complaint_figures(n.id, NULL, NULL, NULL);
-- The planner's mark of a changed service event (version 29) fired on any column; the figures above are the
-- report's and change no plan.
DROP TRIGGER plan_dirty_event_upd;
CREATE TRIGGER plan_dirty_event_upd AFTER UPDATE OF kind, occurred_at, contact_id, engineer, subject, external_ref, complaint_category, severity, resolved, version ON service_event REFERENCING OLD AS o NEW AS n FOR EACH ROW INSERT INTO plan_dirty (contact_id) SELECT x FROM (VALUES (o.contact_id), (n.contact_id)) AS v (x) WHERE x IS NOT NULL;
