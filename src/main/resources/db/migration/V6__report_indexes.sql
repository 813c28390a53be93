-- The annual report counts applications by reply date and by applicant type (section 三).
CREATE INDEX ix_request_replied ON disclosure_request (replied_on, outcome, applicant_type);
CREATE INDEX ix_request_received_type ON disclosure_request (received_on, applicant_type);
