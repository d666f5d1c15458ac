-- Schema version 25: the branch of a reply an agent used in a call (its condition, as the library wrote it; NULL
-- when the reply has no branches or the use named none), so that the replies used say which branch was read.
ALTER TABLE answer_use ADD COLUMN branch VARCHAR(200);
