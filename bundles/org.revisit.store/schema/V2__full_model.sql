-- Schema version 2: the rest of the model (service events, campaign settings, outcomes, callbacks,
-- users, holiday calendars, scripts, audit) and the contact fields version 1 lacked.
ALTER TABLE contact ADD COLUMN fax VARCHAR(40);
ALTER TABLE contact ADD COLUMN consent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contact ADD COLUMN consent_date TIMESTAMP;
ALTER TABLE contact ADD COLUMN consent_source VARCHAR(100);
ALTER TABLE contact ADD COLUMN dnc_date TIMESTAMP;
ALTER TABLE contact ADD COLUMN dnc_source VARCHAR(100);
CREATE INDEX contact_phone_number ON contact_phone(number);
CREATE INDEX contact_successor ON contact(successor_id);
CREATE TABLE contact_tag (
  contact_id  BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
  tag         VARCHAR(60) NOT NULL,
  PRIMARY KEY (contact_id, tag)
);
CREATE INDEX contact_tag_tag ON contact_tag(tag);

CREATE TABLE service_event (
  id                  BIGINT NOT NULL PRIMARY KEY,
  kind                VARCHAR(20) NOT NULL,
  occurred_at         TIMESTAMP NOT NULL,
  contact_id          BIGINT NOT NULL REFERENCES contact(id),
  engineer            VARCHAR(100),
  subject             VARCHAR(400),
  external_ref        VARCHAR(100) UNIQUE,
  complaint_category  VARCHAR(30) DEFAULT 'NONE' NOT NULL,
  severity            VARCHAR(30) DEFAULT 'NONE' NOT NULL,
  resolved            BOOLEAN DEFAULT FALSE NOT NULL,
  version             INT DEFAULT 0 NOT NULL
);
CREATE INDEX service_event_contact ON service_event(contact_id, occurred_at);
CREATE INDEX service_event_kind ON service_event(kind, occurred_at);

ALTER TABLE campaign ADD COLUMN script_id VARCHAR(100);
ALTER TABLE campaign ADD COLUMN script_version INT DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN max_attempts INT DEFAULT 3 NOT NULL;
ALTER TABLE campaign ADD COLUMN target_filter VARCHAR(1000);
CREATE TABLE campaign_param (
  campaign_id  BIGINT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
  name         VARCHAR(100) NOT NULL,
  param_value  VARCHAR(1000),
  PRIMARY KEY (campaign_id, name)
);
CREATE TABLE campaign_window (
  campaign_id   BIGINT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
  seq           SMALLINT NOT NULL,
  start_minute  SMALLINT NOT NULL,
  end_minute    SMALLINT NOT NULL,
  PRIMARY KEY (campaign_id, seq)
);
CREATE TABLE campaign_retry (
  campaign_id       BIGINT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
  outcome_code      VARCHAR(60) NOT NULL,
  interval_minutes  INT NOT NULL,
  PRIMARY KEY (campaign_id, outcome_code)
);

ALTER TABLE call_task ADD COLUMN source_event_id BIGINT REFERENCES service_event(id);
CREATE INDEX call_task_lease ON call_task(state, lease_expiry);
CREATE INDEX call_task_type ON call_task(contact_id, call_type, state);

CREATE TABLE script (
  script_id    VARCHAR(100) NOT NULL,
  version      INT NOT NULL,
  title        VARCHAR(200) NOT NULL,
  language     VARCHAR(10),
  call_type    VARCHAR(100),
  body         CLOB NOT NULL,
  created_at   TIMESTAMP NOT NULL,
  PRIMARY KEY (script_id, version)
);

CREATE TABLE call_outcome (
  id              BIGINT NOT NULL PRIMARY KEY,
  task_id         BIGINT REFERENCES call_task(id),
  contact_id      BIGINT NOT NULL REFERENCES contact(id),
  agent           VARCHAR(64) NOT NULL,
  started_at      TIMESTAMP NOT NULL,
  ended_at        TIMESTAMP,
  disposition     VARCHAR(60),
  script_id       VARCHAR(100),
  script_version  INT,
  notes           VARCHAR(4000),
  version         INT DEFAULT 0 NOT NULL
);
CREATE INDEX call_outcome_contact ON call_outcome(contact_id, started_at);
CREATE INDEX call_outcome_task ON call_outcome(task_id);
CREATE TABLE call_outcome_step (
  outcome_id    BIGINT NOT NULL REFERENCES call_outcome(id) ON DELETE CASCADE,
  seq           INT NOT NULL,
  step_number   INT NOT NULL,
  answer_label  VARCHAR(200),
  stepped_at    TIMESTAMP NOT NULL,
  PRIMARY KEY (outcome_id, seq)
);
CREATE TABLE call_outcome_value (
  outcome_id  BIGINT NOT NULL REFERENCES call_outcome(id) ON DELETE CASCADE,
  field       VARCHAR(100) NOT NULL,
  field_value VARCHAR(4000),
  PRIMARY KEY (outcome_id, field)
);
CREATE TABLE call_outcome_score (
  outcome_id  BIGINT NOT NULL REFERENCES call_outcome(id) ON DELETE CASCADE,
  aspect      VARCHAR(100) NOT NULL,
  score       SMALLINT NOT NULL CHECK (score BETWEEN 1 AND 5),
  PRIMARY KEY (outcome_id, aspect)
);
CREATE TABLE follow_up (
  id          BIGINT NOT NULL PRIMARY KEY,
  outcome_id  BIGINT REFERENCES call_outcome(id),
  contact_id  BIGINT NOT NULL REFERENCES contact(id),
  assignee    VARCHAR(100),
  text        VARCHAR(4000) NOT NULL,
  done        BOOLEAN DEFAULT FALSE NOT NULL,
  created_at  TIMESTAMP NOT NULL
);

CREATE TABLE callback (
  id                BIGINT NOT NULL PRIMARY KEY,
  contact_id        BIGINT NOT NULL REFERENCES contact(id),
  due_at            TIMESTAMP NOT NULL,
  owner             VARCHAR(64),
  reason            VARCHAR(1000),
  source            VARCHAR(20) NOT NULL,
  service_event_id  BIGINT REFERENCES service_event(id),
  outcome_id        BIGINT REFERENCES call_outcome(id),
  done              BOOLEAN DEFAULT FALSE NOT NULL,
  version           INT DEFAULT 0 NOT NULL
);
CREATE INDEX callback_due ON callback(done, due_at);
CREATE INDEX callback_contact ON callback(contact_id);

CREATE TABLE app_user (
  name          VARCHAR(64) NOT NULL PRIMARY KEY,
  display_name  VARCHAR(100),
  role          VARCHAR(20) NOT NULL,
  version       INT DEFAULT 0 NOT NULL
);

CREATE TABLE holiday_calendar (
  id       BIGINT NOT NULL PRIMARY KEY,
  name     VARCHAR(100) NOT NULL UNIQUE,
  version  INT DEFAULT 0 NOT NULL
);
CREATE TABLE holiday_rule (
  calendar_id  BIGINT NOT NULL REFERENCES holiday_calendar(id) ON DELETE CASCADE,
  seq          SMALLINT NOT NULL,
  name         VARCHAR(100) NOT NULL,
  calendar     CHAR(1) NOT NULL,
  rule_month   SMALLINT NOT NULL,
  rule_day     SMALLINT NOT NULL,
  days_off     SMALLINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (calendar_id, seq)
);
CREATE TABLE holiday_entry (
  calendar_id  BIGINT NOT NULL REFERENCES holiday_calendar(id) ON DELETE CASCADE,
  on_day       DATE NOT NULL,
  kind         VARCHAR(20) NOT NULL,
  name         VARCHAR(100),
  PRIMARY KEY (calendar_id, on_day)
);

CREATE TABLE audit_entry (
  id           BIGINT NOT NULL PRIMARY KEY,
  who          VARCHAR(64) NOT NULL,
  changed_at   TIMESTAMP NOT NULL,
  entity_type  VARCHAR(40) NOT NULL,
  entity_id    BIGINT NOT NULL,
  field        VARCHAR(60),
  old_value    VARCHAR(4000),
  new_value    VARCHAR(4000)
);
CREATE INDEX audit_entity ON audit_entry(entity_type, entity_id, changed_at);

INSERT INTO id_block VALUES ('service_event', 1), ('call_outcome', 1), ('follow_up', 1), ('callback', 1),
  ('holiday_calendar', 1), ('audit_entry', 1);
