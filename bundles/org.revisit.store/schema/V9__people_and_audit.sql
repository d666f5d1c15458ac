-- Schema version 9: the people of a team server and an audit trail that says what they did.
-- Passwords are kept as PBKDF2 hashes only, with the algorithm, the iteration count and the salt next to the
-- hash, so the cost can be raised later (a login rehashes a password kept at a lower cost). Users added before
-- this version have no password: they cannot log in until an administrator sets one.
ALTER TABLE app_user ADD COLUMN password_algorithm VARCHAR(40);
ALTER TABLE app_user ADD COLUMN password_iterations INT;
ALTER TABLE app_user ADD COLUMN password_salt VARCHAR(64);
ALTER TABLE app_user ADD COLUMN password_hash VARCHAR(128);
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP;
ALTER TABLE app_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
-- Failed logins in a row, how many lockouts followed one another without a good login, and until when the
-- account is locked (see the Authenticator in org.revisit.core.service.local for the policy).
ALTER TABLE app_user ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN lockouts INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP;
ALTER TABLE app_user ADD COLUMN last_login_at TIMESTAMP;
ALTER TABLE app_user ADD COLUMN created_at TIMESTAMP;
-- Each audit row says what kind of action it records (EDIT for the field changes written before), where the
-- user was when known, and a text for people. Actions that concern no record (a failed login) have no entity.
ALTER TABLE audit_entry ADD COLUMN action VARCHAR(40) DEFAULT 'EDIT' NOT NULL;
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN detail VARCHAR(4000);
ALTER TABLE audit_entry ALTER COLUMN entity_type NULL;
ALTER TABLE audit_entry ALTER COLUMN entity_id NULL;
CREATE INDEX audit_time ON audit_entry(changed_at, id);
CREATE INDEX audit_who ON audit_entry(who, changed_at);
-- The audit trail is append-only: any UPDATE or DELETE of its rows fails, whoever sends it.
CREATE PROCEDURE audit_refuse_change() LANGUAGE JAVA PARAMETER STYLE JAVA NO SQL
  EXTERNAL NAME 'org.revisit.store.internal.AuditGuard.refuseChange';
CREATE TRIGGER audit_no_update NO CASCADE BEFORE UPDATE ON audit_entry FOR EACH STATEMENT
  CALL audit_refuse_change();
CREATE TRIGGER audit_no_delete NO CASCADE BEFORE DELETE ON audit_entry FOR EACH STATEMENT
  CALL audit_refuse_change();
