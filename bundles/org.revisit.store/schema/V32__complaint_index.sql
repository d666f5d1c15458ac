-- Schema version 32: the complaints report (issue 13) reads the period's complaints from this index alone, a range
-- of (kind, occurred_at) with every column its counts and collective complaints use, instead of the range of
-- service_event_kind and a row read for each complaint (docs/benchmarks.md, "Reports").
CREATE INDEX service_event_complaint ON service_event(kind, occurred_at, complaint_category, severity, resolved, contact_id, subject);
