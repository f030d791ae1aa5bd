-- A member's private portfolio of suppliers, with the member's own tags.
-- Every query on this table is scoped by member_id: no member sees another's entries.

create table portfolio_entry (
    id          uuid primary key,
    member_id   uuid        not null references organisation (id),
    supplier_id uuid        not null references organisation (id),
    internal_id text check (length(internal_id) between 1 and 64),
    category    text check (length(category) between 1 and 100),
    spend_band  text check (spend_band in ('UNDER_100K', 'FROM_100K_TO_1M', 'FROM_1M_TO_10M', 'OVER_10M')),
    added_at    timestamptz not null,
    added_by    text        not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0,
    constraint portfolio_entry_supplier_once unique (member_id, supplier_id)
);
create unique index portfolio_entry_internal_id_idx on portfolio_entry (member_id, internal_id) where internal_id is not null;
create index portfolio_entry_category_idx on portfolio_entry (member_id, lower(category));
