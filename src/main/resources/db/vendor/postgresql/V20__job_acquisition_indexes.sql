-- The job executor's acquisition query (docs/operations.md, "Reminders falling due together").
-- It skips jobs of a process instance that has a job in progress: PostgreSQL answers that NOT EXISTS
-- by collecting every locked exclusive job, which without an index meant a scan of the whole job
-- table on every acquisition (25 ms when 10,000 reminders fell due at once: two thirds of the
-- database's time). Only locked jobs are indexed, a few dozen at any moment.
CREATE INDEX gk_idx_job_locked ON ACT_RU_JOB (LOCK_EXP_TIME_) WHERE LOCK_OWNER_ IS NOT NULL;
-- Jobs are taken longest due first (generic property job-executor-acquire-by-due-date).
CREATE INDEX gk_idx_job_duedate ON ACT_RU_JOB (DUEDATE_);
