-- Schema version 15: the calls started since a day, read from an index alone (a campaign's target
-- "notcalled:N", contacts not called for N days, leaves out the contacts called since then).
CREATE INDEX call_outcome_started ON call_outcome(started_at, contact_id);
