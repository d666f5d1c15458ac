-- Schema version 7: promises kept.
-- A task that calls a promised callback names the callback and the promised moment, so the queue can say
-- when the call is late, and ending the call closes the promise. A callback is closed when its call ends
-- (DONE, UNREACHABLE) or when the agent replaces it with a new promise (SUPERSEDED, naming the new one).
ALTER TABLE call_task ADD COLUMN callback_id BIGINT;
ALTER TABLE call_task ADD COLUMN promised_at TIMESTAMP;
CREATE INDEX call_task_callback ON call_task(callback_id);
ALTER TABLE callback ADD COLUMN closed_as VARCHAR(20);
ALTER TABLE callback ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE callback ADD COLUMN superseded_by BIGINT;
-- Tasks planned before this version carry the callback in their plan key ("callback:<id>").
UPDATE call_task SET callback_id = CAST(SUBSTR(plan_key, 10) AS BIGINT) WHERE plan_key LIKE 'callback:%';
UPDATE call_task SET promised_at = (SELECT due_at FROM callback WHERE callback.id = call_task.callback_id)
  WHERE callback_id IS NOT NULL;
-- Promises whose call has already ended are kept: they were made.
UPDATE callback SET done = TRUE, closed_as = 'DONE'
  WHERE done = FALSE AND id IN (SELECT callback_id FROM call_task WHERE state = 'COMPLETED' AND callback_id IS NOT NULL);
UPDATE callback SET done = TRUE, closed_as = 'UNREACHABLE'
  WHERE done = FALSE AND id IN (SELECT callback_id FROM call_task WHERE state = 'UNREACHABLE' AND callback_id IS NOT NULL);
-- One planning run at a time: a run holds an exclusive lock on this table for as long as it runs (released
-- with its connection, also when the process dies), so a second run waits for it instead of colliding.
CREATE TABLE planning_lock (id INT NOT NULL PRIMARY KEY);
INSERT INTO planning_lock VALUES (1);
