-- Sharing: the supplier's consent (grants), members' requests, the record of every read, usage metering.

create table sharing_grant (
    id          uuid primary key,
    supplier_id uuid        not null references organisation (id),
    audience    text        not null check (audience in ('MEMBER', 'ALL_MEMBERS', 'PUBLIC')),
    member_id   uuid references organisation (id),
    level       text        not null check (level in ('SUMMARY', 'FULL')),
    valid_until date,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    revoked_at  timestamptz,
    check ((audience = 'MEMBER') = (member_id is not null))
);
-- One live grant per supplier and audience (and member): changing the level updates it.
create unique index sharing_grant_live on sharing_grant (supplier_id, audience, coalesce(member_id, '00000000-0000-0000-0000-000000000000'))
    where revoked_at is null;
create index sharing_grant_member_idx on sharing_grant (member_id, supplier_id) where revoked_at is null;

alter table sharing_request add column level text check (level in ('SUMMARY', 'FULL'));
alter table sharing_request add column grant_id uuid references sharing_grant (id);
create index sharing_request_supplier_idx on sharing_request (supplier_id, status, created_at desc);
create index sharing_request_member_idx on sharing_request (member_id, created_at desc);

-- Every read of shared results by a member.
create table access_record (
    id            uuid primary key,
    member_id     uuid        not null references organisation (id),
    subject       text        not null,
    supplier_id   uuid        not null references organisation (id),
    assessment_id uuid references assessment (id),
    level         text        not null check (level in ('SUMMARY', 'FULL')),
    read_at       timestamptz not null
);
create index access_record_supplier_idx on access_record (supplier_id, read_at desc, id);
create index access_record_time_idx on access_record (read_at desc, id);

-- Billable uses: a member's first full read of an assessment, an assessment fee per requester.
create table usage_event (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    kind            text        not null check (kind in ('FULL_READ', 'ASSESSMENT_FEE')),
    assessment_id   uuid        not null references assessment (id),
    occurred_at     timestamptz not null,
    unique (organisation_id, kind, assessment_id)
);
create index usage_event_org_time_idx on usage_event (organisation_id, occurred_at);
