-- A member's own minimum for its suppliers (one profile per member, private to it). Every criterion is
-- optional but at least one is set; suppliers of the member's portfolio are evaluated against it when read.
create table requirement_profile (
    member_id                   uuid primary key references organisation (id),
    min_current_rating          text check (min_current_rating in ('AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C')),
    essential_indicators_met    boolean     not null default false,
    no_overdue_critical_actions boolean     not null default false,
    min_method                  text check (min_method in ('SELF_ASSESSMENT', 'CERTIFICATE_RECOGNITION', 'DESK_REVIEW', 'ON_SITE_AUDIT')),
    min_days_valid              integer check (min_days_valid between 1 and 1830),
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    updated_by                  text        not null,
    version                     integer     not null default 0,
    constraint requirement_profile_not_empty check (min_current_rating is not null or essential_indicators_met
        or no_overdue_critical_actions or min_method is not null or min_days_valid is not null)
);
