-- A file's owner may be an application (its id) or a proactive item in approval (its process
-- instance id): the owner key becomes text.
ALTER TABLE stored_file ALTER COLUMN owner_id SET DATA TYPE VARCHAR(64);
