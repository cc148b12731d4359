-- Counters on the session row, so that one conditional update (which takes the row's lock) decides
-- whether an enrolment is booked or waitlisted: booked_places, the last waitlist number drawn, and
-- what the latest enrolment drew (0 a place, else its waitlist number), which that update returns.
alter table training_session add column booked_places integer default 0 not null;
alter table training_session add column waitlist_drawn bigint default 0 not null;
alter table training_session add column last_draw bigint default 0 not null;

update training_session set
    booked_places = (select count(*) from enrolment e where e.session_id = training_session.id and e.status = 'BOOKED'),
    waitlist_drawn = coalesce((select max(e.queue_number) from enrolment e where e.session_id = training_session.id), 0);
