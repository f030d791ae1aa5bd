-- Grievances (issue 14): concerns raised by affected workers and communities about a supplier or one of its sites,
-- filed without an account and followed with a secret code. See org.assay.grievance.

-- The operator's people who handle grievances: only they see a complainant's identity and contact.
create table grievance_handler (
    membership_id uuid primary key references membership (id) on delete cascade,
    appointed_at  timestamptz not null,
    appointed_by  text        not null
);

create table grievance (
    id                  uuid primary key,
    -- What the complainant quotes; random, so that references reveal nothing about volumes.
    reference           text        not null unique check (reference ~ '^GRV-[A-Z2-9]{4}-[A-Z2-9]{4}$'),
    supplier_id         uuid        not null references organisation (id),
    site_id             uuid references supplier_site (id),
    category            text        not null check (category in ('CHILD_LABOUR', 'FORCED_LABOUR', 'SECURITY_FORCES_AND_HUMAN_RIGHTS',
        'HEALTH_AND_SAFETY', 'ENVIRONMENT_AND_WATER', 'LAND_AND_INDIGENOUS_RIGHTS', 'CORRUPTION', 'RETALIATION', 'OTHER')),
    description         text        not null check (length(description) between 1 and 4000),
    location            text check (length(location) <= 500),
    occurred            text check (length(occurred) <= 200),
    language            text        not null check (language in ('EN', 'ZH', 'FR', 'ES', 'PT', 'ID')),
    anonymous           boolean     not null,
    -- The complainant's name, contact and private details: AES-GCM ciphertext (nonce || ciphertext || tag) under the
    -- key named by protected_key_id, with the grievance id as additional authenticated data. Never in plain text.
    protected_fields    bytea,
    protected_key_id    text,
    stage               text        not null check (stage in ('RECEIVED', 'TRIAGED', 'IN_DIALOGUE', 'IN_MEDIATION', 'IN_INVESTIGATION',
        'RESOLVED', 'CLOSED')),
    severity            text        not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    triage_outcome      text check (triage_outcome in ('ADMISSIBLE', 'NOT_ADMISSIBLE', 'REFERRED')),
    referred_to         text check (referred_to in ('RMI_MGP', 'IRMA', 'COPPER_MARK', 'CCCMC')),
    referral_reference  text check (length(referral_reference) <= 200),
    -- The agreed outcome (resolved) or the reason (not admissible, closed), as the complainant reads it.
    outcome             text check (length(outcome) <= 2000),
    -- The handler's redacted account of a resolved or closed case: what members with a FULL grant may read.
    public_summary      text check (length(public_summary) <= 2000),
    -- SHA-256 of the follow-up code (128 random bits); the code itself is shown once and never stored.
    follow_up_hash      text        not null check (follow_up_hash ~ '^[0-9a-f]{64}$'),
    failed_attempts     integer     not null default 0 check (failed_attempts >= 0),
    locked_until        timestamptz,
    linked_indicators   text[]      not null default '{}',
    linked_findings     uuid[]      not null default '{}',
    filed_at            timestamptz not null,
    updated_at          timestamptz not null,
    version             integer     not null default 0,
    constraint grievance_protected_with_key check ((protected_fields is null) = (protected_key_id is null)),
    constraint grievance_retaliation_critical check (category <> 'RETALIATION' or severity = 'CRITICAL'),
    constraint grievance_referral_complete check ((triage_outcome = 'REFERRED') = (referred_to is not null))
);
create index grievance_supplier_idx on grievance (supplier_id, filed_at desc, id);
create index grievance_filed_idx on grievance (filed_at desc, id);

-- Messages: the complainant's channel (complainant <-> handlers) and, separately, the supplier's (handlers <-> supplier).
create table grievance_message (
    id           uuid primary key,
    grievance_id uuid        not null references grievance (id),
    channel      text        not null check (channel in ('COMPLAINANT', 'SUPPLIER')),
    author       text        not null check (author in ('COMPLAINANT', 'HANDLER', 'SUPPLIER')),
    body         text        not null check (length(body) between 1 and 4000),
    -- The signed-in author (handler or supplier staff); null for the complainant.
    author_subject text,
    sent_at      timestamptz not null,
    constraint grievance_message_channel_author check (
        (channel = 'COMPLAINANT' and author in ('COMPLAINANT', 'HANDLER')) or (channel = 'SUPPLIER' and author in ('HANDLER', 'SUPPLIER')))
);
create index grievance_message_idx on grievance_message (grievance_id, sent_at, id);

-- Every step of the handling, dated (the audit trail records who did it as well).
create table grievance_step (
    id           uuid primary key,
    grievance_id uuid        not null references grievance (id),
    stage        text        not null,
    note         text check (length(note) <= 2000),
    by_subject   text,
    at           timestamptz not null
);
create index grievance_step_idx on grievance_step (grievance_id, at, id);

-- Evidence files of a grievance: the same type and size rules as evidence documents; images are stored re-encoded,
-- without their metadata (EXIF GPS position, camera, time), which could identify the complainant.
create table grievance_evidence (
    id               uuid primary key,
    grievance_id     uuid        not null references grievance (id),
    name             text        not null check (length(name) between 1 and 255),
    media_type       text        not null,
    size_bytes       bigint      not null check (size_bytes > 0),
    sha256           text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    metadata_removed boolean     not null,
    bytes            bytea       not null,
    uploaded_at      timestamptz not null
);
create index grievance_evidence_idx on grievance_evidence (grievance_id, uploaded_at, id);

-- Abuse limits of the public operations (filing, follow-up attempts): events per key and window, shared by replicas.
create table grievance_rate_window (
    limit_key    text        not null,
    window_start timestamptz not null,
    events       integer     not null check (events >= 0),
    primary key (limit_key, window_start)
);

create function grievance_rows_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger grievance_message_append_only before update or delete on grievance_message
    for each row execute function grievance_rows_append_only();
create trigger grievance_step_append_only before update or delete on grievance_step
    for each row execute function grievance_rows_append_only();
