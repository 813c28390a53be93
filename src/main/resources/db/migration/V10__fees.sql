-- The information-processing fee of an application (109号): the amount on the notice and the day it
-- was paid, for the annual report's section 六 (fees collected in the year).
ALTER TABLE disclosure_request ADD COLUMN fee_yuan INTEGER;
ALTER TABLE disclosure_request ADD COLUMN fee_paid_on DATE;
CREATE INDEX ix_request_fee_paid ON disclosure_request (fee_paid_on);
