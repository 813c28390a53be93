-- The mail log grows by every reminder sent, for as long as its records are kept. It is read newest
-- first (the staff page 提醒记录: everyone's, or one person's) and by the month a mail was sent (the
-- dashboard): without these, every such read sorted or scanned the whole log.
CREATE INDEX ix_reminder_mail_recorded ON reminder_mail (recorded_at, id);
CREATE INDEX ix_reminder_mail_recipient ON reminder_mail (recipient, recorded_at, id);
CREATE INDEX ix_reminder_mail_sent ON reminder_mail (sent_at);
