-- A supplier's commitment made in response to a grievance (issue 14 item 3) becomes a corrective action on its record,
-- verified like any other by the body of its latest published assessment. Such an action answers a grievance, not a
-- finding: exactly one of the two. It never keeps the critical-finding cap (only findings cap the rating).
alter table corrective_action alter column finding_id drop not null;
alter table corrective_action add column grievance_id uuid references grievance (id);
alter table corrective_action add constraint corrective_action_answers_one
    check (num_nonnulls(finding_id, grievance_id) = 1);
create index corrective_action_grievance_idx on corrective_action (grievance_id) where grievance_id is not null;
