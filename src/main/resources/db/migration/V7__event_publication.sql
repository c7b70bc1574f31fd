-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0):
-- an event is stored in the publishing transaction, one row per listener, and marked completed
-- when the listener has run; incomplete ones are resubmitted (EventRetries) and on restart.
create table event_publication (
  id uuid not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event varchar(20000) not null,
  publication_date timestamp with time zone not null,
  completion_date timestamp with time zone,
  status varchar(20),
  completion_attempts int,
  last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
