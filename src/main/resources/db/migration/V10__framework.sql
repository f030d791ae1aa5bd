-- Framework: immutable versions of a four-tier criteria tree (theme -> topic -> aspect -> indicator).
-- Only a DRAFT version may change; the triggers at the end enforce it in the database too.

create table framework_version (
    id            uuid primary key,
    name          text        not null,
    major         integer     not null check (major >= 0),
    minor         integer     not null check (minor >= 0),
    status        text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    based_on_id   uuid references framework_version (id),
    -- Scoring rules of this version (rating bands, caps) as JSON; part of the version, so immutable with it.
    scoring_rules jsonb       not null,
    created_at    timestamptz not null,
    published_at  timestamptz,
    published_by  text,
    retired_at    timestamptz,
    unique (major, minor)
);
-- At most one draft at a time: the next version being prepared.
create unique index framework_version_one_draft on framework_version (status) where status = 'DRAFT';

create table framework_node (
    id         uuid primary key,
    version_id uuid    not null references framework_version (id),
    parent_id  uuid references framework_node (id),
    tier       text    not null check (tier in ('THEME', 'TOPIC', 'ASPECT')),
    code       text    not null,
    title_en   text    not null,
    title_zh   text    not null,
    weight     numeric(6, 2) not null default 1 check (weight > 0),
    position   integer not null,
    unique (version_id, code),
    check ((tier = 'THEME') = (parent_id is null))
);
create index framework_node_parent_idx on framework_node (parent_id);

create table indicator (
    id                  uuid primary key,
    version_id          uuid          not null references framework_version (id),
    aspect_id           uuid          not null references framework_node (id),
    theme_code          text          not null,
    code                text          not null,
    title_en            text          not null,
    title_zh            text          not null,
    guidance_en         text          not null,
    guidance_zh         text          not null,
    answer_type         text          not null check (answer_type in ('YES_NO', 'MATURITY', 'NUMBER', 'TEXT', 'DOCUMENT')),
    unit                text,
    threshold_direction text check (threshold_direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    threshold_1         numeric,
    threshold_2         numeric,
    threshold_3         numeric,
    threshold_4         numeric,
    classification      text          not null check (classification in ('ESSENTIAL', 'OPTIONAL')),
    weight              numeric(6, 2) not null check (weight >= 0),
    applicable_stages   text[]        not null default '{}',
    applicable_minerals text[]        not null default '{}',
    cahra_only          boolean       not null default false,
    risk_type           smallint      not null check (risk_type in (1, 2)),
    position            integer       not null,
    unique (version_id, code),
    check ((answer_type = 'NUMBER') = (unit is not null and threshold_direction is not null and threshold_1 is not null
        and threshold_2 is not null and threshold_3 is not null and threshold_4 is not null))
);
create index indicator_version_idx on indicator (version_id, position);
create index indicator_code_idx on indicator (code, version_id);

create table indicator_reference (
    id           uuid primary key,
    indicator_id uuid    not null references indicator (id),
    standard     text    not null,
    clause       text    not null,
    position     integer not null
);
create index indicator_reference_indicator_idx on indicator_reference (indicator_id, position);

-- Recognised certificate schemes, maintained by the operator.
create table certification_scheme (
    code        text primary key check (code ~ '^[A-Z0-9_]{2,40}$'),
    name        text        not null,
    issuer      text        not null,
    description text        not null default '',
    active      boolean     not null default true,
    created_at  timestamptz not null
);

-- Per framework version: which indicators a scheme's verified, unexpired certificate answers, and how.
create table certification_equivalence (
    version_id       uuid not null references framework_version (id),
    scheme_code      text not null references certification_scheme (code),
    indicator_code   text not null,
    implied_yes      boolean,
    implied_maturity smallint check (implied_maturity between 0 and 4),
    primary key (version_id, scheme_code, indicator_code),
    foreign key (version_id, indicator_code) references indicator (version_id, code),
    check ((implied_yes is null) <> (implied_maturity is null))
);

-- Published and retired versions never change.
create function framework_version_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'framework version %.% is % and cannot be deleted', old.major, old.minor, old.status
                using errcode = 'integrity_constraint_violation';
        end if;
        return old;
    end if;
    if old.status = 'PUBLISHED' then
        -- the only change allowed: retiring it
        if new.status = 'RETIRED' and new.id = old.id and new.name = old.name and new.major = old.major
           and new.minor = old.minor and new.scoring_rules = old.scoring_rules
           and new.published_at is not distinct from old.published_at then
            return new;
        end if;
        raise exception 'framework version %.% is published and immutable', old.major, old.minor
            using errcode = 'integrity_constraint_violation';
    elsif old.status = 'RETIRED' then
        raise exception 'framework version %.% is retired and immutable', old.major, old.minor
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;

create trigger framework_version_immutable before update or delete on framework_version
    for each row execute function framework_version_guard();

create function framework_content_guard() returns trigger language plpgsql as $$
declare
    v_status text;
    v_id uuid;
begin
    if tg_table_name = 'indicator_reference' then
        select fv.status into v_status from indicator i join framework_version fv on fv.id = i.version_id
         where i.id = coalesce(new.indicator_id, old.indicator_id);
    else
        v_id := case when tg_op = 'DELETE' then old.version_id else new.version_id end;
        select status into v_status from framework_version where id = v_id;
        if tg_op = 'UPDATE' and old.version_id <> new.version_id then
            v_status := 'MOVED';
        end if;
    end if;
    if v_status is distinct from 'DRAFT' then
        raise exception 'framework content of a % version cannot change (% on %)', coalesce(v_status, 'unknown'), tg_op, tg_table_name
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger framework_node_immutable before insert or update or delete on framework_node
    for each row execute function framework_content_guard();
create trigger indicator_immutable before insert or update or delete on indicator
    for each row execute function framework_content_guard();
create trigger indicator_reference_immutable before insert or update or delete on indicator_reference
    for each row execute function framework_content_guard();
create trigger certification_equivalence_immutable before insert or update or delete on certification_equivalence
    for each row execute function framework_content_guard();
