-- Schema version 11: a campaign's place in its life beyond the active flag. NULL: a draft (not active) or
-- running (active); 'PAUSED': nothing new is planned and its calls are not handed out, calls in progress
-- finish; 'ENDED': its open calls were cancelled with end_reason, and it is never planned again.
ALTER TABLE campaign ADD COLUMN lifecycle VARCHAR(8);
ALTER TABLE campaign ADD COLUMN end_reason VARCHAR(400);
