-- Issue 11: a person is the pair (token issuer, `sub`), never a username or an e-mail alone.
--
-- membership.subject used to hold whatever Quarkus took as the principal name (preferred_username when present). Rows
-- added before this migration keep their subject with issuer null: such a row binds to the issuer of the first token
-- whose `sub` equals it (a Keycloak username is not a `sub`, so a username-keyed row simply waits to be re-added by the
-- person's real `sub` or verified e-mail). Rows added by e-mail (subject null) bind at the first sign-in with that
-- verified e-mail; from then on the e-mail no longer matters.
alter table membership add column issuer text;
alter table membership add column bound_at timestamptz;
alter table membership drop constraint membership_subject_key;

-- One organisation per person, whatever the code does: one membership row per (issuer, sub), and a subject waiting
-- for its issuer (issuer null) is counted as the same person (nulls not distinct).
create unique index membership_identity_idx on membership (issuer, subject) nulls not distinct where subject is not null;
create unique index membership_pending_subject_idx on membership (subject) where subject is not null and issuer is null;
alter table membership add constraint membership_issuer_with_subject check (issuer is null or subject is not null);
