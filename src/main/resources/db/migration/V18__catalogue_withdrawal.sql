-- A published item withdrawn with the leadership's approval (issue 13): it leaves the lists, search and
-- feed; its page stays and says when and why.
ALTER TABLE catalogue_item ADD COLUMN withdrawn_on DATE;
ALTER TABLE catalogue_item ADD COLUMN withdrawal_reason VARCHAR(500);
