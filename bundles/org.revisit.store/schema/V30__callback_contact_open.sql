-- Schema version 30: the open promised callbacks of a range of contacts, by index (issue 15). The planner reads each
-- chunk's promises with the chunk (contact_id in the chunk's range, done = FALSE) instead of every open promise up
-- front. The index of V2 on callback(contact_id) was never made: it duplicates the foreign key's backing index, so
-- Derby kept no index of that name and a query cannot name it; this one has a name the planner's query gives Derby.
CREATE INDEX callback_contact_open ON callback(contact_id, done);
