-- Foundation: organisations, memberships (who is who is decided here, not by the IdP), audit trail.

create table organisation (
    id                       uuid primary key,
    kind                     text        not null check (kind in ('OPERATOR', 'MEMBER_FIRM', 'SUPPLIER', 'ASSESSMENT_BODY')),
    name                     text        not null check (length(btrim(name)) between 1 and 200),
    country                  text          not null check (country ~ '^[A-Z]{2}$'),
    lei                      text unique check (lei ~ '^[0-9A-Z]{18}[0-9]{2}$'),
    duns                     text unique check (duns ~ '^[0-9]{9}$'),
    national_registry_number text,
    status                   text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  integer     not null default 0,
    constraint organisation_has_identifier check (lei is not null or duns is not null or national_registry_number is not null)
);
-- Directory search: kind + case-insensitive name prefix, keyset-paged by (lower(name), id).
create index organisation_kind_name_idx on organisation (kind, lower(name) text_pattern_ops, id);
create index organisation_name_idx on organisation (lower(name), id);

create table membership (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    subject         text unique,
    email           text,
    display_name    text,
    admin           boolean     not null default false,
    created_at      timestamptz not null,
    created_by      text        not null,
    constraint membership_has_login check (subject is not null or email is not null)
);
create unique index membership_email_idx on membership (lower(email));
create index membership_organisation_idx on membership (organisation_id, id);

-- Append-only audit trail, hash-chained. Application code never updates or deletes it;
-- the triggers below make the database refuse it too.
create table audit_event (
    seq             bigint primary key check (seq > 0),
    occurred_at     timestamptz not null,
    subject         text        not null,
    organisation_id uuid,
    role            text,
    operation       text        not null,
    target_ids      text        not null,
    input_digest    text    not null,
    prev_hash       text    not null,
    hash            text    not null
);
create index audit_event_org_idx on audit_event (organisation_id, seq);
create index audit_event_operation_idx on audit_event (operation, seq);
create index audit_event_time_idx on audit_event (occurred_at);

-- The last event's number and hash, written with each append: detects removal of the newest events.
create table audit_chain_head (
    id        integer primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash text not null
);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
