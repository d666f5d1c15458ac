-- Schema version 1: contacts, phones, campaigns and call tasks.
-- Statements end with a semicolon at the end of a line; lines starting with "--" are comments.
-- Ids are handed out in blocks from id_block, so rows can be inserted in JDBC batches with known ids.
CREATE TABLE id_block (
  name     VARCHAR(32) NOT NULL PRIMARY KEY,
  next_id  BIGINT NOT NULL
);
INSERT INTO id_block VALUES ('contact', 1), ('campaign', 1), ('call_task', 1);
CREATE TABLE contact (
  id              BIGINT NOT NULL PRIMARY KEY,
  name            VARCHAR(100) NOT NULL,
  title           VARCHAR(20),
  company         VARCHAR(200),
  position        VARCHAR(100),
  email           VARCHAR(200),
  address         VARCHAR(400),
  birthday_cal    CHAR(1),
  birthday_month  SMALLINT,
  birthday_day    SMALLINT,
  birthday_leap   BOOLEAN DEFAULT FALSE NOT NULL,
  birthday_year   SMALLINT,
  time_zone       VARCHAR(64) DEFAULT 'Asia/Shanghai' NOT NULL,
  customer_class  CHAR(1),
  do_not_call     BOOLEAN DEFAULT FALSE NOT NULL,
  status          VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL,
  successor_id    BIGINT REFERENCES contact(id),
  owning_agent    VARCHAR(64),
  version         INT DEFAULT 0 NOT NULL
);
CREATE INDEX contact_name ON contact(name);
CREATE INDEX contact_birthday ON contact(birthday_month, birthday_day);
CREATE TABLE contact_phone (
  contact_id  BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
  seq         SMALLINT NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  number      VARCHAR(40) NOT NULL,
  invalid     BOOLEAN DEFAULT FALSE NOT NULL,
  PRIMARY KEY (contact_id, seq)
);
CREATE TABLE campaign (
  id           BIGINT NOT NULL PRIMARY KEY,
  call_type    VARCHAR(100) NOT NULL,
  name         VARCHAR(200) NOT NULL,
  priority     INT DEFAULT 50 NOT NULL,
  active_from  DATE,
  active_to    DATE,
  active       BOOLEAN DEFAULT TRUE NOT NULL,
  version      INT DEFAULT 0 NOT NULL
);
CREATE TABLE call_task (
  id            BIGINT NOT NULL PRIMARY KEY,
  contact_id    BIGINT NOT NULL REFERENCES contact(id),
  campaign_id   BIGINT REFERENCES campaign(id),
  call_type     VARCHAR(100) NOT NULL,
  due_from      TIMESTAMP NOT NULL,
  due_to        TIMESTAMP NOT NULL,
  priority      INT NOT NULL,
  attempts      INT DEFAULT 0 NOT NULL,
  state         VARCHAR(16) DEFAULT 'PLANNED' NOT NULL,
  lease_owner   VARCHAR(64),
  lease_expiry  TIMESTAMP,
  reason        VARCHAR(400),
  version       INT DEFAULT 0 NOT NULL
);
CREATE INDEX call_task_due ON call_task(state, due_from);
CREATE INDEX call_task_contact ON call_task(contact_id);
CREATE INDEX call_task_campaign ON call_task(campaign_id);
