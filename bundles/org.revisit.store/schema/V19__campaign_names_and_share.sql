-- Schema version 19: a campaign's English name (shown by the English workbench; empty = the name) and its share
-- of the weekly budget of calls per contact, in percent (100 = the whole budget).
ALTER TABLE campaign ADD COLUMN name_en VARCHAR(200);
ALTER TABLE campaign ADD COLUMN budget_share INT NOT NULL DEFAULT 100;
