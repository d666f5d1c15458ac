-- Schema version 5: what the planner needs.
-- Each planned task carries the key its call type gave it (the contact and day of a birthday, the service
-- event, the promised callback); one campaign never holds two tasks with the same key, which makes planning
-- idempotent even when two planners run at once. Tasks created by hand or by older versions have no key.
ALTER TABLE call_task ADD COLUMN plan_key VARCHAR(200);
ALTER TABLE call_task ADD CONSTRAINT call_task_plan_key UNIQUE (campaign_id, plan_key);
-- Team-wide settings, such as the weekly call budget per contact.
CREATE TABLE app_setting (
  name           VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value  VARCHAR(1000)
);
-- One row per planning run, for "last planned" and for the report.
CREATE TABLE plan_run (
  id            BIGINT NOT NULL PRIMARY KEY,
  started_at    TIMESTAMP NOT NULL,
  finished_at   TIMESTAMP,
  horizon_from  DATE NOT NULL,
  horizon_to    DATE NOT NULL,
  who           VARCHAR(64) NOT NULL,
  created       INT DEFAULT 0 NOT NULL,
  cancelled     INT DEFAULT 0 NOT NULL,
  moved         INT DEFAULT 0 NOT NULL
);
INSERT INTO id_block VALUES ('plan_run', 1);
