-- Public disclosure (issue 14 item 6): a supplier's choice to publish its summary to everyone, without sign-in, at
-- /disclosure/{slug}. Distinct from the PUBLIC sharing grant, which means "any signed-in user" and is unchanged.
create table public_disclosure (
    supplier_id     uuid primary key references organisation (id),
    slug            text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) between 3 and 80),
    enabled         boolean     not null,
    show_grievances boolean     not null,
    changed_by      text        not null,
    changed_at      timestamptz not null
);
