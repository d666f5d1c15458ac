-- Schema version 26: pre-aggregated summaries of the reports (issue 13), so that a report reads the grouped
-- summary rows and only the rows not folded in yet. See docs/internals.md, "Report summaries".
-- The day of a summary row is the day at UTC+08:00 (the reports' default zone, Asia/Shanghai); a report in a
-- zone whose days differ in its period reads the rows themselves.
-- call_task.report_fold: 0 while the task is not in the summaries (the row-level tail of the calling report),
-- else the number of the fold that added it; only tasks in a final state are folded.
ALTER TABLE call_task ADD COLUMN report_fold INT DEFAULT 0 NOT NULL;
CREATE INDEX call_task_report_tail ON call_task(report_fold, due_from);
-- The one row saying how far the summaries go: the last fold and the outcomes folded (ids up to outcome_upto).
-- Each fold's transaction updates it first, and a report reads it holding its lock, so the two never overlap.
CREATE TABLE report_fold (
  id            INT NOT NULL PRIMARY KEY,
  fold          INT NOT NULL,
  outcome_upto  BIGINT NOT NULL
);
INSERT INTO report_fold VALUES (1, 0, 0);
-- The outcomes a fold's tasks were summed with (their ids up to outcome_upto).
CREATE TABLE report_folds (
  fold          INT NOT NULL PRIMARY KEY,
  outcome_upto  BIGINT NOT NULL
);
-- The calling figures of the folded tasks (not cancelled) per day of their due time, campaign, call type, agent of
-- the outcome and engineer of the service event; a fold adds rows (a task taken out again adds the negative).
CREATE TABLE report_calls (
  on_day        DATE NOT NULL,
  campaign_id   BIGINT,
  call_type     VARCHAR(100),
  agent         VARCHAR(64),
  engineer      VARCHAR(100),
  planned       BIGINT NOT NULL,
  attempted     BIGINT NOT NULL,
  reached       BIGINT NOT NULL,
  completed     BIGINT NOT NULL,
  refused       BIGINT NOT NULL,
  unreachable   BIGINT NOT NULL,
  wrong_number  BIGINT NOT NULL,
  attempts      BIGINT NOT NULL,
  talk_seconds  BIGINT NOT NULL
);
CREATE INDEX report_calls_day ON report_calls(on_day);
-- The folded outcomes per day of their start, campaign, call type, agent, engineer and kind of service event,
-- script version.
CREATE TABLE report_outcomes (
  on_day          DATE NOT NULL,
  campaign_id     BIGINT,
  call_type       VARCHAR(100),
  agent           VARCHAR(64),
  engineer        VARCHAR(100),
  kind            VARCHAR(20),
  script_id       VARCHAR(100),
  script_version  INT,
  calls           BIGINT NOT NULL
);
CREATE INDEX report_outcomes_day ON report_outcomes(on_day);
-- Their scores per aspect and score.
CREATE TABLE report_scores (
  on_day          DATE NOT NULL,
  campaign_id     BIGINT,
  call_type       VARCHAR(100),
  agent           VARCHAR(64),
  engineer        VARCHAR(100),
  kind            VARCHAR(20),
  aspect          VARCHAR(100) NOT NULL,
  score           INT NOT NULL,
  scored          BIGINT NOT NULL
);
CREATE INDEX report_scores_day ON report_scores(on_day);
-- Their answers per script version, step and answer.
CREATE TABLE report_answers (
  on_day          DATE NOT NULL,
  campaign_id     BIGINT,
  call_type       VARCHAR(100),
  agent           VARCHAR(64),
  engineer        VARCHAR(100),
  kind            VARCHAR(20),
  script_id       VARCHAR(100),
  script_version  INT,
  step_number     INT NOT NULL,
  answer_label    VARCHAR(200),
  answered        BIGINT NOT NULL
);
CREATE INDEX report_answers_day ON report_answers(on_day);
