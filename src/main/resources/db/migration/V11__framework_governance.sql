-- Framework governance: change proposals on indicators, one vote per member organisation, and the
-- operator-configured adoption thresholds. Thresholds are exact fractions (2/3 is not a decimal).

create table governance_settings (
    id                   integer     primary key check (id = 1),
    quorum_numerator     integer     not null,
    quorum_denominator   integer     not null,
    majority_numerator   integer     not null,
    majority_denominator integer     not null,
    updated_at           timestamptz not null,
    updated_by           text        not null,
    check (quorum_denominator between 1 and 10000 and quorum_numerator between 1 and quorum_denominator),
    check (majority_denominator between 1 and 10000 and majority_numerator between 1 and majority_denominator)
);
-- Defaults of the product brief: quorum of half the member organisations, two thirds of the votes cast.
insert into governance_settings values (1, 1, 2, 2, 3, now(), 'migration');

create sequence change_proposal_number_seq;

create table change_proposal (
    id                     uuid        primary key,
    number                 bigint      not null unique,
    kind                   text        not null check (kind in ('ADD', 'CHANGE', 'RETIRE')),
    indicator_code         text        not null,
    -- The published version in force when the proposal was made (never a draft: drafts can be discarded).
    base_version_id        uuid        not null references framework_version (id),
    -- What is proposed, in the indicator format of the import document (only the changed fields for CHANGE).
    proposed_change        jsonb       not null,
    -- For CHANGE and RETIRE: the indicator as the proposer saw it (in the draft if one existed, else in the published
    -- version): shows voters what changes, and tells a later decision that an earlier adopted proposal changed the
    -- same field meanwhile.
    base_indicator         jsonb,
    rationale              text        not null check (length(btrim(rationale)) between 1 and 4000),
    proposed_by_org        uuid        not null references organisation (id),
    proposed_by            text        not null,
    created_at             timestamptz not null,
    voting_closes_at       timestamptz not null check (voting_closes_at > created_at),
    status                 text        not null check (status in ('OPEN', 'ADOPTED', 'REJECTED')),
    -- The decision, frozen at closing: when, by whom, the counts and the thresholds that decided it.
    closed_at              timestamptz,
    closed_by              text,
    closed_early           boolean,
    eligible_organisations integer check (eligible_organisations >= 0),
    yes_votes              integer check (yes_votes >= 0),
    no_votes               integer check (no_votes >= 0),
    abstain_votes          integer check (abstain_votes >= 0),
    quorum_numerator       integer,
    quorum_denominator     integer,
    majority_numerator     integer,
    majority_denominator   integer,
    rejection_reason       text check (rejection_reason in ('QUORUM_NOT_REACHED', 'MAJORITY_NOT_REACHED')),
    -- For adopted proposals: what happened when it was applied to the draft version.
    application_status     text check (application_status in ('APPLIED', 'NOT_APPLICABLE')),
    applied_version_id     uuid references framework_version (id),
    application_note       text,
    check ((status = 'OPEN') = (closed_at is null)),
    check (status = 'OPEN' or (closed_by is not null and closed_early is not null and eligible_organisations is not null
        and yes_votes is not null and no_votes is not null and abstain_votes is not null
        and quorum_numerator is not null and quorum_denominator is not null
        and majority_numerator is not null and majority_denominator is not null)),
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check ((status = 'ADOPTED') = (application_status is not null))
);
create index change_proposal_open_idx on change_proposal (voting_closes_at, number) where status = 'OPEN';
create index change_proposal_code_idx on change_proposal (indicator_code, number);
create index change_proposal_applied_idx on change_proposal (applied_version_id);

create table proposal_vote (
    proposal_id     uuid        not null references change_proposal (id),
    organisation_id uuid        not null references organisation (id),
    choice          text        not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    cast_by         text        not null,
    cast_at         timestamptz not null,
    updated_at      timestamptz not null,
    -- one vote per member organisation and proposal
    primary key (proposal_id, organisation_id)
);

-- Votes can only be cast or changed while the proposal is open and before its window ends; never deleted.
create function proposal_vote_guard() returns trigger language plpgsql as $$
declare
    p record;
begin
    if tg_op = 'DELETE' then
        raise exception 'votes cannot be deleted' using errcode = 'integrity_constraint_violation';
    end if;
    select status, voting_closes_at into p from change_proposal where id = new.proposal_id;
    if p.status <> 'OPEN' or new.updated_at >= p.voting_closes_at then
        raise exception 'voting on this proposal is closed' using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'UPDATE' and (new.proposal_id <> old.proposal_id or new.organisation_id <> old.organisation_id
                             or new.cast_at <> old.cast_at) then
        raise exception 'a vote can only change its choice' using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;

create trigger proposal_vote_open_only before insert or update or delete on proposal_vote
    for each row execute function proposal_vote_guard();

-- A proposal's content never changes; once closed (decision and outcome of applying it, written together) nothing does.
create function change_proposal_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'change proposals cannot be deleted' using errcode = 'integrity_constraint_violation';
    end if;
    if (new.id, new.number, new.kind, new.indicator_code, new.base_version_id, new.proposed_change, new.base_indicator,
        new.rationale, new.proposed_by_org, new.proposed_by, new.created_at, new.voting_closes_at)
       is distinct from
       (old.id, old.number, old.kind, old.indicator_code, old.base_version_id, old.proposed_change, old.base_indicator,
        old.rationale, old.proposed_by_org, old.proposed_by, old.created_at, old.voting_closes_at) then
        raise exception 'a change proposal cannot be edited' using errcode = 'integrity_constraint_violation';
    end if;
    if old.status <> 'OPEN' and row(new.*) is distinct from row(old.*) then
        raise exception 'change proposal #% is closed; its decision is final', old.number
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;

create trigger change_proposal_final before update or delete on change_proposal
    for each row execute function change_proposal_guard();
