-- A reminder mail is recorded in the transaction of the job that sends it (one job per mail), so
-- there is no separate claim: claimed_at becomes recorded_at, and the status is SENT or NO_ADDRESS.
ALTER TABLE reminder_mail RENAME COLUMN claimed_at TO recorded_at;
