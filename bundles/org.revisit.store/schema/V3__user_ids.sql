-- Schema version 3: users get a numeric id like every other entity, so the audit trail
-- (audit_entry.entity_id) can name the user record that was changed. Existing users are numbered by name.
ALTER TABLE app_user ADD COLUMN id BIGINT;
UPDATE app_user SET id = (SELECT COUNT(*) FROM app_user earlier WHERE earlier.name <= app_user.name);
ALTER TABLE app_user ALTER COLUMN id NOT NULL;
CREATE UNIQUE INDEX app_user_id ON app_user(id);
INSERT INTO id_block (name, next_id) SELECT 'app_user', COUNT(*) + 1 FROM app_user;
