-- Schema version 18: the pinyin sort key of a contact's name (org.revisit.store.NameKeys), filled by the store on
-- every insert and update, and for the contacts already stored by the Java step of this version.
ALTER TABLE contact ADD COLUMN name_key VARCHAR(200) NOT NULL DEFAULT '';
CREATE INDEX contact_name_key_id ON contact(name_key, id);
