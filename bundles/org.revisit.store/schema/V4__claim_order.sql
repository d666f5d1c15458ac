-- Schema version 4: an index in the order agents are handed tasks (priority first, then the earliest due),
-- so a claim reads the first few claimable rows instead of sorting every open task.
CREATE INDEX call_task_claim_order ON call_task(priority DESC, due_from, id);
