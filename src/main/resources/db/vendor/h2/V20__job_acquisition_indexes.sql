-- As db/vendor/postgresql/V20 (H2 has no partial indexes: the lock expiry of every job is indexed).
CREATE INDEX gk_idx_job_locked ON ACT_RU_JOB (LOCK_EXP_TIME_);
CREATE INDEX gk_idx_job_duedate ON ACT_RU_JOB (DUEDATE_);
