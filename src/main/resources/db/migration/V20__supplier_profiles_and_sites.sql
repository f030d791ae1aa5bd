-- Supplier profiles (what a supplier says about itself) and its sites.
-- Minerals, stages and site kinds are stored by their enum names (org.assay.supplier.*).

create table supplier_profile (
    organisation_id uuid primary key references organisation (id),
    description     text check (length(description) <= 2000),
    website         text check (length(website) <= 500),
    minerals        text[]      not null default '{}',
    stages          text[]      not null default '{}',
    updated_at      timestamptz not null,
    updated_by      text        not null,
    version         integer     not null default 0
);

create table supplier_site (
    id          uuid primary key,
    supplier_id uuid             not null references organisation (id),
    name        text             not null check (length(btrim(name)) between 1 and 200),
    kind        text             not null check (kind in ('MINE', 'CONCENTRATOR', 'SMELTER_REFINER', 'PROCESSING_PLANT', 'TRADING_HUB')),
    country     text             not null check (country ~ '^[A-Z]{2}$'),
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    minerals    text[]           not null check (cardinality(minerals) >= 1),
    stage       text             not null check (stage in ('EXTRACTION', 'PROCESSING', 'REFINING', 'MANUFACTURING', 'RECYCLING', 'TRADING')),
    in_cahra    boolean          not null,
    created_at  timestamptz      not null,
    updated_at  timestamptz      not null,
    -- Removed sites are archived, not deleted: assessments may refer to them.
    archived_at timestamptz,
    version     integer          not null default 0,
    constraint supplier_site_coordinates_both_or_neither check ((latitude is null) = (longitude is null))
);
-- A supplier's active sites have distinct names (case-insensitive); listing is by supplier then name.
create unique index supplier_site_name_idx on supplier_site (supplier_id, lower(name)) where archived_at is null;
create index supplier_site_supplier_idx on supplier_site (supplier_id) where archived_at is null;
