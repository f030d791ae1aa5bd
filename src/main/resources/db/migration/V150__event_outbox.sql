-- Events (issue 13): a transactional outbox. Each change that matters inserts one row in its own transaction, with
-- position null. The sequencer (platform.outbox.EventSequencer, one replica at a time) gives committed rows their
-- position, in one statement, strictly above every position given before: a reader that stored the last position it
-- saw never skips an event committed later by a slow transaction (it had no position yet when the reader looked).
-- Readers only see rows with a position, in position order (= the order they became visible).
create table outbox_event (
    id                   uuid primary key,
    position             bigint unique,
    type                 text        not null,
    occurred_at          timestamptz not null,
    -- who the event is about / who takes part: the audience is decided from these when the event is read
    supplier_id          uuid,
    member_id            uuid,
    body_id              uuid,
    broadcast            text check (broadcast in ('MEMBERS', 'SIGNED_IN')),
    -- the resources it concerns
    assessment_id        uuid,
    request_id           uuid,
    grant_id             uuid,
    action_id            uuid,
    proposal_id          uuid,
    framework_version_id uuid,
    -- facts by visibility: every receiver gets summary_data; only receivers at level FULL also get full_data
    summary_data         jsonb       not null,
    full_data            jsonb       not null default '{}'::jsonb
);
create index outbox_event_unsequenced on outbox_event (occurred_at, id) where position is null;
create index outbox_event_supplier on outbox_event (supplier_id, position);
create index outbox_event_occurred on outbox_event (occurred_at);

-- The sequencer's counter: positions never go back, even when the retention purge has removed every event.
create table outbox_sequencer (
    singleton     boolean primary key default true check (singleton),
    last_position bigint not null
);
insert into outbox_sequencer (singleton, last_position) values (true, 0);

-- Facts already announced by the time-based sweep (expiring, expired, overdue): one row per fact, kept after the events
-- are purged, so the same fact is never announced twice.
create table outbox_fact (
    fact        text primary key,
    recorded_at timestamptz not null
);
