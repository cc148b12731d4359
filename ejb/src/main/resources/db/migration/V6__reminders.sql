-- The reminder before a session is sent once per enrolment.
alter table enrolment add column reminder_sent_at timestamp;
