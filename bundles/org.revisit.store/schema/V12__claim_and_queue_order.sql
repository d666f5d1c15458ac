-- Schema version 12: whether a task may be handed out is kept on the task, so claims and My Queue read one index
-- in their own order and join nothing per row they pass over.
-- contact_off: the contact is marked do-not-call or is no longer active; campaign_off: the task's campaign is paused.
-- Both are kept by the triggers below when a contact or a campaign changes (and set by the store's task insert).
ALTER TABLE call_task ADD COLUMN contact_off BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE call_task ADD COLUMN campaign_off BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE call_task SET contact_off = TRUE WHERE state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') AND EXISTS (SELECT 1 FROM contact k WHERE k.id = call_task.contact_id AND (k.do_not_call OR k.status <> 'ACTIVE'));
UPDATE call_task SET campaign_off = TRUE WHERE campaign_id IN (SELECT id FROM campaign WHERE lifecycle = 'PAUSED');
CREATE TRIGGER call_task_contact_off AFTER UPDATE OF do_not_call, status ON contact REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.do_not_call <> n.do_not_call OR o.status <> n.status) UPDATE call_task SET contact_off = CASE WHEN n.do_not_call OR n.status <> 'ACTIVE' THEN TRUE ELSE FALSE END WHERE contact_id = n.id;
CREATE TRIGGER call_task_campaign_off AFTER UPDATE OF lifecycle ON campaign REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN ((CASE WHEN o.lifecycle = 'PAUSED' THEN 1 ELSE 0 END) <> (CASE WHEN n.lifecycle = 'PAUSED' THEN 1 ELSE 0 END)) UPDATE call_task SET campaign_off = CASE WHEN n.lifecycle = 'PAUSED' THEN TRUE ELSE FALSE END WHERE campaign_id = n.id;
-- claim_open: 1 for a planned or rescheduled task that may be handed out, else 0. A claim walks
-- call_task_claim_walk from the first open task of each priority present, and reads only due rows.
ALTER TABLE call_task ADD COLUMN claim_open SMALLINT GENERATED ALWAYS AS (CASE WHEN state IN ('PLANNED', 'RESCHEDULED') AND NOT contact_off AND NOT campaign_off THEN 1 ELSE 0 END);
CREATE INDEX call_task_claim_walk ON call_task(claim_open, priority DESC, due_from, id);
-- queue_due: the due time of a task My Queue shows (open and callable, or under way even in a paused campaign),
-- else NULL. call_task_queue_order holds the queue's order and what its counts read (call type, end of the window).
ALTER TABLE call_task ADD COLUMN queue_due TIMESTAMP GENERATED ALWAYS AS (CASE WHEN NOT contact_off AND (state = 'CLAIMED' OR (state IN ('PLANNED', 'RESCHEDULED') AND NOT campaign_off)) THEN due_from ELSE NULL END);
CREATE INDEX call_task_queue_order ON call_task(queue_due, priority DESC, id, call_type, due_to);
