-- Which essential indicators of a published assessment scored below its framework version's essential floor,
-- recorded at publication like the score and rating (the scorer's ESSENTIAL_BELOW_FLOOR cap), so requirement
-- profiles ("every essential indicator met") read it without re-scoring. Empty array: none below the floor.
-- NULL: published before this column existed (unknown; treated as "not met" by requirement profiles).
alter table assessment add column essential_codes_below_floor text[];

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
       and (old.overall_score, old.rating, old.band_rating, old.rating_if_criticals_closed, old.essential_codes_below_floor,
            old.valid_from, old.valid_until, old.published_at, old.version_id, old.method, old.supplier_id)
           is not distinct from
           (new.overall_score, new.rating, new.band_rating, new.rating_if_criticals_closed, new.essential_codes_below_floor,
            new.valid_from, new.valid_until, new.published_at, new.version_id, new.method, new.supplier_id) then
        return new;
    end if;
    if old.status in ('PUBLISHED', 'SUPERSEDED') then
        raise exception 'published assessment % is immutable', old.id using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;
