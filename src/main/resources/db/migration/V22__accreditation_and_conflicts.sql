-- Accreditation of assessment bodies by the operator, and declared conflicts of interest
-- between assessment bodies and suppliers. Both are read when assessments are assigned.

create table accreditation (
    id                uuid primary key,
    body_id           uuid        not null references organisation (id),
    methods           text[]      not null check (cardinality(methods) >= 1),
    -- Empty minerals or countries: any.
    minerals          text[]      not null default '{}',
    countries         text[]      not null default '{}',
    valid_from        date        not null,
    valid_until       date        not null,
    accredited_at     timestamptz not null,
    accredited_by     text        not null,
    withdrawn_at      timestamptz,
    withdrawn_by      text,
    withdrawal_reason text check (length(withdrawal_reason) <= 1000),
    version           integer     not null default 0,
    constraint accreditation_period check (valid_until >= valid_from),
    constraint accreditation_withdrawal check ((withdrawn_at is null) = (withdrawal_reason is null))
);
create index accreditation_body_idx on accreditation (body_id, valid_until) where withdrawn_at is null;
create index accreditation_listing_idx on accreditation (accredited_at desc, id desc);

create table conflict_declaration (
    id              uuid primary key,
    declarer_id     uuid        not null references organisation (id),
    counterparty_id uuid        not null references organisation (id),
    kind            text        not null check (kind in ('CONSULTING', 'OWNERSHIP', 'PERSONAL_TIES', 'OTHER')),
    description     text        not null check (length(btrim(description)) between 1 and 2000),
    declared_at     timestamptz not null,
    declared_by     text        not null,
    constraint conflict_declaration_not_self check (declarer_id <> counterparty_id),
    constraint conflict_declaration_once unique (declarer_id, counterparty_id, kind)
);
-- Looked up from either side when a body is assigned to a supplier.
create index conflict_declaration_counterparty_idx on conflict_declaration (counterparty_id, declarer_id);
create index conflict_declaration_listing_idx on conflict_declaration (declared_at desc, id desc);
