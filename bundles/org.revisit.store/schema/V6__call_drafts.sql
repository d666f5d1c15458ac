-- Schema version 6: calls in progress.
-- A call that an agent has opened but not finished keeps the answers given so far (the script runner's state,
-- rewritten in its own transaction after every answer) and the notes, so that a crash or a closed window
-- loses nothing and reopening the task resumes the call where it stopped. The row goes when the outcome is saved.
CREATE TABLE call_draft (
  task_id         BIGINT NOT NULL PRIMARY KEY REFERENCES call_task(id) ON DELETE CASCADE,
  agent           VARCHAR(64) NOT NULL,
  script_id       VARCHAR(100) NOT NULL,
  script_version  INT NOT NULL,
  started_at      TIMESTAMP NOT NULL,
  updated_at      TIMESTAMP NOT NULL,
  answers         INT DEFAULT 0 NOT NULL,
  run_state       CLOB(1M) NOT NULL,
  notes           VARCHAR(4000)
);
