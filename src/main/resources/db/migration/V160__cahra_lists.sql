-- Issue 15, CAHRA by region: a site's CAHRA status is derived from the CAHRA list version in force, not typed in.
--
-- A list version (source, version, effective date) is imported whole by the operator and never changes afterwards.
-- Its entries name a country and, optionally, a region of it (the EU's indicative list is regional); an entry without
-- a region covers the whole country. The version in force on a day is the one with the latest effective date on or
-- before it (ties: the later import).
create table cahra_list (
    id             uuid primary key,
    source         text        not null check (length(btrim(source)) between 1 and 200),
    version        text        not null check (length(btrim(version)) between 1 and 50),
    effective_from date        not null,
    imported_at    timestamptz not null,
    imported_by    text        not null,
    legacy         boolean     not null default false,
    unique (source, version)
);
create index cahra_list_in_force_idx on cahra_list (effective_from desc, imported_at desc);

create table cahra_list_entry (
    list_id uuid not null references cahra_list (id),
    seq     int  not null,
    country text not null check (country ~ '^[A-Z]{2}$'),
    -- null = the whole country; matched case-insensitively, surrounding spaces ignored
    region  text check (region is null or length(btrim(region)) between 1 and 200),
    primary key (list_id, seq)
);
create index cahra_list_entry_match_idx on cahra_list_entry (list_id, country);
create unique index cahra_list_entry_once_idx on cahra_list_entry (list_id, country, coalesce(lower(btrim(region)), ''));

-- List versions never change once imported.
create function cahra_list_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'CAHRA list versions are immutable: import a new version' using errcode = 'integrity_constraint_violation';
end $$;
create trigger cahra_list_no_update before update or delete on cahra_list for each row execute function cahra_list_immutable();
create trigger cahra_list_entry_no_update before update or delete on cahra_list_entry for each row execute function cahra_list_immutable();

-- A site has a country and an optional region (named as the lists name it).
alter table supplier_site add column region text check (region is null or length(btrim(region)) between 1 and 200);

-- The rule, in one place (the services and the portfolio filter call these).
-- The version in force on a day: the latest effective date on or before it; ties: the later import.
create function cahra_list_in_force(p_on date) returns uuid language sql stable as $$
    select id from cahra_list where effective_from <= p_on order by effective_from desc, imported_at desc, id limit 1
$$;
-- Whether a list version lists a place. The legacy version (below) stands for the flags typed in before lists
-- existed: under it a site is in a CAHRA when its (deprecated) flag says so.
create function cahra_listed(p_list uuid, p_country text, p_region text, p_legacy_flag boolean) returns boolean language sql stable as $$
    select coalesce((select case when l.legacy then coalesce(p_legacy_flag, false)
                                 else exists (select 1 from cahra_list_entry e where e.list_id = l.id and e.country = p_country
                                              and (e.region is null or lower(btrim(e.region)) = lower(btrim(p_region)))) end
                     from cahra_list l where l.id = p_list), false)
$$;
-- Whether what an assessment covers (one site, or every active site of the supplier) is in a CAHRA under a list version.
create function cahra_scope(p_list uuid, p_supplier uuid, p_site uuid) returns boolean language sql stable as $$
    select coalesce(bool_or(cahra_listed(p_list, s.country, s.region, s.in_cahra)), false) from supplier_site s
    where s.supplier_id = p_supplier and (p_site is null or s.id = p_site) and (s.archived_at is null or s.id = p_site)
$$;

-- The assessment records the list version it used at request, and the CAHRA status of its scope under it: a later
-- list (a site leaving or joining it) changes applicability for new assessments only.
alter table assessment add column cahra_list_id uuid references cahra_list (id);
alter table assessment add column in_cahra boolean;

-- Until the operator imports a list, the 'legacy' version is in force (effective from the beginning): every existing
-- site keeps the flag typed in, and every existing assessment is recorded under it with its scope's status today.
insert into cahra_list (id, source, version, effective_from, imported_at, imported_by, legacy)
values ('00000000-0000-0000-0000-00000000ca11', 'Legacy: the CAHRA flags typed in per site before CAHRA lists', 'legacy',
        date '1970-01-01', now(), 'system', true);
-- a recording of existing assessments, not a change of their content: the immutability guard is lifted for it alone
alter table assessment disable trigger assessment_immutable;
update assessment set cahra_list_id = '00000000-0000-0000-0000-00000000ca11',
                      in_cahra = cahra_scope('00000000-0000-0000-0000-00000000ca11', supplier_id, site_id);
alter table assessment enable trigger assessment_immutable;
