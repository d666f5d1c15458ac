-- Schema version 27: indexes for the reports of issue 13 at a million outcomes (docs/benchmarks.md, "Reports").
-- The promised-callback report lists the first 200 promises of its period (overdue, then open, then closed, each by
-- due time and id): three ranges of callback_due_id read in that order instead of a sort of the period's promises.
-- It replaces callback_due (done, due_at), whose queries it serves as well.
DROP INDEX callback_due;
CREATE INDEX callback_due_id ON callback(done, due_at, id);
-- The report's counts per owner, source and state read the period's promises from this index alone (every column
-- they use is in it), a range of due times, instead of every row of callback.
CREATE INDEX callback_period ON callback(due_at, done, closed_as, owner, source, closed_at);
-- The supervision report lists the latest 200 bad answers, the satisfaction report the latest 200 reasons: the
-- period's calls read latest first along this index
-- (Derby scans an index forwards only, hence DESC), the scripts checked in the index before a call's row is read,
-- and the reading stops at the 200th, instead of sorting a day or more of calls for them.
CREATE INDEX call_outcome_latest ON call_outcome(started_at DESC, id DESC, script_id, script_version);
