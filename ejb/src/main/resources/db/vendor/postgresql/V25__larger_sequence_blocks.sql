-- Ids of the tables written on every learning step and audited request come in blocks of 1000, not 50:
-- EclipseLink fetches a new block under one lock per sequence, and with 50 the learners' steps queued
-- behind it (flight recording of LearnerBench). The entities' allocationSize says the same.
-- EclipseLink takes nextval as the top of its block (nextval - 999 .. nextval) and refuses a first value
-- below 1000; one value drawn here after the change makes the next one at least 1000 higher than every
-- id handed out before, also when the sequence was never used (its first value is its start, 50).
alter sequence learning_statement_seq increment by 1000;
select nextval('learning_statement_seq');
alter sequence audit_event_seq increment by 1000;
select nextval('audit_event_seq');
