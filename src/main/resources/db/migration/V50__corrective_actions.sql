-- Corrective action plans: each critical, major and minor finding of a published assessment opens one
-- action; the supplier works it, the assigned body verifies it. Overdue is derived, never stored.

create table corrective_action (
    id                  uuid primary key,
    finding_id          uuid        not null unique references finding (id),
    assessment_id       uuid        not null references assessment (id),
    supplier_id         uuid        not null references organisation (id),
    severity            text        not null check (severity in ('CRITICAL', 'MAJOR', 'MINOR')),
    status              text        not null check (status in ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'VERIFIED')),
    description         text,
    owner_name          text,
    due_date            date        not null,
    original_due_date   date        not null,
    proposed_due_date   date,
    proposed_due_reason text,
    submitted_at        timestamptz,
    verified_at         timestamptz,
    verified_by         text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             integer     not null default 0
);
create index corrective_action_supplier_idx on corrective_action (supplier_id, status, due_date);
create index corrective_action_assessment_idx on corrective_action (assessment_id);

-- The action's history: every transition, progress update, due-date proposal and decision.
create table corrective_action_event (
    id                uuid primary key,
    action_id         uuid        not null references corrective_action (id),
    kind              text        not null,
    note              text,
    due_date          date,
    evidence_ids      uuid[]      not null default '{}',
    author            text        not null,
    author_org        uuid        not null,
    occurred_at       timestamptz not null
);
create index corrective_action_event_action_idx on corrective_action_event (action_id, occurred_at);

-- The rating the published assessment would have with every critical finding's action verified: the
-- "current" rating once the critical cap is lifted. Computed at publication like the rating itself.
alter table assessment add column rating_if_criticals_closed text
    check (rating_if_criticals_closed in ('AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'));

-- The immutability guard now covers the new column too.
create or replace function assessment_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status in ('PUBLISHED', 'SUPERSEDED') then
            raise exception 'published assessment % cannot be deleted', old.id using errcode = 'integrity_constraint_violation';
        end if;
        return old;
    end if;
    if old.status = 'PUBLISHED' and new.status = 'SUPERSEDED'
       and (old.overall_score, old.rating, old.band_rating, old.rating_if_criticals_closed, old.valid_from, old.valid_until,
            old.published_at, old.version_id, old.method, old.supplier_id)
           is not distinct from
           (new.overall_score, new.rating, new.band_rating, new.rating_if_criticals_closed, new.valid_from, new.valid_until,
            new.published_at, new.version_id, new.method, new.supplier_id) then
        return new;
    end if;
    if old.status in ('PUBLISHED', 'SUPERSEDED') then
        raise exception 'published assessment % is immutable', old.id using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;
