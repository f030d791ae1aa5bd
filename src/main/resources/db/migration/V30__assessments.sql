-- Assessments: requests (assess once, share many), assignment to independent bodies, answers, findings,
-- certificates, publication with validity, idempotent submissions.

create table assessment (
    id                 uuid primary key,
    supplier_id        uuid        not null references organisation (id),
    site_id            uuid,
    -- supplier-wide assessments use the nil uuid here, so one unique index covers both scopes
    scope_site_id      uuid        not null,
    version_id         uuid        not null references framework_version (id),
    method             text        not null check (method in ('SELF_ASSESSMENT', 'CERTIFICATE_RECOGNITION', 'DESK_REVIEW', 'ON_SITE_AUDIT')),
    status             text        not null check (status in ('REQUESTED', 'IN_PROGRESS', 'SUBMITTED', 'PUBLISHED', 'SUPERSEDED')),
    assessment_body_id uuid references organisation (id),
    certificate_id     uuid,
    supersedes_id      uuid references assessment (id),
    created_at         timestamptz not null,
    assigned_at        timestamptz,
    submitted_at       timestamptz,
    published_at       timestamptz,
    published_by       text,
    valid_from         date,
    valid_until        date,
    overall_score      numeric(5, 2),
    rating             text check (rating in ('AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C')),
    band_rating        text check (band_rating in ('AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C')),
    version            integer     not null default 0,
    check ((status in ('PUBLISHED', 'SUPERSEDED')) = (published_at is not null and valid_until is not null))
);
-- Two concurrent requests never create two assessments: at most one open assessment per supplier,
-- scope (site or whole supplier) and method.
create unique index assessment_one_open on assessment (supplier_id, scope_site_id, method)
    where status in ('REQUESTED', 'IN_PROGRESS', 'SUBMITTED');
create index assessment_supplier_idx on assessment (supplier_id, status, published_at desc);
create index assessment_body_idx on assessment (assessment_body_id, status, created_at);

-- Who asked for what, and what the "assess once" rule decided.
create table assessment_request (
    id             uuid primary key,
    member_id      uuid        not null references organisation (id),
    supplier_id    uuid        not null references organisation (id),
    site_id        uuid,
    minimum_method text        not null,
    outcome        text        not null check (outcome in ('NEW_ASSESSMENT', 'JOINED_OPEN', 'SATISFIED_BY_EXISTING')),
    assessment_id  uuid        not null references assessment (id),
    requested_at   timestamptz not null,
    requested_by   text        not null
);
create index assessment_request_member_idx on assessment_request (member_id, requested_at desc, id);
create index assessment_request_assessment_idx on assessment_request (assessment_id);

-- A member asking a supplier to share results it cannot see yet (the sharing feature decides the grant).
create table sharing_request (
    id            uuid primary key,
    member_id     uuid        not null references organisation (id),
    supplier_id   uuid        not null references organisation (id),
    assessment_id uuid references assessment (id),
    status        text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at    timestamptz not null,
    decided_at    timestamptz
);
create unique index sharing_request_one_pending on sharing_request (member_id, supplier_id) where status = 'PENDING';

create table assessment_answer (
    assessment_id  uuid        not null references assessment (id),
    indicator_code text        not null,
    yes            boolean,
    maturity       smallint check (maturity between 0 and 4),
    number_value   numeric,
    text_value     text,
    document_id    uuid,
    not_applicable boolean     not null default false,
    justification  text,
    comment        text,
    evidence_ids   uuid[]      not null default '{}',
    source         text        not null check (source in ('SUPPLIER', 'ASSESSOR', 'CERTIFICATE')),
    answered_by    text        not null,
    answered_at    timestamptz not null,
    primary key (assessment_id, indicator_code)
);

create table finding (
    id              uuid primary key,
    assessment_id   uuid        not null references assessment (id),
    severity        text        not null check (severity in ('CRITICAL', 'MAJOR', 'MINOR', 'OBSERVATION')),
    title           text        not null,
    description     text        not null,
    indicator_codes text[]      not null,
    evidence_ids    uuid[]      not null default '{}',
    raised_by       text        not null,
    raised_at       timestamptz not null
);
create index finding_assessment_idx on finding (assessment_id);

create table certificate (
    id          uuid primary key,
    supplier_id uuid        not null references organisation (id),
    scheme_code text        not null references certification_scheme (code),
    number      text        not null,
    issuer      text        not null,
    valid_from  date        not null,
    valid_until date        not null,
    document_id uuid,
    status      text        not null check (status in ('RECORDED', 'VERIFIED', 'REJECTED')),
    verified_by uuid references organisation (id),
    verified_at timestamptz,
    created_at  timestamptz not null,
    unique (supplier_id, scheme_code, number),
    check (valid_until > valid_from)
);

-- Idempotent submissions: the same key with the same input returns the first result.
create table idempotency_record (
    organisation_id uuid        not null,
    operation       text        not null,
    key             text        not null,
    input_digest    text        not null,
    target_id       uuid        not null,
    created_at      timestamptz not null,
    primary key (organisation_id, operation, key)
);

-- A published assessment never changes: only PUBLISHED -> SUPERSEDED is allowed, and its answers and
-- findings are frozen.
create function assessment_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status in ('PUBLISHED', 'SUPERSEDED') then
            raise exception 'published assessment % cannot be deleted', old.id using errcode = 'integrity_constraint_violation';
        end if;
        return old;
    end if;
    if old.status = 'PUBLISHED' and new.status = 'SUPERSEDED'
       and (old.overall_score, old.rating, old.band_rating, old.valid_from, old.valid_until, old.published_at, old.version_id, old.method, old.supplier_id)
           is not distinct from
           (new.overall_score, new.rating, new.band_rating, new.valid_from, new.valid_until, new.published_at, new.version_id, new.method, new.supplier_id) then
        return new;
    end if;
    if old.status in ('PUBLISHED', 'SUPERSEDED') then
        raise exception 'published assessment % is immutable', old.id using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;
create trigger assessment_immutable before update or delete on assessment
    for each row execute function assessment_guard();

create function assessment_content_guard() returns trigger language plpgsql as $$
declare
    v_status text;
begin
    select status into v_status from assessment where id = coalesce(new.assessment_id, old.assessment_id);
    if v_status in ('PUBLISHED', 'SUPERSEDED') then
        raise exception 'content of published assessment % is immutable', coalesce(new.assessment_id, old.assessment_id)
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger assessment_answer_immutable before insert or update or delete on assessment_answer
    for each row execute function assessment_content_guard();
create trigger finding_immutable before insert or update or delete on finding
    for each row execute function assessment_content_guard();
