-- Schema version 10: an index in claiming order within each state, so a claim reads the first planned and the
-- first rescheduled tasks in the order they are handed out (priority first, then the earliest due) without
-- reading, joining or sorting the finished ones or every open one.
CREATE INDEX call_task_state_order ON call_task(state, priority DESC, due_from, id);
