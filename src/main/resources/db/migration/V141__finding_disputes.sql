-- Finding disputes (issue 14 item 5): a supplier's reasoned objection to a finding of a published assessment, decided by
-- the assessment body that performed it. The published assessment and its findings never change (their triggers); a
-- withdrawal is recorded here, and the current rating (cap feature) ignores withdrawn findings.

create table finding_dispute (
    id              uuid primary key,
    -- one dispute per finding: a decided dispute is final
    finding_id      uuid        not null unique references finding (id),
    assessment_id   uuid        not null references assessment (id),
    supplier_id     uuid        not null references organisation (id),
    assessment_body_id uuid     not null references organisation (id),
    reason          text        not null check (length(reason) between 1 and 4000),
    evidence_ids    uuid[]      not null default '{}',
    disputed_by     text        not null,
    disputed_at     timestamptz not null,
    status          text        not null check (status in ('OPEN', 'UPHELD', 'WITHDRAWN')),
    decision_reason text check (length(decision_reason) between 1 and 4000),
    decided_by      text,
    decided_at      timestamptz,
    version         integer     not null default 0,
    constraint finding_dispute_decided check ((status = 'OPEN') = (decided_at is null)
        and (status = 'OPEN') = (decision_reason is null) and (status = 'OPEN') = (decided_by is null))
);
create index finding_dispute_assessment_idx on finding_dispute (assessment_id);
create index finding_dispute_body_idx on finding_dispute (assessment_body_id, status);

-- A dispute is decided once: an open dispute may be decided, nothing else changes and nothing is deleted.
create function finding_dispute_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'finding dispute % cannot be deleted', old.id using errcode = 'integrity_constraint_violation';
    end if;
    if old.status <> 'OPEN'
       or (old.finding_id, old.assessment_id, old.supplier_id, old.assessment_body_id, old.reason, old.evidence_ids,
           old.disputed_by, old.disputed_at)
          is distinct from
          (new.finding_id, new.assessment_id, new.supplier_id, new.assessment_body_id, new.reason, new.evidence_ids,
           new.disputed_by, new.disputed_at) then
        raise exception 'finding dispute % is decided or its filing cannot change', old.id using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;
create trigger finding_dispute_immutable before update or delete on finding_dispute
    for each row execute function finding_dispute_guard();

-- The corrective action of a withdrawn finding is withdrawn with it: nothing is left to do, it is never overdue and it no
-- longer keeps the critical-finding cap in the current rating.
alter table corrective_action drop constraint corrective_action_status_check;
alter table corrective_action add constraint corrective_action_status_check
    check (status in ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'VERIFIED', 'WITHDRAWN'));
