-- An approved answer is published first and mailed afterwards: a mail that cannot be delivered
-- (a bad address, refused by the mail server) is recorded here, and the disclosure office delivers
-- the answer another way and says how.
ALTER TABLE consultation ADD COLUMN answer_mail_problem VARCHAR(500);
ALTER TABLE consultation ADD COLUMN answer_delivered_otherwise VARCHAR(1000);
